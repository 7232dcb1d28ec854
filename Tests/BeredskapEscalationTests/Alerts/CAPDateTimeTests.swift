import Foundation
import Testing

@testable import BeredskapEscalation

@Suite struct CAPDateTimeTests {
    @Test(arguments: [
        "2002-05-24T16:49:00-07:00", "2024-02-29T23:59:59+14:00", "1999-12-31T00:00:00-00:00",
        "2024-06-21T02:30:00+02:00", "2011-10-05T23:04:00+10:00", "2100-03-01T12:00:00+05:30",
    ])
    func aTimeIsTheSameInstantAsFoundationReadsIt(_ text: String) throws {
        let time = try #require(CAPDateTime(text))
        let formatter = ISO8601DateFormatter()
        #expect(time.date == formatter.date(from: text))
        #expect(time.text == text)
    }

    @Test func theOffsetIsKeptForDisplay() throws {
        let time = try #require(CAPDateTime("2024-06-21T02:30:00+05:30"))
        #expect(time.utcOffset == 5 * 3600 + 30 * 60)
        #expect(time.timeZone.secondsFromGMT() == time.utcOffset)
        #expect(time.description == "2024-06-21T02:30:00+05:30")
    }

    @Test func aTimeWrittenFromADateReadsBackAsTheSameInstant() throws {
        let instant = Date(timeIntervalSince1970: 1_718_929_800)  // 2024-06-21T00:30:00Z
        let stockholm = CAPDateTime(date: instant, utcOffset: 7200)
        #expect(stockholm.text == "2024-06-21T02:30:00+02:00")
        let utc = CAPDateTime(date: instant)
        #expect(utc.text == "2024-06-21T00:30:00-00:00")
        #expect(CAPDateTime(stockholm.text)?.date == instant)
        let honolulu = CAPDateTime(date: instant, utcOffset: -10 * 3600)
        #expect(honolulu.text == "2024-06-20T14:30:00-10:00")
        #expect(CAPDateTime(honolulu.text)?.date == instant)
    }

    @Test(arguments: ["2024-06-21T00:30:00Z", "2024-06-21T00:30:00.000+00:00", "2024-06-21 00:30:00+00:00", ""])
    func nonCAPFormsAreRefused(_ text: String) {
        #expect(CAPDateTime(text) == nil)
    }
}
