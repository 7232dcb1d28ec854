import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// The drill's printed material: the inject cards, the participants' handout and the evaluators'
/// sheets, as values and as HTML.
@Suite struct DrillMaterialTests {
    static let hostile = "<script>alert('x')</script> & \"citat\""
    static let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;"

    /// Bench night with a second inject, earlier than the first in the file, expecting the city
    /// director to act.
    private func scenario(_ plan: Plan) throws -> Scenario {
        var scenario = try DrillFixtures.scenario(plan)
        scenario.injects.append(
            ScenarioInject(
                at: 20, from: "socialjouren", to: "stadsdirektor", kind: .information,
                text: "Socialjouren lämnar en första lägesbild.",
                expectedAction: ExpectedAction(
                    role: "stadsdirektor", action: "sammankallar krisledningen", withinMinutes: 30),
                contingency: "Övningsledningen ringer stadsdirektören."))
        return scenario
    }

    private func render(_ material: DrillMaterial, _ language: ReportLanguage? = nil) throws -> String {
        try ReportRenderer().render(material, language: language)
    }

    @Test func cardsAreNumberedAsTheDrillNumbersInjectsAndPlayedInOrderOfTheirMinutes() throws {
        let plan = try Fixtures.stockholm()
        let cards = InjectCards(scenario: try scenario(plan), plan: plan)
        #expect(cards.cards.map(\.number) == [2, 1])
        #expect(cards.cards.map(\.schedule) == [.atMinute(20), .atMinute(45)])
        #expect(cards.cards[0].from == "Stockholms stads socialjour")
        #expect(cards.cards[0].to == "Stadsdirektör")
        #expect(cards.cards[1].from == "SVT Nyheter")
        let html = try render(.cards(cards))
        #expect(
            html.contains(
                "<span class=\"card-number\">Inspel 2</span><span class=\"card-time\">Minut 20 · T+0:20 · kl. 02:50</span>"
            ))
        #expect(html.contains("Minut 45 · T+0:45 · kl. 03:15"))
        #expect(html.components(separatedBy: "<p class=\"exercise-band\">ÖVNING – inget verkligt larm</p>").count == 3)
        #expect(html.contains("break-after: page"))
        #expect(html.contains("size: A4"))
    }

    @Test func cardsShowNothingMeantForTheEvaluators() throws {
        let plan = try Fixtures.stockholm()
        let scenario = try scenario(plan)
        let html = try render(.cards(InjectCards(scenario: scenario, plan: plan)))
        for inject in scenario.injects {
            #expect(html.contains(inject.text))
            #expect(!html.contains(try #require(inject.expectedAction).action))
            #expect(!html.contains(try #require(inject.contingency)))
        }
        for objective in scenario.objectives { #expect(!html.contains(objective.text)) }
    }

    @Test func theTimeOfAnInjectIsWrittenInOnePlace() throws {
        let plan = try Fixtures.stockholm()
        let context = EventContext(scenario: try DrillFixtures.scenario(plan), plan: plan)
        #expect(InjectSchedule.atMinute(125.5).text(.sv, context: context) == "Minut 125,5 · T+2:05 · kl. 04:35")
        #expect(InjectSchedule.atMinute(0).text(.en, context: context) == "Minute 0 · T+0:00 · 02:30")
    }

    @Test func anInjectThatWaitsShowsItsConditionToEvaluatorsAndNotToParticipants() throws {
        let plan = try Fixtures.stockholm()
        var scenario = try DrillFixtures.scenario(plan)
        scenario.injects[0].id = "svt"
        scenario.injects.append(
            ScenarioInject(
                at: 0, from: "SVT Nyheter", to: "sof-direktor", kind: .media, text: "SVT ringer igen.",
                start: InjectStart(.missed("svt"), after: 5)))
        scenario.injects.append(
            ScenarioInject(
                at: 0, from: "SVT Nyheter", to: "sof-direktor", kind: .media, text: "Efter SVT.",
                start: InjectStart(.delivered("svt"), after: 10)))
        let number = scenario.injects.count
        let context = EventContext(scenario: scenario, plan: plan)
        // After an inject at minute 45: a minute of its own.
        #expect(InjectSchedule(number, in: scenario) == .atMinute(55))
        let waiting = InjectSchedule(number - 1, in: scenario)
        #expect(waiting.minute == nil)
        #expect(
            waiting.text(.sv, context: context)
                == "Väntar tills inspel 1s förväntade åtgärd har uteblivit, sedan 5,0 min")
        #expect(waiting.text(.sv, context: context, forParticipants: true) == "När övningsledningen ger det")
        let cards = try ReportRenderer().render(.cards(InjectCards(scenario: scenario, plan: plan)), language: .sv)
        #expect(cards.contains("När övningsledningen ger det"))
        #expect(!cards.contains("uteblivit"))
    }

    @Test func theHandoutPlacesEveryRoleTheAlarmReachesInThePath() throws {
        let plan = try Fixtures.withContacts()
        let handout = ParticipantHandout(
            scenario: try scenario(plan), plan: plan,
            participants: [DrillParticipant(role: "stadsdirektor", person: "Anna Berg")])
        let ids = handout.roles.map(\.actor.id)
        #expect(ids.first == "socialjouren")
        #expect(ids.contains("socialjourens-enhetschef"))
        #expect(ids.contains("stadsdirektor"))
        let chief = try #require(handout.roles.first { $0.actor.id == "socialjourens-enhetschef" })
        #expect(chief.contactedBy.map(\.id) == ["socialjouren"])
        let director = try #require(handout.roles.first { $0.actor.id == "stadsdirektor" })
        #expect(director.person == "Anna Berg")
        #expect(handout.roles.filter { $0.person != nil }.count == 1)
        let socialjouren = try #require(handout.roles.first)
        #expect(socialjouren.contactsNext.map(\.id).contains("socialjourens-enhetschef"))
        #expect(socialjouren.steps.map(\.number).first == 1)
        let html = try render(.handout(handout))
        #expect(html.contains("<dt>Spelas av</dt><dd>Anna Berg</dd>"))
        #expect(html.contains("Extraordinär händelse, utanför kontorstid"))
        #expect(html.contains("14 oktober 2017 02:30"))
        // Contact details stay out, sensitive or not.
        #expect(!html.contains(Fixtures.sensitivePhone))
        #expect(!html.contains(Fixtures.switchboard))
        // The running mark of every printed page, in the page's top margin.
        #expect(html.contains("@top-center { content: \"\\0000D6 VNING \\002013  inget verkligt larm\""))
    }

    @Test func aSheetPerObjectiveWithWhatBearsOnItAndTheRatingBoxes() throws {
        let plan = try Fixtures.stockholm()
        let sheets = EvaluatorSheets(scenario: try scenario(plan), plan: plan)
        #expect(sheets.sheets.map(\.id) == ["stadsdirektor-60", "direktor-30"])
        #expect(sheets.sheets[0].injects.map(\.number) == [2])
        #expect(sheets.sheets[0].injects[0].action == "sammankallar krisledningen")
        #expect(sheets.sheets[0].injects[0].contingency == "Övningsledningen ringer stadsdirektören.")
        #expect(sheets.sheets[1].injects.isEmpty)
        let html = try render(.sheets(sheets))
        #expect(html.components(separatedBy: "<article class=\"sheet\"").count == 3)
        #expect(html.contains("Mål 1 av 2"))
        #expect(html.contains("Stadsdirektör nådd inom 60 minuter från larmet"))
        #expect(html.contains("inom 30 min efter inspelet"))
        for rating in PerformanceRating.allCases {
            #expect(html.contains("<span class=\"letter\">\(rating.rawValue)</span>"))
            #expect(html.contains(VocabularyText.capitalizedFirst(rating.swedishLabel)))
        }
        #expect(html.contains("Utvärderare"))
    }

    @Test func anEnglishPlanGetsEnglishLabelsAndMark() throws {
        var plan = try Fixtures.stockholm()
        plan.metadata.language = "en"
        let scenario = try scenario(plan)
        let cards = try render(.cards(InjectCards(scenario: scenario, plan: plan)))
        #expect(cards.contains("DRILL – not a real alarm"))
        #expect(cards.contains("Inject 2"))
        #expect(cards.contains("Minute 20 · T+0:20 · 02:50"))
        #expect(cards.contains("<dt>From</dt>"))
        #expect(!cards.contains("ÖVNING"))
        let handout = try render(.handout(ParticipantHandout(scenario: scenario, plan: plan)))
        #expect(handout.contains("Participant handout"))
        #expect(handout.contains("Roles in play"))
        #expect(handout.contains("Extraordinary event, outside office hours"))
        #expect(handout.contains("14 October 2017 02:30"))
        let sheets = try render(.sheets(EvaluatorSheets(scenario: scenario, plan: plan)))
        #expect(sheets.contains("Objective 1 of 2"))
        #expect(sheets.contains("Performed with major challenges"))
        #expect(sheets.contains("Unable to be performed"))
        #expect(sheets.contains("DRILL – not a real alarm"))
        // The language asked for wins over the plan's.
        #expect(try render(.sheets(EvaluatorSheets(scenario: scenario, plan: plan)), .sv).contains("Mål 1 av 2"))
    }

    @Test func hostileTextIsEscapedInEveryField() throws {
        var plan = try Fixtures.stockholm()
        plan.roles = plan.roles.map { role in
            var role = role
            if role.id == "stadsdirektor" { role.title = Self.hostile + " titel" }
            return role
        }
        var scenario = try scenario(plan)
        scenario.title = Self.hostile + " titel"
        scenario.event.administration = Self.hostile + " förvaltning"
        scenario.injects = scenario.injects.map { inject in
            var inject = inject
            inject.from = Self.hostile + " från"
            inject.text = Self.hostile + " text"
            inject.expectedAction?.action = Self.hostile + " åtgärd"
            inject.contingency = Self.hostile + " reserv"
            return inject
        }
        scenario.objectives = scenario.objectives.map { objective in
            var objective = objective
            objective.text = Self.hostile + " mål"
            return objective
        }
        let documents = [
            try render(.cards(InjectCards(scenario: scenario, plan: plan))),
            try render(
                .handout(
                    ParticipantHandout(
                        scenario: scenario, plan: plan,
                        participants: [DrillParticipant(role: "stadsdirektor", person: Self.hostile + " person")]))),
            try render(.sheets(EvaluatorSheets(scenario: scenario, plan: plan))),
        ]
        for html in documents {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("\"citat\""))
        }
        let fields = [
            [" titel", " från", " text"], [" titel", " förvaltning", " person"],
            [" titel", " från", " text", " åtgärd", " reserv", " mål"],
        ]
        for (html, suffixes) in zip(documents, fields) {
            for suffix in suffixes { #expect(html.contains(Self.escaped + suffix), "\(suffix)") }
        }
    }

    @Test func theMarkInTheStylesheetCannotEndItsString() {
        let css = ViewModelBuilder.cssString("\"</style><script>\\")
        #expect(!css.contains("\""))
        #expect(!css.contains("<"))
        #expect(css.hasPrefix("\\000022 \\00003C \\00002F style"))
        #expect(ViewModelBuilder.cssString("ÖVNING – x") == "\\0000D6 VNING \\002013  x")
    }
}

/// The material's templates are replaced from a template directory as the reports' are.
@Suite struct DrillMaterialTemplateTests {
    @Test func aTemplateDirectoryReplacesTheCards() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cards-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{{#cards}}[{{header.exerciseMark}}] {{title}}: {{text}}\n{{/cards}}".write(
            to: directory.appendingPathComponent("drill-cards.html.mustache"), atomically: true, encoding: .utf8)
        let plan = try Fixtures.stockholm()
        let cards = InjectCards(scenario: try DrillFixtures.scenario(plan), plan: plan)
        let html = try ReportRenderer(templateDirectory: directory).render(.cards(cards))
        #expect(
            html
                == "[ÖVNING – inget verkligt larm] Inspel 1: En reporter ringer och frågar vad staden gör för de drabbade i natt.\n"
        )
    }
}
