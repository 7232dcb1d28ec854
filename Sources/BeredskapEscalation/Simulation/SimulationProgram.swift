import BeredskapModel
import Foundation

/// An alarm path compiled for one scenario and event: every step, role and option turned into array
/// indices, every condition that depends only on the event decided in advance.
///
/// The engine's hot loop reads only these arrays, so a Monte Carlo run looks up no string and
/// allocates nothing.
struct SimulationProgram: Sendable {
    /// What a step does, as the engine needs to know it.
    enum Code: UInt8 {
        case receive, contact, inform, decide, activate, assign, record
    }

    /// A role that contact and inform steps reach, in the order the path first reaches it.
    struct ReachedRole: Sendable {
        var id: EntityID
        var title: String
        /// The deputy called when the role does not answer: the first the plan names for it, or nil
        /// when it names none (the caller then calls the role again).
        var deputy: TimelineParty?
    }

    let scenario: Scenario
    let plan: Plan
    let path: AlarmPath
    let context: EventContext
    let durationMinutes: Double

    private(set) var codes: [Code] = []
    /// Whether the step's condition can hold for this event whatever the decisions choose (its
    /// classification and office-hours parts, or those of one of its alternatives, hold).
    private(set) var enabled: [Bool] = []
    /// How many steps each step waits for: its `after` steps and the decisions its condition names.
    private(set) var dependencyCounts: [Int32] = []
    /// Whether the step runs after the first of its `after` steps to run (`join: any`).
    private(set) var waitsForAny: [Bool] = []
    /// The steps waiting for step `i` are `successors[successorStarts[i] ..< successorStarts[i + 1]]`;
    /// `viaAfter` tells for each whether it waits as one of its `after` steps (else for a decision its
    /// condition names).
    private(set) var successorStarts: [Int] = []
    private(set) var successors: [Int32] = []
    private(set) var viaAfter: [Bool] = []
    /// The decide steps step `i`'s condition names are
    /// `conditionDecisions[conditionDecisionStarts[i] ..< conditionDecisionStarts[i + 1]]`, each with
    /// the stride of its digit in the step's table.
    private(set) var conditionDecisionStarts: [Int] = [0]
    private(set) var conditionDecisions: [Int32] = []
    private(set) var conditionStrides: [Int32] = []
    /// The step's condition for this event in every state of those decisions, from
    /// `conditionTableStarts[i]`: 1 it holds, 0 it does not, -1 it cannot be told yet. A decision's
    /// digit is 0 while it has not settled, 1 when it was skipped (or chose nothing), 2 + k when it
    /// chose its option k. The table is `StepCondition.holds(in:)` worked out in advance, so the
    /// engine reads a condition with a few additions.
    private(set) var conditionTableStarts: [Int] = []
    private(set) var conditionTable: [Int8] = []
    /// The step's time (or its target's answer time) as a log-normal's μ and σ; σ = 0 means ``fixed``.
    private(set) var mu: [Double] = []
    private(set) var sigma: [Double] = []
    private(set) var fixed: [Double] = []
    private(set) var noAnswer: [Double] = []
    private(set) var timeout: [Double] = []
    /// For contact and inform steps, whether the target has a deputy in the plan.
    private(set) var hasDeputy: [Bool] = []
    /// For contact and inform steps, the index in ``roles`` of the target; otherwise -1.
    private(set) var targetRole: [Int32] = []
    /// A scripted decision's option, or -1.
    private(set) var scriptedOutcome: [Int32] = []
    /// A decision's options are `optionCumulative[optionStarts[i] ..< optionStarts[i + 1]]`.
    private(set) var optionStarts: [Int] = []
    private(set) var optionCumulative: [Double] = []
    /// Minutes between repetitions of a recurring step; 0 when it does not recur at an interval.
    private(set) var repeatEvery: [Double] = []
    /// The target time of the step in minutes, or NaN.
    private(set) var targetMinutes: [Double] = []
    /// The steps that wait for nothing, in plan order.
    private(set) var startSteps: [Int] = []
    private(set) var roles: [ReachedRole] = []
    /// For each objective, the index in ``roles`` of its role.
    private(set) var objectiveRoles: [Int] = []
    /// For each objective, the minutes within which its role must be reached.
    private(set) var objectiveWithin: [Double] = []

    var stepCount: Int { codes.count }

    /// Compiles `scenario`'s path of `plan` for `context`.
    ///
    /// - Throws: ``ScenarioError`` when the scenario names what the plan lacks, or the path refers to
    ///   steps it does not have.
    init(scenario: Scenario, plan: Plan, context: EventContext) throws(ScenarioError) {
        let issues = ScenarioValidator.validate(scenario, against: plan)
        func failure(_ issues: [ScenarioIssue]) -> ScenarioError {
            ScenarioError(
                diagnostics: issues.map {
                    ScenarioDiagnostic(file: scenario.name, path: $0.dottedPath, message: $0.message)
                })
        }
        guard issues.isEmpty, let path = plan.alarmPaths.first(where: { $0.id == scenario.path }) else {
            throw failure(issues)
        }
        self.scenario = scenario
        self.plan = plan
        self.path = path
        self.context = context
        self.durationMinutes = scenario.durationMinutes
        var pathIssues: [ScenarioIssue] = []
        compile(into: &pathIssues)
        guard pathIssues.isEmpty else { throw failure(pathIssues) }
    }

    /// The name the plan gives an actor, or its id.
    func name(of id: EntityID) -> String {
        plan.actor(id)?.name ?? id.rawValue
    }

    private mutating func compile(into issues: inout [ScenarioIssue]) {
        var index: [EntityID: Int] = [:]
        for (offset, step) in path.steps.enumerated() where index[step.id] == nil { index[step.id] = offset }
        var waitsFor: [[Int]] = []
        for step in path.steps {
            var dependencies: [Int] = []
            var names = step.after
            for decision in step.condition?.decisions ?? [] where !names.contains(decision) { names.append(decision) }
            for name in names {
                guard let dependency = index[name] else {
                    issues.append(
                        ScenarioIssue(
                            at: ["path", step.id.rawValue],
                            "step '\(step.id)' waits for '\(name)', which the path lacks"))
                    continue
                }
                if !dependencies.contains(dependency) { dependencies.append(dependency) }
            }
            waitsFor.append(dependencies)
            waitsForAny.append(step.waitsForAny)
            compileStep(step, index: index, into: &issues)
        }
        dependencyCounts = waitsFor.map { Int32($0.count) }
        startSteps = waitsFor.indices.filter { waitsFor[$0].isEmpty }
        var lists = [[(step: Int32, viaAfter: Bool)]](repeating: [], count: path.steps.count)
        for (step, dependencies) in waitsFor.enumerated() {
            let after = Set(path.steps[step].after.compactMap { index[$0] })
            for dependency in dependencies { lists[dependency].append((Int32(step), after.contains(dependency))) }
        }
        successorStarts = [0]
        for list in lists {
            successors += list.map(\.step)
            viaAfter += list.map(\.viaAfter)
            successorStarts.append(successors.count)
        }
        objectiveRoles = scenario.objectives.map { objective in roles.firstIndex { $0.id == objective.role } ?? -1 }
        objectiveWithin = scenario.objectives.map(\.reachedWithinMinutes)
    }

    private mutating func compileStep(_ step: AlarmStep, index: [EntityID: Int], into issues: inout [ScenarioIssue]) {
        let code: Code =
            switch step.kind {
            case .receive: .receive
            case .contact: .contact
            case .inform: .inform
            case .decide: .decide
            case .activate: .activate
            case .assign: .assign
            case .record: .record
            }
        let override = scenario.steps[step.id]
        codes.append(code)
        enabled.append(context.satisfies(step.condition))
        guard compileCondition(step, index: index, into: &issues) else { return }
        var time = override?.time ?? .fixed(0)
        var noAnswerChance = 0.0
        var wait = Double.infinity
        var role: Int32 = -1
        if code == .contact || code == .inform, step.target != nil {
            let target = step.reachedActor
            let profile = scenario.response(for: target)
            time = override?.time ?? .logNormal(profile.answer)
            noAnswerChance = override?.noAnswer ?? profile.noAnswer
            // The plan's own time for trying the deputy counts when the scenario says nothing of the role.
            let planWait = scenario.responses[target] == nil ? planRole(target)?.deputyAfterMinutes : nil
            wait = override?.timeout ?? planWait ?? profile.timeout
            role = Int32(reachedRoleIndex(target))
        } else if code == .decide, override?.time == nil {
            time = .logNormal(Self.defaultDecisionTime)
        }
        switch time {
        case .fixed(let minutes):
            mu.append(0)
            sigma.append(0)
            fixed.append(minutes)
        case .logNormal(let distribution):
            mu.append(distribution.mu)
            sigma.append(distribution.sigma)
            fixed.append(distribution.median)
        }
        noAnswer.append(noAnswerChance)
        timeout.append(wait)
        hasDeputy.append(role >= 0 && roles[Int(role)].deputy != nil)
        targetRole.append(role)
        compileDecision(step)
        repeatEvery.append(
            step.repeatRule == nil ? 0 : override?.everyMinutes ?? Double(step.repeatRule?.everyMinutes ?? 0))
        targetMinutes.append(override?.targetMinutes ?? step.targetMinutes ?? .nan)
    }

    /// The most states of its decisions a step's condition is worked out for: three decisions of
    /// fourteen options.
    static let largestConditionTable = 1 << 12

    /// Works out the table of `step`'s condition (``conditionTable``); false, with an issue, when
    /// the condition asks for an option its decision does not have or names too many decisions.
    private mutating func compileCondition(
        _ step: AlarmStep, index: [EntityID: Int], into issues: inout [ScenarioIssue]
    ) -> Bool {
        let condition = step.condition ?? StepCondition()
        let parts = [condition.ownParts] + condition.anyOf.map(StepCondition.init)
        for part in parts {
            guard let decisionID = part.decision, let outcomeID = part.outcome, let decisionIndex = index[decisionID],
                !path.steps[decisionIndex].options.contains(where: { $0.id == outcomeID })
            else { continue }
            issues.append(
                ScenarioIssue(
                    at: ["path", step.id.rawValue],
                    "step '\(step.id)' waits for option '\(outcomeID)', which '\(decisionID)' does not have"))
            return false
        }
        let decisions = condition.decisions.compactMap { index[$0] }
        var strides: [Int] = []
        var size = 1
        for decision in decisions {
            strides.append(size)
            size *= path.steps[decision].options.count + 2
            guard size <= Self.largestConditionTable else {
                issues.append(
                    ScenarioIssue(
                        at: ["path", step.id.rawValue],
                        "step '\(step.id)' depends on too many decisions to simulate; its 'when' names "
                            + "\(decisions.count) decisions"))
                return false
            }
        }
        conditionDecisions += decisions.map(Int32.init)
        conditionStrides += strides.map(Int32.init)
        conditionDecisionStarts.append(conditionDecisions.count)
        conditionTableStarts.append(conditionTable.count)
        let named = Dictionary(
            zip(decisions.map { path.steps[$0].id }, zip(decisions, strides)), uniquingKeysWith: { a, _ in a })
        var state = 0
        let circumstance = context.circumstance { [path] id in
            // A decision the path lacks never runs.
            guard let (decision, stride) = named[id] else { return .notTaken }
            let options = path.steps[decision].options
            let digit = (state / stride) % (options.count + 2)
            return digit == 0 ? .unsettled : digit == 1 ? .notTaken : .chose(options[digit - 2].id)
        }
        for each in 0..<size {
            state = each
            let holds: Int8 =
                switch step.conditionHolds(in: circumstance) {
                case true?: 1
                case false?: 0
                case nil: -1
                }
            conditionTable.append(holds)
        }
        return true
    }

    /// Whether `step`'s condition holds now: 1 it does, 0 it does not, -1 it cannot be told yet, from
    /// how the decisions it names stand (`states`, and for those done the option each chose).
    @inline(__always)
    func condition(
        of step: Int, states: UnsafeMutableBufferPointer<SimulationEngine.StepState>,
        outcomes: UnsafeMutableBufferPointer<Int32>
    ) -> Int8 {
        var offset = conditionTableStarts[step]
        for position in conditionDecisionStarts[step]..<conditionDecisionStarts[step + 1] {
            let decision = Int(conditionDecisions[position])
            let digit: Int32 =
                switch states[decision] {
                case .waiting, .running: 0
                case .skipped: 1
                case .done: outcomes[decision] < 0 ? 1 : outcomes[decision] + 2
                }
            offset += Int(digit * conditionStrides[position])
        }
        return conditionTable[offset]
    }

    /// How long a decision takes when the scenario does not say: LN(5, 15).
    static let defaultDecisionTime = LogNormal(median: 5, p90: 15)

    private mutating func compileDecision(_ step: AlarmStep) {
        if optionStarts.isEmpty { optionStarts.append(0) }
        var scripted: Int32 = -1
        if step.kind == .decide, !step.options.isEmpty {
            switch scenario.decisions[step.id] {
            case .scripted(let option):
                scripted = Int32(step.options.firstIndex { $0.id == option } ?? 0)
            case .probabilities(let entries):
                var total = 0.0
                for option in step.options {
                    total += entries.first { $0.option == option.id }?.probability ?? 0
                    optionCumulative.append(total)
                }
            case nil:
                for offset in step.options.indices {
                    optionCumulative.append(Double(offset + 1) / Double(step.options.count))
                }
            }
        }
        scriptedOutcome.append(scripted)
        optionStarts.append(optionCumulative.count)
    }

    private mutating func reachedRoleIndex(_ id: EntityID) -> Int {
        if let existing = roles.firstIndex(where: { $0.id == id }) { return existing }
        // Deputies come from the plan only, as the reachability analysis reads them.
        let deputy = planRole(id)?.deputies.first.map { TimelineParty.named(name(of: $0)) }
        roles.append(ReachedRole(id: id, title: name(of: id), deputy: deputy))
        return roles.count - 1
    }

    private func planRole(_ id: EntityID) -> Role? {
        plan.roles.first { $0.id == id }
    }
}
