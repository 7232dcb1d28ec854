import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import Foundation

extension DrillTool {
    /// `drill scaffold PATH [--at TIME] [--out FILE]`: a starting scenario for an alarm path of the plan,
    /// for a trainer to fill in (``ScenarioScaffold``).
    struct Scaffold: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "scaffold",
            abstract: "A starting scenario for an alarm path: an inject and an expected action per step, to fill in.")
        static let examples = ["drill scaffold via-socialjouren --out ovning.yaml"]

        @Argument(help: ArgumentHelp("The alarm path.", valueName: "path"))
        var path: String
        @Option(
            help: ArgumentHelp(
                "When the alarm comes, as a local time 'YYYY-MM-DD HH:MM' (default: now).", valueName: "time"))
        var at: String?
        @Option(help: ArgumentHelp("Write the scenario to a file.", valueName: "file"))
        var out: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let plan = try session.currentPlan()
            guard let alarmPath = plan.alarmPaths.first(where: { $0.id.rawValue == path }) else {
                let known = plan.alarmPaths.map(\.id.rawValue)
                throw ShellError(
                    Suggestion.continuing(
                        "no alarm path '\(path)' in plan '\(plan.id)'\(Suggestion.didYouMean(path, in: known))",
                        with: known.isEmpty
                            ? "the plan has no alarm paths"
                            : "its alarm paths are \(known.map { "'\($0)'" }.joined(separator: ", "))"),
                    at: invocation.location(of: path))
            }
            let start = try at.map { text throws(ShellError) in
                try ScenarioOptions.localInstant(text, in: session, at: invocation.location(ofOption: "at"))
            }
            let text = ScenarioScaffold.text(
                for: alarmPath, in: plan, at: start ?? Date(), timeZone: session.workspace.jurisdiction.timeZone)
            try session.write(text, to: out, in: invocation)
        }
    }
}
