import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// `drill …`: simulated runs of an alarm path, and tabletop drills played, saved and reported.
struct DrillTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill", abstract: "Simulate alarm paths, or play and rate a tabletop drill saved in the store.",
        subcommands: [
            Run.self, Simulate.self, Start.self, Next.self, Inject.self, Advance.self, Act.self, Decide.self, Rate.self,
            Status.self, Clock<PauseDrill>.self, Clock<ResumeDrill>.self, Clock<EndDrill>.self, Sessions.self,
            Scenarios.self, Open.self, Adopt.self, Scaffold.self, MSEL.self, Cards.self, Handout.self, Sheets.self,
            Board.self,
        ])

    /// The scenario of `drill run`, `drill simulate` and `drill start`, and its event time.
    struct ScenarioOptions: ParsableArguments {
        @Argument(
            help: ArgumentHelp(
                "A built-in scenario's name, an alarm path of the plan (run on the default response model), or a scenario file.",
                valueName: "scenario"))
        var scenario: String?
        @Option(help: ArgumentHelp("When the alarm comes, as a local time 'YYYY-MM-DD HH:MM'.", valueName: "time"))
        var at: String?

        /// A built-in scenario by name, or a scenario file by path, with `--at` as its start.
        func load(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) -> Scenario {
            try Self.load(scenario, at: at, in: session, invocation)
        }

        /// The scenario `scenario` names as `drill start` takes it — a built-in name, an alarm path of
        /// the plan or a file — with `at` as its start.
        static func load(
            _ scenario: String?, at: String?, in session: ShellSession, _ invocation: ToolInvocation
        ) throws(ShellError) -> Scenario {
            let names = BuiltInScenarios.names.joined(separator: ", ")
            let plan = try session.currentPlan()
            let paths = plan.alarmPaths.map(\.id.rawValue).joined(separator: ", ")
            guard let scenario else {
                throw ShellError(
                    "expected a scenario: a built-in name (\(names)), an alarm path of the plan"
                        + (paths.isEmpty ? "" : " (\(paths))") + " or a file",
                    at: invocation.arguments.first?.location)
            }
            let location = invocation.location(of: scenario)
            var loaded: Scenario
            do {
                if BuiltInScenarios.names.contains(scenario) {
                    loaded = try BuiltInScenarios.scenario(named: scenario, plan: plan)
                } else {
                    guard let text = try fileText(scenario, at: at, in: session, invocation) else {
                        throw ShellError(
                            "no scenario '\(scenario)': not a built-in one (\(names)), not an alarm path of the plan"
                                + (paths.isEmpty ? " (it has none)" : " (\(paths))") + " and no file "
                                + session.resolvePath(scenario)
                                + Suggestion.didYouMean(
                                    scenario, in: BuiltInScenarios.names + plan.alarmPaths.map(\.id.rawValue)),
                            at: location)
                    }
                    loaded = try ScenarioReader.read(text, file: scenario, plan: plan)
                }
            } catch let error as ShellError {
                throw error
            } catch let error as ScenarioError {
                throw ShellError(error.description, at: location)
            } catch {
                throw ShellError("\(error)", at: location)
            }
            if let at {
                loaded.event.start = try Self.localInstant(at, in: session, at: invocation.location(ofOption: "at"))
                loaded.event.officeHours = nil
            }
            return loaded
        }

        /// A wall time written in a command, in the jurisdiction's time zone. A time the clocks skip is
        /// refused with a message that says which times exist; a time that happens twice is the first, with
        /// a note on standard error.
        static func localInstant(
            _ text: String, in session: ShellSession, at location: InputLocation?
        ) throws(ShellError) -> Date {
            do {
                let resolution = try session.workspace.jurisdiction.timeZone.resolve(parsing: text)
                if let notice = resolution.notice { session.errors("note: " + notice) }
                return resolution.date
            } catch {
                throw ShellError(error.description, at: location)
            }
        }

        /// The scenario's text as a built-in one, the default model's for an alarm path of the plan
        /// (``DefaultScenario``, the alarm at `--at` or now) or a file, for a drill to keep.
        func fileText(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) -> String? {
            try Self.fileText(scenario, at: at, in: session, invocation)
        }

        /// The text of the scenario `scenario` names, as ``fileText(in:_:)`` gives it.
        static func fileText(
            _ scenario: String?, at: String?, in session: ShellSession, _ invocation: ToolInvocation
        ) throws(ShellError) -> String? {
            guard let scenario else { return nil }
            if BuiltInScenarios.names.contains(scenario) { return BuiltInScenarios.text(named: scenario) }
            let plan = try session.currentPlan()
            if let path = plan.alarmPaths.first(where: { $0.id.rawValue == scenario }) {
                let start = try at.map { text throws(ShellError) in
                    try Self.localInstant(text, in: session, at: invocation.location(ofOption: "at"))
                }
                return DefaultScenario.text(
                    for: path, in: plan, at: start ?? Date(), timeZone: session.workspace.jurisdiction.timeZone)
            }
            return FileManager.default.contents(atPath: session.resolvePath(scenario)).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    /// `drill run SCENARIO [--at TIME] [--seed N] [--run N]`: one run of the alarm path as a timeline.
    struct Run: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "One run of a scenario's alarm path, as a timeline.")
        static let examples = ["drill run bench-night --seed 7"]

        @OptionGroup var scenario: ScenarioOptions
        @Option(
            parsing: .unconditional, help: ArgumentHelp("The seed of the random draws (default: 1).", valueName: "n"))
        var seed: String?
        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("Which run of the seed's sequence (default: 0).", valueName: "n"))
        var run: String?

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let loaded = try scenario.load(in: session, invocation)
            let plan = try session.currentPlan()
            let calendar = try session.workspace.calendar(at: invocation.arguments.first?.location)
            let seedValue = try ShellTools.number(seed, option: "seed", default: 1, in: invocation)
            let runValue = try ShellTools.number(run, option: "run", default: 0, in: invocation)
            let timeline: Timeline
            do {
                timeline = try DryRun.run(
                    scenario: loaded, plan: plan, seed: seedValue, run: runValue, availability: calendar,
                    context: EventContext(scenario: loaded, calendar: calendar))
            } catch {
                throw ShellError(error.description, at: invocation.arguments.first?.location)
            }
            session.emit(ShellTools.text(of: timeline, for: plan))
        }
    }

    /// `drill simulate SCENARIO --runs N --seed S`: many runs, as statistics.
    struct Simulate: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "simulate", abstract: "Many runs of a scenario, as statistics per role, step and objective.")
        static let examples = ["drill simulate bench-night --runs 100000 --seed 42"]

        @OptionGroup var scenario: ScenarioOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("How many runs (default: 10000).", valueName: "n"))
        var runs: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("The seed (default: 1).", valueName: "n"))
        var seed: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Threads to run on (default: the cores).", valueName: "n"))
        var threads: String?
        @Flag(help: "Show a progress bar on a terminal (default from 100000 runs).")
        var progress = false
        @Flag(name: .customLong("no-progress"), help: "Never show a progress bar.")
        var noProgress = false

        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in try simulate(in: session, invocation) }
        }

        func simulate(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let loaded = try scenario.load(in: session, invocation)
            let plan = try session.currentPlan()
            let location = invocation.arguments.first?.location
            let calendar = try session.workspace.calendar(at: location)
            let count = Int(try ShellTools.number(runs, option: "runs", default: 10_000, in: invocation))
            guard count > 0 else {
                throw ShellError(
                    "'--runs' takes a number of runs from 1, not '\(runs ?? "")'",
                    at: invocation.location(ofOption: "runs"))
            }
            let cores = UInt64(ProcessInfo.processInfo.activeProcessorCount)
            let threadCount = Int(try ShellTools.number(threads, option: "threads", default: cores, in: invocation))
            guard threadCount > 0 else {
                throw ShellError(
                    "'--threads' takes a number from 1, not '0'", at: invocation.location(ofOption: "threads"))
            }
            let bar = ProgressBar.forStandardError(wanted: progress || (!noProgress && count >= 100_000))
            let seedValue = try ShellTools.number(seed, option: "seed", default: 1, in: invocation)
            var report: (@Sendable (Double) -> Void)?
            if let bar { report = { bar.show($0) } }
            let result: MonteCarloResult
            do {
                result = try MonteCarlo.simulate(
                    scenario: loaded, plan: plan, runs: count, seed: seedValue, threads: max(1, threadCount),
                    availability: calendar, context: EventContext(scenario: loaded, calendar: calendar),
                    progress: report, shouldStop: { shellInterrupt.load(ordering: .relaxed) })
            } catch {
                bar?.finish()
                throw ShellError(error.description, at: location)
            }
            bar?.finish()
            if result.runs < count {
                // Ctrl-C. The flag stays set, so that the rest of a script or of the typed lines stops
                // too; the REPL clears it before the next prompt. The partial statistics are not shown:
                // which runs finished depends on the timing, so they would not repeat with the seed.
                throw ShellError("interrupted after \(result.runs) of \(count) runs", code: .interrupted)
            }
            Self.show(result, for: plan, in: session)
        }

        /// A Monte Carlo result: per role, then per step with a target time, then the objectives; JSON as
        /// the result's own document.
        static func show(_ result: MonteCarloResult, for plan: Plan, in session: ShellSession) {
            if session.mode == .json {
                session.emit(result.jsonText(pretty: true) + "\n")
                return
            }
            let language = ReportLanguage(planLanguage: plan.metadata.language)
            // Minutes and shares alike in the plan's language: "12,5" beside "44,5 %", never "12.5".
            func number(_ value: Double?) -> ShellValue {
                value.map { .written(($0 * 10).rounded() / 10, NumberText.decimal($0, language)) } ?? .null
            }
            func share(_ value: Double?) -> ShellValue {
                value.map { .written($0, SimulationText.share($0, language)) } ?? .null
            }
            // CSV is the tables alone: a line of prose before them would not be CSV.
            if session.mode != .csv { session.emit(SimulationText.summary(result, language)) }
            session.emit(
                ResultTable(
                    columns: SimulationText.roleColumns(language),
                    rows: result.roles.map {
                        [
                            .text($0.id), .text($0.title), number($0.p50), number($0.p90), number($0.p99),
                            number($0.mean),
                            share($0.reachedShare), share($0.deputyShare),
                        ]
                    }))
            let targeted = result.steps.filter { $0.targetMinutes != nil }
            if !targeted.isEmpty {
                session.emit(
                    ResultTable(
                        columns: SimulationText.stepColumns(language),
                        rows: targeted.map {
                            [.text($0.id), number($0.targetMinutes), share($0.ranShare), share($0.missShare)]
                        }))
            }
            if !result.objectives.isEmpty {
                session.emit(
                    ResultTable(
                        columns: SimulationText.objectiveColumns(language),
                        rows: result.objectives.map { [.text($0.text), share($0.metShare)] })
                )
            }
        }
    }
}
