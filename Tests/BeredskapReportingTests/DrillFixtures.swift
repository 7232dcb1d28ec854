import BeredskapEscalation
import BeredskapModel
import Foundation

/// Tabletop sessions the drill report tests share, played on the built-in Stockholm plan and the
/// built-in "bench-night" scenario, with fixed wall-clock times on Wednesday 14 March 2018.
enum DrillFixtures {
    /// When the drill starts: 2018-03-14 09:00 in Stockholm (08:00 UTC).
    static let start = Date(timeIntervalSince1970: 1_521_014_400)

    /// The wall-clock time `minutes` minutes after the start.
    static func wall(_ minutes: Double) -> Date {
        start.addingTimeInterval(minutes * 60)
    }

    static let leader = "Kim Lund"

    static let participants: [TabletopSession.Participant] = [
        .init(role: "socialjourens-enhetschef", person: "Lena Holm"),
        .init(role: "direktor-berord-forvaltning", person: "Omar Said"),
        .init(role: "sof-direktor", person: "Anna Berg"),
        .init(role: "stadsdirektor", person: "Karin Ek"),
    ]

    static func scenario(_ plan: Plan) throws -> Scenario {
        try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
    }

    /// The scenario with target times on three steps of the path, so that every kind of deviation shows:
    /// the director reached late, the director of Socialförvaltningen never informed, and the city
    /// director informed late (which repeats the objective's corrective action).
    static func timedScenario(_ plan: Plan) throws -> Scenario {
        var scenario = try scenario(plan)
        scenario.steps["kontakt-direktor", default: StepOverride()].targetMinutes = 15
        scenario.steps["informera-sof-direktor", default: StepOverride()].targetMinutes = 30
        scenario.steps["informera-stadsdirektor", default: StepOverride()].targetMinutes = 60
        return scenario
    }

    static let evaluator = "Eva Lind"

    /// What the evaluator observed about the director of the affected administration.
    static let observation =
        "Direktören nåddes först vid tredje samtalet; Socialjouren saknade numret till ställföreträdaren."

    /// The drill of the brief: start, the media inject at 45, 20 minutes on (the contingency for the
    /// director of Socialförvaltningen fires at 60), the POSOM decision and the city director's first
    /// action at minute 65, end; after the hot wash an evaluator rates the director's objective M (the
    /// log says U) and leaves the city director's to the log.
    static func session(plan: Plan, scenario: Scenario) throws -> TabletopSession {
        var session = TabletopSession(
            id: "ovning-2018-03-14", scenario: scenario, planID: plan.metadata.id, participants: participants,
            leader: leader, at: wall(0))
        try session.next(by: leader, at: wall(6))
        try session.advance(minutes: 20, by: leader, at: wall(14))
        try session.decide(
            step: "posom-beslut", option: "aktivera", rationale: "Många drabbade; skolan behöver stöd i morgon",
            by: nil, in: plan, at: wall(19))
        try session.act(
            role: "stadsdirektor", action: "informeras av Socialjouren och begär en lägesbild till 04:00",
            note: "Direktören vid SoF gick inte att nå", by: nil, in: plan, at: wall(23))
        try session.end(by: leader, at: wall(31))
        try session.rate(
            objective: "direktor-30", rating: .majorChallenges, observation: observation, by: evaluator, at: wall(45))
        return session
    }

    /// A session in which `role` acts first at `minute`, on `scenario`.
    static func session(
        plan: Plan, scenario: Scenario, role: EntityID, actsAt minute: Double
    ) throws -> TabletopSession {
        var session = TabletopSession(
            id: "ovning-kort", scenario: scenario, planID: plan.metadata.id, participants: participants,
            leader: leader, at: wall(0))
        try session.advance(minutes: minute, by: leader, at: wall(5))
        try session.act(role: role, action: "agerar", note: nil, by: nil, in: plan, at: wall(6))
        try session.end(by: leader, at: wall(10))
        return session
    }
}
