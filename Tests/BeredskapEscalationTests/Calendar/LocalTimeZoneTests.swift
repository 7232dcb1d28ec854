import Foundation
import Testing

@testable import BeredskapEscalation

/// Wall-clock times in Europe/Stockholm on the nights the clocks change, and on an ordinary night.
@Suite struct LocalTimeZoneTests {
    let stockholm = LocalTimeZone.stockholm

    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    @Test func theDefaultZoneIsStockholm() {
        #expect(LocalTimeZone().identifier == "Europe/Stockholm")
        #expect(LocalTimeZone.stockholm.description == "Europe/Stockholm")
    }

    @Test func anOrdinaryNightMapsToExactlyOneInstant() throws {
        let night = try stockholm.resolve(parsing: "2017-10-14T02:30")
        #expect(night.date == Self.utc("2017-10-14T00:30:00Z"))
        #expect(night.kind == .exact)
        #expect(night.notice == nil)
        #expect(stockholm.format(night.date) == "2017-10-14 02:30 CEST (+02:00)")
        let winter = try stockholm.resolve(parsing: "2017-12-14 02:30")
        #expect(winter.date == Self.utc("2017-12-14T01:30:00Z"))
        #expect(stockholm.format(winter.date) == "2017-12-14 02:30 CET (+01:00)")
    }

    @Test func bothWaysOfWritingALocalTimeMeanTheSame() throws {
        let withT = try LocalDateTime(parsing: "2017-10-14T02:30")
        let withSpace = try LocalDateTime(parsing: "2017-10-14 02:30")
        #expect(withT == withSpace)
        #expect(withT.description == "2017-10-14 02:30")
        #expect(try LocalDateTime(parsing: "2017-10-14 02:30:15").second == 15)
    }

    @Test(arguments: [
        (
            "2017-03-26 02:30",
            "2017-03-26 02:30 does not exist in Europe/Stockholm: the clocks go forward from 02:00 to 03:00 that night; use 03:30 (CEST) or 01:30 (CET)"
        ),
        (
            "2025-03-30 02:15",
            "2025-03-30 02:15 does not exist in Europe/Stockholm: the clocks go forward from 02:00 to 03:00 that night; use 03:15 (CEST) or 01:15 (CET)"
        ),
    ])
    func aTimeInTheSpringGapIsRefusedWithTheValidTimesAround(_ text: String, _ message: String) throws {
        let error = #expect(throws: LocalTimeError.self) { try stockholm.resolve(parsing: text) }
        #expect(error?.code == .nonexistentTime)
        #expect(error?.description == message)
    }

    @Test(arguments: [
        ("2017-03-26 02:30", "2017-03-26T01:30:00Z", "2017-03-26 03:30 CEST (+02:00)"),
        ("2025-03-30 02:00", "2025-03-30T01:00:00Z", "2025-03-30 03:00 CEST (+02:00)"),
    ])
    func aTimeInTheSpringGapCanBeMovedForwardWithANotice(_ text: String, _ instant: String, _ shown: String) throws {
        let moved = try stockholm.resolve(parsing: text, gap: .moveForward)
        #expect(moved.date == Self.utc(instant))
        #expect(moved.kind == .movedForward)
        #expect(stockholm.format(moved.date) == shown)
        let notice = try #require(moved.notice)
        #expect(notice.hasPrefix("\(text) does not exist in Europe/Stockholm"))
        #expect(notice.hasSuffix("moved forward to \(shown.dropFirst(11).prefix(5)) (CEST)"))
    }

    @Test func theEdgesOfTheSpringGapExistOrNot() throws {
        #expect(try stockholm.resolve(parsing: "2017-03-26 01:59").date == Self.utc("2017-03-26T00:59:00Z"))
        #expect(throws: LocalTimeError.self) { try stockholm.resolve(parsing: "2017-03-26 02:00") }
        #expect(try stockholm.resolve(parsing: "2017-03-26 03:00").date == Self.utc("2017-03-26T01:00:00Z"))
    }

    @Test(arguments: [
        ("2017-10-29 02:30", "2017-10-29T00:30:00Z", "2017-10-29T01:30:00Z"),
        ("2025-10-26 02:45", "2025-10-26T00:45:00Z", "2025-10-26T01:45:00Z"),
    ])
    func aTimeInTheAutumnHourHappensTwice(_ text: String, _ first: String, _ second: String) throws {
        let earlier = try stockholm.resolve(parsing: text)
        #expect(earlier.date == Self.utc(first))
        #expect(earlier.kind == .earlierOfTwo)
        let notice = try #require(earlier.notice)
        let clock = text.suffix(5)
        #expect(
            notice == "\(text) happens twice in Europe/Stockholm: the clocks go back from 03:00 to 02:00 that night; "
                + "took the first, \(clock) CEST (+02:00); the second is \(clock) CET (+01:00)")
        let later = try stockholm.resolve(parsing: text, overlap: .later)
        #expect(later.date == Self.utc(second))
        #expect(later.kind == .laterOfTwo)
        #expect(later.notice?.contains("took the second, \(clock) CET (+01:00)") == true)
        #expect(stockholm.format(earlier.date) == "\(text) CEST (+02:00)")
        #expect(stockholm.format(later.date) == "\(text) CET (+01:00)")
    }

    @Test func everyHourOf2017RoundTripsExceptTheTwoChangeHours() throws {
        var skipped: [String] = []
        var doubled: [String] = []
        var start = try CalendarDay(parsing: "2017-01-01")
        while start.year == 2017 {
            for hour in 0..<24 {
                let local = LocalDateTime(day: start, hour: hour, minute: 30)!
                do {
                    let resolution = try stockholm.resolve(local)
                    if resolution.kind == .earlierOfTwo { doubled.append(local.description) }
                    #expect(stockholm.localDateTime(at: resolution.date) == local, "\(local)")
                } catch {
                    skipped.append(local.description)
                }
            }
            start = start.adding(days: 1)
        }
        #expect(skipped == ["2017-03-26 02:30"])
        #expect(doubled == ["2017-10-29 02:30"])
    }

    @Test func resolvingFromNumbersRefusesImpossibleDates() throws {
        let ok = try stockholm.resolve(year: 2017, month: 10, day: 14, hour: 2, minute: 30)
        #expect(ok.date == Self.utc("2017-10-14T00:30:00Z"))
        let error = #expect(throws: LocalTimeError.self) {
            try stockholm.resolve(year: 2017, month: 2, day: 29, hour: 8, minute: 0)
        }
        #expect(error?.code == .impossibleDate)
    }

    @Test(arguments: [
        ("2017-10-14", LocalTimeError.Code.malformed), ("2017-10-14 2:30", .malformed),
        ("14/10/2017 02:30", .malformed),
        ("2017-02-29 08:00", .impossibleDate), ("2017-10-14 24:00", .impossibleTime),
        ("2017-10-14 08:60", .impossibleTime),
    ])
    func malformedLocalTimesAreRefused(_ text: String, _ code: LocalTimeError.Code) {
        let error = #expect(throws: LocalTimeError.self) { try LocalDateTime(parsing: text) }
        #expect(error?.code == code, "\(text): \(error?.message ?? "")")
    }

    @Test func anUnknownZoneIsRefusedByName() {
        let error = #expect(throws: LocalTimeError.self) { try LocalTimeZone(identifier: "Europe/Stockholmm") }
        #expect(error?.code == .unknownTimeZone)
        #expect(error?.message.contains("'Europe/Stockholmm'") == true)
    }

    @Test func anotherZoneHasItsOwnChangeNights() throws {
        let newYork = try LocalTimeZone(identifier: "America/New_York")
        // US clocks went forward on 12 March 2017 at 02:00.
        let error = #expect(throws: LocalTimeError.self) { try newYork.resolve(parsing: "2017-03-12 02:30") }
        #expect(error?.message.contains("the clocks go forward from 02:00 to 03:00") == true)
        #expect(try newYork.resolve(parsing: "2017-03-26 02:30").date == Self.utc("2017-03-26T06:30:00Z"))
    }
}
