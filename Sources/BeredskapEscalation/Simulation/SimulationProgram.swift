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
    /// Whether the step's classification and office-hours condition holds for this event.
    private(set) var enabled: [Bool] = []
    /// How many steps each step waits for: its `after` steps and the decision its condition names.
    private(set) var dependencyCounts: [Int32] = []
    /// Whether the step runs after the first of its `after` steps to run (`join: any`).
    private(set) var waitsForAny: [Bool] = []
    /// For a step that waits for any: the decision its condition names when that is not one of its
    /// `after` steps (it must settle all the same), or -1.
    private(set) var decisionOutsideAfter: [Int32] = []
    /// The steps waiting for step `i` are `successors[successorStarts[i] ..< successorStarts[i + 1]]`.
    private(set) var successorStarts: [Int] = []
    private(set) var successors: [Int32] = []
    /// The decide step a condition names, or -1; and the option it must have chosen, or -1.
    private(set) var conditionDecision: [Int32] = []
    private(set) var conditionOutcome: [Int32] = []
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
            if let decision = step.condition?.decision, !names.contains(decision) { names.append(decision) }
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
            decisionOutsideAfter.append(
                step.condition?.decision.flatMap { step.after.contains($0) ? nil : index[$0] }.map(Int32.init) ?? -1)
            compileStep(step, index: index, into: &issues)
        }
        dependencyCounts = waitsFor.map { Int32($0.count) }
        startSteps = waitsFor.indices.filter { waitsFor[$0].isEmpty }
        var lists = [[Int32]](repeating: [], count: path.steps.count)
        for (step, dependencies) in waitsFor.enumerated() {
            for dependency in dependencies { lists[dependency].append(Int32(step)) }
        }
        successorStarts = [0]
        for list in lists {
            successors += list
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
        var decision: Int32 = -1
        var outcome: Int32 = -1
        if let decisionID = step.condition?.decision, let decisionIndex = index[decisionID] {
            let decisionStep = path.steps[decisionIndex]
            decision = Int32(decisionIndex)
            if let outcomeID = step.condition?.outcome {
                guard let option = decisionStep.options.firstIndex(where: { $0.id == outcomeID }) else {
                    issues.append(
                        ScenarioIssue(
                            at: ["path", step.id.rawValue],
                            "step '\(step.id)' waits for option '\(outcomeID)', which '\(decisionID)' does not have"))
                    return
                }
                outcome = Int32(option)
            }
        }
        conditionDecision.append(decision)
        conditionOutcome.append(outcome)
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
