import Foundation
import Testing

@testable import BeredskapEscalation

/// Swedish public holidays and eves, checked against a computation written independently here: Easter
/// by the Meeus/Jones/Butcher algorithm (the library uses Gauss's) and weekdays from Foundation's
/// Gregorian calendar (the library counts days itself).
@Suite struct SwedishHolidaysTests {
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus, Jones, Butcher).
    static func meeusEaster(_ year: Int) -> (month: Int, day: Int) {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return (month, day)
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        gregorian.date(from: DateComponents(year: year, month: month, day: day))!
    }

    static func text(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The Saturday from `day` of `month` onwards, found by asking Foundation for weekdays.
    static func saturday(from month: Int, _ day: Int, in year: Int) -> Date {
        var date = Self.date(year, month, day)
        while gregorian.component(.weekday, from: date) != 7 {
            date = gregorian.date(byAdding: .day, value: 1, to: date)!
        }
        return date
    }

    /// The holidays of a year from 1953 on, as the law lists them, computed without the library.
    static func expected(_ year: Int) -> [String] {
        let (month, day) = meeusEaster(year)
        let easter = date(year, month, day)
        func fromEaster(_ days: Int) -> Date { gregorian.date(byAdding: .day, value: days, to: easter)! }
        let midsummer = saturday(from: 6, 20, in: year)
        var list: [(Date, String, String)] = [
            (date(year, 1, 1), "Nyårsdagen", "public"), (date(year, 1, 6), "Trettondedag jul", "public"),
            (fromEaster(-2), "Långfredagen", "public"), (easter, "Påskdagen", "public"),
            (fromEaster(1), "Annandag påsk", "public"), (date(year, 5, 1), "Första maj", "public"),
            (fromEaster(39), "Kristi himmelsfärdsdag", "public"), (fromEaster(49), "Pingstdagen", "public"),
            (gregorian.date(byAdding: .day, value: -1, to: midsummer)!, "Midsommarafton", "eve"),
            (midsummer, "Midsommardagen", "public"),
            (saturday(from: 10, 31, in: year), "Alla helgons dag", "public"),
            (date(year, 12, 24), "Julafton", "eve"), (date(year, 12, 25), "Juldagen", "public"),
            (date(year, 12, 26), "Annandag jul", "public"), (date(year, 12, 31), "Nyårsafton", "eve"),
        ]
        if year >= 2005 {
            list.append((date(year, 6, 6), "Nationaldagen", "public"))
        } else {
            list.append((fromEaster(50), "Annandag pingst", "public"))
        }
        return list.map { "\(text($0.0)) \($0.1) (\($0.2))" }.sorted()
    }

    @Test(arguments: 2000...2050)
    func everyHolidayOfTheYearMatchesAnIndependentComputation(_ year: Int) {
        let actual = SwedishHolidays.days(in: year).map(\.description).sorted()
        #expect(actual == Self.expected(year), "year \(year)")
    }

    @Test func daysAreSortedByDate() {
        for year in [1900, 1952, 1953, 2008, 2017, 2100] {
            let days = SwedishHolidays.days(in: year).map(\.date)
            #expect(days == days.sorted(), "year \(year)")
        }
    }

    @Test func easterAgreesWithMeeusFrom1900To2100() {
        for year in 1900...2100 {
            let easter = SwedishHolidays.easterSunday(in: year)
            let (month, day) = Self.meeusEaster(year)
            #expect(easter.month == month && easter.day == day, "Easter \(year): \(easter) vs \(month)-\(day)")
            #expect(easter.weekday == .sunday, "Easter \(year) is not a Sunday")
        }
    }

    @Test(arguments: [("2000-04-23", 2000), ("2017-04-16", 2017), ("2038-04-25", 2038), ("2019-04-21", 2019)])
    func knownEasterSundays(_ expected: String, _ year: Int) {
        #expect(SwedishHolidays.easterSunday(in: year).description == expected)
    }

    @Test func midsummerEve2017IsAnEveOnFriday23June() throws {
        let holiday = try #require(SwedishHolidays.holiday(on: CalendarDay(parsing: "2017-06-23")))
        #expect(holiday.name == "Midsommarafton")
        #expect(holiday.kind == .eve)
        #expect(holiday.kind.rawValue == "eve")
        #expect(holiday.date.weekday == .friday)
    }

    @Test func nationalDayReplacedWhitMondayIn2005() throws {
        func names(_ year: Int) -> Set<String> { Set(SwedishHolidays.days(in: year).map(\.name)) }
        #expect(!names(2004).contains("Nationaldagen"))
        #expect(names(2004).contains("Annandag pingst"))
        #expect(names(2005).contains("Nationaldagen"))
        #expect(!names(2005).contains("Annandag pingst"))
        #expect(SwedishHolidays.holiday(on: try CalendarDay(parsing: "2004-06-06")) == nil)
        #expect(SwedishHolidays.holiday(on: try CalendarDay(parsing: "2005-06-06"))?.name == "Nationaldagen")
        // Whit Monday 2004 was 31 May (Easter on 11 April).
        #expect(SwedishHolidays.holiday(on: try CalendarDay(parsing: "2004-05-31"))?.name == "Annandag pingst")
    }

    @Test func the1953ReformMovedMidsummerAndBroughtBackAllSaints() throws {
        func day(_ text: String) throws -> Holiday? { SwedishHolidays.holiday(on: try CalendarDay(parsing: text)) }
        // 1952: midsommardagen was Tuesday 24 June, its eve Monday 23 June; 1 November was an ordinary day.
        #expect(try day("1952-06-24")?.name == "Midsommardagen")
        #expect(try day("1952-06-23")?.name == "Midsommarafton")
        #expect(try day("1952-11-01") == nil)
        #expect(!SwedishHolidays.days(in: 1952).contains { $0.name == "Alla helgons dag" })
        #expect(try day("1952-03-25")?.name == "Marie bebådelsedag")
        // 1953: Saturday 20 June and Saturday 31 October; Marie bebådelsedag no longer a holiday.
        #expect(try day("1953-06-20")?.name == "Midsommardagen")
        #expect(try day("1953-06-19")?.name == "Midsommarafton")
        #expect(try day("1953-06-24") == nil)
        #expect(try day("1953-10-31")?.name == "Alla helgons dag")
        #expect(try day("1953-03-25") == nil)
    }

    @Test func mayDayIsAPublicHolidayFrom1939() throws {
        #expect(SwedishHolidays.holiday(on: try CalendarDay(parsing: "1938-05-01")) == nil)
        #expect(SwedishHolidays.holiday(on: try CalendarDay(parsing: "1939-05-01"))?.name == "Första maj")
    }

    @Test func twoHolidaysOnOneDayAreBothListed() throws {
        // 2008: Easter on 23 March, so Ascension Day fell on 1 May.
        let first = try CalendarDay(parsing: "2008-05-01")
        let names = SwedishHolidays.days(in: 2008).filter { $0.date == first }.map(\.name)
        #expect(Set(names) == ["Första maj", "Kristi himmelsfärdsdag"])
        #expect(SwedishHolidays.holiday(on: first)?.kind == .public)
    }

    @Test func ordinarySundaysAreNotHolidaysButAreDaysOff() throws {
        let sunday = try CalendarDay(parsing: "2017-10-15")
        #expect(SwedishHolidays.holiday(on: sunday) == nil)
        #expect(SwedishHolidays.isDayOff(sunday))
        #expect(!SwedishHolidays.isDayOff(try CalendarDay(parsing: "2017-10-16")))
        #expect(SwedishHolidays.isDayOff(try CalendarDay(parsing: "2017-12-24")))
    }

    @Test func yearsOutsideTheCalendarHaveNoHolidays() {
        #expect(SwedishHolidays.days(in: 0).isEmpty)
        #expect(SwedishHolidays.days(in: 10_000).isEmpty)
    }
}
