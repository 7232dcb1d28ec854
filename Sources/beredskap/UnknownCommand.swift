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
        let command = arguments[index]
        let rest = Array(arguments[(index + 1)...])
        guard ToolCommandLine.names.contains(command), command != "export" || rest.first == "ics" else {
            return nil
        }
        return Array(arguments[..<index]) + ["-c", ToolCommandLine.statement(command, rest)]
    }

    static var commandNames: [String] {
        BeredskapCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            + ToolCommandLine.names
    }

    var message: String {
        "Error: Unknown command '\(word)'"
            + (Suggestion.nearest(to: word, in: Self.commandNames).map { ". Did you mean '\($0)'?" } ?? ".")
            + "\n  See 'beredskap --help' for the commands."
    }
}
