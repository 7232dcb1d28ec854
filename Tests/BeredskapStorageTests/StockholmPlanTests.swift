import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

/// The built-in plan carries what the seed says, in clean Swedish.
@Suite struct StockholmPlanTests {
    let plan: Plan

    init() throws { plan = try BuiltInPlans.stockholm() }

    func units(with function: UnitFunction) -> [ServiceUnit] { plan.units.filter { $0.functions.contains(function) } }

    @Test func hasTheSeedsCounts() {
        #expect(plan.units.count == 23)
        #expect(units(with: .preventive).count == 8)
        #expect(units(with: .detecting).count == 21)
        #expect(units(with: .remedial).count == 6)
        #expect(plan.allActivities.count == 9)
        #expect(plan.definitions.map(\.term) == ["Våldsbejakande", "Extremism", "Radikalisering"])
        #expect(plan.alarmPaths.map(\.id) == ["via-socialjouren", "via-tib"])
        #expect(plan.milieus.filter { $0.kind == .movement }.count == 3)
        #expect(plan.milieus.filter { $0.kind == .loneActors }.count == 1)
        #expect(plan.organizations.filter { $0.kind == .department }.count == 4)
    }

    @Test func isValid() {
        #expect(PlanValidator.validate(plan) == [])
    }

    @Test func hasTheRemedialUnitsOfTheInterventionList() {
        #expect(
            units(with: .remedial).map(\.name) == [
                "Stockholms stads socialjour", "Enheten för hemlösa – Avhopparverksamhet",
                "Kriscentrum för kvinnor och barn", "Eurenii Minne akut- och utredningshem och föräldrastöd",
                "Sociala insatsgrupper för unga", "Sociala insatsgrupper för unga vuxna",
            ])
        #expect(units(with: .remedial).allSatisfy { $0.level == .intervention })
        #expect(plan.units.filter { $0.level == .prevention }.count == 17)
    }

    @Test(arguments: [
        ("origo", 13, 26), ("giovannis", 13, 20), ("kruton", 16, 25), ("eurenii-minne", 0, 12),
        ("sociala-insatsgrupper-unga", 12, 18), ("sociala-insatsgrupper-unga-vuxna", 19, 29),
    ])
    func statesTheAgeRangesOfTheSeed(id: String, minAge: Int, maxAge: Int) throws {
        let unit = try #require(plan.units.first { $0.id.rawValue == id })
        #expect(unit.targetGroups.contains { $0.minAge == minAge && $0.maxAge == maxAge })
        #expect(unit.serves(age: minAge) && unit.serves(age: maxAge) && !unit.serves(age: maxAge + 1))
    }

    @Test func statesOpenEndedAges() throws {
        let skkp = try #require(plan.units.first { $0.shortName == "SKKP" })
        #expect(skkp.targetGroups.contains { $0.minAge == nil && $0.maxAge == 21 })
        for id in ["relationsvaldscentrum", "samtalsmottagningen"] {
            let unit = try #require(plan.units.first { $0.id.rawValue == id })
            #expect(unit.targetGroups.contains { $0.minAge == 18 && $0.maxAge == nil })
        }
        let servesTwentySeven = plan.units.filter { $0.serves(age: 27) }.map(\.id.rawValue)
        #expect(
            servesTwentySeven == ["relationsvaldscentrum", "samtalsmottagningen", "sociala-insatsgrupper-unga-vuxna"])
    }

    @Test func reconstructsTheActivityTable() throws {
        let first = try #require(plan.activities.first)
        #expect(first.title == "Bildande av förvaltningsövergripande arbetsgrupp")
        #expect(first.responsible == ["sof-samordnare", "sof-avdelningschefer"])
        #expect(first.starts?.description == "2017-08-14")
        #expect(first.followUp == .on(try PartialDate(parsing: "2017-09-01")))
        #expect(plan.activities.dropFirst().allSatisfy { $0.followUp == .ordinary })
        #expect(plan.activities.compactMap(\.starts?.description).filter { $0 == "2018" }.count == 2)
        #expect(plan.activities.allSatisfy { $0.responsible.first == "sof-samordnare" })
    }

    @Test func hasRolesIndependentOfPeople() throws {
        let titles = Set(plan.roles.map(\.title))
        for title in [
            "Stadens centrala samordnare", "Socialförvaltningens samordnare", "Socialjourens enhetschef",
            "Direktör på berörd förvaltning", "Direktör vid Socialförvaltningen", "Stadsdirektör",
            "Tjänsteman i beredskap (TIB)",
        ] {
            #expect(titles.contains(title), "\(title)")
        }
        #expect(plan.roles.allSatisfy { $0.contacts.isEmpty })
    }

    @Test func alarmPathViaSocialjourenBranchesOnPOSOMAndTheEventClass() throws {
        let path = try #require(plan.alarmPaths.first)
        #expect(path.entry == "socialjouren")
        #expect(path.startSteps.map(\.kind) == [.receive])
        #expect(path.steps(after: "kontakt-direktor").map(\.id) == ["posom-beslut", "informera-sof-direktor"])
        let decision = try #require(path.step("posom-beslut"))
        #expect(decision.kind == .decide && decision.actor == "direktor-berord-forvaltning")
        #expect(path.step("aktivera-posom")?.condition == StepCondition(decision: "posom-beslut", outcome: "aktivera"))
        #expect(path.step("informera-sof-direktor")?.condition?.classification == .extraordinary)
        #expect(path.step("informera-stadsdirektor")?.target == "stadsdirektor")
    }

    @Test func theCityDirectorMayTaskSocialjourenEvenDuringOfficeHours() {
        for path in plan.alarmPaths {
            let assignment = path.steps.first { $0.kind == .assign }
            #expect(assignment?.actor == "stadsdirektor" && assignment?.target == "socialjouren")
            #expect(assignment?.condition?.officeHours == nil, "the rule holds in and outside office hours")
            #expect(assignment?.text?.contains("även under kontorstid") == true)
        }
    }

    @Test func alarmPathViaTIBInformsContinuously() throws {
        let path = try #require(plan.alarmPaths.last)
        #expect(path.entry == "tib")
        let continuous = path.steps.filter { $0.repeatRule != nil }.map(\.id)
        #expect(continuous == ["informera-sof-direktor", "kontakt-sof-stadsdirektor"])
        #expect(path.steps.contains { $0.kind == .activate && $0.target == "central-krisledning" })
    }

    /// The OCR dropped å/ä/ö and confused letters; none of its forms may survive in the data.
    @Test func textIsCleanSwedishNotOCR() throws {
        let url = try #require(BuiltInPlans.resourceURL(BuiltInPlans.stockholmID))
        let text = try String(contentsOf: url, encoding: .utf8)
        let prose = text.split(separator: "\n").filter { line in
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            return ![
                "id:", "responsible:", "otherActors:", "after:", "actor:", "target:", "entry:", "department:",
                "parent:", "organization:", "administration:", "decision:", "outcome:", "references:",
            ]
            .contains { trimmed.hasPrefix($0) }
        }.joined(separator: "\n")
        let ocrForms = [
            "Socialforvaltningen", "valdsbejakande", "atgardande", "forebyggande", "upptackande", "forhindrande",
            "forvaltning", "Lagesbild", "extremistmiljoer", "samordnare for", "arbete mot valds", " 1 samband",
            "&r ", " ir ", "f6r", "16pande", "véld", "samhéll", "ménnisk", "Atgird", "Forebyggande", "Larmvagar",
            "nimnd",
        ]
        for form in ocrForms {
            #expect(!prose.contains(form), "OCR form '\(form)' in the shipped plan")
        }
        for word in ["Socialförvaltningen", "våldsbejakande", "åtgärdande", "förebyggande", "upptäckande"] {
            #expect(prose.contains(word))
        }
    }
}
