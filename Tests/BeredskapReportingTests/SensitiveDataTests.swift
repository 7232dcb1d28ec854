import BeredskapModel
import Testing

@testable import BeredskapReporting

/// A sensitive phone number planted in the plan must not leak into any report, export or diagram unless
/// contact details are explicitly asked for.
@Suite struct SensitiveDataTests {
    private static let planted = [Fixtures.sensitivePhone, Fixtures.switchboard]

    private func reports(_ plan: Plan) throws -> [Report] {
        [
            .followUp(FollowUpReport(plan: plan, asOf: Fixtures.asOf, since: Fixtures.since, previous: plan)),
            .coverage(CoverageReport(plan: plan)),
            .alarmList(AlarmListReport(plan: plan)),
            .planDocument(PlanDocumentReport(plan: plan)),
            .drill(
                DrillReport(
                    session: try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.timedScenario(plan)),
                    plan: plan)),
        ]
    }

    @Test(arguments: ReportFormat.allCases)
    func noReportShowsContactDetailsUnlessAsked(_ format: ReportFormat) throws {
        let plan = try Fixtures.withContacts()
        for report in try reports(plan) where format != .csv || report.isTabular {
            for language in ReportLanguage.allCases {
                let text = try ReportRenderer().render(report, format: format, language: language)
                for value in Self.planted {
                    #expect(!text.contains(value), "\(report.templateName) as \(format) shows \(value)")
                }
            }
        }
    }

    @Test func noExportOrDiagramShowsContactDetails() throws {
        let plan = try Fixtures.withContacts()
        var outputs = [ICalendarExport(plan: plan, stamp: Fixtures.stamp).text]
        for path in plan.alarmPaths {
            let diagram = AlarmPathDiagram(path: path, in: plan)
            outputs += [diagram.dot, diagram.mermaid]
        }
        for output in outputs {
            for value in Self.planted { #expect(!output.contains(value)) }
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func theAlarmListShowsThemWhenAsked(_ format: ReportFormat) throws {
        let plan = try Fixtures.withContacts()
        // Narrow terminals and English labels too: a number must never be wrapped across lines.
        for (language, width) in [(ReportLanguage.sv, 100), (.en, 100), (.sv, 80)] {
            let text = try ReportRenderer(lineWidth: width).render(
                .alarmList(AlarmListReport(plan: plan, includeSensitive: true)), format: format, language: language)
            for value in Self.planted {
                #expect(text.contains(value), "the alarm list as \(format) (\(language), \(width)) lacks \(value)")
            }
        }
    }

    @Test func jsonLeavesTheContactFieldsOut() throws {
        let plan = try Fixtures.withContacts()
        let json = try ReportRenderer().render(.alarmList(AlarmListReport(plan: plan)), format: .json)
        #expect(!json.contains("\"contacts\""))
        #expect(!json.contains("\"directory\""))
    }
}
