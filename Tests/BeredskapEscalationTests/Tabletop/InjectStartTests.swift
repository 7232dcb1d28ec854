import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

/// Injects that wait for something, a clock that follows the wall clock, lines logged afterwards and
/// corrections: on the fixture plan's path via Socialjouren.
private enum Conditional {
    static let plan = StockholmFixture.plan
    static let wall = Date(timeIntervalSince1970: 1_521_014_400)

    /// 1 'brand' at minute 5 expects Socialjouren to contact its unit head within 10 minutes; 2 comes 3
    /// minutes after 1; 3 when 1's action is missed; 4 when it is done; 5 on POSOM activated; 6 manually.
    static func scenario() throws -> Scenario {
        var scenario = try StockholmFixture.benchNight()
        func inject(_ text: String, at: Double = 0, id: EntityID? = nil, _ start: InjectStart? = nil) -> ScenarioInject
        {
            ScenarioInject(
                at: at, from: "Övningsledningen", to: "socialjouren", kind: .information, text: text, id: id,
                start: start)
        }
        var first = inject("Brand.", at: 5, id: "brand")
        first.expectedAction = ExpectedAction(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", withinMinutes: 10)
        scenario.injects = [
            first,
            inject("SVT ringer.", id: "svt", InjectStart(.delivered("brand"), after: 3)),
            inject("Enhetschefen ringer själv.", InjectStart(.missed("brand"))),
            inject("Enhetschefen tackar.", InjectStart(.done("brand"), after: 2)),
            inject("POSOM samlas.", InjectStart(.decision(step: "posom-beslut", option: "aktivera"))),
            inject("Polisen bekräftar.", InjectStart(.manual)),
        ]
        return scenario
    }

    static func start(speed: Double? = nil) throws -> TabletopSession {
        TabletopSession(
            id: "villkor", scenario: try scenario(), planID: plan.metadata.id, participants: [], leader: "Kim",
            at: wall, speed: speed)
    }

    /// The injects given, by number from 1, with the minute each came.
    static func given(_ session: TabletopSession) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: session.deliveries.map { ($0.key + 1, $0.value) })
    }
}

@Suite struct InjectStartTests {
    @Test func anInjectAfterAnotherComesItsDelayLaterAndTheRestWait() throws {
        var drill = try Conditional.start()
        try drill.next(at: Conditional.wall)
        #expect(Conditional.given(drill) == [1: 5])
        #expect(drill.upcomingInjects.map(\.index) == [1])
        #expect(drill.upcomingInjects.first?.minute == 8)
        #expect(drill.waitingInjects.map(\.index) == [2, 3, 4, 5])
        try drill.next(at: Conditional.wall)
        #expect(Conditional.given(drill) == [1: 5, 2: 8])
        // Nothing is due: the rest wait for players or the leader, and `next` says so by giving nothing.
        #expect(try drill.next(at: Conditional.wall).isEmpty)
    }

    @Test func aMissedActionStartsItsInjectWhenTheContingencyFires() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 20, at: Conditional.wall)
        #expect(drill.contingencies == [0])
        #expect(Conditional.given(drill) == [1: 5, 2: 8, 3: 15])
        let kinds = drill.log.map(\.kind)
        // The contingency, then the inject it starts, at the same minute.
        let contingency = try #require(kinds.firstIndex(of: .contingency))
        #expect(drill.log[contingency + 1].kind == .inject && drill.log[contingency + 1].inject == 2)
    }

    @Test func anActionDoneStartsItsInjectAndADecisionItsOwn() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 7, at: Conditional.wall)
        try drill.act(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall)
        // Done at minute 7, so inject 4 is due at 9; the missed one never comes.
        #expect(drill.upcomingInjects.map(\.index) == [1, 3])
        try drill.advance(minutes: 10, at: Conditional.wall)
        #expect(Conditional.given(drill) == [1: 5, 2: 8, 4: 9])
        #expect(drill.waitingInjects.map(\.index) == [2, 4, 5])
        try drill.decide(
            step: "posom-beslut", option: "aktivera-inte", rationale: nil, by: nil, in: Conditional.plan,
            at: Conditional.wall)
        #expect(drill.deliveries[4] == nil, "only 'aktivera' starts it")
        try drill.decide(
            step: "posom-beslut", option: "aktivera", rationale: "ändrat", by: nil, in: Conditional.plan,
            at: Conditional.wall)
        #expect(drill.deliveries[4] == 17, "given at once, at the decision's minute")
    }

    @Test func theLeaderGivesAManualInjectAndNoInjectTwice() throws {
        var drill = try Conditional.start()
        let given = try drill.deliver(inject: 5, by: "Kim", at: Conditional.wall)
        #expect(given.map(\.inject) == [5])
        #expect(throws: TabletopError.self) { try drill.deliver(inject: 5, at: Conditional.wall) }
        #expect(throws: TabletopError.self) { try drill.deliver(inject: 9, at: Conditional.wall) }
    }

    @Test func theDeadlineOfAConditionalInjectCountsFromWhenItCame() throws {
        var scenario = try Conditional.scenario()
        scenario.injects[1].expectedAction = ExpectedAction(
            role: "sof-direktor", action: "hänvisar till presstjänsten", withinMinutes: 5)
        var drill = TabletopSession(
            id: "d", scenario: scenario, planID: Conditional.plan.metadata.id, participants: [], leader: nil,
            at: Conditional.wall)
        try drill.advance(minutes: 12, at: Conditional.wall)
        #expect(drill.openExpectations.first { $0.index == 1 }?.deadline == 13)
        try drill.advance(minutes: 1, at: Conditional.wall)
        #expect(drill.contingencies.contains(1))
    }

    @Test func aRestoredSessionWaitsAndGivesAsTheOriginalDid() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 7, at: Conditional.wall)
        try drill.act(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall)
        let restored = TabletopSession(
            id: drill.id, scenario: drill.scenario, planID: drill.planID, participants: [], minute: drill.minute,
            state: drill.state, log: drill.log)
        #expect(restored.upcomingInjects.map(\.minute) == drill.upcomingInjects.map(\.minute))
        #expect(restored.waitingInjects.map(\.index) == drill.waitingInjects.map(\.index))
    }
}

@Suite struct RealClockTests {
    @Test func theClockFollowsTheWallClockAtItsSpeedAndStopsWhenPaused() throws {
        var drill = try Conditional.start(speed: 60)
        // Ten seconds at 60 minutes a minute: minute 10, inject 1 at 5 and 2 at 8 given on the way.
        let happened = drill.catchUp(at: Conditional.wall.addingTimeInterval(10))
        #expect(happened.map(\.kind) == [.inject, .inject])
        #expect(drill.minute == 10)
        try drill.pause(by: nil, at: Conditional.wall.addingTimeInterval(12))
        #expect(drill.minute == 12)
        #expect(drill.catchUp(at: Conditional.wall.addingTimeInterval(600)).isEmpty)
        #expect(drill.minute == 12)
        try drill.resume(by: nil, at: Conditional.wall.addingTimeInterval(600))
        drill.catchUp(at: Conditional.wall.addingTimeInterval(603))
        #expect(drill.minute == 15)
        #expect(drill.contingencies == [0], "the deadline at 15 passed")
    }

    @Test func advancingByHandMovesARealClockOn() throws {
        var drill = try Conditional.start(speed: 1)
        try drill.advance(minutes: 30, at: Conditional.wall)
        #expect(drill.minute == 30)
        drill.catchUp(at: Conditional.wall.addingTimeInterval(120))
        #expect(drill.minute == 32)
    }

    @Test func aManualClockNeverMovesByItself() throws {
        var drill = try Conditional.start()
        #expect(drill.catchUp(at: Conditional.wall.addingTimeInterval(3600)).isEmpty)
        #expect(drill.minute == 0)
    }
}

@Suite struct AfterwardsAndCorrectionTests {
    @Test func anActionLoggedAfterwardsKeepsItsMinuteAndIsMarked() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 20, at: Conditional.wall)
        let entry = try drill.act(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall, atMinute: 9)
        #expect(entry.minute == 9)
        // Done at 9, so inject 4 (two minutes after) is due and given at once, at the drill's minute.
        #expect(entry.sequence == drill.log.count - 1)
        #expect(drill.log.last?.inject == 3 && drill.log.last?.minute == 20)
        #expect(drill.isLoggedAfterwards(entry.sequence))
        #expect(!drill.isLoggedAfterwards(entry.sequence - 1))
        #expect(drill.fulfilment(ofInject: 0)?.sequence == entry.sequence)
        #expect(throws: TabletopError.self) {
            try drill.act(
                role: "socialjouren", action: "x", note: nil, by: nil, in: Conditional.plan, at: Conditional.wall,
                atMinute: 25)
        }
    }

    @Test func aCorrectionPointsAtTheLineItCorrectsAndTakesOverItsInject() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 6, at: Conditional.wall)
        let first = try drill.act(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall)
        #expect(first.inject == 0)
        let correction = try drill.act(
            role: "socialjouren", action: "kontaktade enhetschefen via sms", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall, atMinute: 6, corrects: first.sequence)
        #expect(correction.corrects == first.sequence)
        #expect(correction.inject == 0)
        #expect(drill.correctedLines == [first.sequence: correction.sequence])
        #expect(drill.fulfilment(ofInject: 0)?.sequence == correction.sequence)
        // A line is corrected once; the drill's own lines are not corrected at all.
        #expect(throws: TabletopError.self) {
            try drill.act(
                role: "socialjouren", action: "y", note: nil, by: nil, in: Conditional.plan, at: Conditional.wall,
                corrects: first.sequence)
        }
        #expect(throws: TabletopError.self) {
            try drill.act(
                role: "socialjouren", action: "y", note: nil, by: nil, in: Conditional.plan, at: Conditional.wall,
                corrects: 1)
        }
    }

    @Test func aCorrectionByAnotherRoleReopensTheExpectation() throws {
        var drill = try Conditional.start()
        try drill.advance(minutes: 6, at: Conditional.wall)
        let first = try drill.act(
            role: "socialjouren", action: "kontaktar Socialjourens enhetschef", note: nil, by: nil,
            in: Conditional.plan, at: Conditional.wall)
        try drill.act(
            role: "tib", action: "kontaktar Socialjourens enhetschef", note: "det var TIB", by: nil,
            in: Conditional.plan, at: Conditional.wall, corrects: first.sequence)
        #expect(drill.fulfilment(ofInject: 0) == nil)
        try drill.advance(minutes: 10, at: Conditional.wall)
        #expect(drill.contingencies == [0])
    }
}

@Suite struct DecisionFulfilmentTests {
    static func scenario() throws -> Scenario {
        var scenario = try StockholmFixture.benchNight()
        scenario.injects = [
            ScenarioInject(
                at: 10, from: "Socialjouren", to: "direktor-berord-forvaltning", kind: .information,
                text: "Många drabbade.",
                expectedAction: ExpectedAction(
                    role: "direktor-berord-forvaltning", action: "aktivera POSOM", withinMinutes: 10))
        ]
        return scenario
    }

    @Test func aDecisionWhoseOptionMatchesFulfilsTheExpectedAction() throws {
        var drill = TabletopSession(
            id: "d", scenario: try Self.scenario(), planID: Conditional.plan.metadata.id, participants: [],
            leader: nil, at: Conditional.wall)
        try drill.next(at: Conditional.wall)
        let entry = try drill.decide(
            step: "posom-beslut", option: "aktivera", rationale: nil, by: nil, in: Conditional.plan,
            at: Conditional.wall)
        #expect(entry.inject == 0)
        #expect(drill.fulfilment(ofInject: 0)?.sequence == entry.sequence)
        try drill.advance(minutes: 30, at: Conditional.wall)
        #expect(drill.contingencies.isEmpty)
    }

    @Test func aDecisionOtherwiseFulfilsNothingUnlessTheLeaderSaysWhich() throws {
        var drill = TabletopSession(
            id: "d", scenario: try Self.scenario(), planID: Conditional.plan.metadata.id, participants: [],
            leader: nil, at: Conditional.wall)
        try drill.next(at: Conditional.wall)
        let declined = try drill.decide(
            step: "posom-beslut", option: "aktivera-inte", rationale: nil, by: nil, in: Conditional.plan,
            at: Conditional.wall)
        #expect(declined.inject == nil)
        let named = try drill.decide(
            step: "posom-beslut", option: "aktivera-inte", rationale: "omprövat", inject: 0, by: nil,
            in: Conditional.plan, at: Conditional.wall, corrects: declined.sequence)
        #expect(named.inject == 0)
        #expect(throws: TabletopError.self) {
            try drill.decide(
                step: "uppdrag-beslut", option: "ge-uppdrag", rationale: nil, inject: 0, by: nil, in: Conditional.plan,
                at: Conditional.wall)
        }
    }
}
