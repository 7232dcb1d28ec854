import BeredskapModel
import Foundation
import Testing

@testable import BeredskapEscalation

/// A step whose condition has alternatives (`anyOf`) in a run: it runs when one of them holds, is
/// skipped when none does, and, waiting for any of its steps, starts as soon as its condition can be
/// told.
@Suite struct ConditionAlternativesSimulationTests {
    /// The fixture plan with a step after the POSOM decision that informs the director at
    /// Socialförvaltningen in office hours, or when POSOM is activated.
    static func plan(join: StepJoin? = nil, after: [EntityID] = ["posom-beslut"]) -> Plan {
        var plan = StockholmFixture.plan
        plan.alarmPaths[0].steps.append(
            AlarmStep(
                id: "informera-om-posom", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: after, join: join,
                condition: StepCondition(
                    classification: .extraordinary,
                    anyOf: [.init(officeHours: true), .init(decision: "posom-beslut", outcome: "aktivera")])))
        return plan
    }

    func entries(_ timeline: Timeline, step: EntityID) -> [TimelineEntry] {
        timeline.entries.filter { $0.step == step }
    }

    /// A bench-night run with the decision scripted, in or outside office hours.
    func run(_ plan: Plan, option: EntityID, officeHours: Bool, seed: UInt64 = 11) throws -> Timeline {
        var scenario = try StockholmFixture.benchNight()
        scenario.decisions["posom-beslut"] = .scripted(option)
        scenario.event.officeHours = officeHours
        return try DryRun.run(scenario: scenario, plan: plan, seed: seed)
    }

    @Test func theStepRunsWhenEitherAlternativeHolds() throws {
        let plan = Self.plan()
        #expect(PlanValidator.validate(plan).filter { $0.path.description.hasPrefix("alarmPaths") }.isEmpty)
        // At night, by the decision; in office hours, whatever the decision chose.
        for (option, officeHours) in [("aktivera", false), ("aktivera-inte", true), ("aktivera", true)] {
            let timeline = try run(plan, option: EntityID(option), officeHours: officeHours)
            let kinds = entries(timeline, step: "informera-om-posom").map(\.kind)
            #expect(kinds.first == .informed && kinds.last == .acknowledged, "\(option), office hours \(officeHours)")
        }
    }

    @Test func theStepIsSkippedWhenNoAlternativeHolds() throws {
        let timeline = try run(Self.plan(), option: "aktivera-inte", officeHours: false)
        let skipped = try #require(entries(timeline, step: "informera-om-posom").first)
        #expect(skipped.kind == .skipped)
        #expect(skipped.skipCause == .noAlternative)
        #expect(skipped.minute == entries(timeline, step: "posom-beslut").last?.minute)
    }

    @Test func theStepsOwnPartsStillDecide() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.event.classification = .ordinary
        scenario.event.officeHours = true
        let timeline = try DryRun.run(scenario: scenario, plan: Self.plan(), seed: 11)
        #expect(
            entries(timeline, step: "informera-om-posom").map(\.skipCause) == [
                .condition(classification: .extraordinary, officeHours: nil)
            ])
    }

    /// Waiting for any of the decision and the step that informs the director, the step starts when
    /// the first of them is done if its condition can be told then: at once in office hours, where the
    /// first alternative holds, but only once the decision is made at night, where the second decides.
    @Test func waitingForAnyItStartsOnceItsConditionCanBeTold() throws {
        let plan = Self.plan(join: .any, after: ["posom-beslut", "informera-sof-direktor"])
        #expect(PlanValidator.validate(plan).filter { $0.path.description.hasPrefix("alarmPaths") }.isEmpty)
        var scenario = try StockholmFixture.benchNight()
        scenario.decisions["posom-beslut"] = .scripted("aktivera")
        scenario.steps["posom-beslut"] = StepOverride(time: .fixed(120))
        scenario.steps["informera-sof-direktor"] = StepOverride(
            time: .logNormal(LogNormal(median: 1, p90: 2)), noAnswer: 0, timeout: 100)
        for officeHours in [true, false] {
            scenario.event.officeHours = officeHours
            let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 3)
            let informed = try #require(entries(timeline, step: "informera-sof-direktor").last)
            let decided = try #require(entries(timeline, step: "posom-beslut").last)
            #expect(informed.minute < decided.minute)
            let started = try #require(entries(timeline, step: "informera-om-posom").first)
            #expect(started.kind == .informed)
            #expect(started.minute == (officeHours ? informed.minute : decided.minute), "office hours \(officeHours)")
        }
    }

    @Test func theConditionIsWorkedOutForEveryStateOfItsDecision() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.event.officeHours = false
        let program = try SimulationProgram(
            scenario: scenario, plan: Self.plan(), context: EventContext(scenario: scenario))
        let step = try #require(program.path.steps.firstIndex { $0.id == "informera-om-posom" })
        #expect(program.enabled[step])
        let decision = try #require(program.path.steps.firstIndex { $0.id == "posom-beslut" })
        let decisions = program.conditionDecisionStarts[step]..<program.conditionDecisionStarts[step + 1]
        #expect(Array(program.conditionDecisions[decisions]) == [Int32(decision)])
        // At night: not settled, cannot tell; skipped, does not hold; activated, holds; declined, does not.
        let start = program.conditionTableStarts[step]
        #expect(Array(program.conditionTable[start..<start + 4]) == [-1, 0, 1, 0])
        // In office hours the first alternative holds whatever the decision.
        scenario.event.officeHours = true
        let day = try SimulationProgram(
            scenario: scenario, plan: Self.plan(), context: EventContext(scenario: scenario))
        #expect(Array(day.conditionTable[start..<start + 4]) == [1, 1, 1, 1])
    }
}
