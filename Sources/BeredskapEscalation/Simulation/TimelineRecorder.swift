import BeredskapModel
import Foundation

/// The observer of a dry run: turns the engine's events into timeline entries.
struct TimelineRecorder: SimulationObserver {
    static var recordsNotices: Bool { true }

    let program: SimulationProgram
    private(set) var entries: [TimelineEntry] = []
    /// When the current attempt of each step began: the step's start, or the call to the deputy.
    private var attemptStart: [Double]
    private var repeats: [Int]
    /// Roles whose deputy answered; later steps show the deputy acting.
    private var actingDeputy: [EntityID: TimelineParty] = [:]
    /// How each decision settled so far, for telling why a step was skipped.
    private var decided: [EntityID: StepCondition.DecisionState] = [:]

    init(program: SimulationProgram) {
        self.program = program
        attemptStart = Array(repeating: 0, count: program.stepCount)
        repeats = Array(repeating: 0, count: program.stepCount)
    }

    private func step(_ index: Int) -> AlarmStep { program.path.steps[index] }

    private func actor(of index: Int) -> TimelineParty {
        let id = step(index).actor
        return actingDeputy[id] ?? .named(program.name(of: id))
    }

    private func targetName(of index: Int) -> String {
        step(index).target.map(program.name(of:)) ?? ""
    }

    private func target(of index: Int) -> TimelineParty {
        .named(targetName(of: index))
    }

    /// The deputy, or `nil` for a target that is not a role of the plan.
    private func deputy(of index: Int) -> TimelineParty? {
        let role = Int(program.targetRole[index])
        return role >= 0 ? program.roles[role].deputy : nil
    }

    private mutating func add(_ entry: TimelineEntry) {
        entries.append(entry)
    }

    private func entry(
        _ kind: TimelineEntry.Kind, step index: Int, at minute: Double, target: TimelineParty? = nil
    ) -> TimelineEntry {
        TimelineEntry(
            minute: minute, time: program.context.localTime(atMinute: minute), step: step(index).id,
            stepKind: step(index).kind, kind: kind,
            actor: actor(of: index), target: target)
    }

    mutating func started(step index: Int, at minute: Double) {
        attemptStart[index] = minute
        switch step(index).kind {
        case .contact: add(entry(.contacted, step: index, at: minute, target: target(of: index)))
        case .inform: add(entry(.informed, step: index, at: minute, target: target(of: index)))
        case .receive, .decide, .activate, .assign, .record: break
        }
    }

    mutating func primaryUnavailable(step index: Int, at minute: Double) {
        var line = entry(.unavailable, step: index, at: minute, target: deputy(of: index))
        line.missed = targetName(of: index)
        add(line)
    }

    mutating func noAnswer(step index: Int, at minute: Double) {
        attemptStart[index] = minute
        var line = entry(.noAnswer, step: index, at: minute, target: deputy(of: index))
        line.missed = targetName(of: index)
        line.duration = program.timeout[index]
        add(line)
    }

    mutating func completed(step index: Int, at minute: Double, outcome: Int, viaDeputy: Bool) {
        let took = minute - attemptStart[index]
        let current = step(index)
        switch current.kind {
        case .receive:
            add(entry(.received, step: index, at: minute))
        case .contact, .inform:
            let who = viaDeputy ? deputy(of: index) : target(of: index)
            if viaDeputy, current.target != nil, actingDeputy[current.reachedActor] == nil, let who {
                actingDeputy[current.reachedActor] = who
            }
            var line = entry(current.kind == .contact ? .answered : .acknowledged, step: index, at: minute, target: who)
            line.duration = took
            add(line)
        case .decide:
            var line = entry(.decided, step: index, at: minute)
            line.option = current.options.indices.contains(outcome) ? current.options[outcome].label : nil
            decided[current.id] =
                current.options.indices.contains(outcome) ? .chose(current.options[outcome].id) : .notTaken
            line.duration = took
            add(line)
        case .activate:
            add(entry(.activated, step: index, at: minute, target: target(of: index)))
        case .assign:
            add(entry(.assigned, step: index, at: minute, target: target(of: index)))
        case .record:
            add(entry(.recorded, step: index, at: minute, target: target(of: index)))
        }
    }

    mutating func skipped(step index: Int, at minute: Double, reason: SkipReason) {
        let condition = step(index).condition
        decided[step(index).id] = .notTaken
        var line = entry(.skipped, step: index, at: minute)
        // The condition's own parts when they fail, else its alternatives, none of which held.
        let own = condition?.ownParts
        let hasAlternatives = !(condition?.anyOf.isEmpty ?? true)
        let settled = decided
        let ownHolds = own?.holds(in: program.context.circumstance { settled[$0] ?? .unsettled }) != false
        switch reason {
        case .condition where hasAlternatives && program.context.satisfies(own):
            line.skipCause = .noAlternative
        case .condition:
            line.skipCause = .condition(classification: own?.classification, officeHours: own?.officeHours)
        case .decision where hasAlternatives && ownHolds:
            line.skipCause = .noAlternative
        case .decision:
            line.skipCause = .decision(decision: own?.decision, outcome: own?.outcome)
        case .predecessor:
            line.skipCause = .predecessor
        }
        add(line)
    }

    mutating func repeated(step index: Int, at minute: Double) {
        repeats[index] += 1
        var line = entry(.repeated, step: index, at: minute, target: target(of: index))
        line.repetition = repeats[index] + 1
        add(line)
    }

    mutating func injected(_ index: Int, at minute: Double) {
        let inject = program.scenario.injects[index]
        let from = name(ofParty: inject.from)
        let to = name(ofParty: inject.to)
        add(
            TimelineEntry(
                minute: minute, time: program.context.localTime(atMinute: minute), step: nil, kind: .inject,
                actor: from.isEmpty ? nil : .named(from), target: to.isEmpty ? nil : .named(to),
                inject: TimelineEntry.Inject(
                    kind: inject.kind, text: inject.text,
                    expectedRole: inject.expectedAction.map { program.name(of: $0.role) },
                    expectedAction: inject.expectedAction?.action, expectedWithin: inject.expectedAction?.withinMinutes)
            ))
    }

    /// A role id's title, or the text as written ("SVT Nyheter").
    private func name(ofParty party: String) -> String {
        program.plan.actor(EntityID(party))?.name ?? party
    }
}
