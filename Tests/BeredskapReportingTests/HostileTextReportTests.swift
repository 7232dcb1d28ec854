import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// Reports of a plan whose text would drive a terminal or a spreadsheet.
@Suite struct HostileTextReportTests {
    static let hostile = "Analys\u{1B}[2J\u{1B}]0;pwned\u{07}\u{85}"
    static let shown = "Analys\\u{1B}[2J\\u{1B}]0;pwned\\u{7}\\u{85}"

    private func followUp(_ plan: Plan) -> Report {
        .followUp(FollowUpReport(plan: plan, asOf: Fixtures.asOf, since: Fixtures.since))
    }

    private func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0 != "\r" && VisibleText.isControl($0) }
    }

    @Test(arguments: [ReportFormat.terminal, .markdown, .html, .csv])
    func everyTextFormShowsControlCharactersEscaped(format: ReportFormat) throws {
        var plan = try Fixtures.stockholm()
        plan.activities[0].title = Self.hostile
        let text = try ReportRenderer(lineWidth: 200).render(followUp(plan), format: format)
        // Markdown escapes the backslash and the bracket of the escape, so a viewer shows it as written.
        let expected = format == .markdown ? "Analys\\\\u{1B}\\[2J\\\\u{1B}\\]0;pwned\\\\u{7}\\\\u{85}" : Self.shown
        #expect(text.contains(expected), "\(format)")
        #expect(!hasRawControl(text), "\(format)")
    }

    @Test func csvNeutralisesFormulasInCells() throws {
        var plan = try Fixtures.stockholm()
        plan.activities[0].title = "=HYPERLINK(\"http://evil.example\",\"Klicka\")"
        plan.activities[1].title = "@SUM(1+1)"
        let csv = try ReportRenderer().render(followUp(plan), format: .csv)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klicka\"\")\","))
        #expect(csv.contains(",\"'@SUM(1+1)\","))
        #expect(!csv.contains(",=HYPERLINK"))
    }
}
