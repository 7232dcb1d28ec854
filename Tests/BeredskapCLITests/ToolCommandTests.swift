import Foundation
import Testing

/// The commands built on the plan — calendars, drills, alerts, reports, exports, diagrams — as a user
/// runs them with `beredskap -c`.
@Suite struct ToolCommandTests {
    static let capFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BeredskapEscalationTests/Fixtures/cap")

    // MARK: Calendar

    @Test func holidaysOfAYearAsJSON() throws {
        let result = try Beredskap.run(["--store", ":memory:", "-c", "calendar holidays 2025", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let days = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]])
        #expect(days.count == 16)
        #expect(days.allSatisfy { Set($0.keys) == ["date", "name", "kind"] })
        #expect(days.contains(["date": "2025-06-06", "name": "Nationaldagen", "kind": "public"]))
        #expect(days.contains(["date": "2025-06-20", "name": "Midsommarafton", "kind": "eve"]))
        #expect(days.filter { $0["kind"] == "eve" }.count == 3)
    }

    // MARK: Drills

    @Test func aDrillRunIsTheSameForTheSameSeed() throws {
        let first = try Beredskap.run(["-c", "drill run bench-night --seed 7"])
        let second = try Beredskap.run(["-c", "drill run bench-night --seed 7"])
        let other = try Beredskap.run(["-c", "drill run bench-night --seed 8"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
        #expect(first.stdout.contains("Stadsdirektör"))
        #expect(first.stdout.contains("lördag 14 oktober 2017 kl. 02:30"))
    }

    @Test func anAlarmTimeTheClocksSkipIsRefused() throws {
        let result = try Beredskap.run(["-c", "drill run bench-night --at '2017-03-26 02:30'"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2017-03-26 02:30 does not exist in Europe/Stockholm"))
    }

    @Test func aSimulationPrintsPercentilesPerRoleAsJSON() throws {
        let arguments = ["-c", "drill simulate bench-night --runs 20000 --seed 5", "--format", "json"]
        let result = try Beredskap.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["runs"] as? Int == 20000)
        #expect(document["seed"] as? Int == 5)
        let roles = try #require(document["roles"] as? [[String: Any]])
        let director = try #require(roles.first { $0["id"] as? String == "stadsdirektor" })
        #expect(director["title"] as? String == "Stadsdirektör")
        let p50 = try #require(director["p50"] as? Double)
        let p90 = try #require(director["p90"] as? Double)
        #expect((60...70).contains(p50) && (100...125).contains(p90), "p50 \(p50), p90 \(p90)")
        #expect(try Beredskap.run(arguments).stdout == result.stdout)
    }

    @Test func aTabletopDrillIsPlayedAcrossCommandsAndSaved() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store.sqlite").path
        func drill(_ commands: String...) throws -> Beredskap.Result {
            try Beredskap.run(["--store", store] + commands.flatMap { ["-c", $0] })
        }
        let started = try drill(
            "drill start bench-night --id ovning-1 --by Kim --participants \"sof-direktor:Bo Ek, stadsdirektor:Anna Berg\""
        )
        #expect(started.status == 0, "\(started.stderr)")
        #expect(
            started.stdout.contains("Deltagare: Bo Ek (Direktör vid Socialförvaltningen), Anna Berg (Stadsdirektör)"))
        // The next command takes up the drill that is going, as a REPL would.
        let played = try drill(
            "drill next", "drill advance 20m",
            "drill decide posom-beslut aktivera \"Många drabbade\" --by Anna", "drill end")
        #expect(played.status == 0, "\(played.stderr)")
        let lines = played.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("ÖVNING") }, "\(played.stdout)")
        #expect(played.stdout.contains("Inspel (media) från SVT Nyheter"))
        // The media inject expected the SoF director to act within 15 minutes; nobody did.
        #expect(
            played.stdout.contains(
                "Reservinspel: Direktör vid Socialförvaltningen har inte i tid gjort det förväntade (hänvisar till stadens presstjänst"
            ))
        #expect(played.stdout.contains("beslutar (posom-beslut): Aktivera POSOM (Många drabbade) — Anna"))
        let log = try Beredskap.run([
            "--store", store, "--format", "csv", "-c",
            ".sql SELECT kind, minute FROM drill_log WHERE session_id = 'ovning-1' ORDER BY sequence",
        ])
        #expect(
            log.stdout.split(separator: "\n").dropFirst().map(String.init) == [
                "start,0", "inject,45", "advance,45", "contingency,60", "advance,65", "decision,65", "end,65",
            ], "\(log.stdout)")
        let refused = try drill("drill next")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no drill is going"))

        // The after-action report, and its improvement plan adopted into the plan as activities.
        let report = try Beredskap.run(["--store", store, "-c", "report drill ovning-1", "--format", "markdown"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.hasPrefix("# Utvärdering av övning"))
        #expect(report.stdout.contains("Reservinspel"))
        let before = try drill("count activities")
        #expect(before.stdout == "9\n")
        let adopted = try drill("drill adopt ovning-1")
        #expect(adopted.status == 0, "\(adopted.stderr)")
        let after = try drill("count activities")
        let added = (Int(after.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) - 9
        #expect(added > 0)
        let ids = try drill("list activities where id ~ atgard-ovning-1")
        #expect(ids.stdout.contains("atgard-ovning-1-1") && ids.stdout.contains("sof-direktor"))
        let again = try drill("drill adopt ovning-1")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already in the plan"))
    }

    @Test func aDecisionNamesItsStepAndOption() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store.sqlite").path
        let result = try Beredskap.run([
            "--store", store, "-c", "drill start bench-night", "-c", "drill decide posom-beslut aktivra",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'aktivra' is not an option of posom-beslut; did you mean 'aktivera'?"))
    }

    // MARK: Alerts

    @Test func aSevereActualAlertRunsItsPathAsASimulationAndIsNeverADrill() throws {
        let file = Self.capFixtures.appendingPathComponent("thunderstorm.cap").path
        let result = try Beredskap.run(["-c", "alarm receive \(file)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("skarpt larm (Actual)"))
        #expect(result.stdout.contains("Larmväg: Om larm inkommer via TIB"))
        #expect(result.stdout.contains("Simulerad tidslinje"))
        #expect(!result.stdout.contains("ÖVNING"))
    }

    @Test func anExerciseAlertRunsAsADrillMarkedOnEveryLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(
            contentsOf: Self.capFixtures.appendingPathComponent("thunderstorm.cap"), encoding: .utf8)
        let exercise = directory.appendingPathComponent("exercise.cap")
        try original.replacingOccurrences(of: "<status>Actual</status>", with: "<status>Exercise</status>")
            .write(to: exercise, atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["-c", "alarm receive \(exercise.path)"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count > 5 && lines.allSatisfy { $0.hasPrefix("ÖVNING") }, "\(result.stdout)")
    }

    @Test func anAlertThatMatchesNoPathIsReportedAndIsNotAnError() throws {
        let file = Self.capFixtures.appendingPathComponent("australia.cap").path
        let result = try Beredskap.run(["-c", "alarm receive \(file)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ingen larmväg: ingen regel i planen gäller"))
    }

    @Test func anAlertWithAnExternalEntityIsRefusedBeforeParsing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hostile = directory.appendingPathComponent("xxe.cap")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>
        """.write(to: hostile, atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["-c", "alarm receive \(hostile.path)"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("xxe.cap"))
        #expect(!result.stdout.contains("root:") && !result.stderr.contains("root:"))
    }

    // MARK: Reports, exports and diagrams

    @Test func theFollowUpInMarkdownHasItsHeadingAndEveryActivity() throws {
        let result = try Beredskap.run(["--store", ":memory:", "-c", "report followup", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Uppföljning"))
        let plan = try Beredskap.run(["export", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let activities = try #require(document["activities"] as? [[String: Any]])
        #expect(activities.count == 9)
        for activity in activities {
            let title = try #require(activity["title"] as? String)
            #expect(result.stdout.contains(title), "missing \(title)")
        }
    }

    @Test func thePlanAsHTMLIsOneSelfContainedDocumentWithEveryUnit() throws {
        let result = try Beredskap.run(["--store", ":memory:", "-c", "report plan", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("Larmvägar"))
        for forbidden in ["http://", "https://", "<link", "<script src", "@import"] {
            #expect(!result.stdout.contains(forbidden), "\(forbidden)")
        }
        let units = try Beredskap.run(["-c", "list units", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(units.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 23)
        for row in rows {
            let name = try #require(row["name"] as? String)
            let escaped = name.replacingOccurrences(of: "&", with: "&amp;")
            #expect(result.stdout.contains(escaped), "missing \(name)")
        }
    }

    @Test func theCalendarExportParsesWithARealICalendarParser() throws {
        let result = try Beredskap.run(["-c", "export ics"])
        #expect(result.status == 0, "\(result.stderr)")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plan.ics")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try ExternalProgram.run(
            "python3",
            [
                "-c",
                """
                import sys, icalendar
                calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                print(len(calendar.walk('VEVENT')))
                """, file.path,
            ])
        #expect(check.status == 0, "python3 with icalendar (pip install icalendar): \(check.stderr)")
        #expect((Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 9)
    }

    @Test func anAlarmPathAsDOTRendersWithGraphviz() throws {
        let result = try Beredskap.run(["-c", "diagram via-socialjouren --format dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph"))
        #expect(result.stdout.contains("shape=diamond"))
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("path.dot")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let svg = try ExternalProgram.run("dot", ["-Tsvg", file.path])
        #expect(svg.status == 0, "dot -Tsvg (apt-get install graphviz): \(svg.stderr)")
        #expect(svg.stdout.contains("<svg") && svg.stdout.contains("POSOM"))
    }

    @Test func unknownReportsAndOptionsAreNamedWithASuggestion() throws {
        let report = try Beredskap.run(["-c", "report folowup"])
        #expect(report.status == 1)
        #expect(report.stderr.contains("unknown report 'folowup'; did you mean 'followup'?"))
        let option = try Beredskap.run(["-c", "report followup --as-off 2018-01-01"])
        #expect(option.stderr.contains("Unknown option '--as-off'. Did you mean '--as-of'?"))
    }
}

/// Runs a program found on PATH, for checks with real external tools.
enum ExternalProgram {
    static func run(_ name: String, _ arguments: [String]) throws -> Beredskap.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Beredskap.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
