/// The phrases of a drill's log and of the lines a drill leader sees, in Swedish and English; `{x}`
/// marks a value filled in.
enum DrillLogPhrase: CaseIterable {
    case mark, start, participants, inject, expected, within, unknownInject, contingency, pressesOn
    case decision, advance, pause, resume, end, rating
    case kindInformation, kindEvent, kindMedia
    case saved, noMoreInjects, fulfils, afterContingency, doesNotFulfil, byMinute, sayWhichInject
    case statusTitle, statusState, line, lines, statusParticipant, statusWaiting, statusDeadline, statusContingencyGiven
    case statusNext, statusNoMore, statusHandling, adoption
    case clockRunning, statusClock, statusPending, noInjectDue, correction, correctedBy, loggedAfterwards
    case startDelivered, startDone, startMissed, startDecision, startDecisionOption, startManual, startDelay, atMinute

    /// The phrase in `language`.
    func text(_ language: ReportLanguage) -> String {
        let (swedish, english) = pair
        return language == .sv ? swedish : english
    }

    /// The phrase in `language` with each `{key}` filled in, in one pass, so that a value that itself
    /// holds "{role}" (a player may type anything) stays as typed.
    func text(_ language: ReportLanguage, _ values: [String: String]) -> String {
        var result = ""
        var rest = text(language)[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            result += values[key] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
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
        case .clockRunning:
            (
                "Klockan följer väggklockan, {speed} övningsminuter per minut; `drill pause` stoppar den",
                "The clock follows the wall clock, {speed} drill minutes a minute; `drill pause` stops it"
            )
        case .statusClock: (", klockan går ({speed} min per minut)", ", the clock runs ({speed} min a minute)")
        case .statusPending: ("Inspel {number} väntar {condition}: {text}", "Inject {number} waits {condition}: {text}")
        case .noInjectDue:
            (
                "Inget inspel står på tur; {count} väntar på sitt villkor (`drill status`), `drill inject N` ger ett nu",
                "No inject is due; {count} wait for their condition (`drill status`), `drill inject N` gives one now"
            )
        case .correction: ("Rättelse av rad {line}: ", "Correction of line {line}: ")
        case .correctedBy: (" [rättad på rad {line}]", " [corrected on line {line}]")
        case .loggedAfterwards: (" [inlagd i efterhand]", " [logged afterwards]")
        case .startDelivered: ("tills inspel {number} har getts", "until inject {number} has been given")
        case .startDone:
            ("tills inspel {number}s förväntade åtgärd är gjord", "until inject {number}'s expected action is done")
        case .startMissed:
            (
                "tills inspel {number}s förväntade åtgärd har uteblivit",
                "until inject {number}'s expected action is missed"
            )
        case .startDecision: ("tills beslutet {step} är fattat", "until the decision {step} is taken")
        case .startDecisionOption: ("tills beslutet {step} blir {option}", "until the decision {step} is {option}")
        case .startManual:
            ("på övningsledningen (`drill inject {number}`)", "for the drill leader (`drill inject {number}`)")
        case .startDelay: (", sedan {minutes} min", ", then {minutes} min")
        case .atMinute: ("minut {minute}", "minute {minute}")
        }
    }
}
