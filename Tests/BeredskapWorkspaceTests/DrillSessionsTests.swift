import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Testing

/// Tabletop drills as an embedder plays them through the workspace: every command saves at once, a
/// refused one leaves the drill as it was, and a drill is taken up again exactly as it was saved.
@Suite struct DrillSessionsTests {
    let workspace: Workspace
    let wall = Date(timeIntervalSince1970: 1_521_014_400)

    init() throws {
        workspace = Workspace(store: try PlanStore.open(.memory))
    }

    private func start(id: String? = "ovning-1") throws -> PlayedDrill {
        let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: try workspace.plan())
        return try workspace.drills.start(
            scenario: scenario, scenarioText: nil,
            participants: [DrillParticipant(role: "direktor-berord-forvaltning", person: "Omar")], id: id,
            leader: "Kim", at: wall)
    }

    @Test func aDrillPlayedThroughTheWorkspaceIsSavedAfterEveryCommandAndReopensTheSame() throws {
        let drills = workspace.drills
        var drill = try start()
        try drills.next(&drill, by: "Kim", at: wall)
        try drills.advance(&drill, minutes: 20, by: "Kim", at: wall)
        let decision = try drills.decide(
            &drill, step: "posom-beslut", option: "aktivera", rationale: "Många drabbade", by: nil, at: wall)
        #expect(decision.enteredBy == "Omar" && decision.step == "posom-beslut")
        try drills.end(&drill, by: "Kim", at: wall)
        try drills.rate(
            &drill, objective: "direktor-30", rating: .majorChallenges, observation: "Sent", by: "Eva", at: wall)
        #expect(drill.savedLines == drill.session.log.count)

        let reopened = try drills.reopen("ovning-1")
        #expect(reopened.session.log == drill.session.log)
        #expect(reopened.session.state == .ended)
        #expect(try drills.sessions().map(\.id) == ["ovning-1"])
        #expect(try drills.latestOpen() == nil)
        #expect(try drills.sessionToReport(nil).id == "ovning-1")
    }

    @Test func aRefusedCommandIsADrillErrorAndChangesNothing() throws {
        let drills = workspace.drills
        var drill = try start()
        try drills.pause(&drill, by: "Kim", at: wall)
        let before = drill.session.log
        #expect {
            try drills.act(&drill, role: "sof-direktor", action: "ringde pressen", at: wall)
        } throws: { error in
            (error as? WorkspaceError)?.code == .drill
                && (error as? WorkspaceError)?.message == "the drill is paused; `drill resume` goes on"
        }
        #expect(drill.session.log == before)
        #expect(try drills.reopen("ovning-1").session.log == before)
        #expect(try drills.latestOpen()?.session.id == "ovning-1")
    }

    @Test func aParticipantInNoRoleOfThePlanIsRefusedWithASuggestion() throws {
        let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: try workspace.plan())
        #expect {
            try workspace.drills.start(
                scenario: scenario, scenarioText: nil,
                participants: [DrillParticipant(role: "stadsdirektr", person: "A")],
                id: nil, leader: nil, at: wall)
        } throws: { error in
            (error as? WorkspaceError)?.message == "no role 'stadsdirektr' in the plan; did you mean 'stadsdirektor'?"
        }
        #expect(try workspace.drills.sessions().isEmpty)
    }

    @Test func theImprovementPlanOfAnEndedDrillIsAdoptedOnce() throws {
        let drills = workspace.drills
        var drill = try start()
        #expect {
            try drills.adopt("ovning-1", starts: try PartialDate(parsing: "2018-04"))
        } throws: { error in
            (error as? WorkspaceError)?.code == .drill
        }
        try drills.next(&drill, by: "Kim", at: wall)
        try drills.advance(&drill, minutes: 30, by: "Kim", at: wall)
        try drills.end(&drill, by: "Kim", at: wall)
        let adoption = try drills.adopt("ovning-1", starts: try PartialDate(parsing: "2018-04"))
        #expect(!adoption.activities.isEmpty)
        #expect(adoption.activities.first?.id == "atgard-ovning-1-1")
        guard case .applied = adoption.outcome else {
            Issue.record("not applied: \(String(describing: adoption.outcome))")
            return
        }
        #expect(try workspace.plan().activities.contains { $0.id == "atgard-ovning-1-1" })
        #expect(try workspace.store.history().first?.message == "Förbättringsplan från övningen ovning-1")
        #expect(throws: WorkspaceError.self) {
            try drills.adopt("ovning-1", starts: try PartialDate(parsing: "2018-04"))
        }
    }
}
