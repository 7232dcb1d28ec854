/// A calendar date known to the precision a plan gives: a year (`2017`), a month (`2017-08`) or a
/// day (`2017-09-01`).
///
/// Plans say "Augusti 2017" or just "2017"; a partial date keeps exactly that and no more.
/// Partial dates order by the first day they cover, and a coarser date sorts before a finer one that
/// starts on the same day, so `2017 < 2017-01 < 2017-01-01 < 2017-01-02`.
///
/// ```swift
/// let start = try PartialDate(parsing: "2017-08")
/// start.precision        // .month
/// start.contains(try PartialDate(parsing: "2017-08-15"))   // true
/// ```
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        /// Only the year.
        case year
        /// The year and the month.
        case month
        /// A single day.
        case day

        /// Orders from coarse to fine.
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12, when known.
    public let month: Int?
    /// The day of the month, when known.
    public let day: Int?

    /// A reason a text is not a partial date.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The text does not have the shape `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case malformed(String)
        /// The month is not 1 to 12.
        case noSuchMonth(String)
        /// The day does not exist in that month (`2017-02-29`).
        case noSuchDay(String, daysInMonth: Int)

        /// A sentence saying what is wrong and what a valid value looks like.
        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write a year, a month or a day: '2017', '2017-08' or '2017-09-01'"
            case .noSuchMonth(let text):
                return "impossible date '\(text)': months are 01 to 12"
            case .noSuchDay(let text, let days):
                return "impossible date '\(text)': that month has \(days) days"
            }
        }
    }

    /// Creates a year.
    public init(year: Int) {
        self.year = year
        self.month = nil
        self.day = nil
    }

    /// Creates a validated date of any precision.
    ///
    /// - Throws: ``ParseError`` when the month or the day does not exist.
    public init(year: Int, month: Int?, day: Int? = nil) throws(ParseError) {
        let text = Self.format(year: year, month: month, day: day)
        guard (1...9999).contains(year), month != nil || day == nil else { throw .malformed(text) }
        if let month {
            guard (1...12).contains(month) else { throw .noSuchMonth(text) }
            if let day {
                let days = Self.daysIn(month: month, year: year)
                guard (1...days).contains(day) else { throw .noSuchDay(text, daysInMonth: days) }
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Throws: ``ParseError`` naming what is wrong.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { throw .malformed(text) }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy(\.isASCIIDigit), let number = Int(part) else {
                throw .malformed(text)
            }
            numbers.append(number)
        }
        try self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The written form: `2017`, `2017-08` or `2017-09-01`.
    public var description: String { Self.format(year: year, month: month, day: day) }

    /// The first day the date covers, as (year, month, day).
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// The last day the date covers, as (year, month, day).
    public var lastDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? Self.daysIn(month: lastMonth, year: year))
    }

    /// Whether every day of `other` lies within this date (`2017` contains `2017-08-15`).
    public func contains(_ other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        if let month, month != other.month { return false }
        if let day, day != other.day { return false }
        return true
    }

    /// Orders by first day, coarser first when two dates start on the same day.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = lhs.firstDay
        let right = rhs.firstDay
        if (left.year, left.month, left.day) != (right.year, right.month, right.day) {
            return (left.year, left.month, left.day) < (right.year, right.month, right.day)
        }
        return lhs.precision < rhs.precision
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func format(year: Int, month: Int?, day: Int?) -> String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
