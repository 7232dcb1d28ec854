/// Swedish public holidays (allmänna helgdagar) and the eves that close an office, for any year from
/// 1900 to 2100, as the law defined them that year.
///
/// The rules follow lag (1989:253) om allmänna helgdagar and the laws before it:
/// - every year: nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, Kristi
///   himmelsfärdsdag, pingstdagen, juldagen, annandag jul;
/// - Marie bebådelsedag, 25 March, until 1952 (the 1953 reform made it a Sunday feast);
/// - första maj from 1939;
/// - annandag pingst until 2004, nationaldagen (6 June) from 2005, which replaced it;
/// - midsommardagen on 24 June until 1952, and since 1953 on the Saturday between 20 and 26 June;
/// - alla helgons dag since 1953 on the Saturday between 31 October and 6 November (1 November had
///   not been a public holiday since 1772);
/// - the eves: midsommarafton (the day before midsommardagen), julafton and nyårsafton.
///
/// Easter follows the Gregorian computus. Ordinary Sundays are not listed: they are days off anyway.
/// Years before 1900 get the 1900 rules and years after 2100 the current ones.
///
/// ```swift
/// SwedishHolidays.days(in: 2017).map(\.name).prefix(3)   // ["Nyårsdagen", "Trettondedag jul", "Långfredagen"]
/// SwedishHolidays.holiday(on: CalendarDay(year: 2005, month: 6, day: 6)!)?.name   // "Nationaldagen"
/// SwedishHolidays.easterSunday(in: 2017)   // 2017-04-16
/// ```
///
/// When two holidays fall on the same day (Kristi himmelsfärdsdag on första maj in 2008), both are
/// listed.
public enum SwedishHolidays {
    /// Every public holiday and eve in `year`, sorted by date; empty outside the years 1 to 9999.
    public static func days(in year: Int) -> [Holiday] {
        guard (1...9999).contains(year) else { return [] }
        let easter = easterSunday(in: year)
        var days: [Holiday] = []
        func add(_ day: CalendarDay, _ name: String, _ kind: HolidayKind = .public) {
            days.append(Holiday(date: day, name: name, kind: kind))
        }
        func fixed(_ month: Int, _ day: Int) -> CalendarDay { CalendarDay(checkedYear: year, month: month, day: day) }

        add(fixed(1, 1), "Nyårsdagen")
        add(fixed(1, 6), "Trettondedag jul")
        if year <= 1952 { add(fixed(3, 25), "Marie bebådelsedag") }
        add(easter.adding(days: -2), "Långfredagen")
        add(easter, "Påskdagen")
        add(easter.adding(days: 1), "Annandag påsk")
        if year >= 1939 { add(fixed(5, 1), "Första maj") }
        add(easter.adding(days: 39), "Kristi himmelsfärdsdag")
        add(easter.adding(days: 49), "Pingstdagen")
        if year <= 2004 { add(easter.adding(days: 50), "Annandag pingst") }
        if year >= 2005 { add(fixed(6, 6), "Nationaldagen") }
        let midsummer = year <= 1952 ? fixed(6, 24) : saturday(onOrAfter: fixed(6, 20))
        add(midsummer.adding(days: -1), "Midsommarafton", .eve)
        add(midsummer, "Midsommardagen")
        if year >= 1953 { add(saturday(onOrAfter: fixed(10, 31)), "Alla helgons dag") }
        add(fixed(12, 24), "Julafton", .eve)
        add(fixed(12, 25), "Juldagen")
        add(fixed(12, 26), "Annandag jul")
        add(fixed(12, 31), "Nyårsafton", .eve)
        return days.sorted()
    }

    /// The holiday on `day`, or `nil` on an ordinary day; a public holiday wins over an eve, and of
    /// two public holidays on one day the first in the sorted list is given.
    public static func holiday(on day: CalendarDay) -> Holiday? {
        days(in: day.year).first { $0.date == day }
    }

    /// Whether `day` is a day off in office-hours terms: a Saturday, a Sunday, a public holiday or an eve.
    public static func isDayOff(_ day: CalendarDay) -> Bool {
        day.weekday >= .saturday || holiday(on: day) != nil
    }

    /// Easter Sunday in `year` by the Gregorian computus.
    public static func easterSunday(in year: Int) -> CalendarDay {
        // Gauss's method: the paschal full moon is found from the year's place in the 19-year lunar
        // cycle (with the century corrections for the solar and lunar drift), then the next Sunday.
        let cycle = year % 19
        let century = year / 100
        let lunarCorrection = (13 + 8 * century) / 25
        let solarCorrection = century / 4
        let moon = (15 - lunarCorrection + century - solarCorrection) % 30
        let sunday = (4 + century - solarCorrection) % 7
        let daysToFullMoon = (19 * cycle + moon) % 30
        let daysToSunday = (2 * (year % 4) + 4 * (year % 7) + 6 * daysToFullMoon + sunday) % 7
        // The two exceptions keep Easter within 22 March to 25 April.
        if daysToFullMoon == 29 && daysToSunday == 6 { return CalendarDay(checkedYear: year, month: 4, day: 19) }
        if daysToFullMoon == 28 && daysToSunday == 6 && (11 * moon + 11) % 30 < 19 {
            return CalendarDay(checkedYear: year, month: 4, day: 18)
        }
        return CalendarDay(checkedYear: year, month: 3, day: 22).adding(days: daysToFullMoon + daysToSunday)
    }

    private static func saturday(onOrAfter day: CalendarDay) -> CalendarDay {
        day.adding(days: (Weekday.saturday.rawValue - day.weekday.rawValue + 7) % 7)
    }
}
