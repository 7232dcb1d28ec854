import Foundation

/// A source of random numbers for the simulation: the seam that makes every run reproducible.
///
/// The engine never calls the system's generator. It draws from a `RandomSource`, so a run with the same
/// seed makes the same draws and prints the same timeline.
public protocol RandomSource {
    /// The next 64 random bits.
    mutating func next() -> UInt64
}

extension RandomSource {
    /// A uniform value in the half-open interval [0, 1), with 53 bits of precision.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal value (mean 0, standard deviation 1), by the Box–Muller transform.
    public mutating func nextStandardNormal() -> Double {
        // 1 - u lies in (0, 1], so the logarithm is finite.
        let u = 1 - nextUnit()
        let v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Whether an event of probability `p` happens.
    public mutating func happens(withProbability p: Double) -> Bool {
        p > 0 && nextUnit() < p
    }
}

/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: fast, small and of good quality.
///
/// ```swift
/// var random = Xoshiro256(seed: 42)
/// let minutes = LogNormal(median: 5, p90: 20).sample(using: &random)
/// ```
public struct Xoshiro256: RandomSource, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The generator for run `index` of a Monte Carlo simulation with `seed`.
    ///
    /// Each run has its own stream, so the result of a seed is the same however the runs are spread
    /// over threads.
    public init(seed: UInt64, stream index: UInt64) {
        self.init(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03) &+ index)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// A log-normal distribution given as people state it: the median and the 90th percentile.
///
/// "LN(5, 20)" is a response time whose median is 5 minutes and which is under 20 minutes nine times
/// in ten.
public struct LogNormal: Hashable, Sendable {
    /// The median (the 50th percentile).
    public var median: Double
    /// The 90th percentile.
    public var p90: Double

    /// z such that the standard normal's cumulative distribution at z is 0.9.
    static let z90 = 1.2815515655446004

    /// A distribution with the given median and 90th percentile (`p90 >= median > 0`).
    public init(median: Double, p90: Double) {
        precondition(median > 0 && p90 >= median, "a log-normal needs 0 < median <= p90")
        self.median = median
        self.p90 = p90
    }

    /// μ of the underlying normal distribution.
    public var mu: Double { log(median) }
    /// σ of the underlying normal distribution.
    public var sigma: Double { log(p90 / median) / Self.z90 }

    /// One value drawn from the distribution.
    public func sample<R: RandomSource>(using random: inout R) -> Double {
        exp(mu + sigma * random.nextStandardNormal())
    }
}
