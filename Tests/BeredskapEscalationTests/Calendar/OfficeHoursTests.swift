import Foundation
import Testing

@testable import BeredskapEscalation

/// Office hours in Stockholm: weekly intervals, holidays and eves closed, the next opening or closing.
@Suite struct OfficeHoursTests {
    let hours = OfficeHours.swedishMunicipalDefault

    static func at(_ text: String) -> Date {
        try! LocalTimeZone.stockholm.resolve(parsing: text).date
    }

    @Test func theMunicipalDefaultIsWeekdaysEightToHalfPastFour() {
        #expect(hours.weekly.count == 5)
        #expect(hours.weekly[.saturday] == nil && hours.weekly[.sunday] == nil)
        #expect(hours.weekly[.monday]?.map(\.description) == ["08:00–16:30"])
        #expect(hours.timeZone.identifier == "Europe/Stockholm")
        #expect(hours.closedOn == [.public, .eve])
    }

    @Test(arguments: [
        ("2017-10-17 10:00", true), ("2017-10-17 07:59", false), ("2017-10-17 08:00", true),
        ("2017-10-17 16:29", true), ("2017-10-17 16:30", false), ("2017-10-14 10:00", false),
        ("2017-10-15 10:00", false), ("2017-10-14 02:30", false),
    ])
    func ordinaryDays(_ time: String, _ open: Bool) {
        #expect(hours.isOfficeHours(at: Self.at(time)) == open, "\(time)")
    }

    @Test(arguments: [
        "2017-06-23 10:00",  // midsommarafton, an eve
        "2017-06-06 10:00",  // nationaldagen, a Tuesday
        "2017-12-26 10:00",  // annandag jul
        "2017-04-14 10:00",  // långfredagen
        "2004-05-31 10:00",  // annandag pingst, still a holiday in 2004
        "2017-05-25 10:00",  // Kristi himmelsfärdsdag
    ])
    func closedOnHolidaysAndEves(_ time: String) {
        #expect(!hours.isOfficeHours(at: Self.at(time)), "\(time)")
    }

    @Test func whitMondayIsAWorkingDaySince2005() {
        #expect(hours.isOfficeHours(at: Self.at("2005-05-16 10:00")))
    }

    @Test func eveCanBeAWorkingDayWhenThePlanSaysSo() {
        let open = OfficeHours(weekly: hours.weekly, closedOn: [.public])
        #expect(open.isOfficeHours(at: Self.at("2017-06-23 10:00")))
        #expect(!open.isOfficeHours(at: Self.at("2017-06-06 10:00")))
    }

    @Test func nextChangeDuringTheDayIsTheClosing() throws {
        let change = try #require(hours.nextChange(after: Self.at("2017-10-17 10:00")))
        #expect(change.opens == false)
        #expect(change.date == Self.at("2017-10-17 16:30"))
    }

    @Test func nextChangeOnMidsummerEveIsMondayMorning() throws {
        let change = try #require(hours.nextChange(after: Self.at("2017-06-23 10:00")))
        #expect(change.opens)
        #expect(LocalTimeZone.stockholm.format(change.date) == "2017-06-26 08:00 CEST (+02:00)")
    }

    @Test func afterFridayClosingOverChristmasTheNextOpeningIsWednesday() throws {
        // 2017: julafton Sunday, juldagen Monday, annandag jul Tuesday.
        let change = try #require(hours.nextChange(after: Self.at("2017-12-22 16:30")))
        #expect(change.opens)
        #expect(change.date == Self.at("2017-12-27 08:00"))
    }

    @Test func theOpeningAfterTheSpringChangeIsAtEightSummerTime() throws {
        let change = try #require(hours.nextChange(after: Self.at("2017-03-24 17:00")))
        #expect(change.date == SwedishHolidaysTests.date(2017, 3, 27).addingTimeInterval(6 * 3600))
    }

    @Test func severalIntervalsADayGiveALunchBreak() throws {
        let lunch = try OfficeHours(rules: [
            .init(days: "måndag-fredag", opens: "08:00", closes: "12:00"),
            .init(days: "vardagar", opens: "13:00", closes: "16:30"),
        ])
        #expect(lunch.isOfficeHours(at: Self.at("2017-10-17 11:59")))
        #expect(!lunch.isOfficeHours(at: Self.at("2017-10-17 12:30")))
        let closing = try #require(lunch.nextChange(after: Self.at("2017-10-17 11:00")))
        #expect(closing.date == Self.at("2017-10-17 12:00") && !closing.opens)
        let opening = try #require(lunch.nextChange(after: closing.date))
        #expect(opening.date == Self.at("2017-10-17 13:00") && opening.opens)
    }

    @Test func touchingIntervalsAreOneOpening() throws {
        let joined = try OfficeHours(rules: [
            .init(days: "monday", opens: "08:00", closes: "12:00"),
            .init(days: "monday", opens: "12:00", closes: "17:00"),
        ])
        #expect(joined.weekly[.monday]?.map(\.description) == ["08:00–17:00"])
        #expect(joined.nextChange(after: Self.at("2017-10-16 09:00"))?.date == Self.at("2017-10-16 17:00"))
    }

    @Test func aServiceOpenAroundTheClockNeverChanges() throws {
        let always = try OfficeHours(days: "alla dagar", opens: "00:00", closes: "24:00", closedOn: [])
        #expect(always.isOfficeHours(at: Self.at("2017-12-24 03:00")))
        #expect(always.nextChange(after: Self.at("2017-12-24 03:00")) == nil)
    }

    @Test func aServiceNeverOpenNeverChanges() {
        let never = OfficeHours(weekly: [:])
        #expect(!never.isOfficeHours(at: Self.at("2017-10-17 10:00")))
        #expect(never.nextChange(after: Self.at("2017-10-17 10:00")) == nil)
    }

    @Test func openPeriodsOfAWeekSkipTheHoliday() {
        let week = DateInterval(start: Self.at("2017-06-05 00:00"), end: Self.at("2017-06-12 00:00"))
        let periods = hours.openPeriods(overlapping: week)
        // Monday, Wednesday, Thursday and Friday: Tuesday 6 June is nationaldagen.
        #expect(periods.count == 4)
        #expect(periods.first?.start == Self.at("2017-06-05 08:00"))
        #expect(!periods.contains { $0.start == Self.at("2017-06-06 08:00") })
    }

    @Test func dayNamesInEnglishAndSwedishAndRanges() throws {
        func days(_ text: String) throws -> [Weekday] { try OfficeHours.weekdays(parsing: text, rule: 1) }
        #expect(try days("monday") == [.monday])
        #expect(try days("Måndag") == [.monday])
        #expect(try days("lördag, söndag") == [.saturday, .sunday])
        #expect(try days("mån–fre") == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(try days("fredag-måndag") == [.friday, .saturday, .sunday, .monday])
        #expect(try days("weekdays").count == 5)
    }

    @Test(arguments: [
        (
            OfficeHours.Rule(days: "tisdg", opens: "08:00", closes: "16:30"),
            "office hours rule 1, days: 'tisdg' is not a day of the week; did you mean 'tisdag'? Write English or Swedish day names ('monday', 'måndag'), a range ('monday-friday') or 'weekdays'/'vardagar'"
        ),
        (
            OfficeHours.Rule(days: "vardagr", opens: "08:00", closes: "16:30"),
            "office hours rule 1, days: 'vardagr' is not a day of the week; did you mean 'vardagar'? Write English or Swedish day names ('monday', 'måndag'), a range ('monday-friday') or 'weekdays'/'vardagar'"
        ),
        (
            OfficeHours.Rule(days: "xyzzy", opens: "08:00", closes: "16:30"),
            "office hours rule 1, days: 'xyzzy' is not a day of the week; write English or Swedish day names ('monday', 'måndag'), a range ('monday-friday') or 'weekdays'/'vardagar'"
        ),
        (
            OfficeHours.Rule(days: "monday", opens: "8.00", closes: "16:30"),
            "office hours rule 1, opens: '8.00' is not a time of day; write hours and minutes as '08:00'"
        ),
        (
            OfficeHours.Rule(days: "monday", opens: "16:30", closes: "08:00"),
            "office hours rule 1, closes: closes at 08:00, which is not after it opens at 16:30; an interval past midnight is two rules, one ending at 24:00 and one starting at 00:00"
        ),
        (
            OfficeHours.Rule(days: "monday", opens: "08:00", closes: "25:00"),
            "office hours rule 1, closes: '25:00' is not a time of day: hours are 00 to 23 (or 24:00), minutes 00 to 59"
        ),
        (
            OfficeHours.Rule(days: "", opens: "08:00", closes: "16:30"),
            "office hours rule 1, days: '' names no days; write e.g. 'monday-friday' or 'måndag'"
        ),
    ])
    func mistakesAreNamedWithTheRuleAndField(_ rule: OfficeHours.Rule, _ message: String) {
        #expect(OfficeHours.problems(in: [rule]).map(\.description) == [message])
        let error = #expect(throws: OfficeHoursError.self) { try OfficeHours(rules: [rule]) }
        #expect(error?.description == message)
    }

    @Test func theRuleNumberPointsAtTheWrongRule() {
        let error = #expect(throws: OfficeHoursError.self) {
            try OfficeHours(rules: [
                .init(days: "monday-thursday", opens: "08:00", closes: "16:30"),
                .init(days: "fridy", opens: "08:00", closes: "15:00"),
            ])
        }
        #expect(error?.rule == 2)
        #expect(error?.field == .days)
        #expect(error?.message.contains("did you mean 'friday'?") == true)
    }

    @Test func everyFieldOfEveryRuleIsCheckedForAPlanFilesChecker() {
        let rules = [
            OfficeHours.Rule(days: "fridag", opens: "8.00", closes: "25:00"),
            OfficeHours.Rule(days: "måndag", opens: "08:00", closes: "16:30"),
            OfficeHours.Rule(days: "tisdag", opens: "17:00", closes: "16:00"),
        ]
        #expect(
            OfficeHours.problems(in: rules).map { "\($0.rule) \($0.field.rawValue)" } == [
                "1 days", "1 opens", "1 closes", "3 closes",
            ])
        #expect(OfficeHours.problems(in: [rules[1]]).isEmpty)
    }
}
