import BeredskapModel
import Foundation

/// When an office is staffed: intervals of local time for each day of the week, closed on public
/// holidays and on the eves (midsommarafton, julafton, nyårsafton).
///
/// An alarm step that applies "in office hours" asks ``isOfficeHours(at:)``; a simulation that waits for
/// an office to open asks ``nextChange(after:)``. Times are wall-clock times in ``timeZone``, so 08:00 is
/// 08:00 in winter and in summer. The holidays are those of ``holidays``, Swedish ones by default.
///
/// ```swift
/// let hours = OfficeHours.swedishMunicipalDefault            // Monday–Friday 08:00–16:30
/// let midsummerEve = try hours.timeZone.resolve(parsing: "2017-06-23 10:00").date
/// hours.isOfficeHours(at: midsummerEve)                      // false: an eve
/// hours.nextChange(after: midsummerEve)?.date                // Monday 2017-06-26 08:00
/// ```
public struct OfficeHours: Hashable, Sendable {
    /// One opening on one day: from ``opens`` until ``closes`` (not included).
    public struct Interval: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// When the office opens.
        public let opens: ClockTime
        /// When it closes; `24:00` for midnight at the end of the day.
        public let closes: ClockTime

        /// Creates an interval, or `nil` unless `closes` is after `opens`.
        public init?(opens: ClockTime, closes: ClockTime) {
            guard opens < closes, opens.hour < 24 else { return nil }
            self.opens = opens
            self.closes = closes
        }

        /// `08:00–16:30`.
        public var description: String { "\(opens)–\(closes)" }

        /// Orders by opening time, then closing time.
        public static func < (lhs: Interval, rhs: Interval) -> Bool {
            (lhs.opens, lhs.closes) < (rhs.opens, rhs.closes)
        }
    }

    /// The office opening or closing.
    public struct Change: Hashable, Sendable {
        /// The instant of the change.
        public let date: Date
        /// `true` when the office opens then, `false` when it closes.
        public let opens: Bool
    }

    /// The intervals of each weekday, sorted, with overlapping and touching intervals joined; a
    /// weekday that is missing is closed.
    public let weekly: [Weekday: [Interval]]
    /// The time zone the intervals are read in.
    public let timeZone: LocalTimeZone
    /// The kinds of holiday the office is closed on; both kinds by default.
    public let closedOn: Set<HolidayKind>
    /// The calendar whose holidays the office is closed on.
    public let holidays: HolidayCalendar

    /// Creates office hours from intervals per weekday.
    ///
    /// - Parameters:
    ///   - weekly: The opening intervals of each weekday; a missing day is closed.
    ///   - timeZone: The zone the intervals are read in; the default jurisdiction's by default.
    ///   - closedOn: The kinds of holiday the office is closed on.
    ///   - holidays: The calendar of those holidays; the default jurisdiction's by default.
    public init(
        weekly: [Weekday: [Interval]], timeZone: LocalTimeZone = Jurisdiction.default.timeZone,
        closedOn: Set<HolidayKind> = [.public, .eve], holidays: HolidayCalendar = Jurisdiction.default.holidays
    ) {
        self.weekly = weekly.compactMapValues { intervals in
            let joined = Self.join(intervals)
            return joined.isEmpty ? nil : joined
        }
        self.timeZone = timeZone
        self.closedOn = closedOn
        self.holidays = holidays
    }

    /// Monday to Friday 08:00–16:30, closed on public holidays and eves: the default office hours of
    /// ``Jurisdiction/sweden``.
    ///
    /// This is a common default for a Swedish municipal administration, not a rule: a plan that says
    /// otherwise (a service open until 17:00, a unit staffed on Saturdays) gives its own office hours.
    public static var swedishMunicipalDefault: OfficeHours { Jurisdiction.sweden.defaultOfficeHours }

    /// The week in Swedish, days with the same hours joined: `mån–fre 08:00–16:30`,
    /// `mån–tor 08:00–16:30, fre 08:00–15:00`; `stängt` for an office that never opens.
    public var swedishSummary: String {
        summary(naming: { String($0.swedishName.prefix(3)) }, closed: "stängt")
    }

    /// The week with days named by `naming`, days with the same hours joined (`Mon–Fri 08:00–16:30`),
    /// or `closed` for an office that never opens.
    ///
    /// - Parameters:
    ///   - naming: A day's short name in the reader's language.
    ///   - closed: The word for an office that never opens.
    public func summary(naming: (Weekday) -> String, closed: String) -> String {
        var groups: [(first: Weekday, last: Weekday, intervals: [Interval])] = []
        for day in Weekday.allCases {
            guard let intervals = weekly[day] else { continue }
            if let last = groups.last, last.intervals == intervals, last.last.advanced(by: 1) == day, day != .monday {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day, intervals))
            }
        }
        guard !groups.isEmpty else { return closed }
        return groups.map { group in
            let short = naming
            let days = group.first == group.last ? short(group.first) : "\(short(group.first))–\(short(group.last))"
            return days + " " + group.intervals.map(\.description).joined(separator: ", ")
        }
        .joined(separator: ", ")
    }

    /// The intervals the office is open on `day`: none on a holiday it closes for.
    public func intervals(on day: CalendarDay) -> [Interval] {
        guard let intervals = weekly[day.weekday] else { return [] }
        if let holiday = holidays.holiday(on: day), closedOn.contains(holiday.kind) { return [] }
        return intervals
    }

    /// Whether the office is open at `date`.
    public func isOfficeHours(at date: Date) -> Bool {
        openPeriods(on: timeZone.day(at: date)).contains { $0.start <= date && date < $0.end }
    }

    /// The next time after `date` that the office opens or closes, or `nil` when it never changes
    /// within ten years (an office that is always closed, or always open).
    public func nextChange(after date: Date) -> Change? {
        let firstDay = timeZone.day(at: date).adding(days: -1)
        var horizon = 16
        while horizon <= 4 * 1024 {
            let windowEnd = dayStart(firstDay.adding(days: horizon))
            for period in openPeriods(from: firstDay, days: horizon) {
                if period.start > date { return Change(date: period.start, opens: true) }
                if period.end > date {
                    if period.end < windowEnd { return Change(date: period.end, opens: false) }
                    break
                }
            }
            horizon *= 4
        }
        return nil
    }

    /// The periods the office is open that overlap `interval`, joined across midnight, clipped to it.
    public func openPeriods(overlapping interval: DateInterval) -> [DateInterval] {
        let firstDay = timeZone.day(at: interval.start).adding(days: -1)
        let days = firstDay.days(to: timeZone.day(at: interval.end)) + 2
        return openPeriods(from: firstDay, days: days).compactMap { period in
            let start = max(period.start, interval.start)
            let end = min(period.end, interval.end)
            return start < end ? DateInterval(start: start, end: end) : nil
        }
    }

    /// The open periods of `days` days from `firstDay`, in order, touching ones joined.
    private func openPeriods(from firstDay: CalendarDay, days: Int) -> [DateInterval] {
        var periods: [DateInterval] = []
        for offset in 0..<days {
            for period in openPeriods(on: firstDay.adding(days: offset)) {
                if let last = periods.last, last.end >= period.start {
                    periods[periods.count - 1] = DateInterval(start: last.start, end: max(last.end, period.end))
                } else {
                    periods.append(period)
                }
            }
        }
        return periods
    }

    private func openPeriods(on day: CalendarDay) -> [DateInterval] {
        intervals(on: day).compactMap { interval in
            let start = instant(on: day, at: interval.opens)
            let end = instant(on: day, at: interval.closes)
            return start < end ? DateInterval(start: start, end: end) : nil
        }
    }

    private func dayStart(_ day: CalendarDay) -> Date { instant(on: day, at: ClockTime(hour: 0)!) }

    /// A wall time as an instant; a time the clocks skip counts from the moment they resume.
    private func instant(on day: CalendarDay, at time: ClockTime) -> Date {
        let local =
            time.hour == 24
            ? LocalDateTime(checked: day.adding(days: 1), hour: 0, minute: 0, second: 0)
            : LocalDateTime(checked: day, hour: time.hour, minute: time.minute, second: 0)
        // `.moveForward` never throws.
        return (try? timeZone.resolve(local, gap: .moveForward, overlap: .earlier).date) ?? Date.distantPast
    }

    private static func join(_ intervals: [Interval]) -> [Interval] {
        var joined: [Interval] = []
        for interval in intervals.sorted() {
            if let last = joined.last, last.closes >= interval.opens {
                joined[joined.count - 1] = Interval(opens: last.opens, closes: max(last.closes, interval.closes))!
            } else {
                joined.append(interval)
            }
        }
        return joined
    }
}
