import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

@Suite struct DrillReportTests {
    private func benchNight() throws -> (plan: Plan, report: DrillReport) {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
        return (plan, DrillReport(session: session, plan: plan))
    }

    @Suite struct Overview {
        @Test func saysWhatWasPlayedByWhomAndWhen() throws {
            let plan = try Fixtures.stockholm()
            let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
            let overview = DrillReport(session: session, plan: plan).overview
            #expect(overview.sessionID == "ovning-2018-03-14")
            #expect(overview.scenario == "bench-night")
            #expect(overview.pathName == "Om larm inkommer via Socialjouren")
            // The alarm at 02:30 on 14 October 2017 is still summer time in Stockholm.
            #expect(overview.eventTime == "2017-10-14T02:30:00+02:00")
            #expect(overview.classification == "extraordinary")
            #expect(!overview.officeHours)
            #expect(overview.participants.map(\.role.name).contains("Stadsdirektör"))
            #expect(overview.participants.first { $0.role.id == "stadsdirektor" }?.person == "Karin Ek")
            #expect(overview.leader == "Kim Lund")
            #expect(overview.state == "ended")
            #expect(overview.minutesPlayed == 65)
            #expect(overview.wallStart == "2018-03-14T09:00:00+01:00")
            #expect(overview.wallEnd == "2018-03-14T09:31:00+01:00")
            #expect(overview.injectsGiven == 1 && overview.injectsTotal == 1)
        }

        @Test func theTimelineHasEveryLogEntryWithSimulatedAndWallTime() throws {
            let plan = try Fixtures.stockholm()
            let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
            let timeline = DrillReport(session: session, plan: plan).timeline
            #expect(timeline.count == session.log.count)
            #expect(timeline.map(\.kind) == session.log.map(\.kind.rawValue))
            let contingency = try #require(timeline.first { $0.kind == "contingency" })
            #expect(contingency.minute == 60)
            #expect(contingency.simulatedTime == "2017-10-14T03:30:00+02:00")
            #expect(contingency.wallTime == "2018-03-14T09:14:00+01:00")
            #expect(contingency.role?.name == "Direktör vid Socialförvaltningen")
            #expect(contingency.inject == 1)
            let action = try #require(timeline.first { $0.kind == "action" })
            #expect(action.enteredBy == "Karin Ek")
            #expect(action.note == "Direktören vid SoF gick inte att nå")
        }
    }

    @Test func theCityDirectorReachedAfterSixtyMinutesIsRatedMajorChallenges() throws {
        let (_, report) = try benchNight()
        let city = try #require(report.objectives.first { $0.id == "stadsdirektor-60" })
        #expect(city.actedAtMinute == 65)
        #expect(city.rating == .majorChallenges)
        #expect(city.observations.first == "Stadsdirektör agerade först vid minut 65 (mål 60).")
        #expect(city.observations.contains { $0.hasPrefix("Minut 65, åtgärd: Stadsdirektör: informeras") })
        // The director decided at 65, more than twice the 30 minutes allowed; the evaluator said M.
        let director = try #require(report.objectives.first { $0.id == "direktor-30" })
        #expect(director.actedAtMinute == 65)
        #expect(director.logRating == .unable)
        #expect(director.rating == .majorChallenges)
    }

    @Test(arguments: [
        (10.0, DrillReport.Rating.performed), (30, .performed), (31, .majorChallenges), (60, .majorChallenges),
        (61, .unable),
    ])
    func ratingFollowsTheMinuteTheRoleFirstActed(minute: Double, rating: DrillReport.Rating) throws {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(
            plan: plan, scenario: try DrillFixtures.scenario(plan), role: "direktor-berord-forvaltning",
            actsAt: minute)
        let report = DrillReport(session: session, plan: plan)
        #expect(report.objectives.first { $0.id == "direktor-30" }?.rating == rating)
        // The city director never acted.
        let city = try #require(report.objectives.first { $0.id == "stadsdirektor-60" })
        #expect(city.rating == .unable)
        #expect(city.actedAtMinute == nil)
        #expect(city.observations.first?.contains("agerade inte under övningen") == true)
    }

    @Test func aContingencyForTheRoleMakesAnObjectiveMetInTimeSomeChallenges() throws {
        let plan = try Fixtures.stockholm()
        var scenario = try DrillFixtures.scenario(plan)
        scenario.objectives.append(
            ScenarioObjective(
                id: "sof-90", text: "Direktören vid SoF nådd inom 90 minuter", role: "sof-direktor",
                reachedWithinMinutes: 90))
        // The contingency for sof-direktor fires at 60; the director acts at 65.
        let session = try DrillFixtures.session(plan: plan, scenario: scenario, role: "sof-direktor", actsAt: 65)
        let objective = try #require(DrillReport(session: session, plan: plan).objectives.first { $0.id == "sof-90" })
        #expect(objective.rating == .someChallenges)
        #expect(objective.contingencyEntries.count == 1)
        #expect(objective.observations.contains { $0.hasPrefix("Minut 60, reservinspel:") })
    }

    @Test func theContingencyThatFiredIsADeviation() throws {
        let (_, report) = try benchNight()
        let contingency = try #require(report.deviations.first)
        #expect(contingency.kind == .contingency)
        #expect(contingency.role.id == "sof-direktor")
        #expect(contingency.inject == 1)
        #expect(contingency.deadlineMinute == 60)
        #expect(contingency.actualMinute == nil)
        #expect(contingency.expected.hasPrefix("hänvisar till stadens presstjänst"))
        #expect(contingency.text.contains("inom 15 minuter efter inspelet från SVT Nyheter vid minut 45"))
    }

    @Test func aDecisionOfThePathNeverMadeIsMissing() throws {
        let (_, report) = try benchNight()
        // POSOM was decided; the city director's decision on the assignment was not.
        #expect(report.deviations.filter { $0.kind == .missingDecision }.map(\.step) == ["uppdrag-beslut"])
        #expect(report.deviations.count == 2)
    }

    @Test func stepsAreLateOrMissingAgainstTheScenariosTargetTimes() throws {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.timedScenario(plan))
        let deviations = DrillReport(session: session, plan: plan).deviations
        let byStep = Dictionary(uniqueKeysWithValues: deviations.compactMap { d in d.step.map { ($0, d) } })
        #expect(byStep["kontakt-direktor"]?.kind == .late)
        #expect(byStep["kontakt-direktor"]?.actualMinute == 65)
        #expect(byStep["kontakt-direktor"]?.role.id == "direktor-berord-forvaltning")
        #expect(byStep["informera-sof-direktor"]?.kind == .missing)
        #expect(byStep["informera-stadsdirektor"]?.kind == .late)
        #expect(
            byStep["informera-stadsdirektor"]?.text
                == "”Direktör vid Socialförvaltningen informerar Stadsdirektör” skedde först vid minut 65 "
                + "(mål: inom 60 minuter).")
    }

    @Test func aTargetTheDrillNeverReachedIsNotADeviation() throws {
        let plan = try Fixtures.stockholm()
        var scenario = try DrillFixtures.timedScenario(plan)
        scenario.steps["informera-sof-direktor", default: StepOverride()].targetMinutes = 200
        let session = try DrillFixtures.session(plan: plan, scenario: scenario)
        let steps = DrillReport(session: session, plan: plan).deviations.compactMap(\.step)
        #expect(!steps.contains("informera-sof-direktor"))
        #expect(steps.contains("kontakt-direktor"))
    }

    @Test func stepsForAnotherKindOfEventAreNotDeviations() throws {
        let plan = try Fixtures.stockholm()
        var scenario = try DrillFixtures.timedScenario(plan)
        scenario.event.classification = .ordinary
        let session = try DrillFixtures.session(plan: plan, scenario: scenario)
        let steps = DrillReport(session: session, plan: plan).deviations.compactMap(\.step)
        // Informing SoF, and so the city director, and the city director's decision are for
        // extraordinary events only.
        #expect(!steps.contains("informera-sof-direktor"))
        #expect(!steps.contains("informera-stadsdirektor"))
        #expect(!steps.contains("uppdrag-beslut"))
        #expect(steps.contains("kontakt-direktor"))
    }

    @Test func theImprovementPlanHasAnItemPerObjectiveRatedMOrUAndPerDeviation() throws {
        let (plan, report) = try benchNight()
        #expect(
            report.improvements.map(\.correctiveAction) == [
                "Förtydliga och öva rutinen för att Direktör vid Socialförvaltningen informerar Stadsdirektör "
                    + "inom 60 minuter",
                "Förtydliga och öva rutinen för att Stockholms stads socialjour kontaktar Direktör på berörd "
                    + "förvaltning inom 30 minuter",
                "Förtydliga och öva rutinen för att Direktör vid Socialförvaltningen hänvisar till stadens "
                    + "presstjänst och bekräftar att Socialjouren är på plats inom 15 minuter",
                "Öva beslutet där Stadsdirektör väljer mellan ”Ge Socialjouren i uppdrag att lokalt samordna det "
                    + "psykosociala omhändertagandet” och ”Ge inte Socialjouren något sådant uppdrag” så att det "
                    + "fattas och dokumenteras under larmet",
            ])
        #expect(
            report.improvements.map(\.responsibleRole) == [
                "sof-direktor", "direktor-berord-forvaltning", "sof-direktor", "stadsdirektor",
            ])
        #expect(
            report.improvements.map(\.source) == [
                "objective:stadsdirektor-60", "objective:direktor-30",
                "deviation:1", "deviation:2",
            ])
        #expect(report.improvements[0].issue.hasPrefix("Målet ”Stadsdirektören informerad inom 60 minuter” bedömdes M"))
        // No date given: 90 days after the drill on 14 March 2018.
        #expect(report.improvements.allSatisfy { $0.due == Fixtures.date("2018-06-12") })
        #expect(report.header.date == "2018-03-14")
        // HSEEP's columns: the capability (the objective, or the path for a deviation), the responsible
        // role's organisation and point of contact (who played it), the start.
        #expect(report.improvements[0].capability == "Stadsdirektören informerad inom 60 minuter")
        #expect(report.improvements[2].capability == plan.alarmPaths.first { $0.id == "via-socialjouren" }?.name)
        #expect(report.improvements[0].responsibleOrganization == "Socialförvaltningen")
        #expect(report.improvements.allSatisfy { $0.start == Fixtures.date("2018-03-14") })
        #expect(report.improvements[0].responsibleRole == "sof-direktor")
        #expect(report.improvements[0].pointOfContact == "Anna Berg")
        let html = try ReportRenderer().render(.drill(report), format: .html)
        for column in ["Förmåga", "Ansvarig organisation", "Kontaktperson", "Start", "Klart"] {
            #expect(html.contains("<th>\(column)</th>") || html.contains(">\(column)</th>"), "\(column)")
        }
    }

    @Test func theDueDateIsNinetyDaysAfterTheReportDate() throws {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
        let report = DrillReport(session: session, plan: plan, date: Fixtures.date("2018-12-01"))
        #expect(report.improvements.allSatisfy { $0.due == Fixtures.date("2019-03-01") })
        #expect(report.header.date == "2018-12-01")
    }

    @Test func anItemRepeatingAnEarlierCorrectiveActionIsLeftOut() throws {
        let plan = try Fixtures.stockholm()
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.timedScenario(plan))
        let report = DrillReport(session: session, plan: plan)
        // Informing the city director late says the same as the objective rated M.
        #expect(report.deviations.count == 5)
        #expect(report.improvements.count == 6)
        let actions = report.improvements.map(\.correctiveAction)
        #expect(Set(actions).count == actions.count)
        #expect(!report.improvements.contains { $0.source == "deviation:4" })
    }

    @Test func theImprovementPlanBecomesActivitiesOfThePlan() throws {
        let (shipped, report) = try benchNight()
        var plan = shipped
        let starts = Fixtures.date("2018-04")
        let activities = report.improvementActivities(idPrefix: "ovning-2018-03-14", starts: starts)
        #expect(activities.map(\.id.rawValue) == (1...4).map { "ovning-2018-03-14-\($0)" })
        #expect(activities.map(\.title) == report.improvements.map(\.correctiveAction))
        #expect(activities.map(\.description) == report.improvements.map(\.issue))
        #expect(activities.map(\.responsible) == report.improvements.map { [$0.responsibleRole] })
        #expect(activities.allSatisfy { $0.starts == starts && $0.followUp == .on(Fixtures.date("2018-06-12")) })
        // Added to the plan, they refer only to what the plan has.
        let before = PlanValidator.validate(plan)
        plan.activities += activities
        #expect(PlanValidator.validate(plan) == before)
    }

    @Suite struct Rendering {
        private func report() throws -> Report {
            let plan = try Fixtures.stockholm()
            return .drill(
                DrillReport(
                    session: try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan)),
                    plan: plan))
        }

        @Test func theCSVIsTheTimelineWithOneRowPerLogEntry() throws {
            let csv = try ReportRenderer().render(try report(), format: .csv)
            let records = csv.components(separatedBy: "\r\n").dropLast()
            #expect(records.first?.hasPrefix("Övning,#,Minut,Speltid,Verklig tid,Typ,Roll,Vad hände") == true)
            #expect(records.first?.hasSuffix(",Rättar rad") == true)
            guard case .drill(let drill) = try report() else { return }
            #expect(records.count == drill.timeline.count + 1)
            // Every row carries the exercise mark, so that no sorted or filtered copy loses it.
            #expect(records.dropFirst().allSatisfy { $0.hasPrefix("ÖVNING,") })
            #expect(
                records.contains {
                    $0.hasPrefix(
                        "ÖVNING,4,60,2017-10-14 03:30,2018-03-14 09:14,reservinspel,Direktör vid Socialförvaltningen,")
                })
        }

        @Test func theJSONReadsBackAsTheSameReport() throws {
            let json = try ReportRenderer().render(try report(), format: .json)
            let decoded = try JSONDecoder().decode(DrillReport.self, from: Data(json.utf8))
            #expect(Report.drill(decoded) == (try report()))
            #expect(json.contains("\"due\" : \"2018-06-12\""))
            #expect(json.contains("\"responsibleRole\" : \"sof-direktor\""))
        }

        @Test func headingsFollowTheReportLanguageAndThePlansTextStays() throws {
            let english = try ReportRenderer().render(try report(), format: .markdown, language: .en)
            #expect(english.hasPrefix("# After-action report: Larm via Socialjouren en lördagsnatt"))
            for heading in [
                "## Timeline", "## Objectives and ratings", "## Deviations from the plan",
                "## Improvement plan",
            ] {
                #expect(english.contains(heading))
            }
            let swedish = try ReportRenderer().render(try report(), format: .html)
            #expect(swedish.contains("<p class=\"kind\">Utvärdering av övning</p>"))
            #expect(swedish.contains("Förbättringsplan"))
        }
    }
}
