import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// `drill act` against the injects' expected actions, and `drill rate`, as a drill leader and an
/// evaluator type them. The built-in bench-night scenario gives one inject at minute 45 that expects
/// sof-direktor to "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats"
/// within 15 minutes.
@Suite struct TabletopTests {
    private static let start = "drill start bench-night --id ovning-1 --by Kim\ndrill next\n"
    private static let matching =
        "drill act sof-direktor \"Hänvisade reportern till stadens presstjänst och bekräftade att Socialjouren var på plats\""

    @Suite struct ExpectedActions {
        @Test func anActionInTheExpectedWordsFulfilsTheInjectAndNoContingencyFires() throws {
            let shell = try TestShell()
            shell.run(TabletopTests.start)
            let acted = shell.run(TabletopTests.matching)
            #expect(
                acted.contains(
                    "ÖVNING  Uppfyller inspel 1: Direktör vid Socialförvaltningen hänvisar till stadens presstjänst"))
            #expect(!shell.run("drill advance 20m").contains("Reservinspel"))
            #expect(shell.errors.isEmpty, "\(shell.errors)")
        }

        @Test func anotherActionOfTheRoleSaysWhatIsStillExpectedAndTheContingencyFires() throws {
            let shell = try TestShell()
            shell.run(TabletopTests.start)
            let acted = shell.run("drill act sof-direktor \"ringde pressen\"")
            let lines = acted.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { $0.hasPrefix("ÖVNING  ") }, "\(acted)")
            let expected =
                "ÖVNING  Uppfyller inte inspel 1, som förväntar: Direktör vid Socialförvaltningen hänvisar till stadens presstjänst "
                + "och bekräftar att Socialjouren är på plats (senast minut 60,0). Var det den åtgärden: "
                + "`drill act sof-direktor \"…\" --inject 1`"
            #expect(lines.last == expected, "\(Array((lines.last ?? "").unicodeScalars.suffix(5)))")
            #expect(
                shell.run("drill advance 20m").contains(
                    "Reservinspel: Direktör vid Socialförvaltningen har inte i tid gjort det förväntade (hänvisar till stadens presstjänst"
                )
            )
        }

        @Test func theLeaderNamesTheInjectWhenTheWordsDoNotMatch() throws {
            let shell = try TestShell()
            shell.run(TabletopTests.start)
            #expect(
                shell.run("drill act sof-direktor \"ringde SVT tillbaka\" --inject 1").contains("Uppfyller inspel 1:"))
            #expect(!shell.run("drill advance 20m").contains("Reservinspel"))
            #expect(shell.errors.isEmpty, "\(shell.errors)")
        }

        @Test func anInjectThatCannotBeNamedIsRefusedAndNothingIsLogged() throws {
            let shell = try TestShell()
            shell.run(TabletopTests.start)
            shell.run("drill act sof-direktor \"ringde SVT\" --inject 0")
            #expect(
                shell.errors.last?.hasPrefix(
                    "t:1:46: error: '--inject' takes an inject's number from 1, as `drill status` shows it, not '0'\n")
                    == true)
            shell.run("drill act sof-direktor \"ringde SVT\" --inject 2")
            #expect(shell.errors.last?.contains("error: no inject 2; the scenario has inject 1 only\n") == true)
            shell.run("drill act stadsdirektor \"ringde SVT\" --inject 1")
            #expect(
                shell.errors.last?.contains("inject 1 expects an action of 'sof-direktor', not of 'stadsdirektor'")
                    == true)
            #expect(shell.run("drill status").contains("3 rader i loggen"))
        }

        @Test func statusNumbersTheInjectsAndSaysWhatIsAwaited() throws {
            let shell = try TestShell()
            shell.run("drill start bench-night --id ovning-1")
            #expect(shell.run("drill status").contains("ÖVNING  Nästa inspel (1) vid minut 45,0: En reporter ringer"))
            shell.run("drill next")
            #expect(
                shell.run("drill status").contains(
                    "ÖVNING  Väntar på inspel 1: Direktör vid Socialförvaltningen hänvisar till stadens presstjänst och bekräftar att "
                        + "Socialjouren är på plats, senast minut 60,0\n"))
            shell.run(TabletopTests.matching)
            #expect(!shell.run("drill status").contains("Väntar på inspel"))
        }

        @Test(arguments: [(TabletopTests.matching, false), ("drill act sof-direktor \"ringde pressen\"", true)])
        func aDrillTakenUpFromTheStoreMakesTheSameContingencyDecision(action: String, fires: Bool) throws {
            let store = try PlanStore.open(.memory)
            let first = try TestShell(store: store)
            first.run(TabletopTests.start + action)
            // Another process (`beredskap -c`) takes the drill up from the store.
            let second = try TestShell(store: store)
            #expect(second.run("drill advance 20m").contains("Reservinspel") == fires)
            #expect(first.errors.isEmpty && second.errors.isEmpty, "\(first.errors) \(second.errors)")
        }
    }

    @Suite struct Ratings {
        @Test func anEvaluatorRatesDuringAndAfterTheDrillAndTheReportShowsIt() throws {
            let store = try PlanStore.open(.memory)
            let shell = try TestShell(store: store)
            shell.run(TabletopTests.start)
            let rated = shell.run("drill rate direktor-30 U \"Inte nådd\" --by \"Eva Lind\"")
            #expect(rated.contains("ÖVNING  "))
            #expect(rated.contains("(direktor-30): U – kunde inte genomföras (Inte nådd) — Eva Lind"))
            shell.run("drill end --by Kim")
            // After the hot wash, in Swedish words, in another process that opens the ended drill.
            let later = try TestShell(store: store)
            later.run("drill open ovning-1")
            let after = later.run("drill rate direktor-30 \"genomfört med stora svårigheter\" \"Nådd sent\" --by Eva")
            #expect(after.contains("(direktor-30): M – genomfört med stora svårigheter (Nådd sent) — Eva"))
            #expect(shell.errors.isEmpty && later.errors.isEmpty, "\(shell.errors) \(later.errors)")
            let json = later.run("report drill ovning-1 --format json")
            #expect(json.contains("\"logRating\" : \"U\""))
            #expect(json.contains("\"observation\" : \"Nådd sent\""))
            #expect(json.contains("\"rating\" : \"M\""))
            // The rating after the end leaves the end where it was.
            let ended = try store.query("SELECT ended_at FROM drill_sessions WHERE id = 'ovning-1'").rows.first?.first
            let end = try store.query(
                "SELECT wall_time FROM drill_log WHERE session_id = 'ovning-1' AND kind = 'end'"
            ).rows.first?.first
            #expect(ended != nil && ended == end)
            // Without an id, the report is of this shell's drill, or else the plan's newest one.
            #expect(later.run("report drill --format json") == json)
            let fresh = try TestShell(store: store)
            #expect(fresh.run("report drill --format json") == json)
            let empty = try TestShell()
            #expect(!empty.session.runScript("report drill", source: "t"))
            #expect(
                empty.errors.last?.contains("has no drill sessions yet; play one with `drill start SCENARIO`") == true)
        }

        @Test func anUnknownObjectiveIsAnErrorWithTheNearestId() throws {
            let shell = try TestShell()
            shell.run("drill start bench-night --id ovning-1")
            #expect(!shell.session.runScript("drill rate direktor-3 S \"x\"", source: "t"))
            #expect(
                shell.errors.last?.hasPrefix(
                    "t:1:12: error: no objective 'direktor-3' in the scenario; did you mean 'direktor-30'?\n") == true)
        }

        @Test func aRatingMustBeALetterOrItsMeaningAndComeWithAnObservation() throws {
            let shell = try TestShell()
            shell.run("drill start bench-night --id ovning-1")
            #expect(!shell.session.runScript("drill rate direktor-30 X \"x\"", source: "t"))
            #expect(shell.errors.last?.hasPrefix("t:1:24: error: 'X' is not a rating; write P, S, M or U") == true)
            #expect(
                !shell.session.runScript("drill rate direktor-30 \"genomfört med stora svårighter\" \"x\"", source: "t")
            )
            #expect(shell.errors.last?.contains("did you mean") == true, "\(shell.errors)")
            #expect(!shell.session.runScript("drill rate direktor-30 P", source: "t"))
            #expect(shell.errors.last?.contains("expected `drill rate OBJECTIVE P|S|M|U \"observation\"`") == true)
            #expect(shell.run("drill status").contains("ÖVNING  Läge: pågår, minut 0,0, 1 rad i loggen\n"))
        }

        @Test func ratingNeedsADrill() throws {
            let shell = try TestShell()
            #expect(!shell.session.runScript("drill rate direktor-30 P \"x\"", source: "t"))
            #expect(shell.errors.last?.contains("no drill is going; `drill start SCENARIO` or `drill open ID`") == true)
        }
    }

    /// A drill played on a plan written in English prints its log, its status and its report in
    /// English; only the plan's and the scenario's own text stays as they wrote it.
    @Suite struct EnglishPlan {
        private static func englishShell() throws -> TestShell {
            let store = try PlanStore.open(.memory, seed: false)
            var plan = try BuiltInPlans.stockholm()
            plan.metadata.language = "en"
            try store.create(plan)
            return try TestShell(store: store)
        }

        private static let swedishWords = [
            "ÖVNING", "Övning", "övning", "kontaktar", "beslutar", "Inspel", "Reservinspel", "Klockan", "Läge",
            "Sparad", "Deltagare", "Uppfyller", "Utvärdering", "avslutas", "startar",
        ]

        @Test func theDrillsLinesAndItsReportAreInEnglish() throws {
            let shell = try Self.englishShell()
            var printed = shell.run(
                """
                drill start bench-night --id night-1 --by Kim --participants "stadsdirektor:Anna"
                drill next
                drill act sof-direktor "called the press"
                drill advance 20m
                drill decide posom-beslut aktivera "Many affected"
                drill status
                drill pause
                drill resume
                drill end --by Kim
                drill rate direktor-30 M "Reached late" --by Eva
                """)
            #expect(shell.errors.isEmpty, "\(shell.errors)")
            let lines = printed.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { $0.hasPrefix("DRILL  ") }, "\(printed)")
            #expect(
                printed.contains(
                    "The drill starts: Larm via Socialjouren en lördagsnatt. Participants: Anna (Stadsdirektör) — Kim"))
            #expect(
                printed.contains(
                    "DRILL  Does not fulfil inject 1, which expects: Direktör vid Socialförvaltningen hänvisar till stadens"
                ))
            #expect(printed.contains("Direktör vid Socialförvaltningen: called the press"))
            #expect(
                printed.contains(
                    "Contingency: Direktör vid Socialförvaltningen has not done what was expected in time (hänvisar"))
            #expect(printed.contains("The clock moves on to minute 65.0"))
            #expect(printed.contains("decides (posom-beslut): Aktivera POSOM (Many affected)"))
            #expect(printed.contains("DRILL  Drill night-1: Larm via Socialjouren en lördagsnatt"))
            #expect(printed.contains("DRILL  Participant: Anna as Stadsdirektör"))
            #expect(printed.contains("The drill pauses"))
            #expect(printed.contains("The drill goes on"))
            #expect(printed.contains("The drill ends at minute 65.0 — Kim"))
            #expect(printed.contains("DRILL  Saved as 'night-1'; `report drill night-1` gives the after-action report"))
            #expect(printed.contains("(direktor-30): M – performed with major challenges (Reached late) — Eva"))
            let report = shell.run("report drill night-1 --format markdown")
            #expect(shell.errors.isEmpty, "\(shell.errors)")
            #expect(report.contains("After-action report"))
            #expect(report.contains("Direktör vid Socialförvaltningen: called the press"))
            printed += report
            // The improvement plan goes into the plan's history in the plan's language too.
            let adoption = try shell.session.workspace.drills.adopt(
                "night-1", starts: try PartialDate(parsing: "2018-04"))
            #expect(!adoption.activities.isEmpty)
            #expect(try shell.store.history().first?.message == "Improvement plan from the drill night-1")
            for word in Self.swedishWords {
                #expect(!printed.contains(word), "'\(word)' in:\n\(printed)")
            }
        }
    }
}
