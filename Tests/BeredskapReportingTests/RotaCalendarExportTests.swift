import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// A rota exported for the people on duty to subscribe to.
@Suite struct RotaCalendarExportTests {
    /// The Stockholm plan with TIB on a weekly rota, a known gap over Christmas Eve and extra cover on
    /// midsummer night.
    static func plan(shiftLength: String = "7d") throws -> Plan {
        var plan = try Fixtures.stockholm()
        plan.rotas = [
            DutyRota(
                id: "tib-schema", name: "TIB-schema", description: "Stadens tjänsteman i beredskap.",
                starts: "2017-01-02 12:00", repeats: "FREQ=WEEKLY;INTERVAL=1", shiftLength: shiftLength,
                exceptions: [
                    RotaException(from: "2017-12-24 08:00", to: "2017-12-25 08:00", note: "ingen ersättare"),
                    RotaException(from: "2017-06-23 18:00", to: "2017-06-24 08:00", covered: true),
                ])
        ]
        let tib = try #require(plan.roles.firstIndex { $0.id == "tib" })
        plan.roles[tib].rota = "tib-schema"
        return plan
    }

    @Test func theShiftsAreOneRecurringEventInStockholmTimeAndEachExceptionItsOwn() throws {
        let folded = try RotaCalendarExport(plan: Self.plan(), rota: "tib-schema", stamp: Fixtures.stamp).text
        #expect(folded.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let text = folded.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"))
        #expect(
            text.contains(
                "UID:rota-tib-schema@stockholm-socialforvaltningen-2017-2018\r\n" + "DTSTAMP:20180430T000000Z\r\n"
                    + "DTSTART;TZID=Europe/Stockholm:20170102T120000\r\nDURATION:P7D\r\nRRULE:FREQ=WEEKLY\r\n"
                    + "SUMMARY:Beredskap: TIB-schema\r\n"))
        #expect(text.contains("DESCRIPTION:Stadens tjänsteman i beredskap.\\nRoller: Tjänsteman i beredskap (TIB)\\n"))
        #expect(
            text.contains(
                "UID:rota-tib-schema-exception-1@stockholm-socialforvaltningen-2017-2018\r\n"))
        #expect(
            text.contains(
                "DTSTART;TZID=Europe/Stockholm:20171224T080000\r\nDTEND;TZID=Europe/Stockholm:20171225T080000\r\n"
                    + "SUMMARY:Lucka i beredskapen: TIB-schema\r\nDESCRIPTION:ingen ersättare\r\nTRANSP:TRANSPARENT\r\n"
            ))
        #expect(text.contains("SUMMARY:Extra beredskap: TIB-schema\r\nTRANSP:OPAQUE\r\n"))
        #expect(!text.contains("Anna"), "a rota names nobody")
        let english = try RotaCalendarExport(
            plan: Self.plan(), rota: "tib-schema", language: .en, stamp: Fixtures.stamp)
        #expect(english.text.contains("SUMMARY:Gap in the duty: TIB-schema"))
    }

    @Test(arguments: [("7d", "P7D"), ("12h", "PT12H"), ("1d 12h 30min", "P1DT12H30M"), ("45min", "PT45M")])
    func theShiftLengthIsAnICalendarDuration(_ length: String, _ duration: String) throws {
        #expect(try RotaCalendarExport(plan: Self.plan(shiftLength: length), rota: "tib-schema").duration == duration)
    }

    @Test func aLocalUntilIsWrittenInUTCBesideAStartWithATimeZone() throws {
        var plan = try Self.plan()
        plan.rotas[0].repeats = "FREQ=WEEKLY;UNTIL=20170703T120000"
        let summer = try RotaCalendarExport(plan: plan, rota: "tib-schema", stamp: Fixtures.stamp).text
        #expect(summer.contains("RRULE:FREQ=WEEKLY;UNTIL=20170703T100000Z\r\n"))
        plan.rotas[0].repeats = "FREQ=WEEKLY;UNTIL=20171231"
        let winter = try RotaCalendarExport(plan: plan, rota: "tib-schema", stamp: Fixtures.stamp).text
        #expect(winter.contains("RRULE:FREQ=WEEKLY;UNTIL=20171231T225959Z\r\n"))
        let script = """
            import sys, icalendar
            from dateutil.rrule import rrulestr
            shifts = icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk("VEVENT")[0]
            print(len(list(rrulestr(shifts["RRULE"].to_ical().decode(), dtstart=shifts.decoded("DTSTART")))))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: winter)
        try #require(result.status == 0, "\(result.errors)")
        #expect(result.output == "52\n", "every Monday of 2017 from 2 January")
    }

    @Test func anUnknownOrUnreadableRotaIsRefused() throws {
        #expect {
            try RotaCalendarExport(plan: Self.plan(), rota: "tib-schem")
        } throws: { error in
            (error as? PlanDataError)?.issues.first?.message == "no rota 'tib-schem'; did you mean 'tib-schema'?"
        }
        #expect(throws: PlanDataError.self) {
            try RotaCalendarExport(plan: Self.plan(shiftLength: "en vecka"), rota: "tib-schema")
        }
    }

    @Test func aCalendarProgramFindsEveryShiftAtTheSameWallTimeAcrossSummerTime() throws {
        let export = try RotaCalendarExport(plan: Self.plan(), rota: "tib-schema", stamp: Fixtures.stamp)
        let script = """
            import sys, json, datetime, icalendar
            from dateutil.rrule import rrulestr
            calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            shifts, *exceptions = calendar.walk("VEVENT")
            start = shifts.decoded("DTSTART")
            rule = rrulestr(shifts["RRULE"].to_ical().decode(), dtstart=start)
            window = [datetime.datetime(2017, 3, 20, tzinfo=start.tzinfo), datetime.datetime(2017, 11, 7, tzinfo=start.tzinfo)]
            print(json.dumps({
                "starts": [o.isoformat() for o in rule.between(*window) if o.month in (3, 4, 10, 11)],
                "length": shifts.decoded("DURATION").days,
                "exceptions": [[e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat()] for e in exceptions],
            }))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: export.text)
        try #require(
            result.status == 0,
            "Python's icalendar must be installed (pip install icalendar, see Scripts/setup): \(result.errors)")
        struct Parsed: Decodable {
            var starts: [String]
            var length: Int
            var exceptions: [[String]]
        }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
        #expect(
            parsed.starts == [
                "2017-03-20T12:00:00+01:00", "2017-03-27T12:00:00+02:00", "2017-04-03T12:00:00+02:00",
                "2017-04-10T12:00:00+02:00", "2017-04-17T12:00:00+02:00", "2017-04-24T12:00:00+02:00",
                "2017-10-02T12:00:00+02:00", "2017-10-09T12:00:00+02:00", "2017-10-16T12:00:00+02:00",
                "2017-10-23T12:00:00+02:00", "2017-10-30T12:00:00+01:00", "2017-11-06T12:00:00+01:00",
            ])
        #expect(parsed.length == 7)
        #expect(
            parsed.exceptions == [
                ["2017-12-24T08:00:00+01:00", "2017-12-25T08:00:00+01:00"],
                ["2017-06-23T18:00:00+02:00", "2017-06-24T08:00:00+02:00"],
            ])
    }
}
