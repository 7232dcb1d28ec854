import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

/// A dry run and a reachability analysis written out in the plan's language, and times in the plan's zone.
@Suite struct TimelineTextTests {
    static let swedishWords = ["kontaktar", "lördag", "oktober", "Händelse", "Nådd", "svarar", "kontorstid"]

    func benchNight(_ plan: Plan) throws -> Timeline {
        let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
        let calendar = try PlanCalendar(plan: plan)
        return try DryRun.run(
            scenario: scenario, plan: plan, seed: 42, availability: calendar,
            context: EventContext(scenario: scenario, calendar: calendar))
    }

    @Test func anEnglishPlansDryRunReadsInEnglishOnly() throws {
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = "en"
        let text = TimelineText.rendered(try benchNight(plan), ReportLanguage(planLanguage: plan.metadata.language))
        #expect(text.contains("Event: Saturday 14 October 2017 at 02:30, extraordinary event, outside office hours"))
        #expect(
            text.contains(" Minute  Time     Event\n    0.0  02:30    Stockholms stads socialjour receives the alarm\n")
        )
        #expect(text.contains("Stockholms stads socialjour contacts Socialjourens enhetschef"))
        #expect(text.contains("\nReached:\n"))
        // The scenario's own title ("… en lördagsnatt") stays as the scenario writes it.
        let added = text.split(separator: "\n").dropFirst().joined(separator: "\n")
        for word in Self.swedishWords { #expect(!added.contains(word), "\(word)") }
    }

    @Test func aSwedishPlansDryRunReadsAsBefore() throws {
        let text = TimelineText.rendered(try benchNight(try BuiltInPlans.stockholm()), .sv)
        #expect(text.hasPrefix("Scenario: bench-night — Larm via Socialjouren en lördagsnatt\n"))
        #expect(text.contains("Händelse: lördag 14 oktober 2017 kl. 02:30, extraordinär händelse, utanför kontorstid"))
        #expect(
            text.contains(
                "\n  Minut  Klockan  Händelse\n    0,0  02:30    Stockholms stads socialjour tar emot larmet\n"))
        #expect(text.contains("Stockholms stads socialjour kontaktar Socialjourens enhetschef"))
    }

    @Test func anEnglishPlansReachabilityReadsInEnglishOnly() throws {
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = "en"
        let calendar = try PlanCalendar(plan: plan)
        let analysis = ReachabilityAnalysis(
            plan: plan, week: CalendarDay(year: 2017, month: 10, day: 14)!, calendar: calendar)
        let text =
            ReachabilityText.heading(analysis, calendar: calendar, planStatesHours: false, .en)
            + ReachabilityText.singlePoints(analysis, .en) + ReachabilityText.rotaGaps(analysis, .en)
            + ReachabilityText.neverRun(analysis, .en)
            + ReachabilityText.hour(LocalDateTime(year: 2017, month: 10, day: 14, hour: 2)!, .en)
        #expect(text.hasPrefix("Week from 2017-10-09, office hours by the default (Mon–Fri 08:00–16:30), closed on"))
        #expect(text.hasSuffix("Saturday 2017-10-14 02:00–03:00"))
        for word in Self.swedishWords + ["lördag", "Veckan"] { #expect(!text.contains(word), "\(word)") }
    }

    @Test func aPlanInHelsinkiGetsItsTimesInHelsinki() throws {
        let plan = try BuiltInPlans.stockholm()
        let helsinki = Jurisdiction(timeZone: try LocalTimeZone(identifier: "Europe/Helsinki"), holidays: .none)
        let calendar = try PlanCalendar(plan: plan, jurisdiction: helsinki)
        var scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
        scenario.event.start = try helsinki.timeZone.resolve(parsing: "2017-10-14T02:30").date
        let timeline = try DryRun.run(
            scenario: scenario, plan: plan, seed: 42, availability: calendar,
            context: EventContext(scenario: scenario, calendar: calendar))
        #expect(timeline.entries.first?.clock == "02:30")
        #expect(TimelineText.rendered(timeline, .en).contains("Saturday 14 October 2017 at 02:30"))
        // The same instant is 01:30 in Stockholm.
        let stockholm = EventContext(scenario: scenario, calendar: try PlanCalendar(plan: plan))
        #expect(stockholm.clock(atMinute: 0) == "01:30")
        #expect(calendar.officeHours.timeZone.identifier == "Europe/Helsinki")
    }
}
