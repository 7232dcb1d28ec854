import Foundation

/// A wall-clock date and time with no time zone: what a person writes, such as `2017-10-14 02:30`.
///
/// A local date-time is "floating" until a ``LocalTimeZone`` turns it into an instant; that step is
/// where the nights the clocks change are handled. Recurrence rules expand in local date-times, so that
/// a weekly shift starting Monday 12:00 stays at 12:00 across the change to summer time.
///
/// ```swift
/// let time = try LocalDateTime(parsing: "2017-10-14T02:30")
/// time.day        // 2017-10-14
/// time.hour       // 2
/// time.description // "2017-10-14 02:30"
/// ```
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar day.
    public let day: CalendarDay
    /// The hour, 0 to 23.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int
    /// The second, 0 to 59.
    public let second: Int

    /// Creates a date-time, or `nil` when the time is out of range.
    public init?(day: CalendarDay, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(checked: day, hour: hour, minute: minute, second: second)
    }

    /// Creates a date-time from numbers, or `nil` when the day or the time does not exist.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard let calendarDay = CalendarDay(year: year, month: month, day: day) else { return nil }
        self.init(day: calendarDay, hour: hour, minute: minute, second: second)
    }

    /// Reads `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, optionally with `:SS`.
    ///
    /// - Throws: ``LocalTimeError`` naming what is wrong.
    public init(parsing text: String) throws(LocalTimeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(maxSplits: 1, whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else {
            throw LocalTimeError(
                .malformed,
                "'\(text)' is not a local date and time; write it as '2017-10-14 02:30' or '2017-10-14T02:30'")
        }
        let day = try CalendarDay(parsing: String(parts[0]))
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 && CalendarDay.isDigits($0) }),
            let hour = Int(clock[0]), let minute = Int(clock[1])
        else {
            throw LocalTimeError(
                .malformed, "'\(text)' has no valid time of day; write hours and minutes as '02:30' (seconds optional)")
        }
        let second = clock.count == 3 ? Int(clock[2]) ?? 0 : 0
        guard let value = LocalDateTime(day: day, hour: hour, minute: minute, second: second) else {
            throw LocalTimeError(
                .impossibleTime,
                "'\(text)' has an impossible time of day: hours are 00 to 23, minutes and seconds 00 to 59")
        }
        self = value
    }

    init(checked day: CalendarDay, hour: Int, minute: Int, second: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The date-time `seconds` seconds since 1970-01-01 00:00 on the same floating clock.
    init(wallSeconds seconds: Int) {
        let days = CalendarDay.floorDivide(seconds, 86_400)
        let rest = seconds - days * 86_400
        self.init(checked: CalendarDay(dayNumber: days), hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)
    }

    /// Seconds since 1970-01-01 00:00 on the same floating clock: the instant this wall time would be in UTC.
    var wallSeconds: Int { day.dayNumber * 86_400 + hour * 3600 + minute * 60 + second }

    /// The wall-clock time `days`, `hours`, `minutes` later, counting days on the calendar (a day is
    /// always 24 wall-clock hours here; the time zone decides later how long it really was).
    public func adding(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0) -> LocalDateTime {
        LocalDateTime(wallSeconds: wallSeconds + days * 86_400 + hours * 3600 + minutes * 60 + seconds)
    }

    /// `2017-10-14 02:30`, with `:SS` when the seconds are not zero.
    public var description: String { "\(day) \(clockText)" }

    /// RFC 5545's basic form, `20171014T023000`, as `DTSTART` and `UNTIL` write a local date-time.
    public var basicFormat: String {
        day.basicFormat + "T" + CalendarDay.pad(hour, 2) + CalendarDay.pad(minute, 2) + CalendarDay.pad(second, 2)
    }

    /// `02:30`, with `:SS` when the seconds are not zero.
    public var clockText: String {
        let base = CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2)
        return second == 0 ? base : base + ":" + CalendarDay.pad(second, 2)
    }

    /// Orders by date, then time.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.hour, lhs.minute, lhs.second) < (rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

extension LocalDateTime: Codable {
    /// Reads the text ``description`` writes: `"2017-10-14 02:30"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LocalDateTime(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Writes ``description``: `"2017-10-14 02:30"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
