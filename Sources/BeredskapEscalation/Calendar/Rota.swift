import Foundation

/// An on-duty rota, such as the city's TIB (tjänsteman i beredskap): shifts that repeat by a
/// ``RecurrenceRule``, holders who take turns, and overrides for swaps and known gaps.
///
/// Shifts start at the rule's occurrences in the rota's local time and last ``shiftLength`` on the wall
/// clock, so a week shift from Monday 12:00 hands over the next Monday at 12:00 even across the change
/// to summer time. Holders take the shifts in turn: shift 0 the first name, shift 1 the second, and so
/// on, starting over when the list ends. Overrides are applied over the shifts in order.
///
/// ```swift
/// let tib = Rota(
///     name: "TIB", firstShift: try LocalDateTime(parsing: "2017-10-02 12:00"),
///     recurrence: try RecurrenceRule(parsing: "FREQ=WEEKLY"), shiftLength: .init(days: 7),
///     holders: ["Anna Berg", "Lars Holm", "Karin Ek"])
/// tib.holder(at: someInstant)              // "Lars Holm"
/// tib.gaps(in: october)                    // stretches nobody holds
/// ```
public struct Rota: Hashable, Sendable {
    /// How long a shift lasts on the wall clock: days on the calendar, then hours and minutes.
    public struct ShiftLength: Hashable, Sendable, CustomStringConvertible {
        /// Whole calendar days.
        public var days: Int
        /// Hours after the days.
        public var hours: Int
        /// Minutes after the hours.
        public var minutes: Int

        /// Creates a length; a length that is not positive gives shifts that cover nothing.
        public init(days: Int = 0, hours: Int = 0, minutes: Int = 0) {
            self.days = days
            self.hours = hours
            self.minutes = minutes
        }

        /// `7d`, `12h`, `1d 2h 30min`.
        public var description: String {
            var parts: [String] = []
            if days != 0 { parts.append("\(days)d") }
            if hours != 0 { parts.append("\(hours)h") }
            if minutes != 0 { parts.append("\(minutes)min") }
            return parts.isEmpty ? "0min" : parts.joined(separator: " ")
        }
    }

    /// A stretch of time with one state of the rota: held by someone (named or not), or uncovered.
    public struct DutyPeriod: Hashable, Sendable {
        /// The stretch (its end not included).
        public let interval: DateInterval
        /// Whether someone holds the duty.
        public let isCovered: Bool
        /// Who, when the rota or an override names them.
        public let holder: String?
        /// The override that decides the stretch, or `nil` where the regular shifts do; stretches are
        /// not joined across an override's ends, so its note belongs to the whole stretch.
        public let override: RotaOverride?
    }

    /// The rota's name, such as `"TIB"`.
    public var name: String
    /// The start of the first shift (the rule's DTSTART), in local time.
    public var firstShift: LocalDateTime
    /// How shifts repeat.
    public var recurrence: RecurrenceRule
    /// How long each shift lasts.
    public var shiftLength: ShiftLength
    /// The holders in turn; empty when the rota does not name them.
    public var holders: [String]
    /// Swaps and known gaps, applied in order.
    public var overrides: [RotaOverride]
    /// The time zone shifts are planned in.
    public var timeZone: LocalTimeZone

    /// Creates a rota.
    public init(
        name: String, firstShift: LocalDateTime, recurrence: RecurrenceRule, shiftLength: ShiftLength,
        holders: [String] = [], overrides: [RotaOverride] = [],
        timeZone: LocalTimeZone = Jurisdiction.default.timeZone
    ) {
        self.name = name
        self.firstShift = firstShift
        self.recurrence = recurrence
        self.shiftLength = shiftLength
        self.holders = holders
        self.overrides = overrides
        self.timeZone = timeZone
    }

    /// The regular shifts that overlap `interval`, before overrides, in order.
    public func shifts(overlapping interval: DateInterval) -> [RotaShift] {
        var shifts: [RotaShift] = []
        for (number, local) in recurrence.occurrences(from: firstShift, in: timeZone).enumerated() {
            let start = instant(local)
            if start >= interval.end { break }
            let localEnd = local.adding(days: shiftLength.days, hours: shiftLength.hours, minutes: shiftLength.minutes)
            let end = instant(localEnd)
            guard end > start, end > interval.start else { continue }
            let holder = holders.isEmpty ? nil : holders[number % holders.count]
            shifts.append(RotaShift(number: number, localStart: local, start: start, end: end, holder: holder))
        }
        return shifts
    }

    /// Who holds the duty at `date`: `nil` when nobody does, or when the shift has no named holder
    /// (``isCovered(at:)`` tells the two apart).
    public func holder(at date: Date) -> String? { state(at: date).holder }

    /// Whether someone holds the duty at `date`.
    public func isCovered(at date: Date) -> Bool { state(at: date).isCovered }

    /// The rota over `interval` as consecutive stretches of one state each, from its start to its end.
    public func dutyPeriods(in interval: DateInterval) -> [DutyPeriod] {
        guard interval.duration > 0 else { return [] }
        let shifts = shifts(overlapping: interval)
        let overrides = overrides.filter { $0.interval.start < interval.end && $0.interval.end > interval.start }
        var cuts: Set<Date> = [interval.start, interval.end]
        for shift in shifts { cuts.formUnion([shift.start, shift.end]) }
        for override in overrides { cuts.formUnion([override.interval.start, override.interval.end]) }
        let points = cuts.filter { interval.start <= $0 && $0 <= interval.end }.sorted()
        var periods: [DutyPeriod] = []
        for (from, to) in zip(points, points.dropFirst()) {
            let state = Self.state(at: from, shifts: shifts, overrides: overrides)
            if let last = periods.last, last.isCovered == state.isCovered, last.holder == state.holder,
                last.override == state.override
            {
                periods[periods.count - 1] = DutyPeriod(
                    interval: DateInterval(start: last.interval.start, end: to), isCovered: state.isCovered,
                    holder: state.holder, override: state.override)
            } else {
                periods.append(
                    DutyPeriod(
                        interval: DateInterval(start: from, end: to), isCovered: state.isCovered, holder: state.holder,
                        override: state.override))
            }
        }
        return periods
    }

    /// The stretches within `interval` that nobody holds: before the first shift, between shifts that
    /// do not meet, after the last, and where an override says so.
    public func gaps(in interval: DateInterval) -> [DateInterval] {
        dutyPeriods(in: interval).filter { !$0.isCovered }.map(\.interval)
    }

    private func state(at date: Date) -> (isCovered: Bool, holder: String?, override: RotaOverride?) {
        Self.state(at: date, shifts: shifts(overlapping: DateInterval(start: date, duration: 1)), overrides: overrides)
    }

    private static func state(
        at date: Date, shifts: [RotaShift], overrides: [RotaOverride]
    ) -> (isCovered: Bool, holder: String?, override: RotaOverride?) {
        if let override = overrides.last(where: { $0.contains(date) }) {
            switch override.coverage {
            case .holder(let name): return (true, name, override)
            case .covered: return (true, nil, override)
            case .uncovered: return (false, nil, override)
            }
        }
        // Where shifts overlap, the one that started last has taken over.
        if let shift = shifts.last(where: { $0.contains(date) }) { return (true, shift.holder, nil) }
        return (false, nil, nil)
    }

    /// A planned wall time as an instant; a time the clocks skip counts from the moment they resume.
    private func instant(_ local: LocalDateTime) -> Date {
        // `.moveForward` never throws.
        (try? timeZone.resolve(local, gap: .moveForward, overlap: .earlier).date) ?? .distantPast
    }
}
