import ArgumentParser
import BeredskapModel
import BeredskapShell
import Foundation

// `drill board` serves its page with BeredskapBoard's server, which only this program links.
DrillBoardRegistry.register(DrillBoards())

// Exit codes: 0 ok, 1 error, 2 usage. ArgumentParser reports usage errors with EX_USAGE (64); this
// entry point maps them to 2 and prints help and version text on stdout.
var arguments = Array(CommandLine.arguments.dropFirst())
// The tool commands (report, drill, reachability, diagram, alarm, calendar, export ics) are the shell's:
// `beredskap report followup --out f.html` runs as `beredskap -c "report followup --out f.html"`.
if let tool = UnknownCommand.toolArguments(arguments) { arguments = tool }
if let unknown = UnknownCommand.find(in: arguments) {
    StandardError.write(unknown.message)
    exit(2)
}
do {
    var command = try BeredskapCommand.parseAsRoot(arguments)
    try command.run()
    StandardError.exitIfStandardOutputFailed()
} catch {
    let code = BeredskapCommand.exitCode(for: error)
    let message = BeredskapCommand.fullMessage(for: error)
    if code == .success {
        if !message.isEmpty { print(message) }
        StandardError.exitIfStandardOutputFailed()
        exit(0)
    }
    if !message.isEmpty { StandardError.write(message) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
