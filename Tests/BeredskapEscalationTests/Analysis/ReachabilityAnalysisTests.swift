import BeredskapModel
import Testing

@testable import BeredskapEscalation

@Suite struct ReachabilityAnalysisTests {
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
        let analysis = try ReachabilityAnalysis(
            plan: Self.plan(), week: try #require(CalendarDay(year: 2017, month: 6, day: 21)))
        #expect(analysis.week == "2017-06-19")
        let contact = try #require(analysis.steps.first { $0.step == "kontakt" })
        #expect(contact.role == "direktor")
        #expect(contact.unreachableHours == 168 - 4 * 8)
        #expect(contact.firstUnreachable == LocalDateTime(year: 2017, month: 6, day: 19))
        #expect(contact.unreachableHolidays.contains("Midsommarafton 2017-06-23"))
        let receive = try #require(analysis.steps.first { $0.path == "via-jour" && $0.step == "tar-emot" })
        #expect(receive.unreachableHours == 0 && receive.unreachableHolidays.isEmpty)
    }

    @Test func theWeekGridCountsTheStepsReachedEachHourAndMarksMidsommar() throws {
        let analysis = try ReachabilityAnalysis(
            plan: Self.plan(), week: try #require(CalendarDay(year: 2017, month: 6, day: 21)))
        #expect(analysis.paths.map(\.path) == ["via-jour", "via-direktor"])
        let viaJour = analysis.paths[0]
        #expect(viaJour.steps == 2)
        #expect(viaJour.days.map(\.date).first == "2017-06-19" && viaJour.days.count == 7)
        #expect(viaJour.days.allSatisfy { $0.hours.map(\.hour) == Array(0..<24) })
        // Tuesday 03:00: the on-call receives, the director sleeps.
        let night = viaJour.days[1].hours[3]
        #expect(night.reachableSteps == 1 && night.unreachable == ["direktor"])
        // Tuesday 10:00 both are reached, and 15:00–16:00 still; the hour from 16:00 is taken at half past,
        // when the default office hours have closed.
        #expect(viaJour.days[1].hours[10] == .init(hour: 10, reachableSteps: 2, unreachable: []))
        #expect(viaJour.days[1].hours[15].reachableSteps == 2)
        #expect(viaJour.days[1].hours[16].reachableSteps == 1, "16:30 is closing time")
        // Midsommarafton is closed all day, although it is a Friday.
        #expect(viaJour.days[4].hours.allSatisfy { $0.reachableSteps == 1 })
        #expect(viaJour.days[4].holidays == [.init(name: "Midsommarafton", englishName: "Midsummer Eve", kind: .eve)])
        #expect(
            viaJour.days[5].holidays == [.init(name: "Midsommardagen", englishName: "Midsummer Day", kind: .public)])
        #expect(viaJour.days[3].holidays.isEmpty)
        // The path that starts with the director reaches nobody at night.
        #expect(analysis.paths[1].days[1].hours[3].reachableSteps == 0)
        #expect(analysis.paths[1].days[1].hours[3].unreachable == ["direktor"])
    }

    @Test func aDeputyWhoIsAlwaysThereClosesTheGapAndTheSinglePointOfFailure() throws {
        let week = try #require(CalendarDay(year: 2017, month: 6, day: 19))
        let alone = try ReachabilityAnalysis(plan: Self.plan(), week: week)
        #expect(alone.singlePointsOfFailure.map(\.role) == ["direktor"])
        #expect(alone.singlePointsOfFailure.first?.steps == ["via-jour/kontakt", "via-direktor/tar-emot"])
        let covered = try ReachabilityAnalysis(plan: Self.plan(directorDeputies: ["ersattare"]), week: week)
        #expect(covered.singlePointsOfFailure.isEmpty)
        #expect(covered.steps.allSatisfy { $0.unreachableHours == 0 && $0.unreachableHolidays.isEmpty })
    }

    @Test func everyoneWhoTakesAJointDecisionMustBeReached() throws {
        let plan = Self.plan(extraSteps: [
            AlarmStep(
                id: "gemensamt", kind: .decide, actor: "jour", after: ["kontakt"],
                options: [DecisionOption(id: "ja", label: "Ja"), DecisionOption(id: "nej", label: "Nej")],
                jointly: ["direktor"])
        ])
        let analysis = try ReachabilityAnalysis(
            plan: plan, week: try #require(CalendarDay(year: 2017, month: 6, day: 21)))
        let joint = analysis.steps.filter { $0.step == "gemensamt" }
        #expect(joint.map(\.role) == ["jour", "direktor"])
        #expect(joint.last?.unreachableHours == 168 - 4 * 8)
        // The director is needed by three steps now, and on both paths: a single point of failure.
        #expect(
            analysis.singlePointsOfFailure.first { $0.role == "direktor" }?.steps == [
                "via-jour/kontakt", "via-jour/gemensamt", "via-direktor/tar-emot",
            ])
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
        let analysis = try ReachabilityAnalysis(
            plan: plan, week: try #require(CalendarDay(year: 2017, month: 6, day: 19)))
        #expect(
            analysis.neverRun.map { "\($0.step): \($0.cause)" } == [
                "natt-efter-dag: it needs circumstances in which 'dagtid' does not run",
                "darefter: it waits for 'natt-efter-dag', which can never run",
            ])
        #expect(analysis.neverRun.map(\.cause) == [.excludedByStep("dagtid"), .waitsForNeverRunStep("natt-efter-dag")])
    }

    @Test func theStockholmPathsCanAllRun() throws {
        let analysis = try ReachabilityAnalysis(
            plan: StockholmFixture.plan, week: CalendarDay(year: 2017, month: 10, day: 9)!)
        #expect(analysis.neverRun.isEmpty)
    }

    /// The on-call role of ``plan(directorDeputies:extraSteps:)`` staffed by a weekly rota from Monday
    /// 2017-01-02 12:00, with a known gap over Christmas Eve.
    static func rotaPlan(exceptions: [RotaException] = [], jourDeputies: [EntityID] = []) -> Plan {
        var plan = Self.plan()
        plan.roles[0].rota = "jourschema"
        plan.roles[0].deputies = jourDeputies
        plan.rotas = [
            DutyRota(
                id: "jourschema", name: "Jourschema", starts: "2017-01-02 12:00", repeats: "FREQ=WEEKLY",
                shiftLength: "7d", exceptions: exceptions)
        ]
        return plan
    }

    @Test func aRotaThatStartsInTheYearLeavesTheYearsFirstDaysUncovered() throws {
        let analysis = try ReachabilityAnalysis(
            plan: Self.rotaPlan(), week: try #require(CalendarDay(year: 2017, month: 10, day: 9)))
        #expect(analysis.rotaGaps.count == 1)
        let gap = try #require(analysis.rotaGaps.first)
        #expect(gap.rota == "jourschema" && gap.name == "Jourschema" && gap.roles == ["jour"])
        #expect(gap.from == "2017-01-01 00:00" && gap.to == "2017-01-02 12:00")
        #expect(gap.hours == 36)
    }

    @Test func aDayInAWeekThatStartsTheYearBeforeAnalysesItsOwnYear() throws {
        let analysis = try ReachabilityAnalysis(
            plan: Self.rotaPlan(), week: try #require(CalendarDay(year: 2017, month: 1, day: 1)))
        #expect(analysis.week == "2016-12-26")
        #expect(analysis.year == 2017)
        #expect(analysis.rotaGaps.map(\.from) == ["2017-01-01 00:00"])
        let receive = try #require(analysis.steps.first { $0.path == "via-jour" && $0.step == "tar-emot" })
        #expect(receive.unreachableHolidays.first == "Nyårsdagen 2017-01-01")
        #expect(receive.unreachableHours == 168, "the rota has not started in the week of 26 December 2016")
    }

    @Test func aKnownGapMakesTheRoleUnreachableAndIsListedWithItsNote() throws {
        let christmas = RotaException(
            from: "2017-12-24 08:00", to: "2017-12-25 08:00", note: "ingen ersättare över julafton")
        let analysis = try ReachabilityAnalysis(
            plan: Self.rotaPlan(exceptions: [christmas]),
            week: try #require(CalendarDay(year: 2017, month: 12, day: 20)))
        #expect(
            analysis.rotaGaps.map { "\($0.from)–\($0.to) \($0.note ?? "-")" } == [
                "2017-01-01 00:00–2017-01-02 12:00 -",
                "2017-12-24 08:00–2017-12-25 08:00 ingen ersättare över julafton",
            ])
        // Christmas Eve is the Sunday of the analysed week: from 08:00 to midnight nobody answers at
        // "tar-emot"; the gap goes on into Christmas Day, and New Year's Day falls before the first shift.
        let receive = try #require(analysis.steps.first { $0.path == "via-jour" && $0.step == "tar-emot" })
        #expect(receive.unreachableHours == 16)
        #expect(receive.firstUnreachable == LocalDateTime(year: 2017, month: 12, day: 24, hour: 8))
        #expect(receive.unreachableHolidays == ["Nyårsdagen 2017-01-01", "Julafton 2017-12-24", "Juldagen 2017-12-25"])
    }

    @Test func extraCoverClosesAGapAndADeputyReachesPastIt() throws {
        let cover = RotaException(from: "2017-01-01 00:00", to: "2017-01-02 12:00", covered: true, note: "extra")
        let covered = try ReachabilityAnalysis(
            plan: Self.rotaPlan(exceptions: [cover]), week: try #require(CalendarDay(year: 2017, month: 1, day: 2)))
        #expect(covered.rotaGaps.isEmpty)
        let gap = RotaException(from: "2017-01-03 00:00", to: "2017-01-03 06:00")
        let deputized = try ReachabilityAnalysis(
            plan: Self.rotaPlan(exceptions: [cover, gap], jourDeputies: ["ersattare"]),
            week: try #require(CalendarDay(year: 2017, month: 1, day: 2)))
        #expect(deputized.rotaGaps.map(\.from) == ["2017-01-03 00:00"])
        #expect(deputized.steps.filter { $0.role == "jour" }.allSatisfy { $0.unreachableHours == 0 })
    }

    @Test func aRotaThatCannotBeReadIsRefusedWithItsPlace() throws {
        var plan = Self.rotaPlan()
        plan.rotas[0].repeats = "FREQ=WEKLY"
        plan.rotas[0].shiftLength = "7 dagar"
        #expect {
            _ = try ReachabilityAnalysis(plan: plan, week: CalendarDay(year: 2017, month: 1, day: 2)!)
        } throws: { error in
            let issues = (error as? PlanDataError)?.issues ?? []
            return issues.map(\.path.description) == ["rotas[0].repeats", "rotas[0].shiftLength"]
        }
    }
}
