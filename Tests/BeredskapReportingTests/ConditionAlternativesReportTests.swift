import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// A step whose condition has alternatives (`anyOf`) in the alarm list and the diagram: the
/// alternatives joined by "eller" ("or"), in every format.
@Suite struct ConditionAlternativesReportTests {
    /// The Stockholm plan with a step after the POSOM decision for an extraordinary event or an
    /// activated POSOM, and one in office hours whose alternative has two parts.
    static func plan() throws -> (plan: Plan, path: Int) {
        var plan = try Fixtures.stockholm()
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        plan.alarmPaths[path].steps += [
            AlarmStep(
                id: "informera-krisledning", kind: .inform, actor: "direktor-berord-forvaltning",
                target: "sof-direktor", after: ["posom-beslut"],
                condition: StepCondition(anyOf: [
                    .init(classification: .extraordinary), .init(decision: "posom-beslut", outcome: "aktivera"),
                ])),
            AlarmStep(
                id: "informera-dag", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["posom-beslut"],
                condition: StepCondition(
                    officeHours: true,
                    anyOf: [
                        .init(classification: .ordinary, decision: "posom-beslut", outcome: "aktivera-inte"),
                        .init(decision: "posom-beslut", outcome: "aktivera"),
                    ])),
        ]
        return (plan, path)
    }

    static let swedish = "endast extraordinär händelse eller om: Aktivera POSOM"
    static let swedishTwoParts =
        "kontorstid; (endast ordinär händelse och om: Aktivera inte POSOM) eller om: Aktivera POSOM"

    @Test func theAlarmListJoinsTheAlternativesWithEllerInEveryFormat() throws {
        let (plan, _) = try Self.plan()
        let report = AlarmListReport(plan: plan)
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(text.contains(Self.swedish), "\(format)")
            #expect(text.contains(Self.swedishTwoParts), "\(format)")
        }
        let english = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: .terminal, language: .en)
        #expect(english.contains("only extraordinary event or if: Aktivera POSOM"))
        #expect(
            english.contains("office hours; (only ordinary event and if: Aktivera inte POSOM) or if: Aktivera POSOM"))
    }

    @Test func theJSONHasTheAlternatives() throws {
        let (plan, path) = try Self.plan()
        let report = AlarmListReport(plan: plan)
        let step = try #require(report.paths[path].steps.first { $0.id == "informera-krisledning" })
        let decision = try #require(report.paths[path].steps.first { $0.id == "posom-beslut" })
        #expect(step.condition?.anyOf?.count == 2)
        #expect(step.condition?.anyOf?[1].decisionStep == decision.number)
        #expect(step.condition?.anyOf?[1].outcomeLabel == "Aktivera POSOM")
        let json = try ReportRenderer().render(.alarmList(report), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [[String: Any]])
        let steps = try #require(paths[path]["steps"] as? [[String: Any]])
        let condition = try #require(steps.first { $0["id"] as? String == "informera-krisledning" }?["condition"])
        let alternatives = try #require((condition as? [String: Any])?["anyOf"] as? [[String: Any]])
        #expect(alternatives.first?["classification"] as? String == "extraordinary")
        #expect(alternatives.last?["outcome"] as? String == "aktivera")
        // A condition without alternatives has no key for them.
        let plain = try #require(
            steps.first { $0["id"] as? String == "aktivera-posom" }?["condition"] as? [String: Any])
        #expect(plain["anyOf"] == nil)
    }

    @Test func theOfficeHoursListsCountAStepForEveryTimeOfDayAnAlternativeAllows() throws {
        var (plan, path) = try Self.plan()
        let step = try #require(plan.alarmPaths[path].steps.firstIndex { $0.id == "informera-krisledning" })
        plan.alarmPaths[path].steps[step].condition = StepCondition(anyOf: [
            .init(officeHours: true), .init(decision: "posom-beslut", outcome: "aktivera"),
        ])
        plan.alarmPaths[path].steps.removeAll { $0.id == "informera-dag" }
        let report = AlarmListReport(plan: plan)
        let number = try #require(report.paths[path].steps.first { $0.id == "informera-krisledning" }?.number)
        // In office hours by the first alternative, outside them by the second.
        #expect(report.paths[path].officeHoursSteps?.contains(number) == true)
        #expect(report.paths[path].outsideOfficeHoursSteps?.contains(number) == true)
        plan.alarmPaths[path].steps[step].condition?.anyOf[1].officeHours = true
        let daytime = AlarmListReport(plan: plan)
        #expect(daytime.paths[path].officeHoursSteps?.contains(number) == true)
        #expect(daytime.paths[path].outsideOfficeHoursSteps?.contains(number) == false)
    }

    @Test func theDiagramLabelsTheEdgeWithTheAlternatives() throws {
        let (plan, path) = try Self.plan()
        let swedish = AlarmPathDiagram(path: plan.alarmPaths[path], in: plan).dot
        #expect(swedish.contains("\"posom-beslut\" -> \"informera-krisledning\" [label=\"\(Self.swedish)\"];"))
        let english = AlarmPathDiagram(path: plan.alarmPaths[path], in: plan, language: .en).dot
        #expect(english.contains("[label=\"only extraordinary event or if: Aktivera POSOM\"]"))
    }

    /// A drill of bench-night (a night alarm) on the plan with a step that informs the director of
    /// Socialförvaltningen within 30 minutes, in office hours or when POSOM is activated, and the
    /// POSOM decision taken as `option`; nobody from Socialförvaltningen acts.
    static func drill(deciding option: EntityID) throws -> DrillReport {
        var plan = try Fixtures.stockholm()
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        plan.alarmPaths[path].steps.append(
            AlarmStep(
                id: "informera-om-posom", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["posom-beslut"],
                condition: StepCondition(anyOf: [
                    .init(officeHours: true), .init(decision: "posom-beslut", outcome: "aktivera"),
                ]), targetMinutes: 30))
        let scenario = try DrillFixtures.scenario(plan)
        var session = TabletopSession(
            id: "ovning-posom", scenario: scenario, planID: plan.metadata.id, participants: DrillFixtures.participants,
            leader: DrillFixtures.leader, at: DrillFixtures.wall(0))
        try session.advance(minutes: 20, by: DrillFixtures.leader, at: DrillFixtures.wall(5))
        try session.decide(
            step: "posom-beslut", option: option, rationale: nil, by: nil, in: plan, at: DrillFixtures.wall(6))
        try session.advance(minutes: 40, by: DrillFixtures.leader, at: DrillFixtures.wall(8))
        try session.end(by: DrillFixtures.leader, at: DrillFixtures.wall(10))
        return DrillReport(session: session, plan: plan)
    }

    @Test func aDrillCountsTheStepWhenAnAlternativeHoldsForTheDecisionLogged() throws {
        let activated = try Self.drill(deciding: "aktivera").deviations.filter { $0.step == "informera-om-posom" }
        #expect(activated.map(\.kind) == [.missing])
        // At night, with POSOM not activated, no alternative holds: the step is not the drill's.
        let declined = try Self.drill(deciding: "aktivera-inte").deviations.filter { $0.step == "informera-om-posom" }
        #expect(declined.isEmpty)
    }
}
