import Foundation
import Testing

@testable import BeredskapEscalation

/// Days, weekdays and clock times, checked against Foundation's Gregorian calendar.
@Suite struct CalendarDayTests {
    @Test func weekdaysAndDayNumbersAgreeWithFoundationFrom1900To2100() throws {
        let calendar = SwedishHolidaysTests.gregorian
        var date = SwedishHolidaysTests.date(1900, 1, 1)
        var day = try CalendarDay(parsing: "1900-01-01")
        let end = try CalendarDay(parsing: "2100-12-31")
        var mismatches = 0
        while day <= end {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            // Foundation numbers Sunday 1 to Saturday 7.
            let expected = Weekday(rawValue: (parts.weekday! + 5) % 7 + 1)
            if parts.year != day.year || parts.month != day.month || parts.day != day.day || expected != day.weekday {
                mismatches += 1
            }
            date = calendar.date(byAdding: .day, value: 1, to: date)!
            day = day.adding(days: 1)
        }
        #expect(mismatches == 0)
    }

    @Test func dayArithmetic() throws {
        let eve = try CalendarDay(parsing: "2017-12-31")
        #expect(eve.adding(days: 1).description == "2018-01-01")
        #expect(eve.dayOfYear == 365)
        #expect(try CalendarDay(parsing: "2016-12-31").dayOfYear == 366)
        #expect(try CalendarDay(parsing: "2017-01-01").days(to: eve) == 364)
        #expect(try CalendarDay(parsing: "2000-03-01").adding(days: -1).description == "2000-02-29")
    }

    @Test(arguments: [
        ("2017-02-29", LocalTimeError.Code.impossibleDate, "impossible date '2017-02-29': that month has 28 days"),
        ("2017-13-01", .impossibleDate, "impossible date '2017-13-01': months are 01 to 12"),
        ("17-06-23", .malformed, "'17-06-23' is not a day; write it as '2017-06-23'"),
        ("2017-6-23", .malformed, "'2017-6-23' is not a day; write it as '2017-06-23'"),
    ])
    func impossibleDaysAreRefused(_ text: String, _ code: LocalTimeError.Code, _ message: String) {
        let error = #expect(throws: LocalTimeError.self) { try CalendarDay(parsing: text) }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test func weekdayNamesInBothLanguages() {
        #expect(Weekday(name: "Lördag") == .saturday)
        #expect(Weekday(name: "lordag") == .saturday)
        #expect(Weekday(name: "SA") == .saturday)
        #expect(Weekday(name: "thurs") == .thursday)
        #expect(Weekday(name: "to") == .thursday)
        #expect(Weekday(name: "funday") == nil)
        #expect(Weekday.sunday.swedishName == "söndag")
        #expect(Weekday.sunday.advanced(by: 1) == .monday)
    }

    @Test func clockTimesAllowMidnightAtTheEndOfADay() throws {
        #expect(try ClockTime(parsing: "8:05").description == "08:05")
        #expect(ClockTime(hour: 24)?.minutesSinceMidnight == 1440)
        #expect(ClockTime(hour: 24, minute: 1) == nil)
        #expect(throws: LocalTimeError.self) { try ClockTime(parsing: "0800") }
    }

    @Test func wallClockArithmeticCountsCalendarDays() throws {
        let start = try LocalDateTime(parsing: "2017-03-20 12:00")
        #expect(start.adding(days: 7).description == "2017-03-27 12:00")
        #expect(start.adding(hours: 13, minutes: 30).description == "2017-03-21 01:30")
        #expect(start.adding(seconds: -1).description == "2017-03-20 11:59:59")
        // Before 1970 the floating clock counts negative seconds.
        #expect(try LocalDateTime(parsing: "1952-06-24 00:00").adding(seconds: -1).description == "1952-06-23 23:59:59")
    }

    @Test func instantsBefore1970RoundTrip() throws {
        let local = try LocalDateTime(parsing: "1952-06-24 09:15")
        let date = try LocalTimeZone.stockholm.resolve(local).date
        #expect(LocalTimeZone.stockholm.localDateTime(at: date) == local)
        // Every fifth hour comes back to 09:15 after five days (24 steps of 5 hours).
        let hourly = try RecurrenceRule(parsing: "FREQ=HOURLY;INTERVAL=5;BYHOUR=9,19;COUNT=3")
        #expect(
            hourly.occurrences(from: local).map(\.description) == [
                "1952-06-24 09:15", "1952-06-24 19:15", "1952-06-29 09:15",
            ])
    }
}
