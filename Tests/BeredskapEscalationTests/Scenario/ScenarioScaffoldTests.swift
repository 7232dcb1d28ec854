import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// `drill scaffold`'s text: a scenario the reader accepts for the plan it was made from, whatever the
/// plan's ids, with an inject and an expected action for every step.
@Suite struct ScenarioScaffoldTests {
    static let start = Date(timeIntervalSince1970: 1_507_941_000)  // 2017-10-14 00:30 UTC, 02:30 in Stockholm

    /// A plan with nothing of Stockholm's: other ids, a record step, a target time, a decision of three.
    static let smallPlan = Plan(
        metadata: PlanMetadata(id: "lilla-kommunen", title: "Krisplan för Lilla kommunen"),
        roles: [
            Role(id: "jourhavande", title: "Jourhavande tjänsteman"),
            Role(id: "kommunchef", title: "Kommunchef"),
            Role(id: "informator", title: "Informatör"),
        ],
        alarmPaths: [
            AlarmPath(
                id: "larm-via-jour", name: "Larm via jourhavande", entry: "jourhavande",
                steps: [
                    AlarmStep(id: "ta-emot", kind: .receive, actor: "jourhavande"),
                    AlarmStep(
                        id: "ring-kommunchef", kind: .contact, actor: "jourhavande", target: "kommunchef",
                        after: ["ta-emot"], targetMinutes: 20),
                    AlarmStep(
                        id: "krisledning", kind: .decide, actor: "kommunchef", after: ["ring-kommunchef"],
                        options: [
                            DecisionOption(id: "full", label: "Full krisledning"),
                            DecisionOption(id: "delvis", label: "Delvis"),
                            DecisionOption(id: "ingen", label: "Ingen"),
                        ]),
                    AlarmStep(
                        id: "informera-informator", kind: .inform, actor: "kommunchef", target: "informator",
                        after: ["krisledning"]),
                    AlarmStep(id: "logga", kind: .record, actor: "jourhavande", after: ["ta-emot"]),
                ])
        ])

    static func scenario(of pathID: EntityID, in plan: Plan) throws -> (text: String, scenario: Scenario) {
        let path = try #require(plan.alarmPaths.first { $0.id == pathID })
        let text = ScenarioScaffold.text(for: path, in: plan, at: start, timeZone: Jurisdiction.default.timeZone)
        do {
            return (text, try ScenarioReader.read(text, file: "scaffold.yaml", plan: plan))
        } catch {
            Issue.record("the scaffold of \(pathID) is not a valid scenario:\n\(error)\n\(text)")
            throw error
        }
    }

    @Test(arguments: ["via-socialjouren", "via-tib"])
    func theBuiltInPlansPathsGiveValidScenarios(_ pathID: String) throws {
        let plan = try BuiltInPlans.stockholm()
        let path = try #require(plan.alarmPaths.first { $0.id.rawValue == pathID })
        let (text, scenario) = try Self.scenario(of: path.id, in: plan)
        #expect(scenario.path == path.id && scenario.plan == plan.id)
        #expect(scenario.injects.count == path.steps.count)
        #expect(scenario.injects.compactMap(\.expectedAction?.role) == path.steps.map(\.actor))
        #expect(scenario.injects.filter { $0.kind == .event }.count == path.steps.filter { $0.kind == .receive }.count)
        #expect(!scenario.objectives.isEmpty)
        #expect(text.contains("FILL IN"))
        #expect(text.contains("time: \"2017-10-14T02:30\""))
    }

    @Test func aPlanWithOtherIdsGivesAValidScenarioWithItsDeadlines() throws {
        let (text, scenario) = try Self.scenario(of: "larm-via-jour", in: Self.smallPlan)
        #expect(scenario.plan == "lilla-kommunen")
        #expect(scenario.injects.map(\.at) == [0, 15, 35, 50, 15], "each step at the latest deadline before it")
        #expect(scenario.injects.map { $0.expectedAction?.withinMinutes } == [15, 20, 15, 15, 15])
        #expect(scenario.injects[0].kind == .event && scenario.injects[0].to == "jourhavande")
        #expect(scenario.objectives.map(\.role) == ["kommunchef", "informator"])
        #expect(text.contains("#   krisledning: {scripted: full}   # options: full, delvis, ingen"))
    }

    @Test func aPathThatReachesNoOneHasNoObjectives() throws {
        var plan = Self.smallPlan
        plan.alarmPaths = [
            AlarmPath(
                id: "bara-logg", name: "Bara logg",
                steps: [AlarmStep(id: "ta-emot", kind: .receive, actor: "jourhavande")])
        ]
        let (text, scenario) = try Self.scenario(of: "bara-logg", in: plan)
        #expect(scenario.objectives.isEmpty && scenario.injects.count == 1)
        #expect(text.contains("objectives: []"))
    }

    @Test func scenarioFilesAreToldFromPlanFiles() {
        #expect(ScenarioReader.looksLikeScenario(BuiltInScenarios.benchNightText))
        #expect(ScenarioReader.looksLikeScenario("name: x\nevent: {}\n"))
        #expect(!ScenarioReader.looksLikeScenario("formatVersion: 1\nplan: {id: x}\nalarmPaths: []\n"))
        #expect(!ScenarioReader.looksLikeScenario("formatVersion: 1\npath: x\n"))
        #expect(!ScenarioReader.looksLikeScenario("- a\n- b\n"))
        #expect(!ScenarioReader.looksLikeScenario("{{{"))
        #expect(
            ScenarioReader.namedPlan(in: BuiltInScenarios.benchNightText) == "stockholm-socialforvaltningen-2017-2018")
        #expect(ScenarioReader.namedPlan(in: "name: x\n") == nil)
    }
}
