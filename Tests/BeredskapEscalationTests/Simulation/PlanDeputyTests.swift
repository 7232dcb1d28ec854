import BeredskapModel
import Testing

@testable import BeredskapEscalation

/// The plan's deputies and their waiting time, when a scenario says nothing of the role.
@Suite struct PlanDeputyTests {
    static func scenarioWithoutTheDirector() throws -> Scenario {
        var scenario = try StockholmFixture.benchNight()
        scenario.responses["stadsdirektor"] = nil
        // Nobody answers who has no profile of their own, so the deputy is always needed.
        scenario.defaultResponse = ResponseProfile(answer: LogNormal(median: 10, p90: 30), noAnswer: 1, timeout: 30)
        return scenario
    }

    @Test func thePlansDeputyIsCalledAfterThePlansTime() throws {
        var plan = StockholmFixture.plan
        let index = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[index].deputies = ["sof-direktor"]
        plan.roles[index].deputyAfterMinutes = 2
        let timeline = try DryRun.run(scenario: Self.scenarioWithoutTheDirector(), plan: plan, seed: 11)
        let informed = try #require(timeline.entries.first { $0.target == "Stadsdirektör" && $0.kind == .informed })
        let deputyCall = try #require(timeline.entries.first { $0.kind == .noAnswer && $0.step == informed.step })
        #expect(abs(deputyCall.minute - informed.minute - 2) < 1e-9)
        #expect(deputyCall.target == "Direktör vid Socialförvaltningen")
        let reached = try #require(timeline.reached.first { $0.role == "stadsdirektor" })
        #expect(reached.viaDeputy)
    }

    @Test func withoutPlanDeputiesTheRoleIsCalledAgainAfterTheScenariosWaitAndNoDeputyIsInvented() throws {
        let timeline = try DryRun.run(
            scenario: Self.scenarioWithoutTheDirector(), plan: StockholmFixture.plan, seed: 11)
        let informed = try #require(timeline.entries.first { $0.target == "Stadsdirektör" && $0.kind == .informed })
        let retry = try #require(timeline.entries.first { $0.kind == .noAnswer && $0.step == informed.step })
        #expect(abs(retry.minute - informed.minute - 30) < 1e-9)
        #expect(retry.target == nil)
        let acknowledged = try #require(
            timeline.entries.first { $0.kind == .acknowledged && $0.step == informed.step })
        #expect(acknowledged.target == "Stadsdirektör")
        #expect(timeline.reached.allSatisfy { !$0.viaDeputy })
    }

    @Test func aScenarioThatNamesADeputyIsRefusedPointingAtThePlan() throws {
        let text = """
            name: Med ställföreträdare
            path: via-socialjouren
            event: {time: "2017-06-23T02:30", classification: extraordinary}
            responses:
              stadsdirektor: {median: 5, p90: 20, deputy: Biträdande stadsdirektör}
            """
        #expect {
            try ScenarioReader.read(text, file: "med-ställföreträdare.yaml", plan: StockholmFixture.plan)
        } throws: { error in
            let message = "\(error)"
            return message.contains("med-ställföreträdare.yaml:5:")
                && message.contains("they come from the plan: give the role `deputies: [ROLE]`")
        }
    }
}
