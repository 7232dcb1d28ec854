extension AlarmPath {
    /// A step of a path that can never run, and why.
    public struct NeverRunStep: Hashable, Sendable {
        /// The step's id.
        public var step: EntityID
        /// Why it can never run.
        public var cause: NeverRunCause

        /// Creates the finding.
        public init(step: EntityID, cause: NeverRunCause) {
            self.step = step
            self.cause = cause
        }
    }

    /// Every step that no circumstance lets run, in the path's order: no classification of the event,
    /// no time of day (in or outside office hours) and no choice of the path's decisions satisfies
    /// its condition together with those of every step it waits for (of one of them, for a step that
    /// waits for any) and of the decisions it depends on. A condition with alternatives (`anyOf`) holds
    /// in the union of its alternatives' worlds: the step can run if any alternative can, and an
    /// alternative on a decision holds only in worlds where that decision runs.
    ///
    /// A step that waits for two branches of one decision (`after: [aktivera, avsta]`, the first when
    /// the decision chose one option, the second when it chose the other) never runs: it waits for
    /// both, and a decision chooses once. With `join: any` it runs after whichever ran.
    ///
    /// ```swift
    /// path.stepsThatNeverRun.map(\.step)     // ["sammanstall"]
    /// path.stepsThatNeverRun.first?.cause    // .excludedByStep("avsta")
    /// ```
    ///
    /// A step waiting for steps in a circle is counted here too (as waiting for a step that never
    /// runs); the validator reports the circle itself.
    public var stepsThatNeverRun: [NeverRunStep] {
        var circumstances = Circumstances(path: self)
        return steps.compactMap { step in
            circumstances.possible(step).isEmpty
                ? NeverRunStep(step: step.id, cause: circumstances.reasons[step.id] ?? .noCircumstance) : nil
        }
    }
}

/// The circumstances an alarm of a path can come in, each one "world": a classification, in or
/// outside office hours, and an option chosen by each of the path's decisions; and for each step the
/// set of worlds in which it runs, as a bit set.
///
/// The worlds are numbered in mixed radix: the classification, office hours, then each decision's
/// option. A path whose decisions have so many options together that the worlds would pass
/// ``largest`` tracks only the first decisions' choices; a condition on a later one then holds in
/// every world, so a step is never said to be unreachable when it is not.
private struct Circumstances {
    let path: AlarmPath
    /// For each tracked decision, its options in order and the stride of its digit.
    private let decisions: [EntityID: (options: [EntityID], stride: Int)]
    /// The number of worlds.
    private let count: Int
    private var known: [EntityID: Bits] = [:]
    private(set) var reasons: [EntityID: NeverRunCause] = [:]

    /// The most worlds that are told apart: 4 circumstances × 1,024 choices (five decisions of four
    /// options), which keeps the check a validation runs on every change set to a few milliseconds.
    static let largest = 1 << 12

    init(path: AlarmPath) {
        self.path = path
        var decisions: [EntityID: (options: [EntityID], stride: Int)] = [:]
        var count = EventClassification.allCases.count * 2
        for step in path.steps where step.kind == .decide && step.options.count > 1 && decisions[step.id] == nil {
            guard count * step.options.count <= Self.largest else { continue }
            decisions[step.id] = (step.options.map(\.id), count)
            count *= step.options.count
        }
        self.decisions = decisions
        self.count = count
    }

    /// The worlds in which `step` runs.
    mutating func possible(_ step: AlarmStep) -> Bits {
        possible(step, visiting: [])
    }

    private mutating func possible(_ step: AlarmStep, visiting: Set<EntityID>) -> Bits {
        if let bits = known[step.id] { return bits }
        guard !visiting.contains(step.id) else { return Bits(count: count, all: false) }
        let inner = visiting.union([step.id])
        // The worlds in which each decision the condition names runs: an alternative on a decision
        // holds only where the decision ran and chose its outcome, so the step waits for each decision
        // as far as its condition needs it, not for all of them.
        var decided: [EntityID: Bits] = [:]
        for id in step.condition?.decisions ?? [] {
            if let decision = path.step(id) { decided[id] = possible(decision, visiting: inner) }
        }
        var result = holding(step.condition, decided: decided)
        if result.isEmpty, let condition = step.condition {
            reasons[step.id] =
                holding(condition, decided: nil).isEmpty
                ? .conditionNeverHolds : decisionCause(condition.decisions, decided: decided)
        }
        var waits = step.after
        if step.waitsForAny {
            // The worlds in which one of the steps waited for runs.
            var union = Bits(count: count, all: false)
            for id in step.after {
                guard let before = path.step(id) else {
                    reasons[step.id] = .waitsForMissingStep(id)
                    continue
                }
                union.formUnion(possible(before, visiting: inner))
            }
            let narrowed = result.intersection(union)
            if narrowed.isEmpty && !result.isEmpty && reasons[step.id] == nil {
                reasons[step.id] = union.isEmpty ? .waitsForNeverRunStep(step.after[0]) : .excludedByStep(step.after[0])
            }
            result = narrowed
            waits = []
        }
        for id in waits {
            guard let before = path.step(id) else {
                reasons[step.id] = .waitsForMissingStep(id)
                result = Bits(count: count, all: false)
                continue
            }
            let earlier = possible(before, visiting: inner)
            let narrowed = result.intersection(earlier)
            if narrowed.isEmpty && !result.isEmpty && reasons[step.id] == nil {
                reasons[step.id] = earlier.isEmpty ? .waitsForNeverRunStep(id) : .excludedByStep(id)
            }
            result = narrowed
        }
        known[step.id] = result
        return result
    }

    /// Why a condition that could hold by its classification, time of day and choices holds in no
    /// world once its decisions must have run: the first decision the path lacks, else the first that
    /// never runs, else the first whose worlds rule it out.
    private func decisionCause(_ ids: [EntityID], decided: [EntityID: Bits]) -> NeverRunCause? {
        if let missing = ids.first(where: { decided[$0] == nil }) { return .waitsForMissingStep(missing) }
        if let never = ids.first(where: { decided[$0]?.isEmpty ?? false }) { return .waitsForNeverRunStep(never) }
        return ids.first.map(NeverRunCause.excludedByStep)
    }

    /// The worlds in which `condition` holds (``StepCondition/holds(in:)`` not false). With `decided`,
    /// a decision the condition names has chosen in a world only when it runs there (the worlds of
    /// `decided`; a decision the path lacks never does); without, each decision's choice in the world
    /// counts as made. A decision whose choices are not told apart may have chosen anything.
    private func holding(_ condition: StepCondition?, decided: [EntityID: Bits]?) -> Bits {
        var bits = Bits(count: count, all: true)
        guard let condition else { return bits }
        let classifications = EventClassification.allCases
        var world = 0
        // One circumstance for every world, which its decisions read: no closure made a world.
        var circumstance = StepCondition.Circumstance(classification: nil, officeHours: nil) { id in
            if let decided {
                guard let ran = decided[id], ran.contains(world) else { return .notTaken }
            }
            guard let decision = decisions[id] else { return .unsettled }
            return .chose(decision.options[(world / decision.stride) % decision.options.count])
        }
        for each in 0..<count {
            world = each
            circumstance.classification = classifications[world % classifications.count]
            circumstance.officeHours = (world / classifications.count) % 2 == 0
            if condition.holds(in: circumstance) == false { bits.remove(world) }
        }
        return bits
    }
}

/// A set of worlds.
private struct Bits {
    private var words: [UInt64]

    init(count: Int, all: Bool) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
        if all {
            for world in 0..<count { words[world / 64] |= 1 << UInt64(world % 64) }
        }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    mutating func remove(_ world: Int) { words[world / 64] &= ~(1 << UInt64(world % 64)) }

    func contains(_ world: Int) -> Bool { words[world / 64] & (1 << UInt64(world % 64)) != 0 }

    mutating func formUnion(_ other: Bits) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    func intersection(_ other: Bits) -> Bits {
        var result = self
        for index in words.indices { result.words[index] &= other.words[index] }
        return result
    }
}
