import ArgumentParser
import BeredskapModel

/// A first word that names no subcommand. With a default subcommand, ArgumentParser would hand a
/// typo such as `valdate` to the default as stray arguments; this says what the user meant instead.
struct UnknownCommand {
    let word: String

    static func find(in arguments: [String]) -> UnknownCommand? {
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
            return commandNames.contains(argument) ? nil : UnknownCommand(word: argument)
        }
        return nil
    }

    static var commandNames: [String] {
        BeredskapCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    var message: String {
        "Error: Unknown command '\(word)'"
            + (Suggestion.nearest(to: word, in: Self.commandNames).map { ". Did you mean '\($0)'?" } ?? ".")
            + "\n  See 'beredskap --help' for the commands."
    }
}
