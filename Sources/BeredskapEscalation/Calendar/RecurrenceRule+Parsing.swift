import BeredskapModel
import Foundation

extension RecurrenceRule {
    /// The rule parts RFC 5545 defines, in the order its grammar lists them.
    static let partNames = [
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
        "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    ]

    /// Reads a rule written as RFC 5545 does: `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO`, with or without a
    /// leading `RRULE:`. Names and values are case-insensitive; an empty part (a trailing `;`) is ignored.
    ///
    /// ```swift
    /// try RecurrenceRule(parsing: "RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=SA;BYMONTHDAY=20,21,22,23,24,25,26")
    /// ```
    ///
    /// - Throws: ``RecurrenceRuleError`` naming the first part that is wrong, e.g.
    ///   `RRULE part 'FREQ=FORTNIGHTLY': unknown frequency; expected one of SECONDLY, MINUTELY, …`.
    public init(parsing text: String) throws(RecurrenceRuleError) {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.uppercased().hasPrefix("RRULE:") { body = String(body.dropFirst(6)) }
        var values: [String: String] = [:]
        var written: [String: String] = [:]
        for piece in body.split(separator: ";", omittingEmptySubsequences: true) {
            let part = piece.trimmingCharacters(in: .whitespaces)
            guard !part.isEmpty else { continue }
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty else {
                throw RecurrenceRuleError(
                    .malformed, part: part, "a rule part is written NAME=VALUE, such as FREQ=WEEKLY")
            }
            let name = pair[0].trimmingCharacters(in: .whitespaces).uppercased()
            guard Self.partNames.contains(name) else {
                if name == "RSCALE" || name == "SKIP" {
                    throw RecurrenceRuleError(
                        .unsupportedPart, part: part, "\(name) (RFC 7529, non-Gregorian calendars) is not supported")
                }
                var message = "unknown rule part"
                if let guess = Suggestion.nearest(to: name, in: Self.partNames) {
                    message += "; did you mean \(guess)?"
                }
                throw RecurrenceRuleError(
                    .unknownPart, part: part, message + " Expected one of " + Self.partNames.joined(separator: ", "))
            }
            guard values[name] == nil else {
                throw RecurrenceRuleError(.duplicatePart, part: part, "\(name) is given twice; give it once")
            }
            values[name] = pair[1].trimmingCharacters(in: .whitespaces)
            written[name] = part
        }
        guard !values.isEmpty else {
            throw RecurrenceRuleError(.malformed, "the rule is empty; it needs at least FREQ, such as FREQ=WEEKLY")
        }
        let reader = PartReader(values: values, written: written)
        try self.init(
            frequency: try reader.frequency(), interval: try reader.integer("INTERVAL") ?? 1,
            count: try reader.integer("COUNT"), until: try reader.until(), byMonth: try reader.list("BYMONTH"),
            byWeekNumber: try reader.list("BYWEEKNO"), byYearDay: try reader.list("BYYEARDAY"),
            byMonthDay: try reader.list("BYMONTHDAY"), byDay: try reader.weekdays(), byHour: try reader.list("BYHOUR"),
            byMinute: try reader.list("BYMINUTE"), bySecond: try reader.list("BYSECOND"),
            bySetPosition: try reader.list("BYSETPOS"), weekStart: try reader.weekStart(), written: written)
    }
}

/// Reads the values of a rule's parts, each error naming the part as written.
private struct PartReader {
    let values: [String: String]
    let written: [String: String]

    func frequency() throws(RecurrenceRuleError) -> RecurrenceRule.Frequency {
        guard let value = values["FREQ"] else {
            throw RecurrenceRuleError(
                .missingFrequency, "FREQ is missing; every rule starts with one, such as FREQ=WEEKLY")
        }
        if let frequency = RecurrenceRule.Frequency(rawValue: value.uppercased()) { return frequency }
        let names = RecurrenceRule.Frequency.allCases.map(\.rawValue)
        var message = "unknown frequency"
        if let guess = Suggestion.nearest(to: value.uppercased(), in: names) {
            message += " (did you mean \(guess)?)"
        }
        throw error("FREQ", message + "; expected one of " + names.joined(separator: ", "))
    }

    func integer(_ name: String) throws(RecurrenceRuleError) -> Int? {
        guard let value = values[name] else { return nil }
        guard let number = Self.integer(value) else { throw error(name, "'\(value)' is not a whole number") }
        return number
    }

    func list(_ name: String) throws(RecurrenceRuleError) -> [Int] {
        guard let value = values[name] else { return [] }
        var numbers: [Int] = []
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard let number = Self.integer(String(item)) else {
                throw error(name, "'\(item)' is not a whole number; write a comma-separated list such as 1,15,-1")
            }
            numbers.append(number)
        }
        return numbers
    }

    func weekdays() throws(RecurrenceRuleError) -> [RecurrenceRule.WeekdayNumber] {
        guard let value = values["BYDAY"] else { return [] }
        var days: [RecurrenceRule.WeekdayNumber] = []
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            let text = item.trimmingCharacters(in: .whitespaces).uppercased()
            let code = String(text.suffix(2))
            let prefix = String(text.dropLast(2))
            guard let weekday = Self.weekday(code) else {
                throw error(
                    "BYDAY",
                    "'\(item)' is not a weekday; expected MO, TU, WE, TH, FR, SA or SU, optionally numbered as 1MO or -1FR"
                )
            }
            if prefix.isEmpty {
                days.append(.init(weekday))
            } else if let ordinal = Self.integer(prefix) {
                days.append(.init(weekday, ordinal: ordinal))
            } else {
                throw error("BYDAY", "'\(item)' has no valid number before the day; write 1MO, -1FR or just MO")
            }
        }
        return days
    }

    func weekStart() throws(RecurrenceRuleError) -> Weekday {
        guard let value = values["WKST"] else { return .monday }
        guard let day = Self.weekday(value.uppercased()) else {
            throw error("WKST", "'\(value)' is not a weekday; expected MO, TU, WE, TH, FR, SA or SU")
        }
        return day
    }

    func until() throws(RecurrenceRuleError) -> RecurrenceRule.Until? {
        guard let value = values["UNTIL"] else { return nil }
        let text = value.uppercased()
        let isUTC = text.hasSuffix("Z")
        let body = isUTC ? String(text.dropLast()) : text
        let pieces = body.split(separator: "T", omittingEmptySubsequences: false)
        let numbers = pieces.map { Self.integer(String($0)) }
        guard (1...2).contains(pieces.count), pieces[0].count == 8, let date = numbers[0],
            pieces.count == 1 || (pieces[1].count == 6 && numbers[1] != nil), !(isUTC && pieces.count == 1),
            let day = CalendarDay(year: date / 10_000, month: date / 100 % 100, day: date % 100)
        else {
            throw error(
                "UNTIL", "'\(value)' is not a date or date-time; write 20171231, 20171231T235959 or 20171231T225959Z")
        }
        guard pieces.count == 2, let clock = numbers[1] else { return .day(day) }
        guard let time = LocalDateTime(day: day, hour: clock / 10_000, minute: clock / 100 % 100, second: clock % 100)
        else {
            throw error("UNTIL", "'\(value)' has an impossible time of day")
        }
        return isUTC ? .utc(time) : .local(time)
    }

    private func error(_ name: String, _ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(.invalidValue, part: written[name] ?? name, message)
    }

    private static func weekday(_ code: String) -> Weekday? {
        Weekday.allCases.first { $0.code == code }
    }

    private static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("+") || trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        guard CalendarDay.isDigits(digits), digits.count <= 9 else { return nil }
        return Int(trimmed)
    }
}
