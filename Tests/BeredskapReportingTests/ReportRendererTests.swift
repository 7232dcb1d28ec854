import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

@Suite struct ReportRendererTests {
    private func followUp(_ plan: Plan) -> Report {
        .followUp(FollowUpReport(plan: plan, asOf: Fixtures.asOf, since: Fixtures.since))
    }

    private func temporaryDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-templates-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func htmlEscapesThePlansText() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[0].title = "<script>alert(\"x\")</script> & co"
        let html = try ReportRenderer().render(followUp(plan), format: .html)
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(!html.contains("<script"))
    }

    @Test func markdownEscapesTableCells() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[0].title = "Analys | uppföljning *nu*"
        let markdown = try ReportRenderer().render(followUp(plan), format: .markdown)
        let row = try #require(markdown.split(separator: "\n").first { $0.contains("Analys") })
        #expect(row.contains("Analys \\| uppföljning \\*nu\\*"))
        let header = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| # |") })
        let unescapedPipes = { (line: Substring) in
            zip(line, [" "] + line).filter { $0.0 == "|" && $0.1 != "\\" }.count
        }
        #expect(unescapedPipes(row) == unescapedPipes(header))
    }

    @Test func headingsFollowThePlansLanguageUnlessAsked() throws {
        let report = followUp(try Fixtures.stockholm())
        let swedish = try ReportRenderer().render(report, format: .markdown)
        #expect(swedish.hasPrefix("# Uppföljning: "))
        #expect(swedish.contains("Ansvarig aktör"))
        let english = try ReportRenderer().render(report, format: .markdown, language: .en)
        #expect(english.hasPrefix("# Follow-up: "))
        #expect(english.contains("Responsible"))
        #expect(!english.contains("Ansvarig aktör"))
        #expect(english.contains("no status reported"))
        #expect(ReportLanguage(planLanguage: "en-GB") == .en)
        #expect(ReportLanguage(planLanguage: "nb") == .sv)
        #expect(ReportLanguage(name: "English") == .en)
        #expect(ReportLanguage(name: "klingon") == nil)
    }

    @Test func terminalTablesLineUpByDisplayWidth() {
        let decomposed = "Fo\u{308}ra\u{308}ldrasto\u{308}d"
        let table = TextTable(
            columns: [.init(heading: "Namn"), .init(heading: "Ålder")],
            rows: [[decomposed, "13–26"], ["Föräldrastöd", "0–12"], ["東京", "30+"]]
        ).render(width: 80)
        let lines = table.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("─") }
        let starts = zip(lines, ["Ålder", "13–26", "0–12", "30+"]).map { line, marker in
            DisplayWidth.of(String(line[..<line.range(of: marker)!.lowerBound]))
        }
        #expect(starts.count == 4)
        #expect(Set(starts).count == 1, "the second column starts at \(starts)")
        #expect(DisplayWidth.of(decomposed) == 12)
        #expect(DisplayWidth.of("東京") == 4)
    }

    @Test func terminalOutputStaysWithinTheLineWidth() throws {
        let plan = try Fixtures.stockholmLogged()
        for report in [followUp(plan), .coverage(CoverageReport(plan: plan)), .alarmList(AlarmListReport(plan: plan))] {
            let text = try ReportRenderer(lineWidth: 90).render(report, format: .terminal)
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= 90, "too wide: \(line)")
            }
        }
    }

    @Test func csvQuotesFieldsAsRFC4180Says() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[0].title = "Bildande, \"snart\""
        let csv = try ReportRenderer().render(followUp(plan), format: .csv)
        #expect(csv.hasPrefix("#,id,Fokusområde,Åtgärd,Ansvarig aktör,"))
        #expect(csv.contains(",\"Bildande, \"\"snart\"\"\","))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 11)
        #expect(CSVTable.field("rad\nbrytning") == "\"rad\nbrytning\"")
        #expect(CSVTable.field("enkel") == "enkel")
        // A Windows line break is one Character; it must still be quoted.
        #expect(CSVTable.field("rad\r\nbrytning") == "\"rad\r\nbrytning\"")
    }

    @Test func thePlanDocumentHasNoCSV() throws {
        let report = Report.planDocument(PlanDocumentReport(plan: try Fixtures.stockholm()))
        #expect(!report.isTabular)
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer().render(report, format: .csv)
        }
        #expect(error.code == .formatNotAvailable)
    }

    @Test func jsonIsTheReportValue() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf, since: Fixtures.since)
        let json = try ReportRenderer().render(.followUp(report), format: .json)
        let decoded = try JSONDecoder().decode(FollowUpReport.self, from: Data(json.utf8))
        #expect(decoded == report)
    }

    @Test func aTemplateDirectoryReplacesTheDefaultsItNames() throws {
        let directory = try temporaryDirectory([
            "followup.md.mustache": "{{labels.followUpReport}} – {{header.title}}: {{total}} <{{header.city}}>\n",
            "style.css.mustache": "body { color: rebeccapurple; }",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let renderer = ReportRenderer(templateDirectory: directory)
        let report = followUp(try Fixtures.stockholm())
        #expect(
            try renderer.render(report, format: .markdown)
                == "Uppföljning – Handlingsplan mot våldsbejakande extremism 2017–2018: 9 <Stockholms stad>\n")
        let html = try renderer.render(report, format: .html)
        #expect(html.contains("body { color: rebeccapurple; }"))
        #expect(html.contains("Handlingsplan mot våldsbejakande extremism 2017–2018"))
    }

    @Test func aTemplateThatDoesNotParseIsNamedWithItsLine() throws {
        let directory = try temporaryDirectory([
            "followup.html.mustache": "<h1>{{header.title}}</h1>\n{{#groups}}\n<p>{{heading}}</p>\n{{/group}}\n"
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(followUp(try Fixtures.stockholm()), format: .html)
        }
        #expect(error.code == .templateSyntax)
        #expect(error.file?.hasSuffix("/followup.html.mustache") == true)
        #expect(error.line == 4)
        #expect(error.description.contains("followup.html.mustache:4:"))
        #expect(error.description.contains("closed with a name other than"))
    }

    @Test func lineNumbersOfMarkdownTemplatesCountTheFilesOwnLines() throws {
        let directory = try temporaryDirectory(["coverage.md.mustache": "# {{header.title}}\n\n{{#bands}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(
                .coverage(CoverageReport(plan: try Fixtures.stockholm())), format: .markdown)
        }
        #expect(error.code == .templateSyntax)
        #expect(error.file?.hasSuffix("/coverage.md.mustache") == true)
        #expect(error.line == 4)
        #expect(error.description.contains("never closed"))
    }

    @Test func aMisspeltTemplateNameIsAnErrorWithASuggestion() throws {
        let directory = try temporaryDirectory(["folowup.html.mustache": "x"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(followUp(try Fixtures.stockholm()), format: .html)
        }
        #expect(error.code == .unknownTemplate)
        #expect(error.description.contains("did you mean 'followup.html.mustache'?"))
    }

    @Test func everyDefaultTemplateParses() {
        for name in Report.templateNames {
            for format in ["txt", "md", "html"] {
                #expect(
                    ReportTemplates.defaults.library.getTemplate(named: "\(name).\(format)") != nil, "\(name).\(format)"
                )
            }
        }
    }
}
