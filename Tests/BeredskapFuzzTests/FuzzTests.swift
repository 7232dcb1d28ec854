import Foundation
import Testing

/// Mutated inputs, in-process, against the command language, a session, the plan reader, the CAP
/// reader and the MSEL sheet reader. No input may crash a target (that ends the test run, and `Scripts/fuzz` names the input), and
/// no session may show a raw control character.
///
/// `FUZZ_COUNT` and `FUZZ_SEED` set the number of inputs and the seed; `Scripts/fuzz N SEED` runs a
/// million in a release build.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["FUZZ_COUNT"].flatMap { Int($0) } ?? 100_000
    static let seed = environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 2_026_1201

    /// Of every 1,000 inputs, how many go to each target: the cheap ones get the most, so a CI run of
    /// 100,000 stays under a minute in a debug build.
    static let shares: [(FuzzTarget, Int)] = [(.command, 910), (.plan, 55), (.cap, 22), (.msel, 10), (.session, 3)]

    static func target(for index: Int) -> FuzzTarget {
        var slot = index % 1_000
        for (target, share) in shares {
            if slot < share { return target }
            slot -= share
        }
        return .command
    }

    @Test func mutatedInputsNeitherCrashNorShowRawControlCharacters() throws {
        let corpus = try FuzzCorpus.load()
        for target in FuzzTarget.allCases { #expect(corpus.seeds[target]?.isEmpty == false, "no seeds for \(target)") }
        let runner = FuzzRunner()
        let recorder = FuzzRecorder()
        var mutator = FuzzMutator(seed: Self.seed)
        var counts: [FuzzTarget: Int] = [:]
        var time: [FuzzTarget: Double] = [:]
        var violations = 0
        let started = Date()
        func run(_ input: [UInt8], _ target: FuzzTarget, _ index: Int) {
            recorder.record(input, for: target)
            let start = Date()
            let outcome = runner.run(target, input)
            time[target, default: 0] += Date().timeIntervalSince(start)
            if let violation = outcome.violation {
                violations += 1
                if violations <= 10 {
                    Issue.record(
                        "\(target) input \(index) of seed \(Self.seed): \(violation): \(String(decoding: input.prefix(200), as: UTF8.self).debugDescription)"
                    )
                }
            }
            counts[target, default: 0] += 1
        }
        // The seeds as they are first, then mutations.
        for (target, seeds) in corpus.seeds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for seed in seeds { run(seed, target, -1) }
        }
        for index in 0..<Self.count {
            let target = Self.target(for: index)
            let seeds = corpus.seeds[target] ?? [[]]
            let input = mutator.mutate(
                seeds[mutator.below(seeds.count)], splicingWith: seeds[mutator.below(seeds.count)])
            run(input, target, index)
        }
        let seconds = Date().timeIntervalSince(started)
        let summary = FuzzTarget.allCases.map {
            "\($0.rawValue) \(counts[$0] ?? 0) in \(String(format: "%.1f", time[$0] ?? 0)) s"
        }
        .joined(separator: ", ")
        print(
            "fuzz: \(counts.values.reduce(0, +)) inputs (\(summary)), seed \(Self.seed), \(String(format: "%.1f", seconds)) s"
        )
        #expect(violations == 0)
    }
}
