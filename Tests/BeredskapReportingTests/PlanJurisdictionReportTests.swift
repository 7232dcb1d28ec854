import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// A plan that states its time zone has its drills, timelines and rota calendars in that zone.
@Suite struct PlanJurisdictionReportTests {
    static func helsinki(_ plan: Plan) -> Plan {
        var plan = plan
        plan.metadata.timeZone = "Europe/Helsinki"
        return plan
    }

    @Test func aHelsinkiPlanReadsItsScenarioAndWritesItsTimelineInHelsinkiTime() throws {
        let stockholm = try Fixtures.stockholm()
        let helsinki = Self.helsinki(stockholm)
        let there = try BuiltInScenarios.scenario(named: "bench-night", plan: helsinki)
        let here = try BuiltInScenarios.scenario(named: "bench-night", plan: stockholm)
        // 02:30 on the wall in Helsinki comes an hour before 02:30 on the wall in Stockholm.
        #expect(here.event.start.timeIntervalSince(there.event.start) == 3600)
        let calendar = try PlanCalendar(plan: helsinki)
        #expect(calendar.jurisdiction.timeZone.identifier == "Europe/Helsinki")
        let timeline = try DryRun.run(
            scenario: there, plan: helsinki, seed: 7, availability: calendar,
            context: EventContext(scenario: there, calendar: calendar))
        #expect(timeline.entries.first?.clock == "02:30")
        #expect(TimelineText.rendered(timeline, .en).contains("Saturday 14 October 2017 at 02:30"))
        // Stockholm's 02:30, run on the Helsinki plan, is 03:30 there.
        let stockholmInstant = try DryRun.run(
            scenario: here, plan: helsinki, seed: 7, availability: calendar,
            context: EventContext(scenario: here, calendar: calendar))
        #expect(stockholmInstant.entries.first?.clock == "03:30")
    }

    @Test func aHelsinkiDrillsAfterActionReportWritesHelsinkiTimes() throws {
        let plan = Self.helsinki(try Fixtures.stockholm())
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
        let report = DrillReport(session: session, plan: plan)
        // The same wall time as the Stockholm drill's alarm (02:30+02:00), an hour earlier.
        #expect(report.overview.eventTime == "2017-10-14T02:30:00+03:00")
        // The same moment in the room as the Stockholm drill's 09:00+01:00, on Helsinki's clocks.
        #expect(report.overview.wallStart == "2018-03-14T10:00:00+02:00")
        #expect(report.timeline.first { $0.kind == "contingency" }?.simulatedTime == "2017-10-14T03:30:00+03:00")
    }

    @Test func aHelsinkiRotaExportsWithHelsinkisTimeZoneAndOffsets() throws {
        let plan = Self.helsinki(try RotaCalendarExportTests.plan())
        let export = try RotaCalendarExport(plan: plan, rota: "tib-schema", stamp: Fixtures.stamp)
        let text = export.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("X-WR-TIMEZONE:Europe/Helsinki\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Helsinki:20170102T120000\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Helsinki:20171224T080000\r\n"))
        #expect(!text.contains("Stockholm"))
        // The clocks go forward at 03:00 on the last Sunday in March in Helsinki, and back at 04:00 in October.
        #expect(
            text.contains(
                "BEGIN:DAYLIGHT\r\nDTSTART:20170326T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\n"))
        #expect(
            text.contains(
                "BEGIN:STANDARD\r\nDTSTART:20171029T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\n"))
        #expect(export.timeZoneYears == 2017...2028, "an open rota: ten years past the export")

        // A calendar program that knows the zone only from the file's VTIMEZONE finds the same offsets.
        let script = """
            import sys, json, datetime, icalendar
            calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            zone = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
            shifts = calendar.walk("VEVENT")[0]
            start = shifts.decoded("DTSTART")
            def offset(*when):
                return datetime.datetime(*when, tzinfo=zone).isoformat()
            print(json.dumps({
                "tzid": str(shifts["DTSTART"].params["TZID"]),
                "start": start.isoformat(),
                "offsets": [offset(2017, 3, 20, 12), offset(2017, 3, 27, 12), offset(2017, 10, 30, 12),
                            offset(2027, 7, 1, 12)],
            }))
            """
        struct Parsed: Decodable {
            var tzid: String
            var start: String
            var offsets: [String]
        }
        let parsed = try ExternalTool.icalendar(script, reading: export.text, as: Parsed.self)
        #expect(parsed.tzid == "Europe/Helsinki")
        #expect(parsed.start == "2017-01-02T12:00:00+02:00")
        #expect(
            parsed.offsets == [
                "2017-03-20T12:00:00+02:00", "2017-03-27T12:00:00+03:00", "2017-10-30T12:00:00+02:00",
                "2027-07-01T12:00:00+03:00",
            ])
    }

    @Test func aZoneWithoutSummerTimeHasOneStandardComponent() throws {
        let zone = try LocalTimeZone(identifier: "Asia/Tokyo")
        #expect(
            ICalendarTimeZone(zone: zone, years: 2017...2018).lines.filter { $0.hasPrefix("BEGIN:") } == [
                "BEGIN:VTIMEZONE", "BEGIN:STANDARD",
            ])
        #expect(ICalendarTimeZone.offset(-12_600) == "-0330")
    }
}
