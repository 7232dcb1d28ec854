import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// `drill run SCENARIO [--at TIME] [--seed N]` and `drill simulate SCENARIO --runs N --seed S`.
    func drill(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        guard let action = tool.words.first?.text.lowercased() else {
            throw ShellError("expected 'drill run SCENARIO' or 'drill simulate SCENARIO --runs N'", at: location)
        }
        switch action {
        case "run":
            try tool.allowOnly(
                words: 2, options: ["at", "seed", "run"], flags: [],
                usage: "drill run SCENARIO [--at 'YYYY-MM-DD HH:MM'] [--seed N]", at: location)
            let plan = try currentPlan()
            let scenario = try self.scenario(tool, plan: plan, at: location)
            let calendar = try planCalendar(plan, at: location)
            let seed = try tool.number("seed", default: 1)
            let run = try tool.number("run", default: 0)
            let timeline: Timeline
            do {
                timeline = try DryRun.run(
                    scenario: scenario, plan: plan, seed: seed, run: run, availability: calendar,
                    context: context(scenario, calendar))
            } catch {
                throw ShellError(error.description, at: location)
            }
            emit(rendered(timeline, for: plan))
        case "simulate":
            try tool.allowOnly(
                words: 2, options: ["runs", "seed", "threads"], flags: ["progress", "no-progress"],
                usage: "drill simulate SCENARIO --runs N --seed S", at: location)
            let plan = try currentPlan()
            let scenario = try self.scenario(tool, plan: plan, at: location)
            let calendar = try planCalendar(plan, at: location)
            let runs = Int(try tool.number("runs", default: 10_000))
            let threads = Int(try tool.number("threads", default: UInt64(ProcessInfo.processInfo.activeProcessorCount)))
            let bar = ProgressBar.forStandardError(
                wanted: tool.flags.contains("progress") || (!tool.flags.contains("no-progress") && runs >= 100_000))
            let seed = try tool.number("seed", default: 1)
            var progress: (@Sendable (Double) -> Void)?
            if let bar { progress = { bar.show($0) } }
            let result: MonteCarloResult
            do {
                result = try MonteCarlo.simulate(
                    scenario: scenario, plan: plan, runs: runs, seed: seed, threads: max(1, threads),
                    availability: calendar, context: context(scenario, calendar), progress: progress,
                    shouldStop: { shellInterrupt.load(ordering: .relaxed) })
            } catch {
                bar?.finish()
                throw ShellError(error.description, at: location)
            }
            bar?.finish()
            if result.runs < runs {
                // Ctrl-C. The flag stays set, so that the rest of a script or of the typed lines stops
                // too; the REPL clears it before the next prompt. The partial statistics are not shown:
                // which runs finished depends on the timing, so they would not repeat with the seed.
                throw ShellError("interrupted after \(result.runs) of \(runs) runs")
            }
            emitSimulation(result)
        default:
            try tabletop(action, tool, at: location)
        }
    }

    /// A Monte Carlo result: per role, then per step with a target time, then the objectives; JSON as
    /// the result's own document.
    func emitSimulation(_ result: MonteCarloResult) {
        if mode == .json {
            emit(result.jsonText(pretty: true) + "\n")
            return
        }
        func number(_ value: Double?) -> ShellValue { value.map { .number(($0 * 10).rounded() / 10) } ?? .null }
        func share(_ value: Double?) -> ShellValue { value.map { .text(String(format: "%.1f %%", $0 * 100)) } ?? .null }
        emit("\(result.runs) körningar, frö \(result.seed), larmväg \(result.path); minuter från larmet\n")
        emit(
            ResultTable(
                columns: ["id", "title", "p50", "p90", "p99", "mean", "reached", "via deputy"],
                rows: result.roles.map {
                    [
                        .text($0.id), .text($0.title), number($0.p50), number($0.p90), number($0.p99), number($0.mean),
                        share($0.reachedShare), share($0.deputyShare),
                    ]
                }))
        let targeted = result.steps.filter { $0.targetMinutes != nil }
        if !targeted.isEmpty {
            emit(
                ResultTable(
                    columns: ["step", "target", "ran", "missed target"],
                    rows: targeted.map {
                        [.text($0.id), number($0.targetMinutes), share($0.ranShare), share($0.missShare)]
                    }))
        }
        if !result.objectives.isEmpty {
            emit(
                ResultTable(
                    columns: ["objective", "met"], rows: result.objectives.map { [.text($0.text), share($0.metShare)] })
            )
        }
    }

    /// A built-in scenario by name, or a scenario file by path.
    func scenario(_ tool: ToolInvocation, plan: Plan, at location: InputLocation) throws(ShellError) -> Scenario {
        guard tool.words.count == 2 else {
            throw ShellError(
                "expected a scenario: a built-in name (\(BuiltInScenarios.names.joined(separator: ", "))) or a file",
                at: location)
        }
        let name = tool.words[1]
        var scenario: Scenario
        do {
            if BuiltInScenarios.names.contains(name.text) {
                scenario = try BuiltInScenarios.scenario(named: name.text, plan: plan)
            } else {
                let path = resolvePath(name.text)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ShellError(
                        "no scenario '\(name.text)': not a built-in one ("
                            + BuiltInScenarios.names.joined(separator: ", ") + ") and no file \(path)",
                        at: name.location)
                }
                scenario = try ScenarioReader.read(
                    String(decoding: data, as: UTF8.self), file: name.text, plan: plan)
            }
        } catch let error as ShellError {
            throw error
        } catch let error as ScenarioError {
            throw ShellError(error.description, at: name.location)
        } catch {
            throw ShellError("\(error)", at: name.location)
        }
        if let at = tool.options["at"] {
            scenario.event.start = try localInstant(at)
            scenario.event.officeHours = nil
        }
        return scenario
    }

    /// The event's context, with office hours from the plan's calendar when the scenario does not
    /// state them.
    func context(_ scenario: Scenario, _ calendar: PlanCalendar) -> EventContext {
        EventContext(scenario: scenario, calendar: calendar)
    }

    /// The plan's office hours and rotas, or what in them cannot be read and where.
    func planCalendar(_ plan: Plan, at location: InputLocation) throws(ShellError) -> PlanCalendar {
        try workspace.calendar(at: location)
    }
}

extension ToolInvocation {
    /// The option `name` as a whole number that is not negative.
    func number(_ name: String, default value: UInt64) throws(ShellError) -> UInt64 {
        guard let argument = options[name] else { return value }
        guard let number = UInt64(argument.text.replacingOccurrences(of: "_", with: "")) else {
            throw ShellError("'--\(name)' takes a whole number, not '\(argument.text)'", at: argument.location)
        }
        return number
    }
}

/// A progress bar on standard error, for long simulations on a terminal.
final class ProgressBar: Sendable {
    /// A bar when `wanted` and standard error is a terminal; nil otherwise.
    static func forStandardError(wanted: Bool) -> ProgressBar? {
        wanted && isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    /// Draws the bar at `fraction` (0…1). Called one at a time by the simulation.
    func show(_ fraction: Double) {
        let width = 40
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        _ = ResultFileStream.writeAll(String(format: "\r%@ %3d %%", bar, Int(fraction * 100)), to: STDERR_FILENO)
    }

    /// Clears the bar's line.
    func finish() {
        _ = ResultFileStream.writeAll(("\r" + String(repeating: " ", count: 48) + "\r"), to: STDERR_FILENO)
    }
}
