/// Checks one alarm path: its steps are complete for their kind, `after` and `when` (each of its
/// alternatives too) refer to steps that exist, every step can run, and the path ends.
struct AlarmPathCheck {
    let path: AlarmPath
    let location: PlanPath
    var issues: [PlanIssue] = []
    /// Actor ids the path names, for the plan-wide check to resolve.
    var actorReferences: [(id: EntityID, path: PlanPath)] = []

    init(path: AlarmPath, at location: PlanPath) {
        self.path = path
        self.location = location
    }

    func stepPath(_ index: Int) -> PlanPath { location.appending("steps").appending(index) }

    mutating func report(_ code: PlanIssue.Code, at path: PlanPath, _ message: String) {
        issues.append(PlanIssue(.error, code, at: path, message))
    }

    mutating func check() {
        if let entry = path.entry { actorReferences.append((entry, location.appending("entry"))) }
        if path.steps.isEmpty {
            report(.emptyValue, at: location.appending("steps"), "alarm path '\(path.id)' has no steps")
            return
        }
        let stepIDs = checkStepIDs()
        for (index, step) in path.steps.enumerated() {
            checkStep(step, at: stepPath(index), stepIDs: stepIDs)
        }
        checkGraph(stepIDs: stepIDs)
    }

    /// Reports malformed and duplicate step ids; returns the index of each id's first step.
    mutating func checkStepIDs() -> [EntityID: Int] {
        var firstIndex: [EntityID: Int] = [:]
        for (index, step) in path.steps.enumerated() {
            let idPath = stepPath(index).appending("id")
            if !step.id.isWellFormed {
                let suggested = EntityID.suggested(for: step.id.rawValue)
                report(
                    .invalidID, at: idPath,
                    "invalid step id '\(step.id)': ids are lowercase letters a–z, digits and single hyphens"
                        + (suggested.isWellFormed ? " (try '\(suggested)')" : ""))
            } else if let earlier = firstIndex[step.id] {
                report(
                    .duplicateID, at: idPath,
                    "duplicate step id '\(step.id)': steps[\(earlier)] of this path already has it")
            } else {
                firstIndex[step.id] = index
            }
        }
        return firstIndex
    }

    mutating func checkStep(_ step: AlarmStep, at stepPath: PlanPath, stepIDs: [EntityID: Int]) {
        actorReferences.append((step.actor, stepPath.appending("actor")))
        if let target = step.target {
            actorReferences.append((target, stepPath.appending("target")))
        } else if step.kind.needsTarget {
            report(
                .incompleteStep, at: stepPath,
                "step '\(step.id)' (\(step.kind.rawValue)) needs a 'target': whom does \(step.actor) \(step.kind.rawValue)?"
            )
        }
        checkOptions(of: step, at: stepPath)
        for (index, other) in step.jointly.enumerated() {
            actorReferences.append((other, stepPath.appending("jointly").appending(index)))
            if other == step.actor {
                report(
                    .duplicateID, at: stepPath.appending("jointly").appending(index),
                    "'\(other)' is the step's actor already; 'jointly' names the others who decide with it")
            }
        }
        if !step.jointly.isEmpty && step.kind != .decide {
            report(
                .incompleteStep, at: stepPath.appending("jointly"),
                "only a decide step is taken jointly; step '\(step.id)' is a \(step.kind.rawValue) step")
        }
        for (index, rule) in step.handling.enumerated() where rule.allSatisfy(\.isWhitespace) {
            report(.emptyValue, at: stepPath.appending("handling").appending(index), "a handling rule cannot be empty")
        }
        for (index, predecessor) in step.after.enumerated() where stepIDs[predecessor] == nil {
            report(
                .unknownReference, at: stepPath.appending("after").appending(index),
                "unknown step '\(predecessor)' in this path"
                    + Suggestion.didYouMean(predecessor.rawValue, in: stepIDs.keys.map(\.rawValue).sorted()))
        }
        if step.after.contains(step.id) {
            report(.cycle, at: stepPath.appending("after"), "step '\(step.id)' waits for itself, so it never runs")
        }
        if let repeatRule = step.repeatRule, let every = repeatRule.everyMinutes, every < 1 {
            report(
                .invalidRange, at: stepPath.appending("repeat").appending("everyMinutes"),
                "a step cannot repeat every \(every) minutes; give 1 or more")
        }
        if let minutes = step.targetMinutes, minutes < 0 {
            report(.invalidRange, at: stepPath.appending("targetMinutes"), "a target time cannot be negative")
        }
        if let condition = step.condition {
            let conditionPath = stepPath.appending("when")
            checkCondition(condition.ownParts, of: step, at: conditionPath, stepIDs: stepIDs)
            for (index, alternative) in condition.anyOf.enumerated() {
                let alternativePath = conditionPath.appending("anyOf").appending(index)
                if alternative == StepCondition.Alternative() {
                    report(
                        .incompleteStep, at: alternativePath,
                        "an alternative of 'anyOf' that states no part always holds, so 'anyOf' asks nothing;"
                            + " give it a classification, officeHours or a decision and outcome")
                }
                checkCondition(StepCondition(alternative), of: step, at: alternativePath, stepIDs: stepIDs)
            }
        }
    }

    mutating func checkOptions(of step: AlarmStep, at stepPath: PlanPath) {
        guard step.kind == .decide else {
            if !step.options.isEmpty {
                report(
                    .incompleteStep, at: stepPath.appending("options"),
                    "only decide steps have options; step '\(step.id)' is a \(step.kind.rawValue) step")
            }
            return
        }
        if step.options.count < 2 {
            report(
                .incompleteStep, at: stepPath,
                "decide step '\(step.id)' needs at least two 'options' to choose among")
        }
        var seen: Set<EntityID> = []
        for (index, option) in step.options.enumerated() {
            let optionPath = stepPath.appending("options").appending(index)
            if !option.id.isWellFormed {
                report(.invalidID, at: optionPath.appending("id"), "invalid option id '\(option.id)'")
            } else if !seen.insert(option.id).inserted {
                report(
                    .duplicateID, at: optionPath.appending("id"),
                    "option '\(option.id)' appears twice in step '\(step.id)'")
            }
        }
    }

    mutating func checkCondition(
        _ condition: StepCondition, of step: AlarmStep, at conditionPath: PlanPath, stepIDs: [EntityID: Int]
    ) {
        switch (condition.decision, condition.outcome) {
        case (nil, nil):
            return
        case (nil, .some):
            report(.incompleteStep, at: conditionPath, "'outcome' needs a 'decision': the decide step it belongs to")
        case (.some(let decision), nil):
            report(
                .incompleteStep, at: conditionPath.appending("decision"),
                "a condition on decision '\(decision)' needs an 'outcome': one of its option ids")
        case (.some(let decision), .some(let outcome)):
            guard let decisionIndex = stepIDs[decision] else {
                report(
                    .unknownReference, at: conditionPath.appending("decision"),
                    "unknown step '\(decision)' in this path"
                        + Suggestion.didYouMean(decision.rawValue, in: stepIDs.keys.map(\.rawValue).sorted()))
                return
            }
            let decider = path.steps[decisionIndex]
            guard decider.kind == .decide else {
                report(
                    .unknownReference, at: conditionPath.appending("decision"),
                    "step '\(decision)' is a \(decider.kind.rawValue) step, not a decide step")
                return
            }
            let optionIDs = decider.options.map(\.id.rawValue)
            if !decider.options.contains(where: { $0.id == outcome }) {
                let hint = Suggestion.didYouMean(outcome.rawValue, in: optionIDs)
                report(
                    .unknownReference, at: conditionPath.appending("outcome"),
                    "decision '\(decision)' has no option '\(outcome)'"
                        + (hint.isEmpty
                            ? "; its options are \(optionIDs.map { "'\($0)'" }.joined(separator: ", "))" : hint))
            }
        }
    }

    /// Finds steps that wait for each other in a circle, steps that wait for such a step, steps that
    /// depend on a decision that does not come before them, and paths with no start.
    mutating func checkGraph(stepIDs: [EntityID: Int]) {
        if path.startSteps.isEmpty {
            report(
                .unreachableStep, at: location.appending("steps"),
                "alarm path '\(path.id)' never starts: every step waits for another; give the first step no 'after'")
        }
        var analysis = StepGraph(path: path, stepIDs: stepIDs)
        for cycle in analysis.cycles() {
            let ids = cycle.map { "'\(path.steps[$0].id)'" }
            let chain = zip(ids, ids.dropFirst() + [ids[0]]).enumerated().map { index, pair in
                index == 0 ? "\(pair.0) waits for \(pair.1)" : "\(pair.0) for \(pair.1)"
            }
            report(
                .cycle, at: stepPath(cycle[0]).appending("after"),
                "steps wait for each other in a circle (\(chain.joined(separator: ", "))), so the path never ends; remove one 'after'"
            )
        }
        var reported: Set<Int> = analysis.inCycle
        for (index, step) in path.steps.enumerated() {
            if !analysis.inCycle.contains(index), let blocker = analysis.blockedBy(index) {
                reported.insert(index)
                report(
                    .unreachableStep, at: stepPath(index).appending("after"),
                    "step '\(step.id)' can never run: it waits for '\(path.steps[blocker].id)', which is in a circle")
                continue
            }
            guard let condition = step.condition, !analysis.inCycle.contains(index) else { continue }
            for (decision, decisionPath) in Self.decisionPaths(of: condition, at: stepPath(index).appending("when")) {
                guard let decisionIndex = stepIDs[decision], path.steps[decisionIndex].kind == .decide,
                    !analysis.ancestors(of: index).contains(decisionIndex)
                else { continue }
                reported.insert(index)
                report(
                    .unreachableStep, at: decisionPath,
                    "step '\(step.id)' depends on decision '\(decision)', which does not come before it; add '\(decision)' to its 'after' chain"
                )
            }
        }
        checkCircumstances(stepIDs: stepIDs, skipping: reported)
    }

    /// Each decision a condition names with the path of its `decision` key: its own, then each of
    /// its alternatives' (`when.anyOf[1].decision`).
    static func decisionPaths(of condition: StepCondition, at conditionPath: PlanPath) -> [(EntityID, PlanPath)] {
        let own = condition.decision.map { [($0, conditionPath.appending("decision"))] } ?? []
        return own
            + condition.anyOf.enumerated().compactMap { index, alternative in
                alternative.decision.map {
                    ($0, conditionPath.appending("anyOf").appending(index).appending("decision"))
                }
            }
    }

    /// Warns of every step no circumstance lets run (``AlarmPath/stepsThatNeverRun``) that no error
    /// has named yet: a step that waits for two branches of one decision, or for a step of the night
    /// and one of the day.
    mutating func checkCircumstances(stepIDs: [EntityID: Int], skipping reported: Set<Int>) {
        let missing = path.steps.contains { step in
            (step.after + (step.condition?.decisions ?? [])).contains { stepIDs[$0] == nil }
        }
        guard !missing else { return }  // an unknown step is an error of its own, named at its place
        for finding in path.stepsThatNeverRun {
            guard let index = stepIDs[finding.step], !reported.contains(index) else { continue }
            let fix: String
            switch finding.cause {
            case .excludedByStep(let other)
            where (path.step(finding.step).map { $0.after.count > 1 && !$0.waitsForAny }) ?? false:
                fix =
                    "; a step waits for every step in its 'after', and '\(other)' does not run when the others do"
                    + " (another option of a decision, another time of day or classification): give it `join: any` to run after whichever runs"
            case .excludedByStep(let other):
                fix = "; its 'when' and that of '\(other)' or of the steps before it never hold at once"
            case .conditionNeverHolds where !(path.step(finding.step)?.condition?.anyOf.isEmpty ?? true):
                fix = "; with every alternative of its 'anyOf', its 'when' asks for what cannot be at once"
            case .conditionNeverHolds:
                fix = "; its 'when' asks for what cannot be at once"
            case .waitsForNeverRunStep, .waitsForMissingStep, .noCircumstance:
                fix = ""
            }
            issues.append(
                PlanIssue(
                    .warning, .unreachableStep, at: stepPath(index).appending("after"),
                    "step '\(finding.step)' can never run: \(finding.cause)\(fix)"))
        }
    }
}

/// The `after` graph of an alarm path: which steps a step waits for, directly and transitively.
struct StepGraph {
    /// For each step, the indices of the steps it waits for directly.
    let predecessors: [[Int]]
    /// Steps that are part of a circle.
    private(set) var inCycle: Set<Int> = []
    private var ancestorCache: [Int: Set<Int>] = [:]

    init(path: AlarmPath, stepIDs: [EntityID: Int]) {
        predecessors = path.steps.map { step in step.after.compactMap { stepIDs[$0] } }
    }

    /// The circles in the graph, each as step indices in waiting order, each reported once.
    mutating func cycles() -> [[Int]] {
        var state = [UInt8](repeating: 0, count: predecessors.count)  // 0 new, 1 on stack, 2 done
        var stack: [Int] = []
        var found: [[Int]] = []
        func visit(_ node: Int) {
            state[node] = 1
            stack.append(node)
            for next in predecessors[node] {
                if state[next] == 1, let start = stack.firstIndex(of: next) {
                    found.append(Array(stack[start...]))
                } else if state[next] == 0 {
                    visit(next)
                }
            }
            stack.removeLast()
            state[node] = 2
        }
        for node in predecessors.indices where state[node] == 0 {
            visit(node)
        }
        for cycle in found { inCycle.formUnion(cycle) }
        return found
    }

    /// A step in a circle that step `index` waits for, directly or transitively.
    mutating func blockedBy(_ index: Int) -> Int? {
        ancestors(of: index).filter { inCycle.contains($0) }.min()
    }

    /// Every step that step `index` waits for, directly or transitively.
    mutating func ancestors(of index: Int) -> Set<Int> {
        if let cached = ancestorCache[index] { return cached }
        var result: Set<Int> = []
        var pending = predecessors[index]
        while let next = pending.popLast() {
            if result.insert(next).inserted { pending += predecessors[next] }
        }
        ancestorCache[index] = result
        return result
    }
}
