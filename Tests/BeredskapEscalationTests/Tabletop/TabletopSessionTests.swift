import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

/// A drill on the fixture plan with three injects: the director of Socialförvaltningen is expected to
/// inform the city director within 15 minutes of minute 10, the affected director to activate POSOM
/// within 10 minutes of minute 20, and the third inject expects nothing.
private enum Drill {
    static let plan = StockholmFixture.plan
    static let wall = Date(timeIntervalSince1970: 1_521_014_400)

    static func scenario() throws -> Scenario {
        var scenario = try StockholmFixture.benchNight()
        scenario.injects = [
            ScenarioInject(
                at: 10, from: "socialjouren", to: "sof-direktor", kind: .information, text: "Fler skadade.",
                expectedAction: ExpectedAction(
                    role: "sof-direktor", action: "informera stadsdirektören", withinMinutes: 15),
                contingency: "Stadsdirektören ringer själv."),
            ScenarioInject(
                at: 20, from: "SVT", to: "direktor-berord-forvaltning", kind: .media, text: "Föräldrar hör av sig.",
                expectedAction: ExpectedAction(
                    role: "direktor-berord-forvaltning", action: "aktivera POSOM", withinMinutes: 10)),
            ScenarioInject(at: 30, from: "socialjouren", to: "tib", kind: .information, text: "Lugnare nu."),
        ]
        return scenario
    }

    static func start() throws -> TabletopSession {
        TabletopSession(
            id: "ovning-test", scenario: try scenario(), planID: plan.metadata.id,
            participants: [.init(role: "sof-direktor", person: "Bo")], leader: "Kim", at: wall)
    }

    /// The contingencies in the log, by inject index, with the minute each fired.
    static func contingencies(_ session: TabletopSession) -> [Int: Double] {
        Dictionary(
            uniqueKeysWithValues: session.log.filter { $0.kind == .contingency }.compactMap { entry in
                entry.inject.map { ($0, entry.minute) }
            })
    }
}

@Suite struct TabletopSessionTests {
    @Suite struct ExpectedActions {
        @Test func anotherActionOfTheExpectedRoleLeavesTheContingencyToFire() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            let entry = try drill.act(
                role: "sof-direktor", action: "ringde pressen", note: nil, by: nil, in: Drill.plan, at: Drill.wall)
            #expect(entry.inject == nil)
            try drill.advance(minutes: 20, at: Drill.wall)
            #expect(Drill.contingencies(drill)[0] == 25)
        }

        @Test func theExpectedActionInOtherWordsStopsTheContingency() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            let entry = try drill.act(
                role: "sof-direktor", action: "Informerade stadsdirektören", note: nil, by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(entry.inject == 0)
            #expect(drill.fulfilment(ofInject: 0)?.sequence == entry.sequence)
            try drill.advance(minutes: 30, at: Drill.wall)
            // Nobody activated POSOM after the second inject at 20.
            #expect(Drill.contingencies(drill) == [1: 30])
        }

        @Test func theMatchingWordsMustComeFromTheExpectedRole() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            let entry = try drill.act(
                role: "stadsdirektor", action: "informerar stadsdirektören", note: nil, by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(entry.inject == nil)
            try drill.advance(minutes: 15, at: Drill.wall)
            #expect(Drill.contingencies(drill)[0] == 25)
        }

        @Test func theLeaderCanNameTheInjectAnActionFulfils() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            let entry = try drill.act(
                role: "sof-direktor", action: "ringde Anna på mobilen", note: nil, inject: 0, by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(entry.inject == 0)
            try drill.advance(minutes: 15, at: Drill.wall)
            #expect(Drill.contingencies(drill).isEmpty)
        }

        @Test func namingAnInjectThatCannotBeFulfilledIsRefused() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            func refusal(_ role: EntityID, _ inject: Int) -> String? {
                do {
                    try drill.act(
                        role: role, action: "x", note: nil, inject: inject, by: nil, in: Drill.plan, at: Drill.wall)
                    return nil
                } catch {
                    return error.description
                }
            }
            #expect(refusal("sof-direktor", 1) == "inject 2 has not been given yet; it comes at minute 20")
            #expect(refusal("sof-direktor", 7) == "no inject 8; the scenario has injects 1–3")
            #expect(
                refusal("stadsdirektor", 0)
                    == "inject 1 expects an action of 'sof-direktor', not of 'stadsdirektor': informera stadsdirektören"
            )
            try drill.advance(minutes: 20, at: Drill.wall)
            #expect(refusal("tib", 2) == "inject 3 expects no action")
            // Nothing refused was logged.
            #expect(!drill.log.contains { $0.kind == .action })
            // An inject whose expected action has come is not fulfilled twice.
            try drill.act(
                role: "sof-direktor", action: "informerade stadsdirektören", note: nil, by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(
                refusal("sof-direktor", 0)
                    == "inject 1 was fulfilled already, at minute 30 (log line 9): "
                    + "Direktör vid Socialförvaltningen: informerade stadsdirektören")
        }

        @Test func anExpectedActionStaysOpenUntilAnActionFulfilsItEvenAfterItsContingency() throws {
            var drill = try Drill.start()
            try drill.next(at: Drill.wall)
            #expect(drill.openExpectations.map(\.index) == [0])
            #expect(drill.openExpectations.first?.deadline == 25)
            try drill.advance(minutes: 18, at: Drill.wall)
            #expect(drill.openExpectations.map(\.index) == [0, 1])
            #expect(drill.contingencies == [0])
            try drill.act(
                role: "sof-direktor", action: "informerar stadsdirektören", note: "sent", by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(drill.openExpectations.map(\.index) == [1])
        }

        @Test func oneActionFulfilsTheEarliestOpenExpectationItMatches() throws {
            var scenario = try Drill.scenario()
            scenario.injects[1].expectedAction = ExpectedAction(
                role: "sof-direktor", action: "informera stadsdirektören igen", withinMinutes: 10)
            var drill = TabletopSession(
                id: "x", scenario: scenario, planID: Drill.plan.metadata.id, participants: [], leader: nil,
                at: Drill.wall)
            try drill.advance(minutes: 20, at: Drill.wall)
            let first = try drill.act(
                role: "sof-direktor", action: "informerade stadsdirektören igen", note: nil, by: nil, in: Drill.plan,
                at: Drill.wall)
            let second = try drill.act(
                role: "sof-direktor", action: "informerade stadsdirektören igen", note: nil, by: nil, in: Drill.plan,
                at: Drill.wall)
            #expect(first.inject == 0)
            #expect(second.inject == 1)
        }

        @Test func aSessionSavedBeforeActionsNamedTheirInjectKeepsItsOldMeaning() throws {
            var live = try Drill.start()
            try live.next(at: Drill.wall)
            try live.act(
                role: "sof-direktor", action: "ringde pressen", note: nil, by: nil, in: Drill.plan, at: Drill.wall)
            // Its log as such a session saved it: no action names an inject.
            let log = live.log.map { entry in
                var entry = entry
                if entry.kind == .action { entry.inject = nil }
                return entry
            }
            var old = TabletopSession(
                id: live.id, scenario: try Drill.scenario(), planID: live.planID, participants: live.participants,
                minute: live.minute, state: live.state, log: log, actionsNameTheirInject: false)
            #expect(old.fulfilment(ofInject: 0)?.role == "sof-direktor")
            #expect(old.fulfilment(ofInject: 0)?.action == "ringde pressen")
            try old.advance(minutes: 30, at: Drill.wall)
            // The director acted after inject 1, which fulfilled it then; nobody answered inject 2.
            #expect(old.contingencies == [1])
            try live.advance(minutes: 30, at: Drill.wall)
            #expect(live.contingencies == [0, 1])
        }

        @Test func aReopenedSessionMakesTheSameContingencyDecisionsAsTheLiveOne() throws {
            var live = try Drill.start()
            try live.next(at: Drill.wall)
            try live.act(
                role: "sof-direktor", action: "ringde pressen", note: nil, by: nil, in: Drill.plan, at: Drill.wall)
            try live.next(at: Drill.wall)
            try live.act(
                role: "direktor-berord-forvaltning", action: "aktiverar POSOM-ledningen", note: nil, by: nil,
                in: Drill.plan, at: Drill.wall)
            // Taken up again from its saved parts, as `drill open` does.
            var reopened = TabletopSession(
                id: live.id, scenario: try Drill.scenario(), planID: live.planID, participants: live.participants,
                minute: live.minute, state: live.state, log: live.log)
            #expect(reopened.openExpectations == live.openExpectations)
            try live.advance(minutes: 30, at: Drill.wall)
            try reopened.advance(minutes: 30, at: Drill.wall)
            #expect(Drill.contingencies(live) == [0: 25])
            #expect(reopened.log == live.log)
            #expect(reopened.contingencies == live.contingencies)
        }
    }

    @Suite struct Ratings {
        @Test func anEvaluatorRatesWhileTheDrillRunsIsPausedAndAfterItsEnd() throws {
            var drill = try Drill.start()
            try drill.advance(minutes: 12, at: Drill.wall)
            let running = try drill.rate(
                objective: "stadsdirektor-60", rating: .someChallenges, observation: "Nådd via Socialjouren",
                by: "Eva", at: Drill.wall)
            #expect(running.kind == .rating)
            #expect(running.objective == "stadsdirektor-60")
            #expect(running.rating == .someChallenges)
            #expect(running.role == "stadsdirektor")
            #expect(running.note == "Nådd via Socialjouren")
            #expect(running.enteredBy == "Eva")
            #expect(running.minute == 12)
            try drill.pause(by: "Kim", at: Drill.wall)
            try drill.rate(objective: "direktor-30", rating: .unable, observation: nil, by: "Eva", at: Drill.wall)
            try drill.resume(by: "Kim", at: Drill.wall)
            try drill.end(by: "Kim", at: Drill.wall)
            let after = try drill.rate(
                objective: "stadsdirektor-60", rating: .majorChallenges, observation: "Efter hot wash", by: "Eva",
                at: Drill.wall.addingTimeInterval(3600))
            #expect(drill.state == .ended)
            // The latest rating of an objective is the one that counts.
            #expect(drill.evaluatorRating(of: "stadsdirektor-60") == after)
            #expect(drill.evaluatorRating(of: "direktor-30")?.rating == .unable)
        }

        @Test func anUnknownObjectiveIsRefusedWithTheNearestId() throws {
            var drill = try Drill.start()
            #expect(
                throws: TabletopError(
                    "no objective 'stadsdirektor-6' in the scenario; did you mean 'stadsdirektor-60'?")
            ) {
                try drill.rate(
                    objective: "stadsdirektor-6", rating: .performed, observation: nil, by: nil, at: Drill.wall)
            }
            #expect(
                throws: TabletopError(
                    "no objective 'posom' in the scenario; its objectives: stadsdirektor-60, direktor-30")
            ) {
                try drill.rate(objective: "posom", rating: .performed, observation: nil, by: nil, at: Drill.wall)
            }
            #expect(!drill.log.contains { $0.kind == .rating })
        }

        @Test func aReopenedSessionKeepsItsRatings() throws {
            var drill = try Drill.start()
            try drill.end(by: "Kim", at: Drill.wall)
            try drill.rate(objective: "direktor-30", rating: .performed, observation: "Bra", by: "Eva", at: Drill.wall)
            let reopened = TabletopSession(
                id: drill.id, scenario: try Drill.scenario(), planID: drill.planID, participants: drill.participants,
                minute: drill.minute, state: drill.state, log: drill.log)
            #expect(reopened.evaluatorRating(of: "direktor-30")?.rating == .performed)
        }
    }
}
