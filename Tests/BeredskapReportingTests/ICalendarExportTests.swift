import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

@Suite struct ICalendarExportTests {
    @Test func escapesTextValues() {
        #expect(ICalendarText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() throws {
        let line = "DESCRIPTION:" + String(repeating: "Förvaltningsövergripande åtgärd – ", count: 8)
        let folded = ICalendarText.fold(line)
        let bytes = Array(folded.utf8)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "CR must be followed by LF")
                lines.append(current)
                current = []
                index += 2
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        #expect(current.isEmpty, "the last line must end with CRLF")
        #expect(lines.count > 1)
        for (number, line) in lines.enumerated() {
            #expect(line.count <= 75, "line \(number) has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(number) splits a character")
            if number > 0 { #expect(line.first == 32) }
        }
        let unfolded = lines.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
        #expect(String(decoding: Array(unfolded), as: UTF8.self) == line)
    }

    @Test func everyActivityStartsAndDatedFollowUpsAreEvents() throws {
        let plan = try Fixtures.stockholm()
        let export = ICalendarExport(plan: plan, stamp: Fixtures.stamp)
        let events = export.events
        #expect(events.filter { $0.kind == .start }.count == 9)
        // Only the working group has a follow-up date; the rest are followed up in ordinary reporting.
        #expect(events.filter { $0.kind == .followUp }.map(\.activity) == ["bilda-arbetsgrupp"])
        let text = export.text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("UID:start-bilda-arbetsgrupp@stockholm-socialforvaltningen-2017-2018\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20170814\r\n"))
        #expect(text.contains("DTSTAMP:20180430T000000Z\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF in the output")
    }

    @Test func aYearOrMonthIsPutOnItsFirstDayAndSaysSo() throws {
        let plan = try Fixtures.stockholm()
        let event = try #require(
            ICalendarExport(plan: plan, stamp: Fixtures.stamp).events.first { $0.activity == "organisationsmodell" })
        let day: [Int] = [event.firstDay.year, event.firstDay.month, event.firstDay.day]
        #expect(day == [2017, 1, 1])
        #expect(event.description.contains("Planen anger bara året (2017)"))
        var monthly = plan
        monthly.activities[0].starts = Fixtures.date("2017-08")
        let month = try #require(ICalendarExport(plan: monthly, stamp: Fixtures.stamp).events.first)
        #expect(month.description.contains("bara månaden (augusti 2017)"))
    }

    @Test func uidsStayTheSameBetweenExports() throws {
        let plan = try Fixtures.stockholm()
        let first = ICalendarExport(plan: plan, stamp: Fixtures.stamp).events.map(\.uid)
        let later = ICalendarExport(plan: plan, stamp: Date(timeIntervalSince1970: 1_600_000_000)).events.map(\.uid)
        #expect(first == later)
        #expect(Set(first).count == first.count)
    }

    @Test func aFrequencyFollowUpRecursUntilThePlansEnd() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[1].followUp = .every(.tertial)
        let text = ICalendarExport(plan: plan, stamp: Fixtures.stamp).text
        #expect(text.contains("UID:followup-fordjupad-analys@stockholm-socialforvaltningen-2017-2018\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20180101\r\nRRULE:FREQ=MONTHLY;INTERVAL=4;UNTIL=20181231\r\n"))
    }

    @Test func aRealICalendarParserReadsTheExport() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[1].followUp = .every(.tertial)
        plan.activities[2].title = "Rutiner, ansvar; och \\ samverkan i \"akuta\" skeden"
        let export = ICalendarExport(plan: plan, stamp: Fixtures.stamp)
        let script = """
            import sys, json, icalendar
            calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            events = [{"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "start": e["DTSTART"].dt.isoformat(),
                       "rrule": {k: [str(v) for v in vs] for k, vs in e["RRULE"].items()} if "RRULE" in e else None,
                       "description": str(e["DESCRIPTION"])} for e in calendar.walk("VEVENT")]
            print(json.dumps(events, ensure_ascii=False))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: export.text)
        try #require(
            result.status == 0,
            "Python's icalendar must be installed (pip install icalendar, see Scripts/setup): \(result.errors)")
        struct Parsed: Decodable {
            var uid: String
            var summary: String
            var start: String
            var rrule: [String: [String]]?
            var description: String
        }
        let parsed = try JSONDecoder().decode([Parsed].self, from: Data(result.output.utf8))
        let events = export.events
        #expect(parsed.map(\.uid) == events.map(\.uid))
        #expect(parsed.map(\.summary) == events.map(\.summary))
        #expect(parsed.map(\.description) == events.map(\.description))
        #expect(parsed.first?.start == "2017-08-14")
        #expect(parsed.contains { $0.summary == "Påbörjas: Rutiner, ansvar; och \\ samverkan i \"akuta\" skeden" })
        #expect(parsed.contains { $0.rrule == ["FREQ": ["MONTHLY"], "INTERVAL": ["4"], "UNTIL": ["2018-12-31"]] })
    }
}
