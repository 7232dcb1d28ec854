import BeredskapModel
import Testing

@testable import BeredskapReporting

/// What a plan does not state: a unit without a level or functions, an activity without a start or
/// anyone responsible. Allowed, shown as "ej angivet", and never reported as late.
@Suite struct NotStatedTests {
    static func plan() throws -> Plan {
        var plan = try Fixtures.stockholm()
        plan.units.append(ServiceUnit(id: "okand-verksamhet", name: "Okänd verksamhet", level: nil, functions: []))
        plan.activities.append(Activity(id: "oklar-aktivitet", title: "Oklar aktivitet", responsible: [], starts: nil))
        return plan
    }

    @Test func theyAreAllowedAndShownAsNotStatedInEveryFormat() throws {
        let plan = try Self.plan()
        #expect(PlanValidator.validate(plan).filter { $0.severity == .error }.isEmpty)
        let followUp = FollowUpReport(plan: plan, asOf: try PartialDate(parsing: "2019-06-30"))
        let row = try #require(followUp.activities.first { $0.id == "oklar-aktivitet" })
        #expect(row.starts == nil && row.overdue.isEmpty, "no start stated: never late")
        // The activities that are stated start in 2017–2018 and are late by mid-2019.
        #expect(followUp.activities.contains { !$0.overdue.isEmpty })
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 300).render(.followUp(followUp), format: format)
            #expect(text.contains("ej angivet"), "\(format)")
            // The coverage's CSV is its table of age bands, which names no unit.
            guard format != .csv else { continue }
            let coverage = try ReportRenderer(lineWidth: 300).render(
                .coverage(CoverageReport(plan: plan)), format: format)
            #expect(coverage.contains("Okänd verksamhet") && coverage.contains("ej angivet"), "\(format)")
        }
        let english = try ReportRenderer(lineWidth: 300).render(.followUp(followUp), format: .terminal, language: .en)
        #expect(english.contains("not stated"))
        // The plan document lists a unit of no stated level among the other units.
        let document = PlanDocumentReport(plan: plan)
        #expect(document.sections.contains { $0.insert == "otherUnits" })
        for format in [ReportFormat.terminal, .markdown, .html] {
            let text = try ReportRenderer(lineWidth: 300).render(.planDocument(document), format: format)
            #expect(text.contains("Övriga verksamheter") && text.contains("Okänd verksamhet"), "\(format)")
            #expect(text.contains("Funktion: ej angivet"), "\(format)")
        }
    }

    @Test func anActivityWithoutAStartHasNoStartInTheCalendar() throws {
        let calendar = ICalendarExport(plan: try Self.plan())
        #expect(!calendar.events.contains { $0.activity == "oklar-aktivitet" })
        #expect(calendar.events.contains { $0.activity == "kommunikationsplan" })
    }
}
