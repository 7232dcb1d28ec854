/// The occurrences of a ``RecurrenceRule`` from a first occurrence, in order, computed as they are
/// asked for.
///
/// ```swift
/// let rule = try RecurrenceRule(parsing: "FREQ=DAILY;INTERVAL=2")
/// let start = try LocalDateTime(parsing: "2017-10-14 08:00")
/// rule.occurrences(from: start).prefix(3).map(\.description)
/// // ["2017-10-14 08:00", "2017-10-16 08:00", "2017-10-18 08:00"]
/// ```
public struct RecurrenceSequence: Sequence, Sendable {
    let plan: RecurrencePlan

    /// Starts a new pass from the first occurrence.
    public func makeIterator() -> RecurrenceIterator { RecurrenceIterator(plan: plan) }

    /// The occurrences before `end`, at most `limit` of them.
    public func occurrences(before end: LocalDateTime, limit: Int = 100_000) -> [LocalDateTime] {
        Array(prefix { $0 < end }.prefix(limit))
    }
}

/// Walks a ``RecurrenceSequence``, one period (year, month, week, day …) of the rule at a time.
public struct RecurrenceIterator: IteratorProtocol, Sendable {
    /// After this many periods in a row without an occurrence the rule is taken to never match again.
    ///
    /// The Gregorian calendar repeats every 146 097 days, so a daily (or coarser) rule that visits
    /// that many periods without a match has seen every day it ever will; twice that leaves room for
    /// rules finer than a day, whose periods on days that fail are skipped without counting.
    static let emptyPeriodLimit = 2 * 146_097

    private let plan: RecurrencePlan
    private var period = 0
    private var pending: [LocalDateTime] = []
    private var pendingIndex = 0
    private var produced = 0
    private var emptyPeriods = 0
    private var finished = false

    init(plan: RecurrencePlan) { self.plan = plan }

    /// The next occurrence, or `nil` when the rule has ended.
    public mutating func next() -> LocalDateTime? {
        while !finished {
            if pendingIndex < pending.count {
                let candidate = pending[pendingIndex]
                pendingIndex += 1
                if candidate < plan.start { continue }
                if let until = plan.until, candidate > until {
                    finished = true
                    return nil
                }
                produced += 1
                if let count = plan.count, produced >= count { finished = true }
                return candidate
            }
            switch plan.outcome(ofPeriod: period) {
            case .end:
                finished = true
            case .skip(let next):
                period = next
            case .occurrences(let list):
                pending = list
                pendingIndex = 0
                period += 1
                emptyPeriods = list.isEmpty ? emptyPeriods + 1 : 0
                if emptyPeriods >= Self.emptyPeriodLimit { finished = true }
            }
        }
        return nil
    }
}
