import Foundation
import Testing

@testable import BeredskapEscalation

@Suite struct ZigguratNormalTests {
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    @Test func drawsFollowTheStandardNormalIncludingTheTails() {
        var random = Xoshiro256(seed: 31)
        let sampler = ZigguratNormal.shared
        let count = 400_000
        let values = (0..<count).map { _ in sampler.sample(using: &random) }
        let mean = values.reduce(0, +) / Double(count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.01)
        // The share below each point matches Φ, from the far tail (beyond the ziggurat's base at 3.44)
        // through the wedges to the middle.
        for point in [-3.8, -3.0, -2.0, -1.0, -0.3, 0.0, 0.5, 1.28, 2.5, 3.6] {
            let share = Double(values.filter { $0 < point }.count) / Double(count)
            let expected = Self.normalCDF(point)
            let tolerance = 4 * (expected * (1 - expected) / Double(count)).squareRoot() + 1e-5
            #expect(abs(share - expected) < tolerance, "below \(point): \(share), expected \(expected)")
        }
        #expect(values.contains { $0 > 3.45 } && values.contains { $0 < -3.45 })
    }

    @Test func theLayersStackUpToTheTop() {
        let edges = ZigguratNormal.shared.edges
        #expect(edges.count == ZigguratNormal.layerCount + 1)
        #expect(edges[1] == ZigguratNormal.tailStart)
        #expect(zip(edges.dropFirst(), edges.dropFirst(2)).allSatisfy { $0 > $1 })
        // With these constants the top layer ends close to the mode.
        #expect(edges[ZigguratNormal.layerCount - 1] < 0.3)
    }
}
