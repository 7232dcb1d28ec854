import BeredskapModel
import Foundation
import Testing

@testable import BeredskapEscalation

/// Reading RRULE text, the messages for mistakes, and expansion a rota or a plan relies on.
@Suite struct RecurrenceRuleTests {
    static func local(_ text: String) -> LocalDateTime { try! LocalDateTime(parsing: text) }

    @Test(arguments: [
        (
            "FREQ=FORTNIGHTLY",
            "RRULE part 'FREQ=FORTNIGHTLY': unknown frequency; expected one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY",
            RecurrenceRuleError.Code.invalidValue
        ),
        (
            "FREQ=WEEKLEY",
            "RRULE part 'FREQ=WEEKLEY': unknown frequency (did you mean WEEKLY?); expected one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY",
            .invalidValue
        ),
        ("FREQ=YEARLY;BYMONTH=13", "RRULE part 'BYMONTH=13': 13 is not a month; expected 1 to 12", .invalidValue),
        ("BYDAY=MO", "RRULE: FREQ is missing; every rule starts with one, such as FREQ=WEEKLY", .missingFrequency),
        (
            "FREQ=DAILY;COUNT=3;UNTIL=20171231", "RRULE: COUNT and UNTIL cannot both end a rule; keep one of them",
            .conflict
        ),
        (
            "FREQ=MONTHLY;BYWEEKNO=20",
            "RRULE part 'BYWEEKNO=20': BYWEEKNO applies only to FREQ=YEARLY rules, not MONTHLY", .conflict
        ),
        (
            "FREQ=WEEKLY;BYDAY=1MO",
            "RRULE part 'BYDAY=1MO': a numbered weekday such as 1MO needs FREQ=MONTHLY or FREQ=YEARLY", .conflict
        ),
        (
            "FREQ=MONTHLY;BYDAY=1XY",
            "RRULE part 'BYDAY=1XY': '1XY' is not a weekday; expected MO, TU, WE, TH, FR, SA or SU, optionally numbered as 1MO or -1FR",
            .invalidValue
        ),
        (
            "FREQ=DAILY;INTERVAL=0", "RRULE part 'INTERVAL=0': 0 is not an interval; expected a whole number from 1",
            .invalidValue
        ),
        ("FREQ=DAILY;COUNT=ten", "RRULE part 'COUNT=ten': 'ten' is not a whole number", .invalidValue),
        (
            "FREQ=DAILY;UNTIL=2017-12-31",
            "RRULE part 'UNTIL=2017-12-31': '2017-12-31' is not a date or date-time; write 20171231, 20171231T235959 or 20171231T225959Z",
            .invalidValue
        ),
        ("FREQ=DAILY;FREQ=WEEKLY", "RRULE part 'FREQ=WEEKLY': FREQ is given twice; give it once", .duplicatePart),
        (
            "FREQ=YEARLY;BYMONHT=6",
            "RRULE part 'BYMONHT=6': unknown rule part; did you mean BYMONTH? Expected one of FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST",
            .unknownPart
        ),
        (
            "RSCALE=HEBREW;FREQ=YEARLY",
            "RRULE part 'RSCALE=HEBREW': RSCALE (RFC 7529, non-Gregorian calendars) is not supported", .unsupportedPart
        ),
        ("FREQ", "RRULE part 'FREQ': a rule part is written NAME=VALUE, such as FREQ=WEEKLY", .malformed),
        (
            "FREQ=DAILY;BYSETPOS=1",
            "RRULE part 'BYSETPOS=1': BYSETPOS picks among the occurrences other BY parts make; add one", .conflict
        ),
    ])
    func mistakesNameThePart(_ text: String, _ message: String, _ code: RecurrenceRuleError.Code) {
        let error = #expect(throws: RecurrenceRuleError.self) { try RecurrenceRule(parsing: text) }
        #expect(error?.description == message)
        #expect(error?.code == code)
    }

    @Test(arguments: [
        "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR,-1SU",
        "FREQ=YEARLY;UNTIL=20171231T225959Z;BYDAY=SA;BYMONTHDAY=20,21,22,23,24,25,26;BYMONTH=6",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=YEARLY;BYDAY=MO;BYWEEKNO=20;WKST=SU",
        "FREQ=HOURLY;UNTIL=20171014;BYMINUTE=0,30", "FREQ=YEARLY;BYSECOND=0;BYMINUTE=0;BYHOUR=8;BYYEARDAY=1,-1",
    ])
    func theCanonicalTextReadsBackToTheSameRule(_ text: String) throws {
        let rule = try RecurrenceRule(parsing: text)
        #expect(rule.description == text)
        #expect(try RecurrenceRule(parsing: rule.description) == rule)
    }

    @Test func prefixCaseAndATrailingSemicolonAreAccepted() throws {
        let rule = try RecurrenceRule(parsing: "RRULE:freq=weekly;byday=mo;")
        #expect(rule == (try RecurrenceRule(frequency: .weekly, byDay: [.init(.monday)])))
        #expect(rule.description == "FREQ=WEEKLY;BYDAY=MO")
    }

    @Test func valuesAreCheckedLikeText() {
        let error = #expect(throws: RecurrenceRuleError.self) {
            try RecurrenceRule(frequency: .monthly, byMonthDay: [0])
        }
        #expect(
            error?.description
                == "RRULE part 'BYMONTHDAY=0': 0 is not a day of the month; expected 1 to 31 or -1 to -31")
    }

    @Test func aWeeklyShiftKeepsItsWallClockTimeAcrossTheChangeToSummerTime() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;COUNT=3")
        let shifts = rule.occurrences(from: Self.local("2017-03-20 12:00")).map(\.description)
        #expect(shifts == ["2017-03-20 12:00", "2017-03-27 12:00", "2017-04-03 12:00"])
    }

    @Test func lastFridayOfTheMonth() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")
        let dates = rule.occurrences(from: Self.local("2017-09-29 12:00")).map(\.description)
        #expect(dates == ["2017-09-29 12:00", "2017-10-27 12:00", "2017-11-24 12:00"])
    }

    @Test func aStartThatDoesNotMatchIsNotAnOccurrence() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=MO;COUNT=2")
        // 2017-10-14 is a Saturday.
        let dates = rule.occurrences(from: Self.local("2017-10-14 08:00")).map(\.description)
        #expect(dates == ["2017-10-16 08:00", "2017-10-23 08:00"])
    }

    @Test func aUTCUntilIsConvertedInATimeZoneAndComparedAsWrittenWhenFloating() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20171029T110000Z")
        let start = Self.local("2017-10-27 12:00")
        // 29 October 12:00 CET is 11:00 UTC: the last occurrence in Stockholm.
        #expect(rule.occurrences(from: start, in: .stockholm).map(\.description).count == 3)
        // Floating, 12:00 is after 11:00.
        #expect(rule.occurrences(from: start).map(\.description) == ["2017-10-27 12:00", "2017-10-28 12:00"])
    }

    @Test func aDayUntilIncludesThatWholeDay() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20171016")
        let dates = rule.occurrences(from: Self.local("2017-10-14 23:00")).map(\.description)
        #expect(dates == ["2017-10-14 23:00", "2017-10-15 23:00", "2017-10-16 23:00"])
    }

    @Test func occurrencesBeforeAnEndAreCollected() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=HOURLY;INTERVAL=6")
        let list = rule.occurrences(from: Self.local("2017-10-14 00:00")).occurrences(
            before: Self.local("2017-10-15 00:00"))
        #expect(list.map(\.clockText) == ["00:00", "06:00", "12:00", "18:00"])
    }

    @Test func aRuleThatCanNeverMatchEnds() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
        #expect(Array(rule.occurrences(from: Self.local("2017-01-01 00:00"))).isEmpty)
        let daily = try RecurrenceRule(parsing: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31")
        #expect(Array(daily.occurrences(from: Self.local("2017-01-01 00:00")).prefix(1)).isEmpty)
    }

    @Test func wholeDayRulesRefuseFrequenciesWithinADay() throws {
        let hourly = try RecurrenceRule(parsing: "FREQ=HOURLY")
        let error = #expect(throws: RecurrenceRuleError.self) {
            try hourly.days(from: CalendarDay(parsing: "2017-10-14"))
        }
        #expect(error?.part == "FREQ=HOURLY")
    }

    @Test func aMidsummerRuleGivesTheSameDaysAsTheHolidayCalendar() throws {
        let rule = try RecurrenceRule(
            parsing: "FREQ=YEARLY;BYMONTH=6;BYDAY=SA;BYMONTHDAY=20,21,22,23,24,25,26;UNTIL=21001231")
        let days = Array(try rule.days(from: CalendarDay(parsing: "1953-06-20")))
        let holidays = (1953...2100).compactMap { year in
            SwedishHolidays.days(in: year).first { $0.name == "Midsommardagen" }?.date
        }
        #expect(days.count == 148)
        #expect(days == holidays)
    }

    @Test func bySetPositionPicksTheLastWorkingDayOfEachMonth() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3")
        let days = rule.occurrences(from: Self.local("2017-09-01 09:00")).map { $0.day.description }
        #expect(days == ["2017-09-29", "2017-10-31", "2017-11-30"])
    }
}
