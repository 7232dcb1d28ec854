/// The memory one ``SimulationEngine`` works in: per-step and per-role state and the event queue,
/// allocated once and reused for every run.
///
/// A class because the buffers need one owner to free them. The engine copies the buffer pointers
/// into its own fields, so the hot loop touches neither this object nor array uniqueness checks. An
/// engine and its memory belong to one thread.
final class EngineMemory {
    let pending: UnsafeMutableBufferPointer<Int32>
    let states: UnsafeMutableBufferPointer<SimulationEngine.StepState>
    let blocked: UnsafeMutableBufferPointer<Bool>
    let oneRan: UnsafeMutableBufferPointer<Bool>
    let finish: UnsafeMutableBufferPointer<Double>
    let outcomes: UnsafeMutableBufferPointer<Int32>
    let viaDeputy: UnsafeMutableBufferPointer<Bool>
    let reached: UnsafeMutableBufferPointer<Double>
    let reachedViaDeputy: UnsafeMutableBufferPointer<Bool>
    let events: UnsafeMutableBufferPointer<SimulationEvent>

    init(steps: Int, roles: Int, events eventCapacity: Int) {
        pending = .allocate(capacity: steps)
        states = .allocate(capacity: steps)
        blocked = .allocate(capacity: steps)
        oneRan = .allocate(capacity: steps)
        finish = .allocate(capacity: steps)
        outcomes = .allocate(capacity: steps)
        viaDeputy = .allocate(capacity: steps)
        reached = .allocate(capacity: roles)
        reachedViaDeputy = .allocate(capacity: roles)
        events = .allocate(capacity: eventCapacity)
        pending.initialize(repeating: 0)
        states.initialize(repeating: .waiting)
        blocked.initialize(repeating: false)
        oneRan.initialize(repeating: false)
        finish.initialize(repeating: .nan)
        outcomes.initialize(repeating: -1)
        viaDeputy.initialize(repeating: false)
        reached.initialize(repeating: .infinity)
        reachedViaDeputy.initialize(repeating: false)
        events.initialize(repeating: SimulationEvent(time: 0, sequence: 0, step: 0, phase: .complete))
    }

    deinit {
        pending.deallocate()
        states.deallocate()
        blocked.deallocate()
        oneRan.deallocate()
        finish.deallocate()
        outcomes.deallocate()
        viaDeputy.deallocate()
        reached.deallocate()
        reachedViaDeputy.deallocate()
        events.deallocate()
    }
}
