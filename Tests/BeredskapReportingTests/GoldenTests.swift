import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// Every report in every format, rendered from the built-in Stockholm plan as of the first tertial report
/// of 2018, compared with the files in `Golden/`. Run with `BEREDSKAP_UPDATE_GOLDEN=1` to write them
/// anew, then read the changes before committing them.
@Suite struct GoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var report: String
        var format: ReportFormat

        var fileName: String {
            let ext: String =
                switch format {
                case .terminal: "txt"
                case .markdown: "md"
                case .html: "html"
                case .json: "json"
                case .csv: "csv"
                }
            return "\(report).\(ext)"
        }

        var testDescription: String { fileName }

        static var all: [Case] {
            ["followup", "coverage", "alarmlist", "plan", "drill", "reachability"].flatMap { report in
                ReportFormat.allCases.filter { report != "plan" || $0 != .csv }.map { Case(report: report, format: $0) }
            } + [ReportFormat.terminal, .markdown, .html].map { Case(report: "followup-logged", format: $0) }
        }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func report(_ name: String) throws -> Report {
        let plan = try Fixtures.stockholm()
        switch name {
        case "followup": return .followUp(FollowUpReport(plan: plan, asOf: Fixtures.asOf, since: Fixtures.since))
        case "followup-logged":
            return .followUp(
                FollowUpReport(
                    plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf, since: Fixtures.since,
                    previous: try Fixtures.previousVersion()))
        case "coverage": return .coverage(CoverageReport(plan: plan))
        case "alarmlist": return .alarmList(AlarmListReport(plan: plan))
        case "reachability": return .reachability(try Fixtures.reachability())
        case "drill":
            let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.timedScenario(plan))
            return .drill(DrillReport(session: session, plan: plan))
        default: return .planDocument(PlanDocumentReport(plan: plan))
        }
    }

    @Test(arguments: Case.all)
    func matchesTheGoldenFile(_ golden: Case) throws {
        let text = try ReportRenderer().render(try Self.report(golden.report), format: golden.format)
        let url = Self.directory.appendingPathComponent(golden.fileName)
        if ProcessInfo.processInfo.environment["BEREDSKAP_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "no golden file \(golden.fileName); run the tests with BEREDSKAP_UPDATE_GOLDEN=1 to write it")
        if text != expected {
            let actualLines = text.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let line =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            Issue.record(
                """
                \(golden.fileName) differs from the golden file at line \(line + 1):
                  expected: \(line < expectedLines.count ? expectedLines[line] : "(end of file)")
                  actual:   \(line < actualLines.count ? actualLines[line] : "(end of file)")
                """)
        }
    }

    @Test func theFollowUpHasItsHeadingAndAllNineActivities() throws {
        let plan = try Fixtures.stockholm()
        let markdown = try ReportRenderer().render(try Self.report("followup"), format: .markdown)
        #expect(markdown.contains("Uppföljning"))
        for activity in plan.allActivities {
            #expect(markdown.contains(activity.title), "missing \(activity.id)")
        }
        #expect(plan.allActivities.count == 9)
    }

    @Test func thePlanDocumentHasTheAlarmPathsAndEveryUnit() throws {
        let plan = try Fixtures.stockholm()
        let html = try ReportRenderer().render(try Self.report("plan"), format: .html)
        #expect(html.contains("Larmvägar"))
        for unit in plan.units {
            #expect(html.contains(unit.name.replacingOccurrences(of: "&", with: "&amp;")), "missing \(unit.id)")
        }
        for path in plan.alarmPaths { #expect(html.contains(path.name)) }
    }

    @Test(arguments: ["followup", "followup-logged", "coverage", "alarmlist", "plan", "drill", "reachability"])
    func htmlIsSelfContained(_ name: String) throws {
        let html = try ReportRenderer().render(try Self.report(name), format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["http://", "https://", "<link", "<script", "src=", "@import", "url(", "@font-face"] {
            #expect(!html.contains(forbidden), "\(name).html contains \(forbidden)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("<style>"))
    }
}
