import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// `alarm receive FILE [--seed N]`.
struct AlarmTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alarm",
        abstract: "Read an OASIS CAP 1.2 alert, route it to an entry path, and run the path as a simulated timeline.",
        subcommands: [Receive.self])

    /// `alarm receive FILE [--seed N]`: reads an OASIS CAP 1.2 alert, routes it to an entry path of the
    /// plan, and runs that path as a simulated timeline. An Exercise or Test alert runs as a drill, with
    /// every line marked as a drill's; an alert that matches no path is reported and is not an error.
    struct Receive: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "receive", abstract: "Receive an alert from a CAP file.")
        static let examples = ["alarm receive varning.cap"]

        @Argument(help: ArgumentHelp("The CAP 1.2 file.", valueName: "file"))
        var file: String
        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("The seed of the simulated timeline (default: 1).", valueName: "n"))
        var seed: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let location = invocation.location(of: file)
            let path = session.resolvePath(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ShellError("cannot read \(path): no such file, or not readable", at: location)
            }
            let intake = try session.workspace.receive(
                alert: data, source: file,
                seed: try ShellTools.number(seed, option: "seed", default: 1, in: invocation),
                at: location)
            if let notice = intake.notice { session.errors("note: " + notice) }
            let plan = try session.currentPlan()
            session.emit(AlertIntakeText.rendered(intake, ReportLanguage(planLanguage: plan.metadata.language)))
        }
    }
}
