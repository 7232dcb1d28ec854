import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// The evaluators' ratings (`drill rate`) in the after-action report.
@Suite struct DrillEvaluatorRatingTests {
    private func benchNight() throws -> (plan: Plan, session: TabletopSession) {
        let plan = try Fixtures.stockholm()
        return (plan, try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan)))
    }

    @Test func theEvaluatorsRatingDecidesAndTheLogsStaysBesideIt() throws {
        let (plan, session) = try benchNight()
        let report = DrillReport(session: session, plan: plan)
        let director = try #require(report.objectives.first { $0.id == "direktor-30" })
        #expect(director.logRating == .unable)
        #expect(director.rating == .majorChallenges)
        let evaluation = try #require(director.evaluation)
        #expect(evaluation.rating == .majorChallenges)
        #expect(evaluation.observation == DrillFixtures.observation)
        #expect(evaluation.evaluator == "Eva Lind")
        #expect(evaluation.wallTime == "2018-03-14T09:45:00+01:00")
        #expect(session.log[evaluation.entry - 1].kind == .rating)
        // The city director's objective was not rated: the log decides.
        let city = try #require(report.objectives.first { $0.id == "stadsdirektor-60" })
        #expect(city.evaluation == nil)
        #expect(city.rating == city.logRating)
    }

    @Test func eachEvaluatorsLatestRatingCountsAndATieGoesToTheStricter() throws {
        var (plan, session) = try benchNight()
        // Eva Lind rated M; Per rates S: as many for each, so the stricter, M, stands.
        try session.rate(
            objective: "direktor-30", rating: .someChallenges, observation: "Omprövad", by: "Per",
            at: DrillFixtures.wall(50))
        var director = try #require(
            DrillReport(session: session, plan: plan).objectives.first { $0.id == "direktor-30" })
        #expect(director.rating == .majorChallenges)
        #expect(director.evaluations.map(\.evaluator) == ["Eva Lind", "Per"])
        #expect(director.evaluation?.evaluator == "Per", "the latest rating of all")
        #expect(director.decision.contains("oeniga") && director.decision.contains("det strängare betyget M"))
        // Eva Lind changes her mind: her latest rating counts, and the two agree.
        try session.rate(
            objective: "direktor-30", rating: .someChallenges, observation: "Efter samtalet", by: "Eva Lind",
            at: DrillFixtures.wall(55))
        director = try #require(
            DrillReport(session: session, plan: plan).objectives.first { $0.id == "direktor-30" })
        #expect(director.rating == .someChallenges)
        #expect(director.evaluations.count == 2)
        #expect(director.decision == "Alla 2 utvärderare gav S.")
    }

    @Test func mostEvaluatorsDecideAndTheReportNamesWhoGaveWhat() throws {
        var (plan, session) = try benchNight()
        for (name, rating) in [("Per", PerformanceRating.performed), ("Ali", .performed)] {
            try session.rate(
                objective: "direktor-30", rating: rating, observation: nil, by: name, at: DrillFixtures.wall(50))
        }
        let report = DrillReport(session: session, plan: plan)
        let director = try #require(report.objectives.first { $0.id == "direktor-30" })
        #expect(director.rating == .performed)
        #expect(director.decision == "2 av 3 utvärderare gav P (Per, Ali); Eva Lind gav M.")
        for format in [ReportFormat.terminal, .markdown, .html] {
            let text = try ReportRenderer().render(.drill(report), format: format)
            #expect(text.contains("2 av 3 utvärderare gav P (Per, Ali); Eva Lind gav M."), "\(format)")
            #expect(text.contains("Avgörande"), "\(format)")
        }
        let city = try #require(report.objectives.first { $0.id == "stadsdirektor-60" })
        #expect(city.decision == "Ingen utvärderare har bedömt målet; betyget kommer från loggen.")
    }

    @Test func anObjectiveTheEvaluatorRatesPerformedLeavesTheImprovementPlan() throws {
        var (plan, session) = try benchNight()
        #expect(
            DrillReport(session: session, plan: plan).improvements.contains { $0.source == "objective:direktor-30" })
        try session.rate(
            objective: "direktor-30", rating: .performed, observation: "Ställföreträdaren beslutade i tid",
            by: "Eva Lind", at: DrillFixtures.wall(50))
        let report = DrillReport(session: session, plan: plan)
        #expect(report.objectives.first { $0.id == "direktor-30" }?.rating == .performed)
        #expect(!report.improvements.contains { $0.source == "objective:direktor-30" })
    }

    @Test func anObjectiveTheEvaluatorRatesMajorChallengesEntersTheImprovementPlanWithTheObservation() throws {
        let plan = try Fixtures.stockholm()
        var session = try DrillFixtures.session(
            plan: plan, scenario: try DrillFixtures.scenario(plan), role: "direktor-berord-forvaltning", actsAt: 10)
        #expect(
            !DrillReport(session: session, plan: plan).improvements.contains { $0.source == "objective:direktor-30" })
        try session.rate(
            objective: "direktor-30", rating: .majorChallenges, observation: "Beslutet dokumenterades inte",
            by: "Eva Lind", at: DrillFixtures.wall(20))
        let report = DrillReport(session: session, plan: plan)
        let objective = try #require(report.objectives.first { $0.id == "direktor-30" })
        #expect(objective.logRating == .performed)
        let item = try #require(report.improvements.first { $0.source == "objective:direktor-30" })
        #expect(
            item.issue
                == "Målet ”Direktören på berörd förvaltning nådd inom 30 minuter” bedömdes M (genomfört med stora "
                + "svårigheter) av utvärderaren: Beslutet dokumenterades inte")
    }

    @Test func aRatingAfterTheEndDoesNotLengthenTheDrill() throws {
        let (plan, session) = try benchNight()
        let report = DrillReport(session: session, plan: plan)
        #expect(report.overview.wallEnd == "2018-03-14T09:31:00+01:00")
        let line = try #require(report.timeline.last)
        #expect(line.kind == "rating")
        #expect(line.objective == "direktor-30")
        #expect(line.rating == .majorChallenges)
        #expect(line.role?.id == "direktor-berord-forvaltning")
        #expect(line.note == DrillFixtures.observation)
        #expect(line.enteredBy == "Eva Lind")
    }

    @Suite struct Rendering {
        private func render(_ format: ReportFormat, language: ReportLanguage = .sv) throws -> String {
            let plan = try Fixtures.stockholm()
            let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
            return try ReportRenderer().render(
                .drill(DrillReport(session: session, plan: plan)), format: format, language: language)
        }

        @Test func theJSONNamesTheLogsAndTheEvaluatorsRating() throws {
            let json = try render(.json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let objectives = try #require(object["objectives"] as? [[String: Any]])
            let director = try #require(objectives.first { $0["id"] as? String == "direktor-30" })
            #expect(director["rating"] as? String == "M")
            #expect(director["logRating"] as? String == "U")
            let evaluation = try #require(director["evaluation"] as? [String: Any])
            #expect(evaluation["rating"] as? String == "M")
            #expect(evaluation["observation"] as? String == DrillFixtures.observation)
            #expect(evaluation["evaluator"] as? String == "Eva Lind")
            #expect(evaluation["wallTime"] as? String == "2018-03-14T09:45:00+01:00")
            #expect(evaluation["entry"] is Int)
            let city = try #require(objectives.first { $0["id"] as? String == "stadsdirektor-60" })
            #expect(city["evaluation"] == nil)
            let timeline = try #require(object["timeline"] as? [[String: Any]])
            #expect(timeline.last?["kind"] as? String == "rating")
            #expect(timeline.last?["objective"] as? String == "direktor-30")
            #expect(timeline.last?["rating"] as? String == "M")
        }

        @Test func everyFormatShowsTheEvaluatorsRatingAndObservation() throws {
            for format in [ReportFormat.terminal, .markdown, .html] {
                let text = try render(format)
                #expect(text.contains("Utvärderaren"), "\(format)")
                #expect(text.contains("Enligt loggen"), "\(format)")
                #expect(text.contains("Eva Lind"), "\(format)")
                #expect(text.contains("har inte bedömt målet"), "\(format)")
                // The terminal wraps the observation; its first words are on one line.
                #expect(text.contains("Direktören nåddes först vid tredje"), "\(format)")
            }
            let english = try render(.markdown, language: .en)
            #expect(english.contains("- Evaluator: M – performed with major challenges (Eva Lind, "))
            #expect(english.contains("- Evaluator's observation: Direktören nåddes först"))
            #expect(english.contains("- From the log: U – unable to be performed"))
            let csv = try render(.csv)
            #expect(csv.contains(",bedömning,Direktör på berörd förvaltning,"))
            #expect(csv.contains("(direktor-30): M – genomfört med stora svårigheter"))
        }
    }
}
