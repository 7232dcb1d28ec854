/// What one Monte Carlo worker counts over its runs: a histogram of times per measure (each reached
/// role, each step's completion), and how often roles were reached by a deputy, steps missed their
/// targets and objectives were met.
///
/// Everything here is an integer count or a list of exact values, so tallies merge to the same result
/// in any order; the sums for means are kept per chunk of runs by ``MonteCarlo`` for the same reason.
struct RunTally {
    /// Bins per minute: the histograms count time in hundredths of a minute.
    static let binsPerMinute = 100.0
    /// Bins per histogram: times under 600 minutes go in a bin; later ones are kept exactly.
    static let binCount = 60_000
    /// The first time that is kept exactly.
    static let histogramEnd = Double(binCount) / binsPerMinute

    let measures: Int
    /// `measures` histograms of `binCount` bins each, one after the other.
    var counts: [UInt32]
    /// Times past the histograms' range, per measure.
    var late: [[Double]]
    /// Runs in which each measure had a value.
    var hits: [Int]
    /// Runs in which each measure's role was reached by a deputy.
    var deputies: [Int]
    /// Runs in which each measure's step missed its target.
    var misses: [Int]
    /// Runs in which each objective was met.
    var met: [Int]

    init(measures: Int, objectives: Int) {
        self.measures = measures
        counts = Array(repeating: 0, count: measures * Self.binCount)
        late = Array(repeating: [], count: measures)
        hits = Array(repeating: 0, count: measures)
        deputies = Array(repeating: 0, count: measures)
        misses = Array(repeating: 0, count: measures)
        met = Array(repeating: 0, count: objectives)
    }

    /// Counts `minutes` for `measure`.
    @inline(__always)
    mutating func add(_ minutes: Double, to measure: Int) {
        hits[measure] += 1
        if minutes < Self.histogramEnd {
            counts[measure * Self.binCount + max(0, Int(minutes * Self.binsPerMinute))] += 1
        } else {
            late[measure].append(minutes)
        }
    }

    mutating func merge(_ other: RunTally) {
        for index in counts.indices { counts[index] += other.counts[index] }
        for measure in 0..<measures {
            late[measure] += other.late[measure]
            hits[measure] += other.hits[measure]
            deputies[measure] += other.deputies[measure]
            misses[measure] += other.misses[measure]
        }
        for index in met.indices { met[index] += other.met[index] }
    }

    /// The `fraction` percentile of `measure` by nearest rank, rounded down to the bin; `nil` with no values.
    func percentile(_ fraction: Double, of measure: Int) -> Double? {
        let total = hits[measure]
        guard total > 0 else { return nil }
        let rank = max(1, Int((fraction * Double(total)).rounded(.up)))
        var seen = 0
        let base = measure * Self.binCount
        for bin in 0..<Self.binCount {
            seen += Int(counts[base + bin])
            if seen >= rank { return Double(bin) / Self.binsPerMinute }
        }
        let sorted = late[measure].sorted()
        return sorted[min(sorted.count - 1, rank - seen - 1)]
    }
}
