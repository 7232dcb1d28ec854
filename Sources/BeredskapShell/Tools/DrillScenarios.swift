import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import Foundation

extension DrillTool {
    /// `drill scenarios`: the built-in scenarios the plan in use can play, as a result table; those
    /// written for another plan are named on standard error instead of listed.
    struct Scenarios: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "scenarios",
            abstract: "The built-in scenarios: name, title, alarm path, event time, injects and objectives.")
        static let examples = ["drill scenarios", "drill scenarios --format json"]

        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in try emitResult(in: session) }
        }

        func emitResult(in session: ShellSession) throws(ShellError) {
            let plan = try session.currentPlan()
            let zone = session.workspace.jurisdiction.timeZone
            let entries = BuiltInScenarios.entries(for: plan)
            // A scenario the plan cannot play would fail at `drill start`; it is named, not listed.
            for entry in entries {
                guard let problem = entry.problem else { continue }
                session.errors(
                    "note: the built-in scenario '\(entry.name)' is not listed: plan '\(plan.id)' cannot play it ("
                        + problem + ")")
            }
            session.emit(
                ResultTable(
                    columns: ["name", "title", "path", "event", "injects", "objectives"],
                    rows: entries.filter { $0.problem == nil }.map { entry in
                        let scenario = entry.scenario
                        return [
                            .text(entry.name), .text(scenario.title), .text(scenario.path.rawValue),
                            .text(zone.format(scenario.event.start)), .integer(scenario.injects.count),
                            .list(scenario.objectives.map(\.id.rawValue)),
                        ]
                    }))
        }
    }
}
