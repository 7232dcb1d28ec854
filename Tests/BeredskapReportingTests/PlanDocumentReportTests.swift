import BeredskapModel
import Testing

@testable import BeredskapReporting

@Suite struct PlanDocumentReportTests {
    @Test func followsTheOriginalsStructure() throws {
        let report = PlanDocumentReport(plan: try Fixtures.stockholm())
        #expect(
            report.sections.map(\.title) == [
                "Inledning", "Definitioner", "Olika våldsbejakande extremistmiljöer i Sverige", "Socialförvaltningen",
                "Socialförvaltningens roll i arbetet mot våldsbejakande extremism", "Lokal lägesbild", "Samverkan",
                "Socialförvaltningens aktivitetsplanering 2017–2018", "Larmvägar vid en extraordinär händelse",
                // The roles and the external actors, which no section of the plan introduces.
                nil, nil,
            ])
        #expect(report.sections.suffix(2).map(\.insert) == ["roles", "externalActors"])
        let situation = try #require(report.sections.first { $0.id == "lokal-lagesbild" })
        #expect(
            situation.sections.map(\.title) == [
                "Socialförvaltningens befintliga verksamhet", "Förebyggande arbete", "Förhindrande arbete",
            ])
        #expect(situation.sections[1].sections[0].insert == "preventionUnits")
        #expect(report.sections.first?.references == [1, 2])
        #expect(report.sections.first?.paragraphs.count == 3)
    }

    @Test func diaryNumbersThePublicationDateAndAttachmentsAreShownInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        plan.metadata.diaryNumbers = ["SLK 2017/1234", "SoF 2017/0567"]
        plan.metadata.publishedOn = try PartialDate(year: 2017, month: 9, day: 1)
        plan.metadata.approvals[0].otherDiaryNumbers = ["KS 2017/0890"]
        let last = plan.sections.count - 1
        plan.sections[last].attachment = "Bilaga 2"
        let report = PlanDocumentReport(plan: plan)
        let title = "Bilaga 2 – " + plan.sections[last].title
        for format in [ReportFormat.terminal, .markdown, .html] {
            let text = try ReportRenderer(lineWidth: 400).render(.planDocument(report), format: format)
            #expect(text.contains("SLK 2017/1234, SoF 2017/0567"), "\(format)")
            #expect(text.contains("Publicerad") && text.contains("1 september 2017"), "\(format)")
            #expect(text.contains("Dnr KS 2017/0890"), "\(format)")
            #expect(text.contains(title), "\(format)")
        }
        let json = try ReportRenderer().render(.planDocument(report), format: .json)
        for expected in ["SoF 2017/0567", "2017-09-01", "KS 2017/0890", "Bilaga 2"] {
            #expect(json.contains(expected), "\(expected)")
        }
    }

    @Test func theDecisionChainShowsWhereThePlanStandsInEveryFormat() throws {
        var plan = try Fixtures.stockholm()
        plan.metadata.approvals = [
            Approval(
                action: .referred, body: "Socialnämnden", date: try PartialDate(parsing: "2017-02-01"),
                bodies: ["Stadsdelsnämnderna", "Polismyndigheten"], deadline: try PartialDate(parsing: "2017-03-31")),
            Approval(action: .reviewed, body: "Malmö universitet", date: try PartialDate(parsing: "2017-04-10")),
            Approval(
                action: .approved, body: "Kommunfullmäktige", date: try PartialDate(parsing: "2017-06-14"),
                condition: "Att uppföljningen redovisas årligen"),
            Approval(action: .published, body: "Stadsledningskontoret"),
        ]
        let report = PlanDocumentReport(plan: plan)
        let expected = [
            "Remitterad av Socialnämnden till Stadsdelsnämnderna, Polismyndigheten, 1 februari 2017, svar senast 31 mars 2017",
            "Granskad av Malmö universitet, 10 april 2017",
            "Godkänd av Kommunfullmäktige, 14 juni 2017, villkor: Att uppföljningen redovisas årligen",
            "Publicerad av Stadsledningskontoret, väntar",
        ]
        for format in [ReportFormat.terminal, .markdown, .html] {
            let text = try ReportRenderer(lineWidth: 400).render(.planDocument(report), format: format)
            for line in expected { #expect(text.contains(line), "\(format): \(line)") }
        }
        let json = try ReportRenderer().render(.planDocument(report), format: .json)
        for part in ["\"referred\"", "Polismyndigheten", "2017-03-31", "Att uppföljningen redovisas årligen"] {
            #expect(json.contains(part), "\(part)")
        }
        plan.metadata.language = "en"
        let english = try ReportRenderer(lineWidth: 400).render(
            .planDocument(PlanDocumentReport(plan: plan)), format: .terminal)
        #expect(english.contains("Referred for consultation by Socialnämnden to Stadsdelsnämnderna, Polismyndigheten"))
        #expect(
            english.contains("answers by 31 March 2017")
                && english.contains("Published by Stadsledningskontoret, pending"))
    }

    @Test func departmentsCarryTheirUnits() throws {
        let report = PlanDocumentReport(plan: try Fixtures.stockholm())
        #expect(report.departments.count == 4)
        let social = try #require(report.departments.first { $0.id == "socialtjanstavdelningen" })
        #expect(social.units.map(\.id).contains("socialjouren"))
        #expect(report.departments.flatMap(\.units).count == 23)
    }

    @Test func listsThePlanHasButNoSectionIntroducesAreAdded() throws {
        var plan = try Fixtures.stockholm()
        plan.sections = []
        let report = PlanDocumentReport(plan: plan)
        #expect(
            report.sections.map(\.insert) == [
                "definitions", "milieus", "departments", "preventionUnits", "interventionUnits", "activities",
                "alarmPaths", "roles", "externalActors",
            ])
        #expect(report.sections.allSatisfy { $0.title == nil })
    }

    @Test func paragraphsAndListsAreSplitAtBlankLines() {
        let paragraphs = Paragraphs.split("Första stycket\nfortsätter.\n\n  \n- Förebyggande\n- Förhindrande\n")
        #expect(paragraphs == ["Första stycket\nfortsätter.", "- Förebyggande\n- Förhindrande"])
        #expect(Paragraphs.listItems(paragraphs[1]) == ["Förebyggande", "Förhindrande"])
        #expect(Paragraphs.listItems(paragraphs[0]) == nil)
    }
}
