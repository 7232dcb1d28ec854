import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import Foundation

extension DrillTool {
    /// `drill msel export|import`: a scenario's injects as a spreadsheet, HSEEP's master scenario events
    /// list (``MSELSheet``), and back.
    struct MSEL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "msel",
            abstract: "A scenario's injects as a spreadsheet (HSEEP's MSEL), to edit in Excel and read back.",
            subcommands: [Export.self, Import.self])
    }
}

extension DrillTool.MSEL {
    /// `drill msel export SCENARIO [--at TIME] [--out FILE]`: the MSEL of a scenario as CSV for Excel.
    struct Export: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "A scenario's injects as a spreadsheet: CSV with semicolons and headers in the plan's language.")
        static let examples = ["drill msel export bench-night --out ovning.csv"]

        @OptionGroup var scenario: DrillTool.ScenarioOptions
        @Option(help: ArgumentHelp("Write the sheet to a file.", valueName: "file"))
        var out: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let loaded = try scenario.load(in: session, invocation)
            let plan = try session.currentPlan()
            try session.write(MSELSheet.text(for: loaded, language: plan.metadata.language), to: out, in: invocation)
        }
    }

    /// `drill msel import SHEET --scenario BASE [--out FILE]`: a scenario file with the sheet's injects
    /// in place of BASE's.
    struct Import: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                "A scenario file with a spreadsheet's injects in place of a scenario's (the rest is the scenario's).")
        static let examples = ["drill msel import ovning.csv --scenario bench-night --out ovning.yaml"]

        @Argument(help: ArgumentHelp("The sheet: CSV with semicolons or commas.", valueName: "sheet"))
        var sheet: String
        @Option(
            help: ArgumentHelp(
                "The scenario the injects go into, as `drill start` takes it: a built-in name, an alarm path or a file.",
                valueName: "scenario"))
        var scenario: String
        @Option(help: ArgumentHelp("Write the scenario to a file.", valueName: "file"))
        var out: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let base = try DrillTool.ScenarioOptions.load(scenario, at: nil, in: session, invocation)
            let plan = try session.currentPlan()
            let location = invocation.location(of: sheet)
            guard let data = FileManager.default.contents(atPath: session.resolvePath(sheet)) else {
                throw ShellError(
                    "no sheet \(session.resolvePath(sheet)): give the CSV file that `drill msel export` wrote",
                    at: location)
            }
            let scenario: Scenario
            do {
                scenario = try MSELSheet.read(MSELSheet.text(of: data), file: sheet, base: base, plan: plan)
            } catch {
                // Each diagnostic names the sheet, its row and its column, as `validate` shows a file's.
                throw ShellError(error.description)
            }
            let text = ScenarioWriter.text(
                for: scenario, timeZone: session.workspace.jurisdiction.timeZone,
                comment: [
                    "Written by `drill msel import \(sheet)`: the injects of the sheet, the rest of \(self.scenario)."
                ])
            try session.write(text, to: out, in: invocation)
        }
    }
}
