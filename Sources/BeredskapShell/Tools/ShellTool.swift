import ArgumentParser
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// A tool command of the shell — a report, a drill, a calendar — declared once with swift-argument-parser:
/// the same declaration parses it in the REPL, in `-c`, in scripts and as a subcommand of `beredskap`,
/// and gives `.help` its usage.
protocol ShellTool: ParsableCommand {
    /// Lines `.help` shows as examples.
    static var examples: [String] { get }

    /// Carries the command out in `session`; `invocation` says where each argument was written.
    func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError)
}

extension ShellTool {
    static var examples: [String] { [] }
}

/// The tool commands, and how a written tool command becomes one.
enum ShellTools {
    /// The tool commands by name, each with its subcommands.
    static let all: [any ParsableCommand.Type] = [
        CalendarTool.self, ReachabilityTool.self, DrillTool.self, AlarmTool.self, ReportTool.self, ExportTool.self,
        DiagramTool.self, PlansTool.self,
    ]

    /// Commands that have been renamed, each with the sentence that says where it went.
    static let renamed = [
        "coverage":
            "`coverage` is now `reachability` (who can be reached when); the age and function coverage is "
            + "`report coverage`"
    ]

    /// The names, as the parser knows them.
    static var names: [String] { all.compactMap { $0.configuration.commandName } }

    /// What a written tool command asks for: a command to run, or its help.
    enum Parsed {
        case command(any ShellTool, ToolInvocation)
        case help(String)
    }

    /// Parses a written tool command with its declaration.
    ///
    /// - Throws: ``ShellError`` with ArgumentParser's message (an unknown option with the nearest one, a
    ///   missing value), at the argument it names.
    static func parse(_ invocation: ToolInvocation, at location: InputLocation) throws(ShellError) -> Parsed {
        guard let root = all.first(where: { $0.configuration.commandName == invocation.command }) else {
            if let moved = renamed[invocation.command] { throw ShellError(moved, at: location, code: .syntax) }
            throw ShellError("unknown command '\(invocation.command)'; type .help", at: location, code: .syntax)
        }
        let arguments = invocation.arguments.map(\.text)
        if arguments.contains("--help") || arguments.contains("-h") || arguments.first == "help" {
            // The help of the (sub)command named before the request, as `.help` shows it.
            let words = arguments.filter { !$0.hasPrefix("-") && $0 != "help" }
            if let text = try help(for: ([invocation.command] + words).joined(separator: " "), at: location) {
                return .help(text)
            }
        }
        let command: any ParsableCommand
        do {
            command = try root.parseAsRoot(arguments)
        } catch {
            if root.exitCode(for: error) == .success { return .help(root.fullMessage(for: error) + "\n") }
            let message = root.message(for: error)
            throw ShellError(
                message + " (.help \(invocation.command) shows the usage)",
                at: Self.location(named: message, in: invocation) ?? location, code: .syntax)
        }
        guard let tool = command as? any ShellTool else {
            // A command of subcommands written without one (`drill`, `drill msel`): its help says which
            // there are.
            let words = [invocation.command] + arguments.prefix { !$0.hasPrefix("-") }
            return .help(try help(for: words.joined(separator: " "), at: location) ?? "")
        }
        return .command(tool, invocation)
    }

    /// The place of the first argument a message quotes (`'--as-off'`, `'--seed <n>'`, `'abc'`).
    static func location(named message: String, in invocation: ToolInvocation) -> InputLocation? {
        let quoted = message.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        for text in quoted {
            let word = text.split(separator: " ").first.map(String.init) ?? text
            if let location = invocation.location(of: word) { return location }
        }
        return nil
    }

    /// The usage line and abstract of each tool command, for `.help`.
    static var summaries: [(command: String, syntax: String, summary: String, examples: [String])] {
        all.map { type in
            let name = type.configuration.commandName ?? ""
            let examples = (type as? any ShellTool.Type)?.examples ?? []
            return (name, type.usageString(), type.configuration.abstract, examples)
        }
    }
}

extension ShellTools {
    /// `.help TOOL [SUBCOMMAND]`: the declaration's help screen with the examples, nil when `topic` names
    /// no tool command.
    static func help(for topic: String, at location: InputLocation? = nil) throws(ShellError) -> String? {
        let words = topic.lowercased().split(separator: " ").map(String.init)
        guard let found = command(named: words) else { return nil }
        let command = found.command
        let subcommands = command.configuration.subcommands.compactMap { $0.configuration.commandName }
        if found.depth < words.count, !subcommands.isEmpty {
            let word = words[found.depth]
            throw ShellError(
                "'\(words[..<found.depth].joined(separator: " "))' has no subcommand '\(word)'"
                    + (Suggestion.nearest(to: word, in: subcommands).map { "; did you mean '\($0)'?" }
                        ?? "; its subcommands: " + subcommands.joined(separator: ", ")),
                at: location, code: .syntax)
        }
        let root = all.first { $0.configuration.commandName == words[0] } ?? command
        let screen = found.depth == 1 ? root.helpMessage(columns: 100) : root.helpMessage(for: command, columns: 100)
        let examples = ([command] + command.configuration.subcommands).flatMap {
            ($0 as? any ShellTool.Type)?.examples ?? []
        }
        return screen.trimmingCharacters(in: .newlines) + "\n"
            + (examples.isEmpty ? "" : "\nEXAMPLES:\n" + examples.map { "  \($0)\n" }.joined())
    }
}

extension ShellTools {
    /// The (sub)command `words` name, and how many of the words name it.
    static func command(named words: [String]) -> (command: any ParsableCommand.Type, depth: Int)? {
        guard let name = words.first?.lowercased(),
            let root = all.first(where: { $0.configuration.commandName == name })
        else { return nil }
        var command: any ParsableCommand.Type = root
        var depth = 1
        for word in words.dropFirst() {
            guard
                let sub = command.configuration.subcommands.first(where: {
                    $0.configuration.commandName == word.lowercased() || $0.configuration.aliases.contains(word)
                })
            else { break }
            command = sub
            depth += 1
        }
        return (command, depth)
    }

    /// What Tab offers after a tool command's words: its subcommands, then its options, read from the
    /// declaration (its help screen names every option).
    static func completions(after words: [String]) -> [String] {
        guard let found = command(named: words) else { return [] }
        let subcommands = found.command.configuration.subcommands.compactMap { $0.configuration.commandName }
        if !subcommands.isEmpty && found.depth == words.count { return subcommands }
        let screen = found.command.helpMessage(columns: 200)
        let tokens = screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "]")) }
        // An option followed by `<value>` in the help takes a value: after it, Tab offers its values.
        let takingValues = Set(
            zip(tokens, tokens.dropFirst()).filter { $0.hasPrefix("--") && $1.hasPrefix("<") }.map(\.0))
        if let last = words.last, takingValues.contains(last) {
            switch last {
            case "--lang": return ["en", "sv"]
            case "--format" where ["report", "reachability"].contains(words.first):
                return ReportFormat.allCases.map(\.rawValue)
            case "--format" where words.first == "diagram": return DiagramFormat.allCases.map(\.rawValue)
            case "--format": return OutputMode.allCases.map(\.rawValue)
            default: return []
            }
        }
        let options = tokens.filter { $0.hasPrefix("--") && $0.count > 2 && $0 != "--help" }
        return Array(Set(options)).sorted()
    }
}
