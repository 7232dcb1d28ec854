import BeredskapModel
import Testing

@testable import BeredskapReporting

@Suite struct AlarmListReportTests {
    @Test func stepsRunInTheOrderTheyWaitForEachOther() throws {
        let plan = try Fixtures.stockholm()
        var shuffled = plan.alarmPaths[0]
        shuffled.steps.reverse()
        var reversedPlan = plan
        reversedPlan.alarmPaths = [shuffled]
        let report = AlarmListReport(plan: reversedPlan)
        let ids = report.paths[0].steps.map(\.id)
        #expect(ids.first == "larm-inkommer")
        for step in shuffled.steps {
            let position = try #require(ids.firstIndex(of: step.id.rawValue))
            for before in step.after {
                #expect(try #require(ids.firstIndex(of: before.rawValue)) < position, "\(before) before \(step.id)")
            }
        }
        #expect(report.paths[0].steps.map(\.number) == Array(1...shuffled.steps.count))
    }

    @Test func aStepAfterWhicheverBranchRanSaysSoInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        plan.alarmPaths[path].steps += [
            AlarmStep(
                id: "avsta-posom", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["posom-beslut"], condition: StepCondition(decision: "posom-beslut", outcome: "aktivera-inte")),
            AlarmStep(
                id: "rapportera-beslut", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["aktivera-posom", "avsta-posom"], join: .any),
        ]
        let report = AlarmListReport(plan: plan)
        let steps = report.paths[path].steps
        let branches = try ["aktivera-posom", "avsta-posom"].map { id in try #require(steps.first { $0.id == id }) }
        let joined = try #require(steps.first { $0.id == "rapportera-beslut" })
        #expect(joined.join == "any")
        #expect(joined.number > branches.map(\.number).max()!)
        let either = "\(branches[0].number) eller \(branches[1].number)"
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(text.contains(either), "\(format)")
        }
        let json = try ReportRenderer().render(.alarmList(report), format: .json)
        #expect(json.contains(#""join":"any""#) || json.contains(#""join" : "any""#))
        let english = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: .terminal, language: .en)
        #expect(english.contains("\(branches[0].number) or \(branches[1].number)"))
    }

    @Test func pathsOfOneRoutineSaySoInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        for index in plan.alarmPaths.indices { plan.alarmPaths[index].routine = "Larm vid extraordinär händelse" }
        let report = AlarmListReport(plan: plan)
        #expect(report.paths.allSatisfy { $0.routine == "Larm vid extraordinär händelse" })
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(
                text.components(separatedBy: "Larm vid extraordinär händelse").count > plan.alarmPaths.count,
                "\(format)")
            #expect(text.contains("Rutin"), "\(format)")
        }
    }

    @Test func aJointDecisionAndHandlingRulesAreShownInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        let decision = try #require(plan.alarmPaths[path].steps.firstIndex { $0.id == "uppdrag-beslut" })
        plan.alarmPaths[path].steps[decision].jointly = ["tib", "sof-direktor"]
        plan.alarmPaths[path].steps[decision].handling = ["Inga personuppgifter via e-post"]
        let report = AlarmListReport(plan: plan)
        let step = try #require(report.paths[path].steps.first { $0.id == "uppdrag-beslut" })
        #expect(step.jointly.map(\.id) == ["tib", "sof-direktor"])
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(
                text.contains(
                    "Stadsdirektör tillsammans med Tjänsteman i beredskap (TIB) och Direktör vid Socialförvaltningen"),
                "\(format)")
            #expect(text.contains("Inga personuppgifter via e-post"), "\(format)")
            if format != .csv { #expect(text.contains("Hantering"), "\(format)") }
        }
        let english = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: .markdown, language: .en)
        #expect(english.contains("jointly with") && english.contains("*Handling: Inga personuppgifter via e-post*"))
    }

    @Test func deputiesOfTheRoleAStepReachesAreListedInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        let index = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[index].deputies = ["sof-direktor"]
        plan.roles[index].deputyAfterMinutes = 10
        let report = AlarmListReport(plan: plan)
        let informing = try #require(report.paths[0].steps.first { $0.id == "informera-stadsdirektor" })
        #expect(informing.deputies.map(\.name) == ["Direktör vid Socialförvaltningen"])
        #expect(informing.deputyAfterMinutes == 10)
        // The decision is the director's own: the deputy stands in for it too.
        #expect(report.paths[0].steps.first { $0.id == "uppdrag-beslut" }?.deputies.count == 1)
        #expect(report.paths[0].steps.first { $0.id == "kontakt-enhetschef" }?.deputies.isEmpty == true)
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(
                text.contains("ställföreträdare efter 10 min: Direktör vid Socialförvaltningen"), "\(format)")
        }
        let english = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: .markdown, language: .en)
        #expect(english.contains("deputies after 10 min: Direktör vid Socialförvaltningen"))
    }

    @Test func whenTheRoleAStepReachesAnswersIsSaidInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        plan.rotas = [
            DutyRota(
                id: "sd-schema", name: "Stadsdirektörens veckoberedskap", starts: "2017-01-02 12:00",
                repeats: "FREQ=WEEKLY", shiftLength: "7d")
        ]
        let director = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[director].availability = .onDuty
        plan.roles[director].rota = "sd-schema"
        let head = try #require(plan.roles.firstIndex { $0.id == "socialjourens-enhetschef" })
        plan.roles[head].availability = .officeHours
        let report = AlarmListReport(plan: plan)
        let informing = try #require(report.paths[0].steps.first { $0.id == "informera-stadsdirektor" })
        #expect(informing.availability == "onDuty")
        #expect(informing.rota == ActorName(id: "sd-schema", name: "Stadsdirektörens veckoberedskap"))
        #expect(report.paths[0].steps.first { $0.id == "kontakt-enhetschef" }?.availability == "officeHours")
        #expect(report.paths[0].steps.first { $0.id == "larm-inkommer" }?.availability == nil, "Socialjouren is a unit")
        for format in [ReportFormat.terminal, .markdown, .html, .csv] {
            let text = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: format)
            #expect(text.contains("nås genom beredskap enligt Stadsdirektörens veckoberedskap"), "\(format)")
            #expect(text.contains("nås i kontorstid"), "\(format)")
        }
        let english = try ReportRenderer(lineWidth: 400).render(.alarmList(report), format: .markdown, language: .en)
        #expect(english.contains("reachable on duty by Stadsdirektörens veckoberedskap"))
        #expect(english.contains("reachable in office hours"))
    }

    @Test func keepsThePlansOrderWhenItAlreadyRunsInOrder() throws {
        let plan = try Fixtures.stockholm()
        let report = AlarmListReport(plan: plan)
        #expect(report.paths.map(\.id) == ["via-socialjouren", "via-tib"])
        #expect(report.paths[0].steps.map(\.id) == plan.alarmPaths[0].steps.map(\.id.rawValue))
    }

    @Test func saysWhoContactsWhomAndUnderWhichCondition() throws {
        let report = AlarmListReport(plan: try Fixtures.stockholm())
        let path = report.paths[0]
        #expect(path.entry?.name == "Stockholms stads socialjour")
        let contact = try #require(path.steps.first { $0.id == "kontakt-enhetschef" })
        #expect(
            AlarmStepText.sentence(contact, .sv) == "Stockholms stads socialjour kontaktar Socialjourens enhetschef")
        #expect(contact.after == [1])
        let posom = try #require(path.steps.first { $0.id == "aktivera-posom" })
        #expect(AlarmStepText.conditions(posom.condition, .sv) == ["om: Aktivera POSOM"])
        #expect(posom.condition?.decisionStep == path.steps.first { $0.id == "posom-beslut" }?.number)
        let inform = try #require(path.steps.first { $0.id == "informera-sof-direktor" })
        #expect(AlarmStepText.conditions(inform.condition, .sv) == ["endast extraordinär händelse"])
        #expect(AlarmStepText.conditions(inform.condition, .en) == ["only extraordinary event"])
        let decision = try #require(path.steps.first { $0.id == "posom-beslut" })
        #expect(decision.options.map(\.label) == ["Aktivera POSOM", "Aktivera inte POSOM"])
        let continuous = try #require(report.paths[1].steps.first { $0.id == "informera-sof-direktor" })
        #expect(AlarmStepText.timing(continuous, .sv) == ["upprepas till händelsens slut"])
    }

    @Test func officeHoursVariantsListTheStepsOfEach() throws {
        var plan = try Fixtures.stockholm()
        plan.alarmPaths[0].steps[1].condition = StepCondition(officeHours: true)
        plan.alarmPaths[0].steps[2].condition = StepCondition(officeHours: false)
        plan.alarmPaths[0].steps[2].after = ["larm-inkommer"]
        let path = AlarmListReport(plan: plan).paths[0]
        #expect(path.officeHoursSteps?.contains(2) == true)
        #expect(path.officeHoursSteps?.contains(3) == false)
        #expect(path.outsideOfficeHoursSteps?.contains(3) == true)
        #expect(path.outsideOfficeHoursSteps?.contains(2) == false)
        #expect(AlarmListReport(plan: try Fixtures.stockholm()).paths[0].officeHoursSteps == nil)
    }

    @Test func contactDetailsOnlyWhenAskedFor() throws {
        let plan = try Fixtures.withContacts()
        let without = AlarmListReport(plan: plan)
        #expect(without.directory == nil)
        #expect(without.paths.flatMap(\.steps).allSatisfy { $0.contacts == nil })
        let with = AlarmListReport(plan: plan, includeSensitive: true)
        let step = try #require(with.paths[0].steps.first { $0.id == "kontakt-enhetschef" })
        #expect(step.contacts?.map(\.value) == [Fixtures.sensitivePhone])
        #expect(step.contacts?.first?.sensitive == true)
        #expect(with.directory?.map(\.actor.id) == ["socialjouren", "socialjourens-enhetschef"])
    }
}
