import ArgumentParser
import BeredskapModel
import BeredskapShell

/// A first word that names no subcommand. With a default subcommand, ArgumentParser would hand a
/// typo such as `valdate` to the default as stray arguments; this says what the user meant instead.
struct UnknownCommand {
    let word: String

    static func find(in arguments: [String]) -> UnknownCommand? {
        guard let index = commandIndex(in: arguments) else { return nil }
        return commandNames.contains(arguments[index]) ? nil : UnknownCommand(word: arguments[index])
    }

    /// Where the command's name is: the first argument that is neither an option nor an option's value.
    static func commandIndex(in arguments: [String]) -> Int? {
        let optionsWithValues = Set(["--store", "--format", "--author", "-c", "--command", "--plan"])
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if optionsWithValues.contains(argument) {
                index += 2
                continue
            }
            if argument.hasPrefix("-") {
                index += 1
                continue
            }
            return index
        }
        return nil
    }

    /// The arguments of a tool command (`beredskap report followup --format html`, `beredskap export
    /// ics`) as the shell's `-c` that runs it, the options before the command kept; nil for any other command.
    static func toolArguments(_ arguments: [String]) -> [String]? {
        guard let index = commandIndex(in: arguments) else { return nil }
        var command = arguments[index]
        var rest = Array(arguments[(index + 1)...])
        if command == "help", let topic = rest.first, ToolCommandLine.names.contains(topic) {
            // `beredskap help drill act` is `beredskap drill act --help`.
            command = topic
            rest = Array(rest.dropFirst()) + ["--help"]
        }
        // A subcommand of beredskap's own of the same name (`plans`, `export` but for `export ics`) is
        // the command line's: the shell's tool of that name gives the same in the shell.
        let commands = BeredskapCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard ToolCommandLine.names.contains(command),
            !commands.contains(command) || (command == "export" && rest.first == "ics")
        else {
            return nil
        }
        // The store, the plan and the author may come after the command's name too, as for the other
        // subcommands; the tool's own options stay with it.
        var global = Array(arguments[..<index])
        var own: [String] = []
        var position = 0
        while position < rest.count {
            if ["--store", "--plan", "--author"].contains(rest[position]), position + 1 < rest.count {
                global += rest[position...(position + 1)]
                position += 2
            } else {
                own.append(rest[position])
                position += 1
            }
        }
        return global + ["--tool-command", "-c", ToolCommandLine.statement(command, own)]
    }

    static var commandNames: [String] {
        BeredskapCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            + ToolCommandLine.names
    }

    var message: String {
        if let moved = ToolCommandLine.renamed(word) {
            return "Error: \(moved).\n  See 'beredskap --help' for the commands."
        }
        return "Error: Unknown command '\(word)'"
            + (Suggestion.nearest(to: word, in: Self.commandNames).map { ". Did you mean '\($0)'?" } ?? ".")
            + "\n  See 'beredskap --help' for the commands."
    }
}
