/// The phrases of a drill's log and of the lines a drill leader sees, in Swedish and English; `{x}`
/// marks a value filled in.
enum DrillLogPhrase: CaseIterable {
    case mark, start, participants, inject, expected, within, unknownInject, contingency, pressesOn
    case decision, advance, pause, resume, end, rating
    case kindInformation, kindEvent, kindMedia
    case saved, noMoreInjects, fulfils, afterContingency, doesNotFulfil, byMinute, sayWhichInject
    case statusTitle, statusState, line, lines, statusParticipant, statusWaiting, statusDeadline, statusContingencyGiven
    case statusNext, statusNoMore, statusHandling, adoption

    /// The phrase in `language`.
    func text(_ language: ReportLanguage) -> String {
        let (swedish, english) = pair
        return language == .sv ? swedish : english
    }

    private var pair: (String, String) {
        switch self {
        case .mark: ("ÖVNING", "DRILL")
        case .start: ("Övningen startar: {title}", "The drill starts: {title}")
        case .participants: (". Deltagare: {players}", ". Participants: {players}")
        case .inject: ("Inspel ({kind}) från {from} till {to}: {text}", "Inject ({kind}) from {from} to {to}: {text}")
        case .expected: (" — förväntas: {role} {action}", " — expected: {role} {action}")
        case .within: (" inom {minutes} min", " within {minutes} min")
        case .unknownInject:
            ("Inspel {number}, som scenariot inte längre har", "Inject {number}, no longer in the scenario")
        case .contingency:
            (
                "Reservinspel: {role} har inte i tid gjort det förväntade ({action}). ",
                "Contingency: {role} has not done what was expected in time ({action}). "
            )
        case .pressesOn: ("Övningsledningen driver på.", "The exercise control presses on.")
        case .decision: ("{role} beslutar ({step}): {option}", "{role} decides ({step}): {option}")
        case .advance: ("Klockan flyttas fram till minut {minute}", "The clock moves on to minute {minute}")
        case .pause: ("Övningen pausas", "The drill pauses")
        case .resume: ("Övningen fortsätter", "The drill goes on")
        case .end: ("Övningen avslutas vid minut {minute}", "The drill ends at minute {minute}")
        case .rating:
            (
                "Utvärdering av målet ”{objective}” ({id}): {letter} – {meaning}",
                "Evaluation of the objective “{objective}” ({id}): {letter} – {meaning}"
            )
        case .kindInformation: ("information", "information")
        case .kindEvent: ("händelse", "event")
        case .kindMedia: ("media", "media")
        case .saved:
            (
                "Sparad som '{id}'; `report drill {id}` ger utvärderingen",
                "Saved as '{id}'; `report drill {id}` gives the after-action report"
            )
        case .noMoreInjects:
            (
                "Inga fler inspel; `drill advance 10m` flyttar klockan, `drill end` avslutar",
                "No more injects; `drill advance 10m` moves the clock, `drill end` ends the drill"
            )
        case .fulfils: ("Uppfyller inspel {number}: {role} {action}", "Fulfils inject {number}: {role} {action}")
        case .afterContingency: (" (efter reservinspelet)", " (after the contingency)")
        case .doesNotFulfil:
            (
                "Uppfyller inte inspel {number}, som förväntar: {role} {action}",
                "Does not fulfil inject {number}, which expects: {role} {action}"
            )
        case .byMinute: (" (senast minut {minute})", " (by minute {minute})")
        case .sayWhichInject:
            (
                ". Var det den åtgärden: `drill act {role} \"…\" --inject {number}`",
                ". If it was that action: `drill act {role} \"…\" --inject {number}`"
            )
        case .statusTitle: ("Övning {id}: {title}", "Drill {id}: {title}")
        case .statusState:
            (
                "Läge: {state}, minut {minute}, {lines} {noun} i loggen",
                "State: {state}, minute {minute}, {lines} {noun} in the log"
            )
        case .line: ("rad", "line")
        case .lines: ("rader", "lines")
        case .statusParticipant: ("Deltagare: {person} som {role}", "Participant: {person} as {role}")
        case .statusWaiting:
            ("Väntar på inspel {number}: {role} {action}", "Waiting for inject {number}: {role} {action}")
        case .statusDeadline: (", senast minut {minute}", ", by minute {minute}")
        case .statusContingencyGiven: (" (reservinspelet är givet)", " (the contingency has been given)")
        case .statusNext:
            ("Nästa inspel ({number}) vid minut {minute}: {text}", "Next inject ({number}) at minute {minute}: {text}")
        case .statusNoMore: ("Inga fler inspel", "No more injects")
        case .statusHandling: ("Hantering, steg {step}: {rules}", "Handling, step {step}: {rules}")
        case .adoption: ("Förbättringsplan från övningen {id}", "Improvement plan from the drill {id}")
        }
    }
}
