import BeredskapModel
import Testing

@testable import BeredskapEscalation

@Suite struct CoverageAnalysisTests {
    /// Two entry paths; the director is needed by both, is reachable in office hours only, and may
    /// have a deputy who is always reachable.
    static func plan(directorDeputies: [EntityID] = [], extraSteps: [AlarmStep] = []) -> Plan {
        var plan = StockholmFixture.plan
        plan.roles = [
            Role(id: "jour", title: "Jourhavande", availability: .onDuty),
            Role(id: "direktor", title: "Direktör", availability: .officeHours, deputies: directorDeputies),
            Role(id: "ersattare", title: "Ersättare"),
        ]
        plan.alarmPaths = [
            AlarmPath(
                id: "via-jour", name: "Via jouren",
                steps: [
                    AlarmStep(id: "tar-emot", kind: .receive, actor: "jour"),
                    AlarmStep(id: "kontakt", kind: .contact, actor: "jour", target: "direktor", after: ["tar-emot"]),
                ] + extraSteps),
            AlarmPath(
                id: "via-direktor", name: "Via direktören",
                steps: [AlarmStep(id: "tar-emot", kind: .receive, actor: "direktor")]),
        ]
        return plan
    }

    @Test func anOfficeHoursRoleIsUnreachableOutsideThemAndOnHolidays() throws {
        // 19–25 June 2017: Friday is midsommarafton. Half past each hour from 08 to 15 on four weekdays.
        let analysis = CoverageAnalysis(
            plan: Self.plan(), week: try #require(CalendarDay(year: 2017, month: 6, day: 21)))
        #expect(analysis.week == "2017-06-19")
        let contact = try #require(analysis.steps.first { $0.step == "kontakt" })
        #expect(contact.role == "direktor")
        #expect(contact.unreachableHours == 168 - 4 * 8)
        #expect(contact.firstUnreachable == "måndag 2017-06-19 00:00–01:00")
        #expect(contact.unreachableHolidays.contains("Midsommarafton 2017-06-23"))
        let receive = try #require(analysis.steps.first { $0.path == "via-jour" && $0.step == "tar-emot" })
        #expect(receive.unreachableHours == 0 && receive.unreachableHolidays.isEmpty)
    }

    @Test func aDeputyWhoIsAlwaysThereClosesTheGapAndTheSinglePointOfFailure() throws {
        let week = try #require(CalendarDay(year: 2017, month: 6, day: 19))
        let alone = CoverageAnalysis(plan: Self.plan(), week: week)
        #expect(alone.singlePointsOfFailure.map(\.role) == ["direktor"])
        #expect(alone.singlePointsOfFailure.first?.steps == ["via-jour/kontakt", "via-direktor/tar-emot"])
        let covered = CoverageAnalysis(plan: Self.plan(directorDeputies: ["ersattare"]), week: week)
        #expect(covered.singlePointsOfFailure.isEmpty)
        #expect(covered.steps.allSatisfy { $0.unreachableHours == 0 && $0.unreachableHolidays.isEmpty })
    }

    @Test func stepsWhoseConditionsCannotAllHoldAreNamed() throws {
        let plan = Self.plan(extraSteps: [
            AlarmStep(
                id: "dagtid", kind: .inform, actor: "jour", target: "direktor", after: ["kontakt"],
                condition: StepCondition(officeHours: true)),
            AlarmStep(
                id: "natt-efter-dag", kind: .inform, actor: "jour", target: "ersattare", after: ["dagtid"],
                condition: StepCondition(officeHours: false)),
            AlarmStep(
                id: "darefter", kind: .inform, actor: "jour", target: "ersattare", after: ["natt-efter-dag"]),
        ])
        let analysis = CoverageAnalysis(plan: plan, week: try #require(CalendarDay(year: 2017, month: 6, day: 19)))
        #expect(
            analysis.neverRun.map { "\($0.step): \($0.reason)" } == [
                "natt-efter-dag: it needs circumstances in which 'dagtid' does not run",
                "darefter: it waits for 'natt-efter-dag', which can never run",
            ])
    }

    @Test func theStockholmPathsCanAllRun() {
        let analysis = CoverageAnalysis(plan: StockholmFixture.plan, week: CalendarDay(year: 2017, month: 10, day: 9)!)
        #expect(analysis.neverRun.isEmpty)
    }
}
