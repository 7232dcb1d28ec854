/// One pending event of the simulation: a step phase at a minute of the virtual clock.
struct SimulationEvent {
    /// What happens when the event comes due.
    enum Phase: UInt8 {
        /// The step has run: its target answered, its decision fell, its notice was acknowledged.
        case complete
        /// The step's conditions failed; it is settled without running.
        case skip
        /// The target did not answer in time; the caller turns to the deputy.
        case deputy
        /// A recurring step repeats (timelines only).
        case repeatNotice
        /// An inject reaches the players (timelines only).
        case inject
    }

    var time: Double
    var sequence: UInt32
    var step: Int32
    var phase: Phase

    /// Earlier time first; at the same time, the event scheduled first.
    @inline(__always)
    func precedes(_ other: SimulationEvent) -> Bool {
        time < other.time || (time == other.time && sequence < other.sequence)
    }
}

/// A binary min-heap of events ordered by (time, sequence), so that ties come out in the order they
/// were scheduled and every run is deterministic.
///
/// The queue works in memory that ``EngineMemory`` owns and that is reused for every run, so the hot
/// loop of a Monte Carlo simulation neither allocates nor checks array uniqueness. Its capacity is a
/// bound the engine knows: each step has at most one pending event and one pending repetition.
struct EventQueue {
    private let heap: UnsafeMutablePointer<SimulationEvent>
    private let capacity: Int
    private var count = 0
    private var nextSequence: UInt32 = 0

    init(storage: UnsafeMutableBufferPointer<SimulationEvent>) {
        heap = storage.baseAddress!
        capacity = storage.count
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the queue and restarts the sequence numbers.
    mutating func reset() {
        count = 0
        nextSequence = 0
    }

    /// Schedules `phase` of `step` at `time`.
    mutating func schedule(_ phase: SimulationEvent.Phase, step: Int, at time: Double) {
        precondition(count < capacity, "the event queue is full")
        let event = SimulationEvent(
            time: time, sequence: nextSequence, step: Int32(truncatingIfNeeded: step), phase: phase)
        nextSequence &+= 1
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard event.precedes(heap[parent]) else { break }
            heap[child] = heap[parent]
            child = parent
        }
        heap[child] = event
    }

    /// Removes and returns the earliest event.
    mutating func pop() -> SimulationEvent? {
        guard count > 0 else { return nil }
        count -= 1
        let first = heap[0]
        guard count > 0 else { return first }
        let last = heap[count]
        var parent = 0
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count, heap[child + 1].precedes(heap[child]) { child += 1 }
            guard heap[child].precedes(last) else { break }
            heap[parent] = heap[child]
            parent = child
        }
        heap[parent] = last
        return first
    }
}
