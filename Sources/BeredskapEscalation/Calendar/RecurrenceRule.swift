import Foundation

/// An RFC 5545 recurrence rule (`RRULE`): how a shift, a meeting or an opening repeats.
///
/// A rule is read from its text with ``init(parsing:)`` and expanded from a first occurrence
/// (`DTSTART`) into wall-clock date-times with ``occurrences(from:)``, lazily: take as many as needed
/// with `prefix`, or stop at a date with `prefix(while:)`. All frequencies are supported, with
/// `INTERVAL`, `COUNT`, `UNTIL`, `WKST` and every `BY…` part, `BYSETPOS` included.
///
/// ```swift
/// let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")
/// let start = try LocalDateTime(parsing: "2017-09-29 12:00")
/// rule.occurrences(from: start).map(\.description)
/// // ["2017-09-29 12:00", "2017-10-27 12:00", "2017-11-24 12:00"]
/// ```
///
/// Expansion follows RFC 5545 and, where the RFC leaves room, libical, whose test vectors it is
/// checked against: a start that does not match the rule is not an occurrence; invalid dates
/// (30 February) are skipped; a yearly rule with only `BYMONTHDAY` stays in the start's month; a yearly
/// rule with `BYWEEKNO` and no day parts repeats on the start's weekday, and counts its `INTERVAL` in
/// week-numbering years.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// How often the rule repeats before the `BY…` parts expand or limit it.
    public enum Frequency: String, CaseIterable, Hashable, Sendable {
        /// Every second.
        case secondly = "SECONDLY"
        /// Every minute.
        case minutely = "MINUTELY"
        /// Every hour.
        case hourly = "HOURLY"
        /// Every day.
        case daily = "DAILY"
        /// Every week.
        case weekly = "WEEKLY"
        /// Every month.
        case monthly = "MONTHLY"
        /// Every year.
        case yearly = "YEARLY"

        /// Whether the frequency repeats within a day.
        var isFinerThanDaily: Bool { self == .secondly || self == .minutely || self == .hourly }
    }

    /// A `BYDAY` entry: a weekday, optionally the nth one in the month or year (`1MO`, `-1FR`).
    public struct WeekdayNumber: Hashable, Sendable, CustomStringConvertible {
        /// The weekday.
        public let weekday: Weekday
        /// `1` for the first, `-1` for the last, `nil` for every one.
        public let ordinal: Int?

        /// Creates an entry.
        public init(_ weekday: Weekday, ordinal: Int? = nil) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        /// `MO`, `1MO`, `-1FR`.
        public var description: String { (ordinal.map(String.init) ?? "") + weekday.code }
    }

    /// The end of a rule given by `UNTIL`.
    public enum Until: Hashable, Sendable, CustomStringConvertible {
        /// A day (`UNTIL=20171231`): occurrences on that day are included.
        case day(CalendarDay)
        /// A floating local date-time (`UNTIL=20171231T120000`), included.
        case local(LocalDateTime)
        /// A UTC date-time (`UNTIL=20171231T110000Z`), included; compared as written when expanded in
        /// floating time, converted when expanded in a time zone.
        case utc(LocalDateTime)

        /// The RFC 5545 form: `20171231`, `20171231T120000`, `20171231T110000Z`.
        public var description: String {
            switch self {
            case .day(let day): day.basicFormat
            case .local(let time): time.basicFormat
            case .utc(let time): time.basicFormat + "Z"
            }
        }
    }

    /// `FREQ`.
    public let frequency: Frequency
    /// `INTERVAL`: every how many periods; 1 by default.
    public let interval: Int
    /// `COUNT`: how many occurrences in all.
    public let count: Int?
    /// `UNTIL`: the last moment an occurrence may have.
    public let until: Until?
    /// `BYMONTH`: months 1 to 12.
    public let byMonth: [Int]
    /// `BYWEEKNO`: week numbers ±1 to 53 (yearly rules only).
    public let byWeekNumber: [Int]
    /// `BYYEARDAY`: days of the year ±1 to 366.
    public let byYearDay: [Int]
    /// `BYMONTHDAY`: days of the month ±1 to 31.
    public let byMonthDay: [Int]
    /// `BYDAY`: weekdays, with ordinals in monthly and yearly rules.
    public let byDay: [WeekdayNumber]
    /// `BYHOUR`: hours 0 to 23.
    public let byHour: [Int]
    /// `BYMINUTE`: minutes 0 to 59.
    public let byMinute: [Int]
    /// `BYSECOND`: seconds 0 to 60.
    public let bySecond: [Int]
    /// `BYSETPOS`: which of each period's occurrences to keep, ±1 to 366.
    public let bySetPosition: [Int]
    /// `WKST`: the day weeks start on; Monday by default.
    public let weekStart: Weekday

    /// Creates a rule from values, checked as ``init(parsing:)`` checks text.
    ///
    /// ```swift
    /// let tib = try RecurrenceRule(frequency: .weekly, byDay: [.init(.monday)])
    /// tib.description   // "FREQ=WEEKLY;BYDAY=MO"
    /// ```
    ///
    /// - Throws: ``RecurrenceRuleError`` for a value out of range or parts RFC 5545 does not allow together.
    public init(
        frequency: Frequency, interval: Int = 1, count: Int? = nil, until: Until? = nil, byMonth: [Int] = [],
        byWeekNumber: [Int] = [], byYearDay: [Int] = [], byMonthDay: [Int] = [], byDay: [WeekdayNumber] = [],
        byHour: [Int] = [], byMinute: [Int] = [], bySecond: [Int] = [], bySetPosition: [Int] = [],
        weekStart: Weekday = .monday
    ) throws(RecurrenceRuleError) {
        try self.init(
            frequency: frequency, interval: interval, count: count, until: until, byMonth: byMonth,
            byWeekNumber: byWeekNumber, byYearDay: byYearDay, byMonthDay: byMonthDay, byDay: byDay, byHour: byHour,
            byMinute: byMinute, bySecond: bySecond, bySetPosition: bySetPosition, weekStart: weekStart, written: [:])
    }

    /// Creates and checks a rule; `written` holds each part as the text had it, for messages.
    init(
        frequency: Frequency, interval: Int, count: Int?, until: Until?, byMonth: [Int], byWeekNumber: [Int],
        byYearDay: [Int], byMonthDay: [Int], byDay: [WeekdayNumber], byHour: [Int], byMinute: [Int],
        bySecond: [Int], bySetPosition: [Int], weekStart: Weekday, written: [String: String]
    ) throws(RecurrenceRuleError) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.byMonth = byMonth
        self.byWeekNumber = byWeekNumber
        self.byYearDay = byYearDay
        self.byMonthDay = byMonthDay
        self.byDay = byDay
        self.byHour = byHour
        self.byMinute = byMinute
        self.bySecond = bySecond
        self.bySetPosition = bySetPosition
        self.weekStart = weekStart
        try RecurrenceRuleCheck(rule: self, written: written).run()
    }

    /// The rule with its `UNTIL` in UTC, as RFC 5545 requires beside a `DTSTART` with a time zone: a
    /// local `UNTIL` is read in `zone`, and a day's `UNTIL` becomes the last second of that day there.
    ///
    /// ```swift
    /// try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20170104T120000").untilInUTC(in: .stockholm).description
    /// // "FREQ=DAILY;UNTIL=20170104T110000Z"
    /// ```
    public func untilInUTC(in zone: LocalTimeZone) -> RecurrenceRule {
        let local: LocalDateTime
        switch until {
        case .local(let time): local = time
        case .day(let day): local = LocalDateTime(checked: day, hour: 23, minute: 59, second: 59)
        case .utc, nil: return self
        }
        // `.moveForward` never throws.
        guard let instant = try? zone.resolve(local, gap: .moveForward, overlap: .later).date else { return self }
        let converted = try? RecurrenceRule(
            frequency: frequency, interval: interval, count: count,
            until: .utc(LocalTimeZone.utc.localDateTime(at: instant)),
            byMonth: byMonth, byWeekNumber: byWeekNumber, byYearDay: byYearDay, byMonthDay: byMonthDay, byDay: byDay,
            byHour: byHour, byMinute: byMinute, bySecond: bySecond, bySetPosition: bySetPosition,
            weekStart: weekStart)
        return converted ?? self
    }

    /// The rule in RFC 5545 form, without the `RRULE:` prefix: `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO`.
    public var description: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if let until { parts.append("UNTIL=\(until)") }
        if let count { parts.append("COUNT=\(count)") }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        func list(_ name: String, _ values: [Int]) {
            if !values.isEmpty { parts.append("\(name)=" + values.map(String.init).joined(separator: ",")) }
        }
        list("BYSECOND", bySecond)
        list("BYMINUTE", byMinute)
        list("BYHOUR", byHour)
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.description).joined(separator: ",")) }
        list("BYMONTHDAY", byMonthDay)
        list("BYYEARDAY", byYearDay)
        list("BYWEEKNO", byWeekNumber)
        list("BYMONTH", byMonth)
        list("BYSETPOS", bySetPosition)
        if weekStart != .monday { parts.append("WKST=\(weekStart.code)") }
        return parts.joined(separator: ";")
    }

    /// The occurrences from a first one (`DTSTART`) in floating local time, in order, lazily.
    ///
    /// The sequence ends at `COUNT` or `UNTIL` (a UTC `UNTIL` compared as written), and otherwise
    /// runs to the year 9999; a rule that can never match again ends after 292 194 empty periods
    /// (two 400-year cycles of days).
    public func occurrences(from start: LocalDateTime) -> RecurrenceSequence {
        RecurrenceSequence(plan: RecurrencePlan(rule: self, start: start, wholeDays: false, until: floatingUntil))
    }

    /// The occurrences from a first one in `timeZone`'s local time: as ``occurrences(from:)``, with a UTC
    /// `UNTIL` converted to that zone's wall time.
    public func occurrences(from start: LocalDateTime, in timeZone: LocalTimeZone) -> RecurrenceSequence {
        var limit = floatingUntil
        if case .utc(let time) = until {
            limit = timeZone.localDateTime(at: Date(timeIntervalSince1970: TimeInterval(time.wallSeconds)))
        }
        return RecurrenceSequence(plan: RecurrencePlan(rule: self, start: start, wholeDays: false, until: limit))
    }

    /// The days of an all-day rule from a first day (`DTSTART;VALUE=DATE`): `BYHOUR`, `BYMINUTE` and
    /// `BYSECOND` are ignored, as libical does.
    ///
    /// - Throws: ``RecurrenceRuleError`` when the frequency is finer than daily, which has no meaning
    ///   for whole days.
    public func days(
        from start: CalendarDay
    ) throws(RecurrenceRuleError) -> LazyMapSequence<RecurrenceSequence, CalendarDay> {
        guard !frequency.isFinerThanDaily else {
            throw RecurrenceRuleError(
                .conflict, part: "FREQ=\(frequency.rawValue)",
                "a rule for whole days repeats DAILY or less often; \(frequency.rawValue) repeats within a day")
        }
        let first = LocalDateTime(checked: start, hour: 0, minute: 0, second: 0)
        let plan = RecurrencePlan(rule: self, start: first, wholeDays: true, until: floatingUntil)
        return RecurrenceSequence(plan: plan).lazy.map(\.day)
    }

    /// `UNTIL` as an inclusive floating wall time: a day's limit is its last second.
    private var floatingUntil: LocalDateTime? {
        switch until {
        case nil: nil
        case .day(let day): LocalDateTime(checked: day, hour: 23, minute: 59, second: 59)
        case .local(let time), .utc(let time): time
        }
    }
}
