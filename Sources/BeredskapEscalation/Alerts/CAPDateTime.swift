import Foundation

/// A CAP date and time: the instant, and the UTC offset the sender wrote it with.
///
/// CAP 1.2 writes every time with an explicit offset and whole seconds, `2002-05-24T16:49:00-07:00`,
/// and UTC as `-00:00`. A `Z`, a missing offset or fractional seconds are refused. `+00:00` is
/// accepted: the standard's schema allows it and real feeds use it.
///
/// ```swift
/// let sent = CAPDateTime("2003-06-17T14:57:00-07:00")!
/// sent.date          // 2003-06-17 21:57:00 UTC
/// sent.utcOffset     // -25200
/// sent.description   // "2003-06-17T14:57:00-07:00", as the sender wrote it
/// ```
///
/// Two values are equal only when written alike; compare ``date`` for the same instant.
public struct CAPDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The instant.
    public var date: Date
    /// The sender's offset from UTC, in seconds (east positive).
    public var utcOffset: Int
    /// The time as written in the alert, for display in the sender's local time.
    public var text: String

    /// Reads a CAP 1.2 date and time; `nil` when `text` is not one.
    public init?(_ text: String) {
        guard case .success(let value) = Self.read(text) else { return nil }
        self = value
    }

    /// A time at `date` written with `utcOffset` seconds from UTC (whole minutes; UTC is written `-00:00`).
    public init(date: Date, utcOffset: Int = 0) {
        let offsetMinutes = utcOffset / 60
        let wholeSeconds = Int(date.timeIntervalSince1970.rounded(.down))
        let local = wholeSeconds + offsetMinutes * 60
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondOfDay = local - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        let sign = offsetMinutes > 0 ? "+" : "-"
        let text =
            "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))T"
            + "\(Self.digits(secondOfDay / 3600, 2)):\(Self.digits(secondOfDay / 60 % 60, 2)):"
            + "\(Self.digits(secondOfDay % 60, 2))\(sign)\(Self.digits(abs(offsetMinutes) / 60, 2)):"
            + Self.digits(abs(offsetMinutes) % 60, 2)
        self.date = Date(timeIntervalSince1970: TimeInterval(wholeSeconds))
        self.utcOffset = offsetMinutes * 60
        self.text = text
    }

    /// The sender's offset as a fixed time zone, for formatting the time as they saw it.
    public var timeZone: TimeZone { TimeZone(secondsFromGMT: utcOffset) ?? TimeZone(identifier: "UTC")! }

    /// The time as the sender wrote it.
    public var description: String { text }

    /// Why a text is not a CAP 1.2 date and time.
    struct FormatProblem: Error {
        let message: String
    }

    /// Reads `text`, or says what is wrong with it in terms the sender can act on.
    static func read(_ text: String) -> Result<CAPDateTime, FormatProblem> {
        let example = "such as 2002-05-24T16:49:00-07:00"
        let chars = Array(text.utf8)
        func fail(_ why: String) -> Result<CAPDateTime, FormatProblem> {
            .failure(FormatProblem(message: "'\(text)' \(why)"))
        }
        // The first 19 characters (date and time of day) are common to every diagnosis below.
        let shape = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard chars.count >= 19, zip(chars, shape).allSatisfy({ matches($0, $1) }) else {
            return fail("is not a CAP 1.2 date and time \(example)")
        }
        let rest = chars[19...]
        if rest.first == UInt8(ascii: ".") {
            return fail("has fractional seconds, which CAP 1.2 does not allow; write whole seconds \(example)")
        }
        if rest.elementsEqual("Z".utf8) || rest.elementsEqual("z".utf8) {
            return fail("ends in 'Z'; CAP 1.2 does not allow zone letters and writes UTC as -00:00")
        }
        if rest.isEmpty {
            return fail("has no UTC offset; CAP 1.2 requires one, \(example)")
        }
        let offsetShape = Array("+dd:dd".utf8)
        guard rest.count == 6, zip(rest, offsetShape).allSatisfy({ matches($0, $1) }) else {
            return fail("is not a CAP 1.2 date and time \(example)")
        }
        func number(_ from: Int, _ count: Int) -> Int {
            chars[from..<from + count].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
        let (hour, minute, second) = (number(11, 2), number(14, 2), number(17, 2))
        let (offsetHours, offsetMinutes) = (number(20, 2), number(23, 2))
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return fail("is not a date that exists")
        }
        guard hour < 24, minute < 60, second < 60 else {
            return fail("is not a time of day that exists")
        }
        guard offsetHours <= 14, offsetMinutes < 60 else {
            return fail("has a UTC offset that no place uses")
        }
        let sign = chars[19] == UInt8(ascii: "-") ? -1 : 1
        let offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        let local = days(fromYear: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        let date = Date(timeIntervalSince1970: TimeInterval(local - offset))
        return .success(CAPDateTime(date: date, utcOffset: offset, text: text))
    }

    private init(date: Date, utcOffset: Int, text: String) {
        self.date = date
        self.utcOffset = utcOffset
        self.text = text
    }

    /// Whether `byte` fits the pattern byte: `d` is a digit, `+` is a sign, anything else itself.
    private static func matches(_ byte: UInt8, _ pattern: UInt8) -> Bool {
        switch pattern {
        case UInt8(ascii: "d"): (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        case UInt8(ascii: "+"): byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
        default: byte == pattern
        }
    }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year eras so the
    /// arithmetic needs no calendar object and no time zone database.
    private static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year  // years start in March, so leap days end them
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``days(fromYear:month:day:)``.
    private static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = count + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
