import BeredskapModel
import Foundation

extension OfficeHours {
    /// One line of office hours as a plan file writes it: days, opening and closing time as text
    /// (BeredskapModel's `OfficeHoursRule`, the type a plan's `officeHours` holds).
    ///
    /// ```swift
    /// OfficeHours.Rule(days: "måndag–torsdag", opens: "08:00", closes: "16:30")
    /// ```
    public typealias Rule = OfficeHoursRule

    /// Reads office hours from rules written as text; several rules may name the same day, each adds an
    /// interval.
    ///
    /// ```swift
    /// let hours = try OfficeHours(rules: [
    ///     .init(days: "måndag-torsdag", opens: "08:00", closes: "16:30"),
    ///     .init(days: "fredag", opens: "08:00", closes: "15:00"),
    /// ])
    /// ```
    ///
    /// - Throws: ``OfficeHoursError`` for the first rule with an unknown day, a malformed time, or a
    ///   closing time that is not after the opening time.
    public init(
        rules: [Rule], timeZone: LocalTimeZone = Jurisdiction.default.timeZone,
        closedOn: Set<HolidayKind> = [.public, .eve], holidays: HolidayCalendar = Jurisdiction.default.holidays
    ) throws(OfficeHoursError) {
        var weekly: [Weekday: [Interval]] = [:]
        for (index, rule) in rules.enumerated() {
            switch Self.read(rule, number: index + 1) {
            case .success(let (days, interval)): for day in days { weekly[day, default: []].append(interval) }
            case .failure(let problems): throw problems.errors[0]
            }
        }
        self.init(weekly: weekly, timeZone: timeZone, closedOn: closedOn, holidays: holidays)
    }

    /// Every problem of every rule, each field of a rule on its own, in order: what a plan file's
    /// checker reports all at once, where ``init(rules:timeZone:closedOn:holidays:)`` stops at the first.
    public static func problems(in rules: [Rule]) -> [OfficeHoursError] {
        rules.enumerated().flatMap { index, rule -> [OfficeHoursError] in
            if case .failure(let problems) = read(rule, number: index + 1) { return problems.errors }
            return []
        }
    }

    /// The problems of one rule, never empty.
    struct Problems: Error {
        var errors: [OfficeHoursError]
    }

    /// One rule's days and interval, or every problem with its fields.
    private static func read(_ rule: Rule, number: Int) -> Result<([Weekday], Interval), Problems> {
        var errors: [OfficeHoursError] = []
        var days: [Weekday] = []
        var opens: ClockTime?
        var closes: ClockTime?
        do { days = try weekdays(parsing: rule.days, rule: number) } catch { errors.append(error) }
        do { opens = try clockTime(rule.opens, rule: number, field: .opens) } catch { errors.append(error) }
        do { closes = try clockTime(rule.closes, rule: number, field: .closes) } catch { errors.append(error) }
        if let opening = opens, opening.hour >= 24 {
            errors.append(
                OfficeHoursError(rule: number, field: .opens, message: "an office cannot open at 24:00; write 00:00"))
            opens = nil
        }
        guard let opens, let closes else { return .failure(Problems(errors: errors)) }
        guard let interval = Interval(opens: opens, closes: closes) else {
            errors.append(
                OfficeHoursError(
                    rule: number, field: .closes,
                    message: "closes at \(closes), which is not after it opens at \(opens); "
                        + "an interval past midnight is two rules, one ending at 24:00 and one starting at 00:00"))
            return .failure(Problems(errors: errors))
        }
        return errors.isEmpty ? .success((days, interval)) : .failure(Problems(errors: errors))
    }

    /// Reads office hours with one rule: `OfficeHours(days: "monday-friday", opens: "08:00", closes: "16:30")`.
    ///
    /// - Throws: ``OfficeHoursError`` as ``init(rules:timeZone:closedOn:holidays:)`` does.
    public init(
        days: String, opens: String, closes: String, timeZone: LocalTimeZone = Jurisdiction.default.timeZone,
        closedOn: Set<HolidayKind> = [.public, .eve]
    ) throws(OfficeHoursError) {
        try self.init(rules: [Rule(days: days, opens: opens, closes: closes)], timeZone: timeZone, closedOn: closedOn)
    }

    private static let groups: [String: [Weekday]] = [
        "weekdays": [.monday, .tuesday, .wednesday, .thursday, .friday],
        "vardagar": [.monday, .tuesday, .wednesday, .thursday, .friday],
        "every day": Weekday.allCases, "alla dagar": Weekday.allCases,
        "daily": Weekday.allCases, "dagligen": Weekday.allCases,
    ]

    static func weekdays(parsing text: String, rule: Int) throws(OfficeHoursError) -> [Weekday] {
        var days: [Weekday] = []
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty, items.allSatisfy({ !$0.isEmpty }) else {
            throw OfficeHoursError(
                rule: rule, field: .days, message: "'\(text)' names no days; write e.g. 'monday-friday' or 'måndag'")
        }
        for item in items {
            if let group = groups[Weekday.fold(item)] {
                days += group
                continue
            }
            let ends = item.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(ends.count) else {
                throw OfficeHoursError(
                    rule: rule, field: .days,
                    message: "'\(item)' is not a day or a range of days such as 'monday-friday'")
            }
            let first = try weekday(ends[0], rule: rule)
            let last = ends.count == 2 ? try weekday(ends[1], rule: rule) : first
            // A range may wrap past Sunday: "fredag-måndag" is Friday, Saturday, Sunday, Monday.
            let length = (last.rawValue - first.rawValue + 7) % 7
            days += (0...length).map { first.advanced(by: $0) }
        }
        var seen = Set<Weekday>()
        return days.filter { seen.insert($0).inserted }
    }

    private static func weekday(_ name: String, rule: Int) throws(OfficeHoursError) -> Weekday {
        if let day = Weekday(name: name) { return day }
        let candidates = Weekday.acceptedNames + groups.keys.sorted()
        let guess = Suggestion.nearest(to: Weekday.fold(name), in: candidates.map(Weekday.fold)).map { guess in
            Weekday.allCases.first { Weekday.fold($0.englishName) == guess }?.englishName
                ?? Weekday.allCases.first { Weekday.fold($0.swedishName) == guess }?.swedishName
                ?? groups.keys.first { Weekday.fold($0) == guess } ?? guess
        }
        let advice =
            "English or Swedish day names ('monday', 'måndag'), a range ('monday-friday') or 'weekdays'/'vardagar'"
        throw OfficeHoursError(
            rule: rule, field: .days,
            message: "'\(name)' is not a day of the week"
                + (guess.map { "; did you mean '\($0)'? Write \(advice)" } ?? "; write \(advice)"))
    }

    private static func clockTime(
        _ text: String, rule: Int, field: OfficeHoursError.Field
    ) throws(OfficeHoursError) -> ClockTime {
        do {
            return try ClockTime(parsing: text)
        } catch {
            throw OfficeHoursError(rule: rule, field: field, message: error.message)
        }
    }
}
