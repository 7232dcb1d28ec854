/// The checks RFC 5545 puts on a recurrence rule's values and on which parts go together.
struct RecurrenceRuleCheck {
    let rule: RecurrenceRule
    /// Each part as the text had it (`"BYMONTH"` → `"BYMONTH=13"`), for messages.
    let written: [String: String]

    func run() throws(RecurrenceRuleError) {
        if rule.interval < 1 {
            throw invalid("INTERVAL", "\(rule.interval) is not an interval; expected a whole number from 1")
        }
        if let count = rule.count, count < 1 {
            throw invalid("COUNT", "\(count) is not a count; expected a whole number from 1")
        }
        if rule.count != nil, rule.until != nil {
            throw RecurrenceRuleError(.conflict, "COUNT and UNTIL cannot both end a rule; keep one of them")
        }
        try range("BYSECOND", rule.bySecond, 0...60, "a second")
        try range("BYMINUTE", rule.byMinute, 0...59, "a minute")
        try range("BYHOUR", rule.byHour, 0...23, "an hour")
        try signedRange("BYMONTHDAY", rule.byMonthDay, 31, "a day of the month")
        try signedRange("BYYEARDAY", rule.byYearDay, 366, "a day of the year")
        try signedRange("BYWEEKNO", rule.byWeekNumber, 53, "a week number")
        try range("BYMONTH", rule.byMonth, 1...12, "a month")
        try signedRange("BYSETPOS", rule.bySetPosition, 366, "a set position")
        if let wrong = rule.byDay.first(where: { $0.ordinal.map { $0 == 0 || abs($0) > 53 } ?? false }) {
            throw invalid("BYDAY", "'\(wrong)' has no such position; expected 1 to 53 or -1 to -53 before the day")
        }
        try combinations()
    }

    private func combinations() throws(RecurrenceRuleError) {
        let frequency = rule.frequency
        if !rule.byWeekNumber.isEmpty, frequency != .yearly {
            throw conflict("BYWEEKNO", "BYWEEKNO applies only to FREQ=YEARLY rules, not \(frequency.rawValue)")
        }
        if !rule.byYearDay.isEmpty, [.daily, .weekly, .monthly].contains(frequency) {
            throw conflict("BYYEARDAY", "BYYEARDAY cannot be used with FREQ=\(frequency.rawValue)")
        }
        if !rule.byMonthDay.isEmpty, frequency == .weekly {
            throw conflict("BYMONTHDAY", "BYMONTHDAY cannot be used with FREQ=WEEKLY")
        }
        if rule.byDay.contains(where: { $0.ordinal != nil }) {
            if frequency != .monthly && frequency != .yearly {
                throw conflict("BYDAY", "a numbered weekday such as 1MO needs FREQ=MONTHLY or FREQ=YEARLY")
            }
            if frequency == .yearly && !rule.byWeekNumber.isEmpty {
                throw conflict("BYDAY", "a numbered weekday such as 1MO cannot be combined with BYWEEKNO")
            }
        }
        let others: [[Int]] = [
            rule.bySecond, rule.byMinute, rule.byHour, rule.byMonthDay, rule.byYearDay, rule.byWeekNumber, rule.byMonth,
        ]
        if !rule.bySetPosition.isEmpty, others.allSatisfy(\.isEmpty), rule.byDay.isEmpty {
            throw conflict("BYSETPOS", "BYSETPOS picks among the occurrences other BY parts make; add one")
        }
    }

    private func range(
        _ name: String, _ values: [Int], _ allowed: ClosedRange<Int>, _ noun: String
    )
        throws(RecurrenceRuleError)
    {
        if let wrong = values.first(where: { !allowed.contains($0) }) {
            throw invalid(name, "\(wrong) is not \(noun); expected \(allowed.lowerBound) to \(allowed.upperBound)")
        }
    }

    private func signedRange(_ name: String, _ values: [Int], _ limit: Int, _ noun: String) throws(RecurrenceRuleError)
    {
        if let wrong = values.first(where: { $0 == 0 || abs($0) > limit }) {
            throw invalid(name, "\(wrong) is not \(noun); expected 1 to \(limit) or -1 to -\(limit)")
        }
    }

    private func text(_ name: String) -> String {
        if let text = written[name] { return text }
        let canonical = rule.description.split(separator: ";").first { $0.hasPrefix(name + "=") }
        return canonical.map(String.init) ?? name
    }

    private func invalid(_ name: String, _ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(.invalidValue, part: text(name), message)
    }

    private func conflict(_ name: String, _ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(.conflict, part: text(name), message)
    }
}
