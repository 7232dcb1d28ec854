import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// The dot commands, as `.help` lists them.
    static let dotCommands = [
        "help", "kinds", "fields", "mode", "expanded", "sql", "output", "once", "timer", "echo", "bail", "sensitive",
        "read",
        "quit", "exit",
    ]

    func dot(_ name: String, _ argument: String, at location: InputLocation, source: String) throws(ShellError) {
        switch name {
        case "mode":
            guard !argument.isEmpty else {
                emit("current output mode: \(mode.rawValue)\n")
                return
            }
            mode = try Self.outputMode(argument, at: location)
        case "expanded":
            guard !argument.isEmpty else {
                emit("expanded display: \(expanded.rawValue)\n")
                return
            }
            guard let setting = ExpandedMode(rawValue: argument.lowercased()) else {
                throw ShellError(".expanded takes on, off or auto", at: location)
            }
            expanded = setting
        case "sql":
            guard !argument.isEmpty else {
                throw ShellError("expected SQL after .sql, e.g. .sql SELECT count(*) FROM units", at: location)
            }
            do {
                let result = try store.query(argument)
                emit(
                    ResultTable(
                        columns: result.columns,
                        rows: result.rows.map { $0.map { $0.map(EntityCells.value) ?? .null } }))
            } catch {
                throw ShellError(error.message, at: location)
            }
        case "output":
            output =
                argument.isEmpty
                ? StandardOutput() : try FileOutput(path: resolvePath(argument), protecting: store.location)
        case "once":
            guard !argument.isEmpty else { throw ShellError("expected a file name after .once", at: location) }
            onceOutput = try FileOutput(path: resolvePath(argument), protecting: store.location)
        case "timer": timer = try Self.switchValue(argument, name, at: location)
        case "echo": echo = try Self.switchValue(argument, name, at: location)
        case "bail": bail = try Self.switchValue(argument, name, at: location)
        case "sensitive": includeSensitive = try Self.switchValue(argument, name, at: location)
        case "help":
            emit(try Help.text(for: argument.isEmpty ? nil : argument, at: location))
        case "kinds":
            emit(Introspection.kinds())
        case "fields":
            emit(try Introspection.fields(argument, at: location))
        case "read":
            try read(argument, at: location)
        case "quit", "exit":
            wantsToQuit = true
        default:
            throw ShellError(
                "unknown command '.\(name)'"
                    + (Suggestion.nearest(to: name, in: Self.dotCommands).map { "; did you mean '.\($0)'?" }
                        ?? "; type .help"),
                at: location)
        }
    }

    static func outputMode(_ text: String, at location: InputLocation?) throws(ShellError) -> OutputMode {
        guard let mode = OutputMode(rawValue: text.lowercased()) else {
            let modes = OutputMode.allCases.map(\.rawValue)
            throw ShellError(
                "unknown output mode '\(text)'"
                    + (Suggestion.nearest(to: text, in: modes).map { "; did you mean '\($0)'?" } ?? "")
                    + "; modes: " + modes.joined(separator: ", "),
                at: location)
        }
        return mode
    }

    static func switchValue(_ text: String, _ name: String, at location: InputLocation) throws(ShellError) -> Bool {
        switch text.lowercased() {
        case "on", "yes", "1", "true": return true
        case "off", "no", "0", "false": return false
        default: throw ShellError(".\(name) takes on or off", at: location)
        }
    }

    func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") || directory == nil { return path }
        return (directory! as NSString).appendingPathComponent(path)
    }

    /// `.read FILE`: runs a script file; inside a script it joins the script's change set. Relative
    /// paths resolve from the including file; reads nest at most ``readNestingLimit`` deep.
    func read(_ argument: String, at location: InputLocation) throws(ShellError) {
        guard !argument.isEmpty else { throw ShellError("expected a file name after .read", at: location) }
        guard readDepth < Self.readNestingLimit else {
            throw ShellError(
                ".read nests more than \(Self.readNestingLimit) deep; does a file read itself?", at: location)
        }
        let path = resolvePath(argument)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ShellError(
                "cannot read \(path): \(FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")",
                at: location)
        }
        let outerDirectory = directory
        readDepth += 1
        defer {
            readDepth -= 1
            directory = outerDirectory
        }
        let innerDirectory = (path as NSString).deletingLastPathComponent
        if scriptDepth > 0 {
            directory = innerDirectory
            guard runLines(text, source: path, stopOnError: true) else {
                throw ShellError("stopped by the error in \(path)", at: location)
            }
        } else if !runScript(text, source: path, directory: innerDirectory) {
            throw ShellError("\(path) was not applied", at: location)
        }
    }
}
