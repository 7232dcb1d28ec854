import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// The dot commands, as `.help` lists them.
    static let dotCommands = [
        "help", "kinds", "fields", "mode", "sql", "output", "once", "timer", "echo", "bail", "sensitive", "read",
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
        case "sql":
            guard !argument.isEmpty else {
                throw ShellError("expected SQL after .sql, e.g. .sql SELECT count(*) FROM units", at: location)
            }
            do {
                let result = try store.query(argument)
                emit(
                    ResultTable(
                        columns: result.columns,
                        rows: result.rows.map { $0.map { $0.map(Self.shellValue) ?? .null } }))
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
            emit(Self.kindsTable())
        case "fields":
            emit(try Self.fieldsTable(argument, at: location))
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

    /// `.kinds`: every kind, with the Swedish words that name it.
    static func kindsTable() -> ResultTable {
        ResultTable(
            columns: ["kind", "swedish"],
            rows: QueryKind.allCases.map { [.text($0.rawValue), .text($0.swedishWords.joined(separator: ", "))] })
    }

    /// `.fields KIND`: each field of the kind with its type, and the values of a closed set.
    static func fieldsTable(_ argument: String, at location: InputLocation) throws(ShellError) -> ResultTable {
        guard !argument.isEmpty else {
            throw ShellError("expected a kind after .fields, e.g. .fields units (.kinds lists them)", at: location)
        }
        guard let kind = QueryKind(word: argument) else {
            let words = QueryKind.allCases.map(\.rawValue)
            throw ShellError(
                "unknown kind '\(argument)'"
                    + (Suggestion.nearest(to: argument, in: words).map { "; did you mean '\($0)'?" }
                        ?? "; kinds: " + words.joined(separator: ", ")),
                at: location)
        }
        return ResultTable(
            columns: ["field", "type"],
            rows: EntityRow.fields(of: kind).map { field in
                [.text(field), .text(EntityRow.fieldType(field, of: kind).map(describe) ?? "text")]
            })
    }

    /// A field type as `.fields` writes it: `text`, `date`, `id of organization`,
    /// `list of preventive (förebyggande), …`.
    static func describe(_ type: PlanFieldType) -> String {
        switch type {
        case .text: "text"
        case .number: "number"
        case .date: "date"
        case .yesNo: "yes/no"
        case .mapping: "mapping"
        case .id(let kinds):
            kinds.isEmpty ? "id" : "id of " + kinds.map(\.noun).sorted().joined(separator: " or ")
        case .closedSet: "one of " + values(of: type)
        case .list(.closedSet): "list of " + values(of: type)
        case .list(let element): "list of " + describe(element)
        }
    }

    private static func values(of type: PlanFieldType) -> String {
        type.allowedValues.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
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
