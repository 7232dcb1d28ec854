import BeredskapModel
import Foundation
import Testing

@testable import BeredskapEscalation

@Suite struct DryRunTests {
    let plan = StockholmFixture.plan

    struct Unavailable: RoleAvailability {
        let role: EntityID
        func isAvailable(_ role: EntityID, at date: Date) -> Bool { role != self.role }
    }

    func entries(_ timeline: Timeline, step: EntityID) -> [TimelineEntry] {
        timeline.entries.filter { $0.step == step }
    }

    @Test func theSameSeedGivesTheSameTimelineAndAnotherSeedAnother() throws {
        let scenario = try StockholmFixture.benchNight()
        let first = try DryRun.run(scenario: scenario, plan: plan, seed: 42)
        let second = try DryRun.run(scenario: scenario, plan: plan, seed: 42)
        let other = try DryRun.run(scenario: scenario, plan: plan, seed: 43)
        #expect(first == second)
        #expect(first.entries != other.entries)
    }

    @Test func theTimelineFollowsThePathInTimeOrder() throws {
        let timeline = try DryRun.run(scenario: try StockholmFixture.benchNight(), plan: plan, seed: 7)
        #expect(timeline.title == "Larm via Socialjouren en lördagsnatt")
        #expect(
            timeline.context.localTime(atMinute: 0)
                == LocalDateTime(year: 2017, month: 10, day: 14, hour: 2, minute: 30))
        #expect(timeline.context.classification == .extraordinary && !timeline.context.officeHours)
        #expect(timeline.entries.first?.kind == .received)
        #expect(timeline.entries.first?.actor == "Stockholms stads socialjour")
        #expect(timeline.entries.first?.clock == "02:30")
        #expect(timeline.entries.map(\.minute) == timeline.entries.map(\.minute).sorted())
        for entry in timeline.entries {
            #expect(entry.clock == timeline.context.clock(atMinute: entry.minute))
        }
        // Each role is reached after the one before it on the chain.
        let minutes = timeline.reached.map { $0.minute ?? .infinity }
        #expect(
            timeline.reached.map(\.role) == [
                "socialjourens-enhetschef", "direktor-berord-forvaltning", "sof-direktor", "stadsdirektor",
            ])
        #expect(minutes[0] < minutes[1] && minutes[1] < minutes[2] && minutes[2] < minutes[3])
        let acknowledged = try #require(entries(timeline, step: "informera-stadsdirektor").last)
        #expect(acknowledged.minute == minutes[3])
        #expect(acknowledged.kind == .acknowledged)
        #expect(acknowledged.duration != nil)
        let objective = try #require(timeline.objectives.first)
        #expect(objective.met == (minutes[3] <= 60))
        #expect(objective.text.hasPrefix("Stadsdirektören informerad"))
    }

    @Test func theDecisionSelectsTheStepsThatFollow() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.decisions["posom-beslut"] = .scripted("aktivera")
        let activated = try DryRun.run(scenario: scenario, plan: plan, seed: 1)
        #expect(entries(activated, step: "posom-beslut").last?.option == "Aktivera POSOM")
        #expect(entries(activated, step: "aktivera-posom").map(\.kind) == [.activated])
        scenario.decisions["posom-beslut"] = .scripted("aktivera-inte")
        let declined = try DryRun.run(scenario: scenario, plan: plan, seed: 1)
        let skipped = try #require(entries(declined, step: "aktivera-posom").first)
        #expect(skipped.kind == .skipped)
        #expect(skipped.skipCause == .decision(decision: "posom-beslut", outcome: "aktivera"))
        #expect(skipped.minute == entries(declined, step: "posom-beslut").last?.minute)
    }

    /// The fixture plan with a step for POSOM declined and, after both branches, one that reports the
    /// decision to the director at Socialförvaltningen, waiting for any branch or for `join`.
    static func planReportingTheDecision(join: StepJoin?) -> Plan {
        var plan = StockholmFixture.plan
        plan.alarmPaths[0].steps += [
            AlarmStep(
                id: "avsta-posom", kind: .inform, actor: "direktor-berord-forvaltning",
                target: "socialjourens-enhetschef",
                after: ["posom-beslut"], condition: StepCondition(decision: "posom-beslut", outcome: "aktivera-inte")),
            AlarmStep(
                id: "rapportera-beslut", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["aktivera-posom", "avsta-posom"], join: join),
        ]
        return plan
    }

    @Test func aStepAfterTwoBranchesRunsAfterWhicheverRanWhenItWaitsForAny() throws {
        var scenario = try StockholmFixture.benchNight()
        for option: EntityID in ["aktivera", "aktivera-inte"] {
            scenario.decisions["posom-beslut"] = .scripted(option)
            let branch: EntityID = option == "aktivera" ? "aktivera-posom" : "avsta-posom"
            let any = try DryRun.run(scenario: scenario, plan: Self.planReportingTheDecision(join: .any), seed: 5)
            let reported = entries(any, step: "rapportera-beslut")
            #expect(reported.first?.kind == .informed, "\(option)")
            #expect(reported.filter { $0.kind == .informed }.count == 1, "\(option)")
            let branchDone = try #require(entries(any, step: branch).last { $0.kind != .skipped })
            #expect(try #require(reported.first).minute == branchDone.minute, "\(option)")
            let all = try DryRun.run(scenario: scenario, plan: Self.planReportingTheDecision(join: nil), seed: 5)
            #expect(entries(all, step: "rapportera-beslut").map(\.kind) == [.skipped], "\(option)")
        }
    }

    @Test func anOrdinaryEventNeverReachesTheCityDirector() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.event.classification = .ordinary
        let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 3)
        #expect(
            entries(timeline, step: "informera-sof-direktor").map(\.skipCause) == [
                .condition(classification: .extraordinary, officeHours: nil)
            ])
        #expect(
            entries(timeline, step: "informera-stadsdirektor").map(\.skipCause) == [.predecessor])
        #expect(timeline.reached.last?.minute == nil)
        #expect(timeline.objectives.first?.met == false)
        #expect(timeline.reached.last?.title == "Stadsdirektör")
    }

    @Test func withoutAnAnswerThePlansDeputyOrElseTheRoleAgainIsCalledWhenTheWaitRunsOut() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.responses["socialjourens-enhetschef"]?.noAnswer = 1
        scenario.responses["direktor-berord-forvaltning"]?.noAnswer = 1
        var plan = self.plan
        plan.roles.append(Role(id: "bitradande-direktor", title: "Biträdande direktör"))
        let director = try #require(plan.roles.firstIndex { $0.id == "direktor-berord-forvaltning" })
        plan.roles[director].deputies = ["bitradande-direktor"]
        let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 5)
        // The plan names no deputy for the chief: the social emergency service calls the chief again.
        let chief = entries(timeline, step: "kontakt-enhetschef")
        #expect(chief.map(\.kind) == [.contacted, .noAnswer, .answered])
        #expect(chief[1].minute == 15)
        #expect(chief[1].clock == "02:45")
        #expect(chief[1].missed == "Socialjourens enhetschef" && chief[1].duration == 15)
        #expect(chief[1].actor == "Stockholms stads socialjour")
        #expect(chief[1].target == nil)
        #expect(chief[2].target == "Socialjourens enhetschef")
        #expect(timeline.reached[0].viaDeputy == false)
        // The plan's deputy answers for the director, and then makes the POSOM decision in her place.
        #expect(entries(timeline, step: "kontakt-direktor")[1].target == "Biträdande direktör")
        #expect(entries(timeline, step: "kontakt-direktor").last?.target == "Biträdande direktör")
        #expect(entries(timeline, step: "posom-beslut").last?.actor == "Biträdande direktör")
        #expect(timeline.reached[1].viaDeputy)
    }

    @Test func anUnavailablePrimaryMeansThePlansDeputyAtOnce() throws {
        let scenario = try StockholmFixture.benchNight()
        var plan = self.plan
        let director = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[director].deputies = ["tib"]
        let timeline = try DryRun.run(
            scenario: scenario, plan: plan, seed: 9, availability: Unavailable(role: "stadsdirektor"))
        let steps = entries(timeline, step: "informera-stadsdirektor")
        #expect(steps.map(\.kind) == [.informed, .unavailable, .acknowledged])
        #expect(steps[1].minute == steps[0].minute)
        #expect(steps[1].missed == "Stadsdirektör" && steps[1].actor == "Direktör vid Socialförvaltningen")
        #expect(steps[1].target == "Tjänsteman i beredskap (TIB)")
        #expect(timeline.reached.last?.viaDeputy == true)
    }

    @Test func anUnavailablePrimaryWithoutADeputyInThePlanIsNotReached() throws {
        let timeline = try DryRun.run(
            scenario: try StockholmFixture.benchNight(), plan: plan, seed: 9,
            availability: Unavailable(role: "stadsdirektor"))
        let steps = entries(timeline, step: "informera-stadsdirektor")
        #expect(steps.map(\.kind) == [.informed, .unavailable])
        #expect(steps[1].missed == "Stadsdirektör" && steps[1].target == nil)
        #expect(timeline.reached.last?.title == "Stadsdirektör")
        #expect(timeline.reached.last?.minute == nil)
        #expect(!timeline.entries.contains { $0.step == "uppdrag-beslut" && $0.kind == .decided })
    }

    @Test func injectsAndRepeatsAppearAtTheirMinutes() throws {
        var path = StockholmFixture.viaSocialjouren
        path.steps[6].repeatRule = StepRepeat(everyMinutes: 30)
        var plan = self.plan
        plan.alarmPaths = [path]
        var scenario = try StockholmFixture.benchNight()
        scenario.durationMinutes = 200
        let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 11)
        let inject = try #require(timeline.entries.first { $0.kind == .inject })
        #expect(inject.minute == 45)
        #expect(inject.clock == "03:15")
        #expect(inject.inject?.kind == .media)
        #expect(inject.actor == "SVT Nyheter" && inject.target == "Direktör vid Socialförvaltningen")
        #expect(inject.inject?.expectedRole == "Direktör vid Socialförvaltningen")
        #expect(
            inject.inject?.expectedAction
                == "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats")
        #expect(inject.inject?.expectedWithin == 15)
        let reached = try #require(timeline.reached.last?.minute)
        let repeats = timeline.entries.filter { $0.kind == .repeated }
        let expected = (1...10).map { reached + Double($0) * 30 }.filter { $0 < 200 }
        #expect(repeats.map(\.minute) == expected)
        #expect(repeats.first?.actor == "Direktör vid Socialförvaltningen" && repeats.first?.target == "Stadsdirektör")
        #expect(repeats.first?.stepKind == .inform && repeats.first?.repetition == 2)
        // Repeats are notices only: they draw nothing, so the rest of the run is as without them.
        let plain = try DryRun.run(scenario: scenario, plan: self.plan, seed: 11)
        #expect(plain.reached == timeline.reached)
    }

    @Test func eventsAtTheSameMinuteKeepTheOrderTheyHappenedIn() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.steps["posom-beslut"] = StepOverride(time: .fixed(0))
        scenario.decisions["posom-beslut"] = .scripted("aktivera")
        let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 2)
        let answered = try #require(entries(timeline, step: "kontakt-direktor").last)
        let atThatMinute = timeline.entries.filter { $0.minute == answered.minute }.map(\.step)
        #expect(atThatMinute == ["kontakt-direktor", "informera-sof-direktor", "posom-beslut", "aktivera-posom"])
    }

    @Test func aRunOfAMonteCarloSimulationCanBeReplayed() throws {
        let scenario = try StockholmFixture.benchNight()
        let replay = try DryRun.run(scenario: scenario, plan: plan, seed: 42, run: 0)
        let simulated = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 1, seed: 42, threads: 1)
        for (role, statistics) in zip(replay.reached, simulated.roles) {
            let minute = try #require(role.minute)
            #expect(statistics.p50 == (minute * 100).rounded(.down) / 100)
            #expect(statistics.mean == (minute * 1000).rounded() / 1000)
        }
        let later = try DryRun.run(scenario: scenario, plan: plan, seed: 42, run: 17)
        #expect(later.run == 17 && later.seed == 42)
        #expect(later.reached.map(\.minute) != replay.reached.map(\.minute))
    }
}
