import Foundation
import Testing

@testable import BeredskapEscalation

@Suite struct RandomSourceTests {
    @Test func theSameSeedGivesTheSameSequenceAndAnotherSeedAnother() {
        var first = Xoshiro256(seed: 7)
        var second = Xoshiro256(seed: 7)
        var other = Xoshiro256(seed: 8)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        let c = (0..<100).map { _ in other.next() }
        #expect(a == b)
        #expect(a != c)
        #expect(Set(a).count == 100)
    }

    @Test func streamsOfOneSeedDiffer() {
        var zero = Xoshiro256(seed: 1, stream: 0)
        var one = Xoshiro256(seed: 1, stream: 1)
        #expect(zero.next() != one.next())
    }

    @Test func aLogNormalHasTheStatedMedianAndNinetiethPercentile() {
        var random = Xoshiro256(seed: 2017)
        let distribution = LogNormal(median: 5, p90: 20)
        let samples = (0..<200_000).map { _ in distribution.sample(using: &random) }.sorted()
        let median = samples[samples.count / 2]
        let p90 = samples[samples.count * 9 / 10]
        #expect(abs(median - 5) / 5 < 0.02, "median \(median)")
        #expect(abs(p90 - 20) / 20 < 0.02, "p90 \(p90)")
    }

    @Test func uniformValuesStayInTheUnitInterval() {
        var random = Xoshiro256(seed: 3)
        let values = (0..<10_000).map { _ in random.nextUnit() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs(mean - 0.5) < 0.02)
    }
}
