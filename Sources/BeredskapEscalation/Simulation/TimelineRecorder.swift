import BeredskapModel
import Foundation

/// The observer of a dry run: turns the engine's events into Swedish timeline lines.
struct TimelineRecorder: SimulationObserver {
    static var recordsNotices: Bool { true }

    let program: SimulationProgram
    private(set) var entries: [TimelineEntry] = []
    /// When the current attempt of each step began: the step's start, or the call to the deputy.
    private var attemptStart: [Double]
    private var repeats: [Int]
    /// Roles whose deputy answered; later steps show the deputy acting.
    private var actingDeputy: [EntityID: String] = [:]

    init(program: SimulationProgram) {
        self.program = program
        attemptStart = Array(repeating: 0, count: program.stepCount)
        repeats = Array(repeating: 0, count: program.stepCount)
    }

    private func step(_ index: Int) -> AlarmStep { program.path.steps[index] }

    private func actor(of index: Int) -> String {
        let id = step(index).actor
        return actingDeputy[id] ?? program.name(of: id)
    }

    private func target(of index: Int) -> String {
        step(index).target.map(program.name(of:)) ?? ""
    }

    private func deputy(of index: Int) -> String {
        let role = Int(program.targetRole[index])
        return role >= 0 ? program.roles[role].deputyTitle : "ställföreträdaren"
    }

    private mutating func add(
        _ kind: TimelineEntry.Kind, step index: Int?, at minute: Double, target: String? = nil, _ text: String
    ) {
        entries.append(
            TimelineEntry(
                minute: minute, clock: program.context.clock(atMinute: minute), step: index.map { step($0).id },
                kind: kind, actor: index.map(actor(of:)), target: target, text: text))
    }

    mutating func started(step index: Int, at minute: Double) {
        attemptStart[index] = minute
        switch step(index).kind {
        case .contact:
            add(
                .contacted, step: index, at: minute, target: target(of: index),
                "\(actor(of: index)) kontaktar \(target(of: index))")
        case .inform:
            add(
                .informed, step: index, at: minute, target: target(of: index),
                "\(actor(of: index)) informerar \(target(of: index))")
        case .receive, .decide, .activate, .assign:
            break
        }
    }

    mutating func primaryUnavailable(step index: Int, at minute: Double) {
        add(
            .unavailable, step: index, at: minute, target: deputy(of: index),
            "\(target(of: index)) är inte tillgänglig — \(actor(of: index)) kontaktar \(deputy(of: index)) direkt")
    }

    mutating func noAnswer(step index: Int, at minute: Double) {
        attemptStart[index] = minute
        let waited = Timeline.minutes(program.timeout[index])
        add(
            .noAnswer, step: index, at: minute, target: deputy(of: index),
            "\(target(of: index)) svarar inte inom \(waited) min — \(actor(of: index)) kontaktar \(deputy(of: index))")
    }

    mutating func completed(step index: Int, at minute: Double, outcome: Int, viaDeputy: Bool) {
        let took = Timeline.minutes(minute - attemptStart[index])
        let current = step(index)
        switch current.kind {
        case .receive:
            add(.received, step: index, at: minute, "\(actor(of: index)) tar emot larmet")
        case .contact, .inform:
            let who = viaDeputy ? deputy(of: index) : target(of: index)
            if viaDeputy, let target = current.target, actingDeputy[target] == nil {
                actingDeputy[target] = who
            }
            let contact = current.kind == .contact
            add(
                contact ? .answered : .acknowledged, step: index, at: minute, target: who,
                "\(who) \(contact ? "svarar" : "bekräftar") efter \(took) min")
        case .decide:
            let label = current.options.indices.contains(outcome) ? current.options[outcome].label : "inget beslut"
            add(.decided, step: index, at: minute, "\(actor(of: index)) beslutar: \(label) (\(took) min)")
        case .activate:
            add(
                .activated, step: index, at: minute, target: target(of: index),
                "\(actor(of: index)) aktiverar \(target(of: index))")
        case .assign:
            add(
                .assigned, step: index, at: minute, target: target(of: index),
                "\(actor(of: index)) ger \(target(of: index)) i uppdrag")
        }
    }

    mutating func skipped(step index: Int, at minute: Double, reason: SkipReason) {
        let current = step(index)
        let why: String
        switch reason {
        case .condition:
            var parts: [String] = []
            if let classification = current.condition?.classification {
                parts.append("gäller vid \(classification.swedishLabel)")
            }
            if let officeHours = current.condition?.officeHours {
                parts.append(officeHours ? "gäller under kontorstid" : "gäller utanför kontorstid")
            }
            why = parts.joined(separator: ", ")
        case .decision:
            let decision = current.condition?.decision.map { "beslutet \($0)" } ?? "beslutet"
            let option = current.condition?.outcome.map { " blev inte \($0)" } ?? " fattades inte"
            why = decision + option
        case .predecessor:
            why = "ett steg före det utfördes inte"
        }
        add(.skipped, step: index, at: minute, "Steget \(current.id) utförs inte (\(why))")
    }

    mutating func repeated(step index: Int, at minute: Double) {
        repeats[index] += 1
        let verb = step(index).kind == .contact ? "kontaktar" : "informerar"
        add(
            .repeated, step: index, at: minute, target: target(of: index),
            "\(actor(of: index)) \(verb) \(target(of: index)) igen (gång \(repeats[index] + 1))")
    }

    mutating func injected(_ index: Int, at minute: Double) {
        let inject = program.scenario.injects[index]
        let from = name(ofParty: inject.from)
        let to = name(ofParty: inject.to)
        var text = "Inspel (\(inject.kind.swedishLabel))"
        if !from.isEmpty { text += " från \(from)" }
        if !to.isEmpty { text += " till \(to)" }
        text += ": \(inject.text)"
        if let expected = inject.expectedAction {
            text += " Förväntat: \(program.name(of: expected.role)) — \(expected.action)"
            if let within = expected.withinMinutes { text += " inom \(Timeline.minutes(within)) min" }
            text += "."
        }
        entries.append(
            TimelineEntry(
                minute: minute, clock: program.context.clock(atMinute: minute), step: nil, kind: .inject,
                actor: from.isEmpty ? nil : from, target: to.isEmpty ? nil : to, text: text))
    }

    /// A role id's title, or the text as written ("SVT Nyheter").
    private func name(ofParty party: String) -> String {
        program.plan.actor(EntityID(party))?.name ?? party
    }
}
