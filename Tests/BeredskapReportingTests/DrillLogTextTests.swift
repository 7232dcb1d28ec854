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
                "Övningen startar: Larm via Socialjouren en lördagsnatt. Deltagare: Lena Holm (socialjourens-enhetschef), "
                    + "Omar Said (direktor-berord-forvaltning), Anna Berg (sof-direktor), Karin Ek (stadsdirektor)",
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
        #expect(sentences[1].contains(" — förväntas: sof-direktor hänvisar till stadens presstjänst"))
        #expect(sentences[3].hasPrefix("Reservinspel: sof-direktor har inte i tid gjort det förväntade (hänvisar "))
    }

    @Test func anEnglishPlansLogIsWrittenInEnglish() throws {
        let (session, plan) = try Self.played(language: "en")
        let text = DrillLogText(session: session, plan: plan)
        let sentences = session.log.map(text.sentence)
        #expect(
            sentences[0].hasPrefix("The drill starts: Larm via Socialjouren en lördagsnatt. Participants: Lena Holm"))
        #expect(sentences[1].hasPrefix("Inject (media) from "))
        #expect(sentences[1].contains(" — expected: sof-direktor hänvisar till stadens presstjänst"))
        #expect(sentences[2] == "The clock moves on to minute 45.0")
        #expect(sentences[3].hasPrefix("Contingency: sof-direktor has not done what was expected in time (hänvisar "))
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
