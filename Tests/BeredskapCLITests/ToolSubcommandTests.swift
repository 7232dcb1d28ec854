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

    @Test func drillDiagramCoverageAndCalendarRunAsSubcommands() throws {
        let drill = try Beredskap.run(["--store", ":memory:", "drill", "run", "bench-night", "--seed", "7"])
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(
            drill.stdout == (try Beredskap.run(["--store", ":memory:", "-c", "drill run bench-night --seed 7"])).stdout)
        let diagram = try Beredskap.run(["--store", ":memory:", "diagram", "via-tib", "--format", "mermaid"])
        #expect(diagram.status == 0, "\(diagram.stderr)")
        #expect(diagram.stdout.hasPrefix("flowchart"))
        let coverage = try Beredskap.run(["--store", ":memory:", "coverage", "--week", "2017-10-09"])
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
        #expect(help.stdout.contains("USAGE: report <report> [<id>]"))
        #expect(help.stdout.contains("followup|coverage|alarmlist|plan|drill"))
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
        #expect(ToolCommandLine.statement("report", ["plan", "-h"]) == ".help report")
    }

    @Test func anArgumentThatLooksLikeSyntaxStaysOneArgument() throws {
        let result = try Beredskap.run(["--store", ":memory:", "diagram", "via-tib; count units"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no alarm path 'via-tib; count units'"), "\(result.stderr)")
        #expect(!result.stdout.contains("23"))
    }
}
