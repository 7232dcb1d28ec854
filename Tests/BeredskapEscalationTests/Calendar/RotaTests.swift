import Foundation
import Testing

@testable import BeredskapEscalation

/// A TIB rota for 2017 as a city might plan it: week shifts handed over on Mondays at 12:00, four
/// officials in turn, a swap, a known hole on midsummer night, and no rota planned after August.
@Suite struct RotaTests {
    static func at(_ text: String) -> Date { try! LocalTimeZone.stockholm.resolve(parsing: text).date }
    static func local(_ text: String) -> LocalDateTime { try! LocalDateTime(parsing: text) }
    static func interval(_ from: String, _ to: String) -> DateInterval { DateInterval(start: at(from), end: at(to)) }

    static let officials = ["Anna Berg", "Lars Holm", "Karin Ek", "Omar Said"]

    /// Shift 11 (20–27 March, Omar's week) is swapped to Karin; midsummer night has no one.
    static let tib = Rota(
        name: "TIB", firstShift: local("2017-01-02 12:00"),
        recurrence: try! RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20170828T100000Z"), shiftLength: .init(days: 7),
        holders: officials,
        overrides: [
            RotaOverride(
                interval: interval("2017-03-20 12:00", "2017-03-27 12:00"), coverage: .holder("Karin Ek"),
                note: "byte: Omar på utbildning"),
            RotaOverride(
                interval: interval("2017-06-23 18:00", "2017-06-24 08:00"), coverage: .uncovered,
                note: "ingen ersättare midsommarnatten"),
        ])

    @Test func holdersTakeTurnsWeekByWeek() {
        let rota = Self.tib
        #expect(rota.holder(at: Self.at("2017-01-02 12:00")) == "Anna Berg")
        #expect(rota.holder(at: Self.at("2017-01-09 11:59")) == "Anna Berg")
        #expect(rota.holder(at: Self.at("2017-01-09 12:00")) == "Lars Holm")
        #expect(rota.holder(at: Self.at("2017-01-23 12:00")) == "Omar Said")
        #expect(rota.holder(at: Self.at("2017-01-30 12:00")) == "Anna Berg")
        let shifts = rota.shifts(overlapping: Self.interval("2017-01-01 00:00", "2017-02-01 00:00"))
        #expect(shifts.map(\.number) == [0, 1, 2, 3, 4])
        #expect(shifts.map(\.holder) == Self.officials + ["Anna Berg"])
    }

    @Test func beforeTheFirstShiftNobodyIsOnDuty() {
        #expect(!Self.tib.isCovered(at: Self.at("2017-01-02 11:59")))
        #expect(Self.tib.holder(at: Self.at("2017-01-02 11:59")) == nil)
    }

    @Test func theSwapOverridesTheRegularHolder() throws {
        let rota = Self.tib
        let week = Self.interval("2017-03-20 12:00", "2017-03-27 12:00")
        let regular = try #require(rota.shifts(overlapping: week).first { $0.start == week.start })
        #expect(regular.number == 11)
        #expect(regular.holder == "Omar Said")
        #expect(rota.holder(at: Self.at("2017-03-22 03:00")) == "Karin Ek")
    }

    @Test func theShiftOverTheSpringChangeIsAnHourShorterButHandsOverAtNoon() throws {
        let rota = Self.tib
        let shift = try #require(
            rota.shifts(overlapping: Self.interval("2017-03-21 00:00", "2017-03-22 00:00")).first)
        #expect(shift.end.timeIntervalSince(shift.start) == 167 * 3600)
        #expect(LocalTimeZone.stockholm.format(shift.end) == "2017-03-27 12:00 CEST (+02:00)")
        #expect(rota.holder(at: Self.at("2017-03-27 11:59")) == "Karin Ek")
        #expect(rota.holder(at: Self.at("2017-03-27 12:00")) == "Anna Berg")
    }

    @Test func dutyPeriodsKeepAnOverridesStretchApartSoItsNoteFitsIt() {
        let periods = Self.tib.dutyPeriods(in: Self.interval("2017-03-13 12:00", "2017-04-03 12:00"))
        // Karin's own week (shift 10) runs straight into the week she took over from Omar, but that week
        // is the swap's, with its note.
        #expect(periods.map(\.holder) == ["Karin Ek", "Karin Ek", "Anna Berg"])
        #expect(
            periods.map(\.interval.start) == [
                Self.at("2017-03-13 12:00"), Self.at("2017-03-20 12:00"), Self.at("2017-03-27 12:00"),
            ])
        #expect(periods.map(\.override?.note) == [nil, "byte: Omar på utbildning", nil])
        #expect(periods.allSatisfy { $0.isCovered })
        // Without overrides, the same state runs on as one stretch.
        var plain = Self.tib
        plain.holders = []
        plain.overrides = []
        #expect(plain.dutyPeriods(in: Self.interval("2017-03-13 12:00", "2017-04-03 12:00")).count == 1)
    }

    @Test func midsummerNightAndTheUnplannedAutumnAreTheGaps() {
        let rota = Self.tib
        let summer = Self.interval("2017-06-01 00:00", "2017-09-30 00:00")
        #expect(
            rota.gaps(in: summer) == [
                Self.interval("2017-06-23 18:00", "2017-06-24 08:00"),
                Self.interval("2017-09-04 12:00", "2017-09-30 00:00"),
            ])
        #expect(!rota.isCovered(at: Self.at("2017-06-23 23:00")))
        #expect(rota.holder(at: Self.at("2017-06-23 23:00")) == nil)
        #expect(rota.isCovered(at: Self.at("2017-06-24 08:00")))
        #expect(!rota.isCovered(at: Self.at("2017-09-04 12:00")))
        #expect(rota.holder(at: Self.at("2017-09-04 11:59")) != nil)
    }

    @Test func theFirstHalfYearHasNoGaps() {
        #expect(Self.tib.gaps(in: Self.interval("2017-01-02 12:00", "2017-06-23 18:00")).isEmpty)
    }

    @Test func anOverrideCanFillAGapWithSomeone() {
        var rota = Self.tib
        rota.overrides.append(
            RotaOverride(
                interval: Self.interval("2017-06-23 18:00", "2017-06-24 08:00"), coverage: .holder("Lars Holm")))
        #expect(rota.holder(at: Self.at("2017-06-23 23:00")) == "Lars Holm")
        #expect(rota.gaps(in: Self.interval("2017-06-01 00:00", "2017-07-01 00:00")).isEmpty)
    }

    @Test func aShiftAnHourTooShortLeavesAGapAtEveryHandover() throws {
        let rota = Rota(
            name: "TIB", firstShift: Self.local("2017-10-02 12:00"),
            recurrence: try RecurrenceRule(parsing: "FREQ=WEEKLY"),
            shiftLength: .init(days: 6, hours: 23))
        let gaps = rota.gaps(in: Self.interval("2017-10-02 12:00", "2017-10-30 12:00"))
        #expect(gaps.count == 4)
        #expect(gaps.first == Self.interval("2017-10-09 11:00", "2017-10-09 12:00"))
        // The last one is in winter time: still 11:00 to 12:00 on the wall clock.
        #expect(gaps.last == Self.interval("2017-10-30 11:00", "2017-10-30 12:00"))
    }

    @Test func dayAndNightShiftsCoverBothClockChangeNightsWithoutNames() throws {
        let rota = Rota(
            name: "Socialjouren", firstShift: Self.local("2017-01-01 08:00"),
            recurrence: try RecurrenceRule(parsing: "FREQ=DAILY;BYHOUR=8,20"), shiftLength: .init(hours: 12))
        for night in [("2017-03-25 08:00", "2017-03-27 08:00"), ("2017-10-28 08:00", "2017-10-30 08:00")] {
            #expect(rota.gaps(in: Self.interval(night.0, night.1)).isEmpty, "\(night)")
        }
        #expect(rota.isCovered(at: Self.at("2017-10-29 02:30")))
        #expect(rota.holder(at: Self.at("2017-10-29 02:30")) == nil)
        let springNight = try #require(
            rota.shifts(overlapping: Self.interval("2017-03-26 01:00", "2017-03-26 01:01")).first)
        #expect(springNight.end.timeIntervalSince(springNight.start) == 11 * 3600)
        let autumnNight = try #require(
            rota.shifts(overlapping: Self.interval("2017-10-29 01:00", "2017-10-29 01:01")).first)
        #expect(autumnNight.end.timeIntervalSince(autumnNight.start) == 13 * 3600)
    }
}
