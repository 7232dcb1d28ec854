import BeredskapEscalation
import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// A drill's log as sentences: the same data written in Swedish for a Swedish plan, exactly as the
/// log read before it was kept as data, and in English for an English one.
@Suite struct DrillLogTextTests {
    private static func played(language: String) throws -> (TabletopSession, Plan) {
        var plan = try Fixtures.stockholm()
        plan.metadata.language = language
        let session = try DrillFixtures.session(plan: plan, scenario: try DrillFixtures.scenario(plan))
        return (session, plan)
    }

    @Test func aSwedishPlansLogReadsAsItAlwaysHas() throws {
        let (session, plan) = try Self.played(language: "sv")
        let sentences = session.log.map(DrillLogText(session: session, plan: plan).sentence)
        #expect(
            sentences == [
                "Övningen startar: Larm via Socialjouren en lördagsnatt. Deltagare: Lena Holm (Socialjourens enhetschef), "
                    + "Omar Said (Direktör på berörd förvaltning), Anna Berg (Direktör vid Socialförvaltningen), "
                    + "Karin Ek (Stadsdirektör)",
                sentences[1],
                "Klockan flyttas fram till minut 45,0",
                sentences[3],
                "Klockan flyttas fram till minut 65,0",
                "Direktör på berörd förvaltning beslutar (posom-beslut): Aktivera POSOM",
                "Stadsdirektör: informeras av Socialjouren och begär en lägesbild till 04:00",
                "Övningen avslutas vid minut 65,0",
                "Utvärdering av målet ”Direktören på berörd förvaltning nådd inom 30 minuter” (direktor-30): M – "
                    + "genomfört med stora svårigheter",
            ])
        #expect(sentences[1].hasPrefix("Inspel (media) från "))
        // Roles by their titles, as the players know them, not by the plan's ids.
        #expect(
            sentences[1].hasPrefix(
                "Inspel (media) från SVT Nyheter till Direktör vid Socialförvaltningen: En reporter ringer"))
        #expect(
            sentences[1].contains(" — förväntas: Direktör vid Socialförvaltningen hänvisar till stadens presstjänst"))
        #expect(
            sentences[3].hasPrefix(
                "Reservinspel: Direktör vid Socialförvaltningen har inte i tid gjort det förväntade (hänvisar "))
    }

    @Test func anEnglishPlansLogIsWrittenInEnglish() throws {
        let (session, plan) = try Self.played(language: "en")
        let text = DrillLogText(session: session, plan: plan)
        let sentences = session.log.map(text.sentence)
        #expect(
            sentences[0].hasPrefix("The drill starts: Larm via Socialjouren en lördagsnatt. Participants: Lena Holm"))
        #expect(sentences[1].hasPrefix("Inject (media) from "))
        #expect(
            sentences[0].hasSuffix(
                "Lena Holm (Socialjourens enhetschef), Omar Said (Direktör på berörd förvaltning), "
                    + "Anna Berg (Direktör vid Socialförvaltningen), Karin Ek (Stadsdirektör)"))
        #expect(sentences[1].hasPrefix("Inject (media) from SVT Nyheter to Direktör vid Socialförvaltningen: "))
        #expect(
            sentences[1].contains(" — expected: Direktör vid Socialförvaltningen hänvisar till stadens presstjänst"))
        #expect(sentences[2] == "The clock moves on to minute 45.0")
        #expect(
            sentences[3].hasPrefix(
                "Contingency: Direktör vid Socialförvaltningen has not done what was expected in time (hänvisar "))
        #expect(sentences[5] == "Direktör på berörd förvaltning decides (posom-beslut): Aktivera POSOM")
        #expect(sentences[7] == "The drill ends at minute 65.0")
        #expect(
            sentences[8]
                == "Evaluation of the objective “Direktören på berörd förvaltning nådd inom 30 minuter” (direktor-30): "
                + "M – performed with major challenges")
        let printed = session.log.map(text.line).joined(separator: "\n") + text.status() + text.saved()
        for swedish in ["ÖVNING", "Övning", "Inspel", "Reservinspel", "beslutar", "Klockan", "Läge", "Sparad"] {
            #expect(!printed.contains(swedish), "\(swedish) in \(printed)")
        }
        #expect(printed.contains("DRILL  Drill ovning-2018-03-14: Larm via Socialjouren en lördagsnatt"))
        #expect(printed.contains("DRILL  State: ended, minute 65.0, 9 lines in the log"))
    }

    @Test func anActionIsTheRolesTitleAndThePlayersWords() throws {
        let (session, plan) = try Self.played(language: "sv")
        var drill = session
        drill = TabletopSession(
            id: drill.id, scenario: drill.scenario, planID: drill.planID, participants: drill.participants,
            minute: 0, state: .running, log: [])
        let entry = try drill.act(
            role: "sof-direktor", action: "ringde pressen", note: nil, by: nil, in: plan, at: DrillFixtures.wall(1))
        #expect(
            DrillLogText(session: drill, plan: plan).sentence(entry)
                == "Direktör vid Socialförvaltningen: ringde pressen")
    }

    /// One line of log is "1 rad" and "1 line"; the players are named with their roles' titles.
    @Test(arguments: [
        ("sv", "ÖVNING  Läge: pågår, minut 0,0, 1 rad i loggen", "ÖVNING  Deltagare: Karin Ek som Stadsdirektör"),
        ("en", "DRILL  State: running, minute 0.0, 1 line in the log", "DRILL  Participant: Karin Ek as Stadsdirektör"),
    ])
    func theStatusCountsLinesInTheRightNumberAndNamesRolesByTitle(
        language: String, state: String, participant: String
    ) throws {
        let (session, plan) = try Self.played(language: language)
        let started = TabletopSession(
            id: session.id, scenario: session.scenario, planID: session.planID, participants: session.participants,
            minute: 0, state: .running, log: [session.log[0]])
        let lines = DrillLogText(session: started, plan: plan).status().split(separator: "\n").map(String.init)
        #expect(lines.contains(state), "\(lines)")
        #expect(lines.contains(participant), "\(lines)")
    }

    @Test func theStatusGivesThePathsRulesForHandlingWhatItsStepsPassOn() throws {
        var (session, plan) = try Self.played(language: "sv")
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == session.scenario.path })
        let step = try #require(plan.alarmPaths[path].steps.firstIndex { $0.kind == .inform })
        plan.alarmPaths[path].steps[step].handling = ["Inga personuppgifter via e-post", "Avidentifierat"]
        let lines = DrillLogText(session: session, plan: plan).status().split(separator: "\n").map(String.init)
        let clause = DrillText.clause(plan.alarmPaths[path].steps[step], plan: plan, .sv)
        #expect(lines.contains("ÖVNING  Hantering, steg \(clause): Inga personuppgifter via e-post; Avidentifierat"))
    }

    @Test func whatAPlayerTypesIsWrittenAsTyped() throws {
        let (session, plan) = try Self.played(language: "en")
        var drill = TabletopSession(
            id: session.id, scenario: session.scenario, planID: session.planID, participants: [], minute: 0,
            state: .running, log: [])
        let entry = try drill.act(
            role: "sof-direktor", action: "wrote {role} and {minute}", note: nil, by: nil, in: plan,
            at: DrillFixtures.wall(1))
        #expect(
            DrillLogText(session: drill, plan: plan).sentence(entry)
                == "Direktör vid Socialförvaltningen: wrote {role} and {minute}")
    }
}
