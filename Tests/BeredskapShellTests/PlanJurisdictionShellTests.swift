import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapShell

/// `set plan ID timeZone = …` moves a plan's calendar, reachability and drills to another time zone.
@Suite struct PlanJurisdictionShellTests {
    static let plan = "stockholm-socialforvaltningen-2017-2018"

    /// A session whose plan is in `zone`, with TIB on a daily 08:00–20:00 rota.
    static func shell(in zone: String) throws -> TestShell {
        let shell = try TestShell()
        shell.run(
            "set plan \(plan) timeZone = \(zone); "
                + "add rota tib-schema name = 'TIB-schema' starts = '2017-03-20 08:00' repeats = 'FREQ=DAILY' "
                + "shiftLength = 12h; set role tib rota = tib-schema; set role tib availability = onDuty")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        return shell
    }

    @Test func aMisspeltTimeZoneIsRefusedWithTheNearestKnownOne() throws {
        let shell = try TestShell()
        shell.run("set plan \(Self.plan) timeZone = Europe/Helsingfors")
        #expect(shell.errors.first?.contains("did you mean 'Europe/Helsinki'?") == true, "\(shell.errors)")
        #expect(try shell.session.workspace.plan().metadata.timeZone == nil)
    }

    @Test func aHelsinkiPlansRotaIsInHelsinkiWallTimeAnHourBeforeStockholms() throws {
        let helsinki = try Self.shell(in: "Europe/Helsinki")
        let stockholm = try Self.shell(in: "Europe/Stockholm")
        let command = "calendar rota tib-schema --from 2017-03-20 --to 2017-03-20"
        let rows =
            "from,to,state,note\n2017-03-20 00:00,2017-03-20 08:00,gap,\n"
            + "2017-03-20 08:00,2017-03-20 20:00,covered,\n2017-03-20 20:00,2017-03-21 00:00,gap,\n"
        #expect(helsinki.run(command) == rows)
        #expect(stockholm.run(command) == rows)
        let there = try #require(try helsinki.session.workspace.calendar().rota(of: "tib"))
        let here = try #require(try stockholm.session.workspace.calendar().rota(of: "tib"))
        let march = DateInterval(start: Date(timeIntervalSince1970: 1_489_968_000), duration: 86_400)  // 2017-03-20Z
        let handover = { (rota: Rota) in rota.dutyPeriods(in: march).first { $0.isCovered }?.interval.start }
        #expect(try #require(handover(here)).timeIntervalSince(try #require(handover(there))) == 3600)
    }

    @Test func aHelsinkiPlansReachabilityAndDrillAreInHelsinkiTime() throws {
        let helsinki = try Self.shell(in: "Europe/Helsinki")
        let stockholm = try Self.shell(in: "Europe/Stockholm")
        // Wall times mean the plan's zone: the same words give the same table and timeline in each.
        let coverage = "reachability --week 2017-03-20"
        #expect(helsinki.run(coverage) == stockholm.run(coverage))
        let week = try #require(CalendarDay(year: 2017, month: 3, day: 20))
        let gaps = try helsinki.session.workspace.reachability(week: week).rotaGaps.map(\.from)
        #expect(gaps.prefix(2) == ["2017-01-01 00:00", "2017-03-20 20:00"])
        let drill = "drill run bench-night --seed 7 --at '2017-10-14 02:30'"
        let timeline = helsinki.run(drill)
        #expect(timeline.contains("    0,0  02:30    "), "\(timeline)")
        #expect(timeline == stockholm.run(drill))
        #expect(helsinki.errors.isEmpty && stockholm.errors.isEmpty, "\(helsinki.errors) \(stockholm.errors)")
        // The workspace's days and instants are the plan's.
        #expect(helsinki.session.workspace.jurisdiction.timeZone.identifier == "Europe/Helsinki")
        let day = try PartialDate(parsing: "2017-03-19")
        let end = { (shell: TestShell) in shell.session.workspace.endOfDay(day) }
        #expect(end(stockholm).timeIntervalSince(end(helsinki)) == 3600)
    }

    @Test func aTabletopDrillOnAHelsinkiPlanShowsTheScenariosWallTimes() throws {
        // The scenario's event at 02:30 is read in the plan's zone, and the log shows it there too.
        let helsinki = try Self.shell(in: "Europe/Helsinki")
        let started = helsinki.run("drill start bench-night --id natt; drill advance 45m")
        #expect(started.contains("     0,0  02:30  "), "\(started)")
        #expect(started.contains("    45,0  03:15  "), "\(started)")
        #expect(helsinki.errors.isEmpty, "\(helsinki.errors)")
    }

    @Test func theHistoryIsOnThePlansClocks() throws {
        // A change set made now reads as now on the plan's clocks, with the offset, as psql's timestamptz.
        for zone in ["Europe/Helsinki", "Asia/Tokyo", "America/New_York"] {
            let clocks = try LocalTimeZone(identifier: zone)
            let before = clocks.timestamp(Date())
            let shell = try Self.shell(in: zone)
            let after = clocks.timestamp(Date())
            let rows = shell.run("history limit 1").split(separator: "\n")
            let date = try #require(rows.count == 2 ? String(rows[1].split(separator: ",")[1]) : nil, "\(rows)")
            #expect(date >= before && date <= after, "\(date) is not between \(before) and \(after)")
            #expect(date.hasSuffix(String(before.suffix(6))), "\(date)")
        }
        // The night the clocks go back, 02:30 comes twice; the offset tells which.
        let stockholm = try LocalTimeZone(identifier: "Europe/Stockholm")
        #expect(stockholm.timestamp(Date(timeIntervalSince1970: 1_509_237_005)) == "2017-10-29 02:30:05+02:00")
        #expect(stockholm.timestamp(Date(timeIntervalSince1970: 1_509_240_605)) == "2017-10-29 02:30:05+01:00")
    }

    @Test func aPlanWithoutHolidaysHasNone() throws {
        let shell = try TestShell()
        #expect(shell.run("calendar holidays 2017").contains("Midsommarafton"))
        shell.run("set plan \(Self.plan) holidays = none")
        #expect(shell.run("calendar holidays 2017") == "date,name,kind\n")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }
}
