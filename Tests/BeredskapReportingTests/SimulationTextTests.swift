import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapReporting

/// A Monte Carlo simulation's summary and table columns, and a deputy the plan does not name, in the
/// plan's language.
@Suite struct SimulationTextTests {
    static let result = MonteCarloResult(
        runs: 10_000, seed: 42,
        roles: [
            RoleStatistics(
                id: "stadsdirektor", title: "Stadsdirektör", p50: 20, p90: 35, p99: 50, mean: 22, reachedShare: 1,
                deputyShare: 0.125)
        ],
        steps: [], objectives: [], scenario: "bench-night", path: "via-socialjouren")

    @Test func theSummaryLineReadsAsBeforeInSwedishAndInEnglishForAnEnglishPlan() {
        #expect(
            SimulationText.summary(Self.result, .sv)
                == "10000 körningar, frö 42, larmväg via-socialjouren; minuter från larmet\n")
        #expect(
            SimulationText.summary(Self.result, .en)
                == "10000 runs, seed 42, alarm path via-socialjouren; minutes from the alarm\n")
    }

    @Test func theColumnsAreTitledInTheLanguageAndMatchTheTablesShape() {
        #expect(
            SimulationText.roleColumns(.en) == ["id", "title", "p50", "p90", "p99", "mean", "reached", "via deputy"])
        #expect(SimulationText.roleColumns(.sv).last == "via ställföreträdare")
        #expect(SimulationText.stepColumns(.en) == ["step", "target", "ran", "missed target"])
        #expect(SimulationText.objectiveColumns(.sv) == ["mål", "uppfyllt"])
        for language in ReportLanguage.allCases {
            #expect(SimulationText.roleColumns(language).count == 8)
            #expect(SimulationText.stepColumns(language).count == 4)
            #expect(SimulationText.objectiveColumns(language).count == 2)
        }
        let english =
            SimulationText.summary(Self.result, .en)
            + (SimulationText.roleColumns(.en) + SimulationText.stepColumns(.en) + SimulationText.objectiveColumns(.en))
            .joined(separator: " ")
        for word in ["körningar", "frö", "larmväg", "Ställföreträdare", "ställföreträdare", "mål"] {
            #expect(!english.contains(word), "\(word)")
        }
    }

    @Test func aShareHasADecimalCommaInSwedish() {
        #expect(SimulationText.share(0.125, .sv) == "12,5 %")
        #expect(SimulationText.share(0.125, .en) == "12.5 %")
        #expect(SimulationText.share(1, .en) == "100.0 %")
    }

    /// One formatter writes every number of a language: minutes, hours and shares alike.
    @Test func everyNumberOfALanguageHasTheSameDecimalMark() {
        #expect(NumberText.decimal(12.5, .sv) == "12,5")
        #expect(NumberText.decimal(12.5, .en) == "12.5")
        #expect(NumberText.decimal(28, .sv) == "28,0")
        #expect(NumberText.compact(65, .sv) == "65")
        #expect(NumberText.compact(7.5, .sv) == "7,5")
        #expect(NumberText.compact(7.5, .en) == "7.5")
        #expect(NumberText.percent(0.445, .sv) == "44,5 %")
        #expect(TimelineText.minutes(4.25, .sv) == NumberText.decimal(4.25, .sv))
        #expect(DrillClock.minutes(7.5, .sv) == "7,5")
        #expect(ReachabilityText.hours(1.5, .sv) == "1,5")
    }

    @Test func theRatingScaleIsInTheReportsLanguage() {
        #expect(PerformanceRating.someChallenges.label(.sv) == "genomfört med vissa svårigheter")
        #expect(PerformanceRating.someChallenges.label(.en) == "performed with some challenges")
        #expect(DrillText.rating(.unable, .en) == "unable to be performed")
    }

    @Test func aRoleThePlanNamesNoDeputyForIsCalledAgainAndNoDeputyIsInvented() throws {
        var plan = try BuiltInPlans.stockholm()
        var scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
        scenario.responses["stadsdirektor"] = nil
        // Nobody answers the first call; the plan names no deputy for any role, so each is called again.
        scenario.defaultResponse = ResponseProfile(answer: LogNormal(median: 10, p90: 30), noAnswer: 1, timeout: 30)
        let swedish = TimelineText.rendered(try DryRun.run(scenario: scenario, plan: plan, seed: 11), .sv)
        #expect(
            swedish.contains(
                "Stadsdirektör svarar inte inom 30,0 min — planen anger ingen ställföreträdare, "
                    + "Direktör vid Socialförvaltningen kontaktar Stadsdirektör igen"),
            "\(swedish)")
        #expect(!swedish.contains("Ställföreträdare för"))
        plan.metadata.language = "en"
        let english = TimelineText.rendered(try DryRun.run(scenario: scenario, plan: plan, seed: 11), .en)
        #expect(
            english.contains("the plan names no deputy, Direktör vid Socialförvaltningen contacts Stadsdirektör again"),
            "\(english)")
        #expect(!english.contains("Ställföreträdare") && !english.contains("ställföreträdare"))
        #expect(TimelineText.party("Stadsdirektör", .en) == "Stadsdirektör")
    }
}
