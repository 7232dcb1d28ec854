/// The words of a drill's situation board and of the lines that say where it is served, in Swedish and
/// English; `{x}` marks a value filled in.
enum DrillBoardPhrase: CaseIterable {
    case board, clock, injects, awaited, decisions
    case number, minute, from, to, message, inject, role, deadline, step, decision, rationale
    case noInjects, noAwaited, noDecisions, overdue, disconnected
    case served, alreadyServed, stopped, notServed

    /// The phrase in `language`, with each `{key}` replaced by its value.
    func text(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        let (swedish, english) = pair
        return values.reduce(language == .sv ? swedish : english) { result, entry in
            result.replacingOccurrences(of: "{\(entry.key)}", with: entry.value)
        }
    }

    private var pair: (String, String) {
        switch self {
        case .board: ("Lägesbild", "Situation board")
        case .clock: ("Minut {minute} · {time} · {state}", "Minute {minute} · {time} · {state}")
        case .injects: ("Inspel", "Injects")
        case .awaited: ("Väntade åtgärder", "Awaited actions")
        case .decisions: ("Beslut", "Decisions")
        case .number: ("Nr", "No.")
        case .minute: ("Minut", "Minute")
        case .from: ("Från", "From")
        case .to: ("Till", "To")
        case .message: ("Meddelande", "Message")
        case .inject: ("Inspel", "Inject")
        case .role: ("Roll", "Role")
        case .deadline: ("Senast minut", "By minute")
        case .step: ("Steg", "Step")
        case .decision: ("Beslut", "Decision")
        case .rationale: ("Motivering", "Rationale")
        case .noInjects: ("Inga inspel ännu.", "No injects yet.")
        case .noAwaited: ("Inga åtgärder väntas.", "No actions awaited.")
        case .noDecisions: ("Inga beslut ännu.", "No decisions yet.")
        case .overdue: ("försenad", "overdue")
        case .disconnected: ("Ingen kontakt med övningen – försöker igen …", "No contact with the drill – retrying …")
        case .served: ("Lägesbild: {url} — öppna i webbläsaren", "Situation board: {url} — open it in a browser")
        case .alreadyServed: ("Lägesbilden visas redan: {url}", "The situation board is already served: {url}")
        case .stopped: ("Lägesbilden är stoppad ({url})", "The situation board is stopped ({url})")
        case .notServed: ("Ingen lägesbild visas", "No situation board is served")
        }
    }
}
