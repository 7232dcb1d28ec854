import Foundation

/// A change to a rota for one stretch of time: someone else holds the duty, or nobody does.
///
/// Overrides are applied in order over the regular shifts, so a later override wins where two overlap.
///
/// ```swift
/// let swap = RotaOverride(interval: week32, coverage: .holder("Karin Ek"), note: "byte med Lars")
/// let hole = RotaOverride(interval: nightOfMay1, coverage: .uncovered, note: "ingen ersättare")
/// ```
public struct RotaOverride: Hashable, Sendable {
    /// Who covers the interval.
    public enum Coverage: Hashable, Sendable {
        /// The named person holds the duty.
        case holder(String)
        /// Someone holds the duty, and the rota does not say who.
        case covered
        /// Nobody holds the duty: a known gap.
        case uncovered
    }

    /// The stretch of time the override applies to (its end not included).
    public var interval: DateInterval
    /// Who holds the duty then.
    public var coverage: Coverage
    /// Why, for the record.
    public var note: String?

    /// Creates an override.
    public init(interval: DateInterval, coverage: Coverage, note: String? = nil) {
        self.interval = interval
        self.coverage = coverage
        self.note = note
    }

    func contains(_ date: Date) -> Bool { interval.start <= date && date < interval.end }
}
