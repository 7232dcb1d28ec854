import Foundation

/// Who can be reached, as the engine asks it: `nil` when everyone always can, so the hot loop
/// skips the question.
struct AvailabilityCheck: Sendable {
    let source: (any RoleAvailability)?
    let isEveryone: Bool

    /// How far past the event availability is prepared: two weeks, longer than any alarm path takes.
    static let preparedDays = 14

    /// `availability`, prepared for the hour before the event and the ``preparedDays`` after it.
    init(_ availability: some RoleAvailability, eventStart: Date) {
        isEveryone = availability.isEveryoneAlwaysAvailable
        let window = DateInterval(
            start: eventStart.addingTimeInterval(-3600), duration: Double(Self.preparedDays) * 86_400 + 3600)
        source = isEveryone ? nil : availability.preparing(for: window)
    }
}

/// Why a step did not run.
enum SkipReason: UInt8 {
    /// The event's classification or office hours do not match the step's condition.
    case condition
    /// A decision the condition names chose another option, or did not run, so that the condition
    /// does not hold (with alternatives: its own parts, or every alternative, fail).
    case decision
    /// A step it waits for did not run.
    case predecessor
}

/// What a run reports as it goes. A timeline records it all; a Monte Carlo run ignores it, and the
/// compiler removes the calls.
protocol SimulationObserver {
    /// Whether the run also schedules repeats of recurring steps and injects, which only a timeline shows.
    static var recordsNotices: Bool { get }
    mutating func started(step: Int, at minute: Double)
    mutating func primaryUnavailable(step: Int, at minute: Double)
    mutating func noAnswer(step: Int, at minute: Double)
    mutating func completed(step: Int, at minute: Double, outcome: Int, viaDeputy: Bool)
    mutating func skipped(step: Int, at minute: Double, reason: SkipReason)
    mutating func repeated(step: Int, at minute: Double)
    mutating func injected(_ index: Int, at minute: Double)
}

/// The discrete-event engine: runs a compiled alarm path on a virtual clock in minutes from the alarm.
///
/// Events wait in a priority queue ordered by (time, sequence number). A step starts when every step
/// it waits for has settled: it is skipped if one of them was skipped or its condition fails,
/// otherwise it draws its times and schedules its completion. A step that waits for any of its
/// `after` steps (`join: any`) starts when the first of them completes and its condition can be told
/// (the decisions it depends on have settled, or an alternative holds already), and is skipped when
/// all of them were. The engine keeps its arrays between runs.
struct SimulationEngine {
    enum StepState: UInt8 { case waiting, running, done, skipped }

    let program: SimulationProgram
    private let normal = ZigguratNormal.shared
    private let memory: EngineMemory
    private var queue: EventQueue
    private let pending: UnsafeMutableBufferPointer<Int32>
    let states: UnsafeMutableBufferPointer<StepState>
    /// Whether a step this one waits for was skipped.
    private let blocked: UnsafeMutableBufferPointer<Bool>
    /// For a step that waits for any: whether one of its `after` steps has completed.
    private let oneRan: UnsafeMutableBufferPointer<Bool>
    let finish: UnsafeMutableBufferPointer<Double>
    let outcomes: UnsafeMutableBufferPointer<Int32>
    let viaDeputy: UnsafeMutableBufferPointer<Bool>
    /// When each reached role was first reached, or infinity.
    let reached: UnsafeMutableBufferPointer<Double>
    let reachedViaDeputy: UnsafeMutableBufferPointer<Bool>

    init(program: SimulationProgram) {
        self.program = program
        // Each step has at most one pending event and one pending repetition; injects come on top.
        memory = EngineMemory(
            steps: program.stepCount, roles: program.roles.count,
            events: 2 * program.stepCount + program.scenario.injects.count + 1)
        queue = EventQueue(storage: memory.events)
        pending = memory.pending
        states = memory.states
        blocked = memory.blocked
        oneRan = memory.oneRan
        finish = memory.finish
        outcomes = memory.outcomes
        viaDeputy = memory.viaDeputy
        reached = memory.reached
        reachedViaDeputy = memory.reachedViaDeputy
    }

    /// Runs the path once from the alarm to the last settled step.
    mutating func run<R: RandomSource, O: SimulationObserver>(
        random: inout R, observer: inout O, availability: AvailabilityCheck
    ) {
        reset()
        if O.recordsNotices {
            for (index, minute) in program.scenario.clockInjectMinutes.sorted(by: { $0.key < $1.key }) {
                queue.schedule(.inject, step: index, at: minute)
            }
        }
        for step in program.startSteps { resolve(step, at: 0, random: &random, observer: &observer, availability) }
        while let event = queue.pop() {
            let step = Int(event.step)
            let time = event.time
            switch event.phase {
            case .complete:
                states[step] = .done
                finish[step] = time
                let role = Int(program.targetRole[step])
                if role >= 0, reached[role] == .infinity {
                    reached[role] = time
                    reachedViaDeputy[role] = viaDeputy[step]
                }
                observer.completed(step: step, at: time, outcome: Int(outcomes[step]), viaDeputy: viaDeputy[step])
                if O.recordsNotices { scheduleRepeat(of: step, after: time) }
                release(step, at: time, random: &random, observer: &observer, availability)
            case .skip:
                release(step, at: time, random: &random, observer: &observer, availability)
            case .deputy:
                observer.noAnswer(step: step, at: time)
                queue.schedule(.complete, step: step, at: time + draw(step, &random))
            case .repeatNotice:
                observer.repeated(step: step, at: time)
                scheduleRepeat(of: step, after: time)
            case .inject:
                observer.injected(step, at: time)
            }
        }
    }

    private mutating func reset() {
        queue.reset()
        for index in 0..<program.stepCount {
            pending[index] = program.dependencyCounts[index]
            states[index] = .waiting
            blocked[index] = false
            oneRan[index] = false
            finish[index] = .nan
            outcomes[index] = -1
            viaDeputy[index] = false
        }
        for index in 0..<reached.count {
            reached[index] = .infinity
            reachedViaDeputy[index] = false
        }
    }

    private mutating func scheduleRepeat(of step: Int, after time: Double) {
        let every = program.repeatEvery[step]
        if every > 0, time + every < program.durationMinutes {
            queue.schedule(.repeatNotice, step: step, at: time + every)
        }
    }

    private mutating func release<R: RandomSource, O: SimulationObserver>(
        _ step: Int, at time: Double, random: inout R, observer: inout O, _ availability: AvailabilityCheck
    ) {
        let wasSkipped = states[step] == .skipped
        for position in program.successorStarts[step]..<program.successorStarts[step + 1] {
            let successor = Int(program.successors[position])
            if program.waitsForAny[successor] {
                releaseAny(
                    successor, viaAfter: program.viaAfter[position], skipped: wasSkipped, at: time, &random, &observer,
                    availability)
                continue
            }
            if wasSkipped { blocked[successor] = true }
            pending[successor] -= 1
            if pending[successor] == 0 {
                resolve(successor, at: time, random: &random, observer: &observer, availability)
            }
        }
    }

    /// Settles `step`, which waits for any of its `after` steps, when one of the steps it waits for has
    /// (`viaAfter`: one of its `after` steps, else a decision its condition names): it starts or is
    /// skipped once one of its `after` steps has completed and its condition can be told (a decision
    /// an alternative names need not settle when another alternative holds), and is skipped when every
    /// one of them was skipped. A step that has started or been skipped ignores the rest.
    private mutating func releaseAny<R: RandomSource, O: SimulationObserver>(
        _ step: Int, viaAfter: Bool, skipped: Bool, at time: Double, _ random: inout R, _ observer: inout O,
        _ availability: AvailabilityCheck
    ) {
        guard states[step] == .waiting else { return }
        pending[step] -= 1
        if !skipped && viaAfter { oneRan[step] = true }
        if oneRan[step] && program.condition(of: step, states: states, outcomes: outcomes) >= 0 {
            resolve(step, at: time, random: &random, observer: &observer, availability)
        } else if pending[step] == 0 {
            blocked[step] = !oneRan[step]
            resolve(step, at: time, random: &random, observer: &observer, availability)
        }
    }

    /// Settles a step whose waits are over: skips it, or starts it and schedules what follows.
    private mutating func resolve<R: RandomSource, O: SimulationObserver>(
        _ step: Int, at time: Double, random: inout R, observer: inout O, _ availability: AvailabilityCheck
    ) {
        var reason: SkipReason?
        if blocked[step] {
            reason = .predecessor
        } else if !program.enabled[step] {
            reason = .condition
        } else if program.condition(of: step, states: states, outcomes: outcomes) != 1 {
            reason = .decision
        }
        if let reason {
            states[step] = .skipped
            observer.skipped(step: step, at: time, reason: reason)
            queue.schedule(.skip, step: step, at: time)
            return
        }
        states[step] = .running
        observer.started(step: step, at: time)
        switch program.codes[step] {
        case .contact, .inform:
            if !availability.isEveryone, let source = availability.source, let target = program.path.steps[step].target,
                !source.isAvailable(target, at: program.context.date(atMinute: time))
            {
                observer.primaryUnavailable(step: step, at: time)
                // Without a deputy in the plan nobody answers for the role, and the step never completes.
                guard program.hasDeputy[step] else { return }
                viaDeputy[step] = true
                queue.schedule(.complete, step: step, at: time + draw(step, &random))
                return
            }
            if !random.happens(withProbability: program.noAnswer[step]) {
                let answer = draw(step, &random)
                if answer <= program.timeout[step] {
                    queue.schedule(.complete, step: step, at: time + answer)
                    return
                }
            }
            // The deputy is called when the wait runs out; without one, the role is called again.
            viaDeputy[step] = program.hasDeputy[step]
            queue.schedule(.deputy, step: step, at: time + program.timeout[step])
        case .decide:
            outcomes[step] = chooseOption(step, &random)
            queue.schedule(.complete, step: step, at: time + draw(step, &random))
        case .receive, .activate, .assign, .record:
            queue.schedule(.complete, step: step, at: time + draw(step, &random))
        }
    }

    /// The step's time, or one answer time of its target.
    @inline(__always)
    private func draw<R: RandomSource>(_ step: Int, _ random: inout R) -> Double {
        let sigma = program.sigma[step]
        guard sigma > 0 else { return program.fixed[step] }
        return exp(program.mu[step] + sigma * normal.sample(using: &random))
    }

    private func chooseOption<R: RandomSource>(_ step: Int, _ random: inout R) -> Int32 {
        let scripted = program.scriptedOutcome[step]
        if scripted >= 0 { return scripted }
        let start = program.optionStarts[step]
        let end = program.optionStarts[step + 1]
        guard end > start else { return -1 }
        let u = random.nextUnit()
        for position in start..<end where u < program.optionCumulative[position] {
            return Int32(position - start)
        }
        return Int32(end - 1 - start)
    }
}
