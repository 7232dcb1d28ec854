import Foundation

/// A day in the Gregorian calendar, with no time of day and no time zone: `2017-06-23`.
///
/// Holidays, office-hours rules and rota starts are about days as people name them; a day becomes an
/// instant only with a time of day and a ``LocalTimeZone``.
///
/// ```swift
/// let eve = CalendarDay(year: 2017, month: 6, day: 23)!
/// eve.weekday             // .friday
/// eve.adding(days: 1)     // 2017-06-24
/// try CalendarDay(parsing: "2017-06-23") == eve   // true
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a day, or `nil` when it does not exist (`2017-02-29`) or the year is outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysInMonth(month, year: year)).contains(day)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// Reads `YYYY-MM-DD`.
    ///
    /// - Throws: ``LocalTimeError`` with code `.malformed` or `.impossibleDate`, saying what a valid
    ///   day looks like.
    public init(parsing text: String) throws(LocalTimeError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy(Self.isDigits)
        else {
            throw LocalTimeError(.malformed, "'\(text)' is not a day; write it as '2017-06-23'")
        }
        guard let value = CalendarDay(year: year, month: month, day: day) else {
            throw LocalTimeError(.impossibleDate, Self.impossibleMessage(text, year: year, month: month))
        }
        self = value
    }

    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01 (negative numbers count back).
    init(dayNumber: Int) {
        // Civil-from-days over 400-year eras, with the year starting in March so that the leap day
        // comes last.
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(checkedYear: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before it).
    var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday { Self.weekday(ofDayNumber: dayNumber) }

    static func weekday(ofDayNumber number: Int) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday(rawValue: ((number + 3) % 7 + 7) % 7 + 1)!
    }

    /// The day's number within its year: 1 for 1 January, 365 or 366 for 31 December.
    public var dayOfYear: Int { dayNumber - Self.dayNumber(year: year, month: 1, day: 1) + 1 }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// How many days from this day to `other`: positive when `other` is later.
    public func days(to other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// `2017-06-23`.
    public var description: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    /// RFC 5545's basic form, `20170623`, as a `DATE` value and `UNTIL` write a day.
    public var basicFormat: String { Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) }

    /// Orders by date.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of days in `year`: 365 or 366.
    public static func daysInYear(_ year: Int) -> Int { isLeapYear(year) ? 366 : 365 }

    /// `value / divisor` rounded down, also for negative values (days before 1970).
    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (48...57).contains($0.value) }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func impossibleMessage(_ text: String, year: Int, month: Int) -> String {
        guard (1...9999).contains(year) else { return "'\(text)' is outside the years 0001 to 9999" }
        guard (1...12).contains(month) else { return "impossible date '\(text)': months are 01 to 12" }
        return "impossible date '\(text)': that month has \(daysInMonth(month, year: year)) days"
    }
}
