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
        let civil = CalendarDay(dayNumber: days)
        let (year, month, day) = (civil.year, civil.month, civil.day)
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
        guard let calendarDay = CalendarDay(year: year, month: month, day: day) else {
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
        let local = calendarDay.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
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

    private static func digits(_ value: Int, _ width: Int) -> String { CalendarDay.pad(value, width) }
}
