import BeredskapModel
import Foundation
import Synchronization
import Testing

@testable import BeredskapEscalation

@Suite struct MonteCarloTests {
    let plan = StockholmFixture.plan

    // MARK: An independent model of bench night, sharing no code with the engine

    /// The standard normal distribution function.
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// P(X ≤ t) for a log-normal with median `m` and 90th percentile `q`.
    static func logNormalCDF(_ t: Double, median m: Double, p90 q: Double) -> Double {
        guard t > 0 else { return 0 }
        let sigma = log(q / m) / 1.2815515655446004
        return normalCDF((log(t) - log(m)) / sigma)
    }

    /// P(reached ≤ t) for a role contacted at minute 0 with answer time LN(m, q), no-answer chance p
    /// and a wait of w minutes before the deputy, who answers after a fresh LN(m, q) draw.
    static func reachedCDF(_ t: Double, median m: Double, p90 q: Double, noAnswer p: Double, wait w: Double) -> Double {
        let primary = (1 - p) * logNormalCDF(min(t, w), median: m, p90: q)
        guard t > w else { return primary }
        let fallback = p + (1 - p) * (1 - logNormalCDF(w, median: m, p90: q))
        return primary + fallback * logNormalCDF(t - w, median: m, p90: q)
    }

    /// The `fraction` quantile of a distribution function, by bisection.
    static func quantile(_ fraction: Double, of cdf: (Double) -> Double) -> Double {
        var low = 0.0
        var high = 1000.0
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if cdf(middle) < fraction { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// A plain simulation of the chain to the city director: four calls in a row, each with its own
    /// answer, no-answer chance and wait. Normal draws by Marsaglia's polar method.
    struct PlainChain {
        var random: Xoshiro256
        var spare: Double?

        mutating func uniform() -> Double { Double(random.next() >> 11) / 9_007_199_254_740_992 }

        mutating func normal() -> Double {
            if let value = spare {
                spare = nil
                return value
            }
            while true {
                let u = 2 * uniform() - 1
                let v = 2 * uniform() - 1
                let s = u * u + v * v
                if s > 0 && s < 1 {
                    let factor = (-2 * log(s) / s).squareRoot()
                    spare = v * factor
                    return u * factor
                }
            }
        }

        mutating func call(median m: Double, p90 q: Double, noAnswer p: Double, wait w: Double) -> Double {
            let sigma = log(q / m) / 1.2815515655446004
            let answers = uniform() >= p
            let first = m * exp(sigma * normal())
            if answers && first <= w { return first }
            return w + m * exp(sigma * normal())
        }

        mutating func cityDirector() -> Double {
            call(median: 5, p90: 20, noAnswer: 0.10, wait: 15) + call(median: 10, p90: 30, noAnswer: 0.20, wait: 20)
                + call(median: 10, p90: 30, noAnswer: 0.20, wait: 20)
                + call(median: 15, p90: 45, noAnswer: 0.10, wait: 30)
        }
    }

    func expectClose(_ value: Double?, _ expected: Double, within tolerance: Double = 0.03, _ what: String) {
        guard let value else {
            Issue.record("\(what): no value")
            return
        }
        #expect(abs(value - expected) / expected < tolerance, "\(what): engine \(value), expected \(expected)")
    }

    // MARK: Tests

    @Test func theChiefIsReachedAsTheClosedFormSays() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.steps["kontakt-enhetschef"] = StepOverride(targetMinutes: 15)
        let result = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 50_000, seed: 2017)
        let cdf = { (t: Double) in Self.reachedCDF(t, median: 5, p90: 20, noAnswer: 0.10, wait: 15) }
        let chief = try #require(result.role("socialjourens-enhetschef"))
        expectClose(chief.p50, Self.quantile(0.5, of: cdf), "P50")
        expectClose(chief.p90, Self.quantile(0.9, of: cdf), "P90")
        #expect(chief.reachedShare == 1)
        // The plan names no deputy, so the chief is called again when the wait runs out: never a deputy.
        #expect(chief.deputyShare == 0)
        let missShare = try #require(result.step("kontakt-enhetschef")?.missShare)
        #expect(abs(missShare - (1 - cdf(15))) < 0.005)
    }

    @Test func theCityDirectorIsReachedAsAPlainSimulationSays() throws {
        let result = try MonteCarlo.simulate(
            scenario: try StockholmFixture.benchNight(), plan: plan, runs: 50_000, seed: 1)
        var chain = PlainChain(random: Xoshiro256(seed: 987_654_321))
        let times = (0..<50_000).map { _ in chain.cityDirector() }.sorted()
        let director = try #require(result.role("stadsdirektor"))
        expectClose(director.p50, times[times.count / 2], "P50")
        expectClose(director.p90, times[times.count * 9 / 10], "P90")
        let within60 = Double(times.filter { $0 <= 60 }.count) / Double(times.count)
        let objective = try #require(result.objectives.first { $0.id == "stadsdirektor-60" })
        #expect(abs(objective.metShare - within60) < 0.01)
        #expect(director.title == "Stadsdirektör")
        // POSOM is activated in half the runs.
        let activation = try #require(result.step("aktivera-posom"))
        #expect(abs(activation.ranShare - 0.5) < 0.01)
    }

    @Test func theResultDoesNotDependOnTheNumberOfThreads() throws {
        let scenario = try StockholmFixture.benchNight()
        let one = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 20_000, seed: 99, threads: 1)
        let four = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 20_000, seed: 99, threads: 4)
        #expect(one == four)
        let other = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 20_000, seed: 100, threads: 4)
        #expect(one != other)
    }

    @Test func progressRisesToOne() throws {
        let fractions = Mutex<[Double]>([])
        _ = try MonteCarlo.simulate(
            scenario: try StockholmFixture.benchNight(), plan: plan, runs: 10_000, seed: 3, threads: 2
        ) { fraction in fractions.withLock { $0.append(fraction) } }
        let seen = fractions.withLock { $0 }
        #expect(seen.count == (10_000 + MonteCarlo.chunkSize - 1) / MonteCarlo.chunkSize)
        #expect(seen == seen.sorted())
        #expect(seen.last == 1)
    }

    @Test func shouldStopEndsTheRunsAfterTheChunkAndTheResultCountsOnlyThoseThatFinished() throws {
        let scenario = try StockholmFixture.benchNight()
        let never = try MonteCarlo.simulate(
            scenario: scenario, plan: plan, runs: 100_000, seed: 3, threads: 2, shouldStop: { true })
        #expect(never.runs == 0)

        // Stopped once three chunks are done, on one thread: the first three chunks, exactly.
        let chunks = Atomic<Int>(0)
        let stopped = try MonteCarlo.simulate(
            scenario: scenario, plan: plan, runs: 100_000, seed: 3, threads: 1,
            progress: { _ in chunks.add(1, ordering: .relaxed) },
            shouldStop: { chunks.load(ordering: .relaxed) >= 3 })
        let first = try MonteCarlo.simulate(
            scenario: scenario, plan: plan, runs: 3 * MonteCarlo.chunkSize, seed: 3, threads: 1)
        #expect(stopped == first)
    }

    @Test func theJSONHasItsKeysInTheDocumentedOrder() throws {
        let result = try MonteCarlo.simulate(
            scenario: try StockholmFixture.benchNight(), plan: plan, runs: 1000, seed: 42)
        let json = result.jsonText()
        #expect(json.hasPrefix(#"{"runs":1000,"seed":42,"roles":[{"id":"socialjourens-enhetschef","title":"#))
        let role = try #require(json.range(of: #""title":"Socialjourens enhetschef","p50":"#))
        let keys = ["\"p90\":", "\"p99\":", "\"mean\":", "\"reachedShare\":", "\"deputyShare\":"]
        var position = role.upperBound
        for key in keys {
            let found = try #require(json.range(of: key, range: position..<json.endIndex), "\(key)")
            position = found.upperBound
        }
        #expect(json.contains(#"{"id":"larm-inkommer","kind":"receive","targetMinutes":null,"ranShare":1,"#))
        #expect(try JSONDecoder().decode(MonteCarloResult.self, from: Data(json.utf8)) == result)
        let pretty = result.jsonText(pretty: true)
        #expect(pretty.hasPrefix("{\n  \"runs\": 1000,\n  \"seed\": 42,\n  \"roles\": [\n    {\n      \"id\": "))
        #expect(try JSONDecoder().decode(MonteCarloResult.self, from: Data(pretty.utf8)) == result)
        // JSONEncoder gives the same values, in whatever order the platform keeps keys.
        let encoded = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(MonteCarloResult.self, from: encoded) == result)
    }

    @Test func aRoleNeverReachedHasNoTimes() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.event.classification = .ordinary
        let result = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 500, seed: 1)
        let director = try #require(result.role("stadsdirektor"))
        #expect(director.reachedShare == 0)
        #expect(director.p50 == nil && director.mean == nil)
        #expect(result.step("informera-sof-direktor")?.ranShare == 0)
        #expect(result.objectives.first?.metShare == 0)
    }

    struct CityDirectorAway: RoleAvailability {
        func isAvailable(_ role: EntityID, at date: Date) -> Bool { role != "stadsdirektor" }
    }

    @Test func anUnavailableCityDirectorIsAlwaysReachedThroughThePlansDeputy() throws {
        let scenario = try StockholmFixture.benchNight()
        var plan = self.plan
        let director = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[director].deputies = ["tib"]
        let result = try MonteCarlo.simulate(
            scenario: scenario, plan: plan, runs: 4000, seed: 5, availability: CityDirectorAway())
        let usual = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 4000, seed: 5)
        #expect(result.role("stadsdirektor")?.deputyShare == 1)
        #expect(try #require(usual.role("stadsdirektor")?.deputyShare) < 0.5)
        // The chain before the city director is untouched.
        #expect(result.role("sof-direktor") == usual.role("sof-direktor"))
    }

    @Test func anUnavailableCityDirectorWithoutADeputyInThePlanIsNeverReached() throws {
        let result = try MonteCarlo.simulate(
            scenario: try StockholmFixture.benchNight(), plan: plan, runs: 2000, seed: 5,
            availability: CityDirectorAway())
        #expect(result.role("stadsdirektor")?.reachedShare == 0)
        #expect(result.role("stadsdirektor")?.deputyShare == 0)
        #expect(result.role("sof-direktor")?.reachedShare == 1)
    }
}
