import Foundation

/// A time of day on the wall clock, to the minute: `08:00`, `16:30`.
///
/// `24:00` is allowed as the end of a day, so that an interval can run to midnight.
///
/// ```swift
/// let opens = try ClockTime(parsing: "08:00")
/// opens.minutesSinceMidnight   // 480
/// ClockTime(hour: 24, minute: 0)?.description   // "24:00"
/// ```
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hour, 0 to 24 (24 only with minute 0).
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int

    /// Creates a time of day, or `nil` when it is out of range.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...23).contains(hour) && (0...59).contains(minute) || hour == 24 && minute == 0 else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Reads `HH:MM` or `H:MM`.
    ///
    /// - Throws: ``LocalTimeError`` with code `.malformed` or `.impossibleTime`.
    public init(parsing text: String) throws(LocalTimeError) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            CalendarDay.isDigits(parts[0]), CalendarDay.isDigits(parts[1]), let hour = Int(parts[0]),
            let minute = Int(parts[1])
        else {
            throw LocalTimeError(.malformed, "'\(text)' is not a time of day; write hours and minutes as '08:00'")
        }
        guard let value = ClockTime(hour: hour, minute: minute) else {
            throw LocalTimeError(
                .impossibleTime, "'\(text)' is not a time of day: hours are 00 to 23 (or 24:00), minutes 00 to 59")
        }
        self = value
    }

    /// Minutes since midnight: 0 to 1440.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `08:00`.
    public var description: String { CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2) }

    /// Orders from midnight to midnight.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
