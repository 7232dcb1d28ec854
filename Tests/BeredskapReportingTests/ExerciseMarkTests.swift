import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// A drill's after-action report says it is an exercise above its title in every format, and in JSON
/// as `exercise: true`; no other report carries the mark.
@Suite struct ExerciseMarkTests {
    @Test func everyFormatOfTheDrillReportIsMarkedAsAnExercise() throws {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
        let report = Report.drill(DrillReport(session: session, plan: plan))
        let renderer = ReportRenderer()
        let html = try renderer.render(report, format: .html)
        #expect(html.contains("<p class=\"exercise-mark\">ÖVNING – inget verkligt larm</p>"))
        let text = try renderer.render(report, format: .terminal)
        #expect(text.hasPrefix("ÖVNING – inget verkligt larm\n"))
        let markdown = try renderer.render(report, format: .markdown, language: .en)
        #expect(markdown.contains("> **DRILL – not a real alarm**"))
        let json = try renderer.render(report, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["exercise"] as? Bool == true)
    }

    @Test func otherReportsAreNotMarked() throws {
        let plan = try Fixtures.stockholm()
        for report in [Report.planDocument(PlanDocumentReport(plan: plan)), .coverage(CoverageReport(plan: plan))] {
            let html = try ReportRenderer().render(report, format: .html)
            #expect(!html.contains("exercise-mark\">"))
            #expect(!html.contains("ÖVNING"))
        }
    }
}
