import BeredskapShell
import Foundation
import Testing

/// The tool commands as subcommands of `beredskap`, as a user types them on a command line.
@Suite struct ToolSubcommandTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tool-subcommands-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aReportWritesItsFileFromTheCommandLine() throws {
        let out = try Self.directory().appendingPathComponent("Uppföljning april.html")
        let result = try Beredskap.run([
            "--store", ":memory:", "report", "followup", "--format", "html", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Bildande av förvaltningsövergripande arbetsgrupp"))
    }

    @Test func exportIcsIsTheCalendarNotThePlanFile() throws {
        let out = try Self.directory().appendingPathComponent("plan.ics")
        let result = try Beredskap.run(["--store", ":memory:", "export", "ics", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        let yaml = try Beredskap.run(["--store", ":memory:", "export", "--format", "yaml"])
        #expect(yaml.stdout.hasPrefix("formatVersion: 1"))
    }

    @Test func drillDiagramReachabilityAndCalendarRunAsSubcommands() throws {
        let drill = try Beredskap.run(["--store", ":memory:", "drill", "run", "bench-night", "--seed", "7"])
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(
            drill.stdout == (try Beredskap.run(["--store", ":memory:", "-c", "drill run bench-night --seed 7"])).stdout)
        let diagram = try Beredskap.run(["--store", ":memory:", "diagram", "via-tib", "--format", "mermaid"])
        #expect(diagram.status == 0, "\(diagram.stderr)")
        #expect(diagram.stdout.hasPrefix("flowchart"))
        let coverage = try Beredskap.run(["--store", ":memory:", "reachability", "--week", "2017-10-09"])
        #expect(coverage.stdout.contains("Veckan från 2017-10-09"))
        let holidays = try Beredskap.run(["--store", ":memory:", "--format", "json", "calendar", "holidays", "2025"])
        #expect(holidays.stdout.contains("Midsommarafton"))
    }

    @Test func aMistypedReportSaysWhatWasMeantAndFails() throws {
        let result = try Beredskap.run(["--store", ":memory:", "report", "folowup"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown report 'folowup'; did you mean 'followup'?"))
        let help = try Beredskap.run(["--store", ":memory:", "report", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: report [<options>] <report> [<id>]"))
        #expect(help.stdout.contains("followup|coverage|alarmlist|plan|drill|reachability"))
        #expect(help.stdout.contains("--as-of <date>"))
    }
}

/// How command-line arguments become one statement of the command language.
@Suite struct ToolCommandLineTests {
    @Test func plainWordsStayAndEverythingElseIsQuotedWhole() {
        #expect(
            ToolCommandLine.statement("report", ["followup", "--out", "Uppföljning april.html"])
                == "report followup --out 'Uppföljning april.html'")
        #expect(
            ToolCommandLine.statement("drill", ["act", "tib", "it's done; really"])
                == "drill act tib 'it''s done; really'")
        #expect(ToolCommandLine.statement("drill", ["act", "tib", ""]) == "drill act tib ''")
        #expect(ToolCommandLine.statement("report", ["plan", "-h"]) == ".help report plan")
    }

    @Test func anArgumentThatLooksLikeSyntaxStaysOneArgument() throws {
        let result = try Beredskap.run(["--store", ":memory:", "diagram", "via-tib; count units"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no alarm path 'via-tib; count units'"), "\(result.stderr)")
        #expect(!result.stdout.contains("23"))
    }
}

/// What the tour of the tool commands as a user found, kept as tests.
@Suite struct ToolCommandUsageTests {
    @Test func aSubcommandsHelpIsItsOwnEverywhere() throws {
        let asSubcommand = try Beredskap.run(["--store", ":memory:", "drill", "act", "--help"])
        let inShell = try Beredskap.run(["--store", ":memory:", "-c", "drill act --help"])
        let asHelp = try Beredskap.run(["--store", ":memory:", "help", "drill", "act"])
        for result in [asSubcommand, inShell, asHelp] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("USAGE: drill act"), "\(result.stdout)")
            #expect(result.stdout.contains("--inject <n>"))
        }
        let unknown = try Beredskap.run(["--store", ":memory:", "-c", ".help drill nosuch"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("'drill' has no subcommand 'nosuch'"))
    }

    @Test func aUsageErrorOfAToolSubcommandExitsTwo() throws {
        let result = try Beredskap.run(["--store", ":memory:", "report", "followup", "--formt", "html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Did you mean '--format'?"))
        let inShell = try Beredskap.run(["--store", ":memory:", "-c", "report followup --formt html"])
        #expect(inShell.status == 1)
    }

    @Test func theStoreMayFollowTheToolsName() throws {
        let result = try Beredskap.run(["drill", "run", "bench-night", "--seed", "7", "--store", ":memory:"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("bench-night"))
    }

    @Test func formatInsideAToolCommandIsItsOutputMode() throws {
        let coverage = try Beredskap.run(["--store", ":memory:", "-c", "reachability --week 2017-10-09 --format json"])
        #expect(coverage.status == 0, "\(coverage.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(coverage.stdout.utf8)) is [String: Any])
        let holidays = try Beredskap.run([
            "--store", ":memory:", "-c", "calendar holidays 2025 --format csv; count units",
        ])
        #expect(holidays.stdout.hasPrefix("date,name,kind\n2025-01-01,Nyårsdagen,public\n"))
        // The mode was for that command only: the count after it prints in the session's own mode.
        #expect(holidays.stdout.hasSuffix("23\n"), "\(holidays.stdout)")
        let simulation = try Beredskap.run([
            "--store", ":memory:", "-c", "drill simulate bench-night --runs 300 --format csv",
        ])
        #expect(simulation.stdout.hasPrefix("id,titel,p50"), "\(simulation.stdout)")
    }

    @Test func aRefusalOfTheWorkspacePointsAtTheArgumentItNames() throws {
        let result = try Beredskap.run(
            ["--store", ":memory:"], input: "drill start bench-night\ndrill act nosuch \"x\"\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2:11: error: no role 'nosuch'"), "\(result.stderr)")
    }

    @Test func negativeAndZeroNumbersAreRefusedByName() throws {
        let seed = try Beredskap.run(["--store", ":memory:", "-c", "drill run bench-night --seed -1"])
        #expect(seed.stderr.contains("'--seed' takes a whole number, not '-1'"), "\(seed.stderr)")
        let runs = try Beredskap.run(["--store", ":memory:", "-c", "drill simulate bench-night --runs 0"])
        #expect(runs.stderr.contains("'--runs' takes a number of runs from 1, not '0'"), "\(runs.stderr)")
    }

    @Test func undoWorksAsOneCommand() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        _ = try Beredskap.run(["--store", store, "-c", "set unit origo name = 'Origo resurscentrum'"])
        let undo = try Beredskap.run(["--store", store, "-c", "undo"])
        #expect(undo.status == 0, "\(undo.stderr)")
        let name = try Beredskap.run(["--store", store, "--format", "csv", "-c", "list units where id = origo"])
        #expect(name.stdout.contains(",Origo,"), "\(name.stdout)")
        let refused = try Beredskap.run(["--store", store, "-c", "set unit origo name = 'X'\nundo"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("undo is not possible inside a transaction or a script"))
    }
}

/// `beredskap reachability` and the old `beredskap coverage`.
@Suite struct ReachabilityCommandTests {
    @Test func theOldNameIsAUsageErrorThatNamesBothPlaces() throws {
        let result = try Beredskap.run(["--store", ":memory:", "coverage", "--week", "2017-10-09"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "Error: `coverage` is now `reachability` (who can be reached when); the age and function coverage "
                    + "is `report coverage`."), "\(result.stderr)")
        let inShell = try Beredskap.run(["--store", ":memory:", "-c", "coverage --week 2017-10-09"])
        #expect(inShell.status == 1)
        #expect(inShell.stderr.contains("`coverage` is now `reachability`"))
    }

    @Test func theHeatMapIsWrittenToAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Beredskap.run(
            [
                "--store", ":memory:", "reachability", "--week", "2017-06-19", "--format", "html", "--out",
                "nåbarhet.html",
            ],
            in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: directory.appendingPathComponent("nåbarhet.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<table class=\"heatmap\">"))
        #expect(html.contains("Midsommarafton"))
        let report = try Beredskap.run(
            ["--store", ":memory:", "report", "reachability", "--week", "2017-06-19", "--format", "html"])
        #expect(report.stdout == html)
        let help = try Beredskap.run(["--help"])
        #expect(help.stdout.replacingOccurrences(of: "\n", with: " ").contains("report, drill, reachability, calendar"))
    }

    @Test func aMistypedWeekFailsAndAMistypedOptionIsAUsageError() throws {
        let week = try Beredskap.run(["--store", ":memory:", "reachability", "--week", "2017-13-40"])
        #expect(week.status == 1)
        #expect(!week.stderr.isEmpty)
        let option = try Beredskap.run(["--store", ":memory:", "reachability", "--wek", "2017-06-19"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("--week"), "\(option.stderr)")
    }
}
