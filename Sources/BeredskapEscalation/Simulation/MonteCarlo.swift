import BeredskapModel
import Dispatch
import Foundation
import Synchronization

/// Runs a scenario many times with seeded random draws and summarises how long the alarm takes to
/// reach each role.
///
/// Run `i` draws from `Xoshiro256(seed: seed, stream: i)`, and the runs are cut into fixed chunks
/// whatever the number of threads, so a seed gives the same result on one thread or eight.
///
/// ```swift
/// let result = try MonteCarlo.simulate(
///     scenario: BuiltInScenarios.benchNight, plan: plan, runs: 100_000, seed: 42
/// ) { fraction in bar.update(fraction) }
/// result.role("stadsdirektor")?.p90   // minutes until the city director knows, nine times in ten
/// ```
public enum MonteCarlo {
    /// Runs per chunk: the unit of work handed to a thread and of progress reports.
    static let chunkSize = 2048

    /// Simulates `runs` runs of `scenario` on `plan`.
    ///
    /// - Parameters:
    ///   - scenario: The event, responses and decisions.
    ///   - plan: The plan whose alarm path runs.
    ///   - runs: How many runs.
    ///   - seed: The seed; the same seed gives the same result.
    ///   - threads: How many threads share the runs; the result does not depend on it.
    ///   - availability: Who can be reached when; everyone by default.
    ///   - context: The event's circumstances; by default ``EventContext/init(scenario:officeHours:timeZone:)``, which
    ///     a calendar with public holidays can improve on.
    ///   - progress: Called with the fraction of runs done (0 to 1, rising) after each chunk, from the
    ///     worker threads, one call at a time.
    ///   - shouldStop: Asked by each worker thread before each chunk of 2,048 runs; once it
    ///     returns true, the threads stop after the chunk they are in, so it should be cheap (reading an
    ///     atomic flag set by a signal handler, say). The result then summarises only the runs that
    ///     finished: its ``MonteCarloResult/runs`` is smaller than `runs`, and which runs finished
    ///     depends on the timing, so such a result does not repeat with the seed.
    /// - Returns: The statistics of the runs. When `shouldStop` stopped it early, of the runs that finished.
    /// - Throws: ``ScenarioError`` when the scenario does not fit the plan.
    public static func simulate(
        scenario: Scenario, plan: Plan, runs: Int, seed: UInt64,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        availability: some RoleAvailability = AlwaysAvailable(), context: EventContext? = nil,
        progress: (@Sendable (Double) -> Void)? = nil, shouldStop: (@Sendable () -> Bool)? = nil
    ) throws(ScenarioError) -> MonteCarloResult {
        let context = context ?? EventContext(scenario: scenario)
        let program = try SimulationProgram(scenario: scenario, plan: plan, context: context)
        let check = AvailabilityCheck(availability, eventStart: context.start)
        let runs = max(0, runs)
        let roleCount = program.roles.count
        let measures = roleCount + program.stepCount
        let chunkCount = (runs + chunkSize - 1) / chunkSize
        let workers = max(1, min(threads, chunkCount))
        let shared = Mutex(
            SharedTotals(
                chunkSums: Array(repeating: 0, count: chunkCount * measures), tallies: [], chunksDone: 0, runsDone: 0))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var tally = RunTally(measures: measures, objectives: program.objectiveRoles.count)
            var engine = SimulationEngine(program: program)
            var observer = SilentObserver()
            var sums = [Double](repeating: 0, count: measures)
            var chunk = worker
            // Asked per chunk, not per run, so that stopping costs the hot loop nothing.
            while chunk < chunkCount, !(shouldStop?() ?? false) {
                for index in sums.indices { sums[index] = 0 }
                let chunkRuns = (chunk * chunkSize)..<min(runs, (chunk + 1) * chunkSize)
                for run in chunkRuns {
                    var random = Xoshiro256(seed: seed, stream: UInt64(run))
                    engine.run(random: &random, observer: &observer, availability: check)
                    record(engine, of: program, into: &tally, sums: &sums)
                }
                shared.withLock { totals in
                    totals.chunkSums.replaceSubrange((chunk * measures)..<((chunk + 1) * measures), with: sums)
                    totals.chunksDone += 1
                    totals.runsDone += chunkRuns.count
                    progress?(Double(totals.chunksDone) / Double(chunkCount))
                }
                chunk += workers
            }
            shared.withLock { $0.tallies.append(tally) }
        }
        let (chunkSums, tallies, runsDone) = shared.withLock { ($0.chunkSums, $0.tallies, $0.runsDone) }
        var total = RunTally(measures: measures, objectives: program.objectiveRoles.count)
        for tally in tallies { total.merge(tally) }
        var sums = [Double](repeating: 0, count: measures)
        for chunk in 0..<chunkCount {
            for measure in 0..<measures { sums[measure] += chunkSums[chunk * measures + measure] }
        }
        // A chunk that never ran left its sums at zero and nothing in the tallies.
        return summary(program: program, tally: total, sums: sums, runs: runsDone, seed: seed)
    }

    @inline(__always)
    static func record(
        _ engine: SimulationEngine, of program: SimulationProgram, into tally: inout RunTally, sums: inout [Double]
    ) {
        let roleCount = program.roles.count
        for role in 0..<roleCount {
            let minute = engine.reached[role]
            guard minute.isFinite else { continue }
            tally.add(minute, to: role)
            sums[role] += minute
            if engine.reachedViaDeputy[role] { tally.deputies[role] += 1 }
        }
        for step in 0..<program.stepCount where engine.states[step] == .done {
            let minute = engine.finish[step]
            tally.add(minute, to: roleCount + step)
            sums[roleCount + step] += minute
            if minute > program.targetMinutes[step] { tally.misses[roleCount + step] += 1 }
        }
        for (objective, role) in program.objectiveRoles.enumerated()
        where role >= 0 && engine.reached[role] <= program.objectiveWithin[objective] {
            tally.met[objective] += 1
        }
    }

    static func summary(
        program: SimulationProgram, tally: RunTally, sums: [Double], runs: Int, seed: UInt64
    ) -> MonteCarloResult {
        func share(_ count: Int, of total: Int) -> Double { total > 0 ? Double(count) / Double(total) : 0 }
        func mean(_ measure: Int) -> Double? {
            tally.hits[measure] > 0 ? (sums[measure] / Double(tally.hits[measure]) * 1000).rounded() / 1000 : nil
        }
        let roles = program.roles.enumerated().map { index, role in
            RoleStatistics(
                id: role.id.rawValue, title: role.title, p50: tally.percentile(0.5, of: index),
                p90: tally.percentile(0.9, of: index), p99: tally.percentile(0.99, of: index), mean: mean(index),
                reachedShare: share(tally.hits[index], of: runs), deputyShare: share(tally.deputies[index], of: runs))
        }
        let steps = program.path.steps.enumerated().map { index, step in
            let measure = program.roles.count + index
            let target = program.targetMinutes[index]
            return StepStatistics(
                id: step.id.rawValue, kind: step.kind.rawValue, targetMinutes: target.isNaN ? nil : target,
                ranShare: share(tally.hits[measure], of: runs),
                missShare: target.isNaN ? nil : share(tally.misses[measure], of: tally.hits[measure]),
                p50: tally.percentile(0.5, of: measure), p90: tally.percentile(0.9, of: measure),
                p99: tally.percentile(0.99, of: measure), mean: mean(measure))
        }
        let objectives = program.scenario.objectives.enumerated().map { index, objective in
            ObjectiveStatistics(
                id: objective.id.rawValue, text: objective.text, metShare: share(tally.met[index], of: runs))
        }
        return MonteCarloResult(
            runs: runs, seed: seed, roles: roles, steps: steps, objectives: objectives,
            scenario: program.scenario.name, path: program.path.id)
    }
}

/// What the workers of a simulation hand back: each chunk's sums in chunk order, each worker's tally,
/// and how many runs finished (fewer than asked for when the simulation was stopped).
struct SharedTotals {
    var chunkSums: [Double]
    var tallies: [RunTally]
    var chunksDone: Int
    var runsDone: Int
}

/// The observer of Monte Carlo runs: records nothing, so the compiler removes every call.
struct SilentObserver: SimulationObserver {
    static var recordsNotices: Bool { false }
    func started(step: Int, at minute: Double) {}
    func primaryUnavailable(step: Int, at minute: Double) {}
    func noAnswer(step: Int, at minute: Double) {}
    func completed(step: Int, at minute: Double, outcome: Int, viaDeputy: Bool) {}
    func skipped(step: Int, at minute: Double, reason: SkipReason) {}
    func repeated(step: Int, at minute: Double) {}
    func injected(_ index: Int, at minute: Double) {}
}
