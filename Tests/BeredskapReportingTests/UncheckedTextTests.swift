import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

/// What the reachability analysis could not check, because the plan does not say it, is said in every
/// format rather than reported as nothing wrong.
@Suite struct UncheckedTextTests {
    static let week = CalendarDay(year: 2017, month: 10, day: 9)!

    @Test func aPlanWithoutAlarmPathsIsNotSaidToHaveNoSinglePointsOrStepsThatNeverRun() throws {
        var plan = try BuiltInPlans.stockholm()
        plan.alarmPaths = []
        let analysis = try ReachabilityAnalysis(plan: plan, week: Self.week)
        #expect(analysis.unchecked == [.alarmPaths])
        #expect(
            ReachabilityText.singlePoints(analysis, .sv)
                == "Enskilda felpunkter: inte kontrollerat, planen har inga larmvägar.\n")
        #expect(
            ReachabilityText.neverRun(analysis, .en)
                == "Steps that can never run: not checked, the plan has no alarm paths.\n")
        for format in [ReportFormat.terminal, .markdown, .html] {
            let rendered = try ReportRenderer().render(
                .reachability(ReachabilityReport(plan: plan, analysis: analysis, calendar: PlanCalendar(plan: plan))),
                format: format)
            #expect(rendered.contains("inte kontrollerat, planen har inga larmvägar"), "\(format)")
            #expect(!rendered.contains("Inga enskilda felpunkter"), "\(format)")
            #expect(!rendered.contains("Alla steg kan köras"), "\(format)")
        }
        let json = try ReportRenderer().render(
            .reachability(ReachabilityReport(plan: plan, analysis: analysis, calendar: PlanCalendar(plan: plan))),
            format: .json)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["unchecked"] as? [String] == ["alarmPaths"], "\(object.keys.sorted())")
    }

    @Test func aPlanThatNamesNoDeputySaysSoWhenNoRoleIsNeededByEveryPath() throws {
        var plan = try BuiltInPlans.stockholm()
        #expect(plan.roles.allSatisfy { $0.deputies.isEmpty }, "the Stockholm plan names no deputy")
        // A path that only a unit receives needs no role, so no role is needed by every path.
        plan.alarmPaths.append(
            AlarmPath(
                id: "via-enheten", name: "Via enheten",
                steps: [AlarmStep(id: "tar-emot", kind: .receive, actor: plan.units[0].id)]))
        let analysis = try ReachabilityAnalysis(plan: plan, week: Self.week)
        #expect(analysis.singlePointsOfFailure.isEmpty)
        #expect(analysis.unchecked == [.deputies])
        let swedish = ReachabilityText.singlePointsIntro(analysis, .sv)
        #expect(swedish.contains("planen anger inga ställföreträdare"), "\(swedish)")
        #expect(!swedish.contains("Inga enskilda felpunkter"))
        #expect(ReachabilityText.singlePointsIntro(analysis, .en).contains("the plan names no deputies"))
    }

    @Test func aDeputyAnywhereMakesTheCheckComplete() throws {
        var plan = try BuiltInPlans.stockholm()
        plan.roles[0].deputies = [plan.roles[1].id]
        let analysis = try ReachabilityAnalysis(plan: plan, week: Self.week)
        #expect(analysis.unchecked.isEmpty)
    }
}
