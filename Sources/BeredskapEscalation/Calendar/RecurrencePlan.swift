/// A recurrence rule prepared for expansion from one start: the `BY…` parts with RFC 5545's and
/// libical's defaults filled in, and the anchor that period numbers count from.
///
/// Expansion works one period of the rule's frequency at a time (a year, a month, a week, a day, an
/// hour …): the days of the period that pass every day part, times the times of day that pass every
/// time part, then `BYSETPOS`. Days are numbered from 1970-01-01 and wall times in seconds from its
/// midnight, so that periods are plain arithmetic.
struct RecurrencePlan: Hashable, Sendable {
    /// What one period of the rule yields.
    enum Outcome: Hashable, Sendable {
        /// The period's candidates, in order (possibly none).
        case occurrences([LocalDateTime])
        /// No period before this number can yield anything; continue there.
        case skip(to: Int)
        /// The period starts after `UNTIL` or after the year 9999.
        case end
    }

    let frequency: RecurrenceRule.Frequency
    let interval: Int
    let start: LocalDateTime
    let count: Int?
    let until: LocalDateTime?
    let wholeDays: Bool

    /// Allowed months, indexed 1 to 12; `nil` when every month is.
    private let months: [Bool]?
    /// Whether a numbered `BYDAY` counts within the month (otherwise within the year).
    private let ordinalsInMonth: Bool
    private let weekNumbers: [Int]
    private let yearDays: [Int]
    private let monthDays: [Int]
    private let weekdays: [RecurrenceRule.WeekdayNumber]
    private let hours: [Int]?
    private let minutes: [Int]?
    private let seconds: [Int]?
    private let setPositions: [Int]
    private let weekStart: Weekday
    /// Period 0: a year, a month index (year × 12 + month − 1), a day number, or an hour, minute or
    /// second counted from 1970-01-01 00:00.
    private let anchor: Int

    init(rule: RecurrenceRule, start: LocalDateTime, wholeDays: Bool, until: LocalDateTime?) {
        frequency = rule.frequency
        interval = rule.interval
        self.start = start
        count = rule.count
        self.until = until
        self.wholeDays = wholeDays
        weekStart = rule.weekStart
        weekNumbers = rule.byWeekNumber
        yearDays = rule.byYearDay
        setPositions = rule.bySetPosition
        ordinalsInMonth = frequency == .monthly || !rule.byMonth.isEmpty

        var monthList = rule.byMonth
        var monthDayList = rule.byMonthDay
        var weekdayList = rule.byDay
        let hasDayParts =
            !rule.byWeekNumber.isEmpty || !rule.byYearDay.isEmpty || !rule.byMonthDay.isEmpty || !rule.byDay.isEmpty
        switch frequency {
        case .yearly:
            if !hasDayParts {
                if monthList.isEmpty { monthList = [start.day.month] }
                monthDayList = [start.day.day]
            } else if monthList.isEmpty, rule.byWeekNumber.isEmpty, rule.byYearDay.isEmpty, rule.byDay.isEmpty {
                // libical: a yearly rule with only BYMONTHDAY stays in the start's month.
                monthList = [start.day.month]
            }
            if !rule.byWeekNumber.isEmpty, rule.byDay.isEmpty, rule.byYearDay.isEmpty, rule.byMonthDay.isEmpty {
                // libical: weeks without a weekday repeat on the start's weekday.
                weekdayList = [.init(start.day.weekday)]
            }
        case .monthly where !hasDayParts:
            monthDayList = [start.day.day]
        case .weekly where !hasDayParts:
            weekdayList = [.init(start.day.weekday)]
        default:
            break
        }
        if monthList.isEmpty {
            months = nil
        } else {
            var allowed = [Bool](repeating: false, count: 13)
            for month in monthList { allowed[month] = true }
            months = allowed
        }
        monthDays = monthDayList
        weekdays = weekdayList
        func sortedSet(_ values: [Int]) -> [Int]? { values.isEmpty ? nil : Array(Set(values)).sorted() }
        hours = sortedSet(rule.byHour)
        minutes = sortedSet(rule.byMinute)
        seconds = sortedSet(rule.bySecond.filter { $0 < 60 })

        let wall = start.wallSeconds
        switch frequency {
        case .yearly:
            anchor =
                rule.byWeekNumber.isEmpty
                ? start.day.year : Self.weekYear(ofDayNumber: start.day.dayNumber, weekStart: rule.weekStart)
        case .monthly: anchor = start.day.year * 12 + start.day.month - 1
        case .weekly:
            let offset = (start.day.weekday.rawValue - rule.weekStart.rawValue + 7) % 7
            anchor = start.day.dayNumber - offset
        case .daily: anchor = start.day.dayNumber
        case .hourly: anchor = CalendarDay.floorDivide(wall, 3600)
        case .minutely: anchor = CalendarDay.floorDivide(wall, 60)
        case .secondly: anchor = wall
        }
    }

    /// The candidates of period `index`.
    func outcome(ofPeriod index: Int) -> Outcome {
        let step = index * interval
        switch frequency {
        case .yearly:
            let year = anchor + step
            let first =
                weekNumbers.isEmpty
                ? CalendarDay.dayNumber(year: year, month: 1, day: 1) : Self.firstDayOfWeekOne(year, weekStart)
            if ends(atDay: first) { return .end }
            return combine(days: weekNumbers.isEmpty ? daysOfYear(year) : daysOfWeekYear(year), times: dailyTimes)
        case .monthly:
            let year = CalendarDay.floorDivide(anchor + step, 12)
            let month = anchor + step - year * 12 + 1
            if ends(atDay: CalendarDay.dayNumber(year: year, month: month, day: 1)) { return .end }
            if let months, !months[month] { return .occurrences([]) }
            let first = CalendarDay.dayNumber(year: year, month: month, day: 1)
            let days = (0..<CalendarDay.daysInMonth(month, year: year)).map { first + $0 }.filter(matches)
            return combine(days: days, times: dailyTimes)
        case .weekly, .daily:
            let first = anchor + step * (frequency == .weekly ? 7 : 1)
            if ends(atDay: first) { return .end }
            let days = (0..<(frequency == .weekly ? 7 : 1)).map { first + $0 }.filter(matches)
            return combine(days: days, times: dailyTimes)
        case .hourly, .minutely, .secondly:
            return subDailyOutcome(index: index)
        }
    }

    // MARK: - Days

    /// Whether a period starting on day number `day` lies past the end.
    private func ends(atDay day: Int) -> Bool {
        let calendarDay = CalendarDay(dayNumber: day)
        if calendarDay.year > 9999 { return true }
        guard let until else { return false }
        return calendarDay > until.day
    }

    private func daysOfYear(_ year: Int) -> [Int] {
        var days: [Int] = []
        for month in 1...12 where months?[month] ?? true {
            let first = CalendarDay.dayNumber(year: year, month: month, day: 1)
            for offset in 0..<CalendarDay.daysInMonth(month, year: year) where matches(first + offset) {
                days.append(first + offset)
            }
        }
        return days
    }

    /// The days of the requested weeks of week-numbering year `year`.
    private func daysOfWeekYear(_ year: Int) -> [Int] {
        let first = Self.firstDayOfWeekOne(year, weekStart)
        let weeks = (Self.firstDayOfWeekOne(year + 1, weekStart) - first) / 7
        var days = Set<Int>()
        for number in weekNumbers {
            let week = number > 0 ? number : weeks + 1 + number
            guard (1...weeks).contains(week) else { continue }
            for offset in 0..<7 where matches(first + (week - 1) * 7 + offset) {
                days.insert(first + (week - 1) * 7 + offset)
            }
        }
        return days.sorted()
    }

    /// Whether day number `number` passes every day part (week numbers are handled by the caller).
    private func matches(_ number: Int) -> Bool {
        let day = CalendarDay(dayNumber: number)
        if let months, !months[day.month] { return false }
        if !yearDays.isEmpty {
            let ofYear = number - CalendarDay.dayNumber(year: day.year, month: 1, day: 1) + 1
            let fromEnd = ofYear - CalendarDay.daysInYear(day.year) - 1
            guard yearDays.contains(where: { $0 == ofYear || $0 == fromEnd }) else { return false }
        }
        if !monthDays.isEmpty {
            let fromEnd = day.day - CalendarDay.daysInMonth(day.month, year: day.year) - 1
            guard monthDays.contains(where: { $0 == day.day || $0 == fromEnd }) else { return false }
        }
        if !weekdays.isEmpty {
            let weekday = CalendarDay.weekday(ofDayNumber: number)
            return weekdays.contains { entry in
                guard entry.weekday == weekday else { return false }
                guard let ordinal = entry.ordinal else { return true }
                let (position, length) =
                    ordinalsInMonth
                    ? (day.day, CalendarDay.daysInMonth(day.month, year: day.year))
                    : (
                        number - CalendarDay.dayNumber(year: day.year, month: 1, day: 1) + 1,
                        CalendarDay.daysInYear(day.year)
                    )
                return ordinal == (position - 1) / 7 + 1 || ordinal == -((length - position) / 7 + 1)
            }
        }
        return true
    }

    // MARK: - Times

    /// The times of day (in seconds) of a rule that repeats daily or less often.
    private var dailyTimes: [Int] {
        if wholeDays { return [0] }
        var times: [Int] = []
        for hour in hours ?? [start.hour] {
            for minute in minutes ?? [start.minute] {
                for second in seconds ?? [start.second] { times.append(hour * 3600 + minute * 60 + second) }
            }
        }
        return times
    }

    private func subDailyOutcome(index: Int) -> Outcome {
        let unit = frequency == .hourly ? 3600 : frequency == .minutely ? 60 : 1
        let unitStart = (anchor + index * interval) * unit
        let dayNumber = CalendarDay.floorDivide(unitStart, 86_400)
        if ends(atDay: dayNumber) { return .end }
        if let until, unitStart > until.wallSeconds { return .end }
        let dayStart = dayNumber * 86_400
        guard matches(dayNumber) else { return .skip(to: firstPeriod(atOrAfter: dayStart + 86_400, unit: unit)) }
        let secondOfDay = unitStart - dayStart
        let hour = secondOfDay / 3600
        let minute = secondOfDay / 60 % 60
        if let hours, !hours.contains(hour) {
            if frequency == .hourly { return .occurrences([]) }
            return .skip(to: firstPeriod(atOrAfter: dayStart + (hour + 1) * 3600, unit: unit))
        }
        var times: [Int] = []
        switch frequency {
        case .hourly:
            for minute in minutes ?? [start.minute] {
                for second in seconds ?? [start.second] { times.append(hour * 3600 + minute * 60 + second) }
            }
        case .minutely:
            if let minutes, !minutes.contains(minute) { return .occurrences([]) }
            times = (seconds ?? [start.second]).map { hour * 3600 + minute * 60 + $0 }
        default:
            if let minutes, !minutes.contains(minute) {
                return .skip(to: firstPeriod(atOrAfter: dayStart + hour * 3600 + (minute + 1) * 60, unit: unit))
            }
            if let seconds, !seconds.contains(secondOfDay % 60) { return .occurrences([]) }
            times = [secondOfDay]
        }
        return combine(days: [dayNumber], times: times)
    }

    /// The first period number whose start is at or after wall second `target`.
    private func firstPeriod(atOrAfter target: Int, unit: Int) -> Int {
        let units = CalendarDay.floorDivide(target, unit) - anchor
        return -CalendarDay.floorDivide(-units, interval)
    }

    /// Every day with every time, or the ones `BYSETPOS` picks, as date-times in order.
    private func combine(days: [Int], times: [Int]) -> Outcome {
        let total = days.count * times.count
        guard total > 0 else { return .occurrences([]) }
        let picked: [Int]
        if setPositions.isEmpty {
            picked = Array(0..<total)
        } else {
            picked = Set(setPositions.map { $0 > 0 ? $0 - 1 : total + $0 }.filter { (0..<total).contains($0) }).sorted()
        }
        return .occurrences(
            picked.map { position in
                let time = times[position % times.count]
                return LocalDateTime(
                    checked: CalendarDay(dayNumber: days[position / times.count]), hour: time / 3600,
                    minute: time / 60 % 60, second: time % 60)
            })
    }

    // MARK: - Week numbering

    /// The first day of week 1 of `year`: the week (starting on `weekStart`) that holds 4 January,
    /// which makes it the first week with at least four days in the year.
    static func firstDayOfWeekOne(_ year: Int, _ weekStart: Weekday) -> Int {
        let fourth = CalendarDay.dayNumber(year: year, month: 1, day: 4)
        return fourth - (CalendarDay.weekday(ofDayNumber: fourth).rawValue - weekStart.rawValue + 7) % 7
    }

    /// The week-numbering year day number `number` belongs to.
    static func weekYear(ofDayNumber number: Int, weekStart: Weekday) -> Int {
        let year = CalendarDay(dayNumber: number).year
        if number >= firstDayOfWeekOne(year + 1, weekStart) { return year + 1 }
        if number < firstDayOfWeekOne(year, weekStart) { return year - 1 }
        return year
    }
}
