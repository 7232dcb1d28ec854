import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// Every format of a report carries the same content: what the HTML shows, the terminal, Markdown and
/// JSON forms show too.
@Suite struct ReportContentParityTests {
    static let formats: [ReportFormat] = [.terminal, .markdown, .html, .json]

    /// The Stockholm plan with what it lacks: a focus area with a goal, effects and indicators, a
    /// revision, an approval with a condition, and a deputy.
    static func fullPlan() throws -> Plan {
        var plan = try Fixtures.stockholm()
        plan.focusAreas = [
            FocusArea(
                id: "anhorigstod", number: 3, title: "Anhörig- och individstöd", goal: "Fler anhöriga får stöd.",
                expectedEffects: ["Anhöriga vet vart de kan vända sig"],
                indicators: [
                    Indicator(id: "samtal", name: "Antal stödsamtal med anhöriga", kind: .count, target: "40"),
                    Indicator(id: "rutin", name: "Finns en rutin för orosanmälan", kind: .boolean),
                ])
        ]
        plan.metadata.revisions = [
            PlanRevision(version: "2", date: Fixtures.date("2018-02-01"), summary: "Ny larmväg för TIB")
        ]
        plan.metadata.approvals.append(
            Approval(
                action: .approved, body: "Kommunstyrelsen", date: Fixtures.date("2018-03-14"),
                note: "Godkänd under förutsättning att larmvägarna övas årligen"))
        let director = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[director].deputies = ["sof-direktor"]
        plan.roles[director].deputyAfterMinutes = 15
        return plan
    }

    private func rendered(_ report: Report, _ format: ReportFormat) throws -> String {
        try ReportRenderer().render(report, format: format)
    }

    /// Whether `output` holds `text`, however a format wraps and indents its lines.
    private func contains(_ output: String, _ text: String, _ format: ReportFormat) -> Bool {
        func collapsed(_ text: String) -> String {
            text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        }
        return collapsed(output).contains(collapsed(text))
    }

    @Test(arguments: formats)
    func thePlanDocumentCarriesEverythingInEveryFormat(format: ReportFormat) throws {
        let plan = try Self.fullPlan()
        let output = try rendered(.planDocument(PlanDocumentReport(plan: plan)), format)
        let expected = [
            "Anhörig- och individstöd", "Fler anhöriga får stöd.", "Anhöriga vet vart de kan vända sig",
            "Antal stödsamtal med anhöriga", "Finns en rutin för orosanmälan", "Ny larmväg för TIB",
            "Godkänd under förutsättning att larmvägarna övas årligen", "Tjänsteman i beredskap (TIB)",
            "Säkerhetspolisen", "Central krisledningsorganisation (CKL)", "Stadens centrala samordnare",
        ]
        for text in expected {
            #expect(contains(output, text, format), "\(format): no '\(text)'")
        }
        if format != .json {
            #expect(contains(output, "Förväntade effekter", format), "\(format)")
            #expect(contains(output, "Mått", format), "\(format)")
            #expect(contains(output, "Revisioner", format), "\(format)")
            #expect(contains(output, "ställföreträdare efter 15 min: Direktör vid Socialförvaltningen", format))
        }
        // Never a contact detail: the document is not the alarm list.
        #expect(!output.contains(Fixtures.switchboard))
    }

    @Test(arguments: formats)
    func theAlarmListCarriesEveryStepsTextAndRemarkInEveryFormat(format: ReportFormat) throws {
        let plan = try Self.fullPlan()
        let output = try rendered(.alarmList(AlarmListReport(plan: plan)), format)
        for path in plan.alarmPaths {
            for step in path.steps {
                for text in [step.text, step.note].compactMap({ $0 }) {
                    #expect(contains(output, text, format), "\(format), \(path.id)/\(step.id): no '\(text)'")
                }
            }
        }
    }
}
