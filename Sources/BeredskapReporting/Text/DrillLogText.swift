import BeredskapEscalation
import BeredskapModel
import Foundation

/// A tabletop drill's log in words, in the plan's language: each entry as a sentence, and the lines
/// the drill leader sees while playing.
///
/// The log holds data (`TabletopLogEntry`); the sentence comes from it, the scenario and the plan:
/// an inject's message, an option's label and an objective's text are the plan's and the scenario's
/// own words, the rest is Swedish or English as the plan is.
///
/// ```swift
/// let text = DrillLogText(session: drill, plan: plan)
/// text.sentence(drill.log[0])   // "Övningen startar: Larm en lördagsnatt. Deltagare: Anna (stadsdirektor)"
/// text.line(drill.log[0])       // "ÖVNING       0  02:30  Övningen startar: … — Kim"
/// ```
public struct DrillLogText: Sendable {
    /// The drill whose log this is.
    public var session: TabletopSession
    /// The plan the drill is played on, for its roles' titles and its decisions' options.
    public var plan: Plan
    /// The language of the sentences.
    public var language: ReportLanguage

    /// The words for `session`'s log.
    ///
    /// - Parameters:
    ///   - session: The drill.
    ///   - plan: The plan it is played on.
    ///   - language: The language of the sentences; the plan's language when `nil`.
    public init(session: TabletopSession, plan: Plan, language: ReportLanguage? = nil) {
        self.session = session
        self.plan = plan
        self.language = language ?? ReportLanguage(planLanguage: plan.metadata.language)
    }

    /// What `entry` records, as a sentence.
    ///
    /// ```swift
    /// text.sentence(decision)   // "Stadsdirektör beslutar (ckl-beslut): Sammankalla CKL"
    /// ```
    public func sentence(_ entry: TabletopLogEntry) -> String {
        let minute = minutes(entry.minute)
        switch entry.kind {
        case .start:
            let players = session.participants.map { "\($0.person) (\(plan.roleTitle($0.role)))" }.joined(
                separator: ", ")
            return words(.start, ["title": session.scenario.title])
                + (players.isEmpty ? "" : words(.participants, ["players": players]))
        case .inject:
            guard let inject = inject(entry) else { return words(.unknownInject, ["number": number(entry)]) }
            var text = words(
                .inject,
                [
                    "kind": injectKind(inject.kind), "from": inject.from, "to": plan.roleTitle(EntityID(inject.to)),
                    "text": inject.text,
                ])
            if let expected = inject.expectedAction {
                text += words(.expected, ["role": plan.roleTitle(expected.role), "action": expected.action])
                if let within = expected.withinMinutes { text += words(.within, ["minutes": minutes(within)]) }
            }
            return text
        case .contingency:
            let inject = inject(entry)
            return words(
                .contingency,
                [
                    "role": (inject?.expectedAction?.role ?? entry.role).map(plan.roleTitle) ?? "",
                    "action": inject?.expectedAction?.action ?? "",
                ]) + (inject?.contingency ?? words(.pressesOn))
        case .action:
            return amended(entry, roleTitle(entry) + ": " + (entry.action ?? ""))
        case .decision:
            let step = entry.step ?? decisionStep(of: entry)?.id
            let label = decisionStep(of: entry)?.options.first { $0.id == entry.option }?.label
            return amended(
                entry,
                words(
                    .decision,
                    [
                        "role": roleTitle(entry), "step": step?.rawValue ?? "",
                        "option": label ?? entry.option?.rawValue ?? "",
                    ]))
        case .advance:
            return words(.advance, ["minute": minute])
        case .pause:
            return words(.pause)
        case .resume:
            return words(.resume)
        case .end:
            return words(.end, ["minute": minute])
        case .rating:
            let id = entry.objective?.rawValue ?? ""
            let objective = session.scenario.objectives.first { $0.id == entry.objective }?.text ?? id
            return words(
                .rating,
                [
                    "objective": objective, "id": id, "letter": entry.rating?.rawValue ?? "",
                    "meaning": entry.rating.map { DrillText.rating($0, language) } ?? "",
                ])
        }
    }

    /// An action's or decision's sentence with what the log says of it since: the line it corrects,
    /// the line that corrects it, and whether it was logged afterwards (`drill act --at`).
    private func amended(_ entry: TabletopLogEntry, _ sentence: String) -> String {
        var text = entry.corrects.map { words(.correction, ["line": String($0)]) } ?? ""
        text += sentence
        if session.isLoggedAfterwards(entry.sequence) { text += words(.loggedAfterwards) }
        if let later = session.correctedLines[entry.sequence] { text += words(.correctedBy, ["line": String(later)]) }
        return text
    }

    /// When the inject at `index` comes, in words: "minut 45,0", or what it waits for ("tills inspel 2
    /// har getts, sedan 5,0 min"); see `InjectStart`.
    ///
    /// ```swift
    /// DrillLogText.schedule(ofInject: 1, in: scenario, language: .sv)   // "tills inspel 1 har getts"
    /// ```
    public static func schedule(ofInject index: Int, in scenario: Scenario, language: ReportLanguage) -> String {
        let inject = scenario.injects[index]
        func minutes(_ value: Double) -> String { NumberText.decimal(value, language) }
        guard let start = inject.start else {
            return DrillLogPhrase.atMinute.text(language, ["minute": minutes(inject.at)])
        }
        let number = { (id: EntityID) in
            scenario.injects.firstIndex { $0.id == id }.map { String($0 + 1) } ?? id.rawValue
        }
        var text: String
        switch start.trigger {
        case .delivered(let id): text = DrillLogPhrase.startDelivered.text(language, ["number": number(id)])
        case .done(let id): text = DrillLogPhrase.startDone.text(language, ["number": number(id)])
        case .missed(let id): text = DrillLogPhrase.startMissed.text(language, ["number": number(id)])
        case .decision(let step, nil): text = DrillLogPhrase.startDecision.text(language, ["step": step.rawValue])
        case .decision(let step, let option?):
            text = DrillLogPhrase.startDecisionOption.text(
                language, ["step": step.rawValue, "option": option.rawValue])
        case .manual: text = DrillLogPhrase.startManual.text(language, ["number": String(index + 1)])
        }
        if start.afterMinutes > 0 {
            text += DrillLogPhrase.startDelay.text(language, ["minutes": minutes(start.afterMinutes)])
        }
        if inject.at > 0 {
            text += " (≥ " + DrillLogPhrase.atMinute.text(language, ["minute": minutes(inject.at)]) + ")"
        }
        return text
    }

    /// The entry as the shell prints it while the drill is played: marked as a drill, with its minute,
    /// the simulated clock, the sentence, the note and who entered it.
    ///
    /// ```swift
    /// text.line(entry)   // "DRILL      30  03:00  Head of Social Services: called the press (busy) — Bo"
    /// ```
    public func line(_ entry: TabletopLogEntry) -> String {
        var line = marked(minutes(entry.minute).leftPadded(to: 6)) + "  "
        line += clock.clock(atMinute: entry.minute) + "  " + sentence(entry)
        if let note = entry.note { line += " (\(note))" }
        if let who = entry.enteredBy { line += " — \(who)" }
        return line
    }

    /// `text` after the mark of a drill's line, "ÖVNING" or "DRILL".
    func marked(_ text: String) -> String {
        words(.mark) + "  " + text
    }

    /// `phrase` in the language, with each `{key}` filled in, in one pass, so that a value that
    /// itself holds "{role}" (a player may type anything) stays as typed.
    func words(_ phrase: DrillLogPhrase, _ values: [String: String] = [:]) -> String {
        phrase.text(language, values)
    }

    /// Minutes with one decimal, as the log has always written them: "45,0" in Swedish, "45.0" in English.
    func minutes(_ value: Double) -> String {
        NumberText.decimal(value, language)
    }

    /// The simulated clock of the drill's event, in the plan's time zone (the one the scenario's event
    /// time was read in).
    private var clock: EventContext {
        EventContext(
            start: session.scenario.event.start, classification: session.scenario.event.classification,
            officeHours: false, timeZone: ((try? Jurisdiction(plan: plan)) ?? .default).timeZone)
    }

    private func inject(_ entry: TabletopLogEntry) -> ScenarioInject? {
        entry.inject.flatMap { session.scenario.injects.indices.contains($0) ? session.scenario.injects[$0] : nil }
    }

    private func number(_ entry: TabletopLogEntry) -> String {
        entry.inject.map { String($0 + 1) } ?? "?"
    }

    private func roleTitle(_ entry: TabletopLogEntry) -> String {
        entry.role.map(plan.roleTitle) ?? ""
    }

    /// The decide step of the drill's alarm path that `entry` decided: the step it names, else the
    /// step of its role that has its option.
    private func decisionStep(of entry: TabletopLogEntry) -> AlarmStep? {
        let steps = plan.alarmPaths.first { $0.id == session.scenario.path }?.steps.filter { $0.kind == .decide } ?? []
        if let step = entry.step { return steps.first { $0.id == step } }
        return steps.first { $0.reachedActor == entry.role && $0.options.contains { $0.id == entry.option } }
    }

    private func injectKind(_ kind: ScenarioInject.Kind) -> String {
        switch kind {
        case .information: words(.kindInformation)
        case .event: words(.kindEvent)
        case .media: words(.kindMedia)
        }
    }
}

extension String {
    /// The text with spaces before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
