import BeredskapModel

/// Checks a scenario against the plan it runs on: every role, step, decision option and alarm path it
/// names must exist, and every number must make sense.
///
/// ```swift
/// let issues = ScenarioValidator.validate(scenario, against: plan)
/// issues.first?.message   // "unknown role 'stadsdirektör'; did you mean 'stadsdirektor'?"
/// ```
public enum ScenarioValidator {
    /// Every problem found, in the scenario's order.
    public static func validate(_ scenario: Scenario, against plan: Plan) -> [ScenarioIssue] {
        var issues: [ScenarioIssue] = []
        if let planID = scenario.plan, planID != plan.id {
            issues.append(
                ScenarioIssue(at: ["plan"], "the scenario is written for plan '\(planID)', not '\(plan.id)'"))
        }
        checkNumbers(scenario, into: &issues)
        let actorIDs = plan.actors.map(\.id.rawValue)
        for role in scenario.responses.keys.sorted() where plan.actor(role) == nil {
            issues.append(ScenarioIssue(at: ["responses", role.rawValue], unknownActor(role, among: actorIDs)))
        }
        guard let path = plan.alarmPaths.first(where: { $0.id == scenario.path }) else {
            let known = plan.alarmPaths.map(\.id.rawValue)
            issues.append(
                ScenarioIssue(
                    at: ["path"],
                    "unknown alarm path '\(scenario.path)'\(Suggestion.didYouMean(scenario.path.rawValue, in: known))"
                        + (known.isEmpty ? "; the plan has no alarm paths" : "")))
            return issues
        }
        checkSteps(scenario, path: path, into: &issues)
        checkDecisions(scenario, path: path, into: &issues)
        checkStarts(scenario, path: path, into: &issues)
        let reachable = Set(path.steps.filter { $0.kind == .contact || $0.kind == .inform }.compactMap(\.target))
        for (index, inject) in scenario.injects.enumerated() {
            if let action = inject.expectedAction, plan.actor(action.role) == nil {
                issues.append(
                    ScenarioIssue(
                        at: ["injects", String(index), "expectedAction", "role"],
                        unknownActor(action.role, among: actorIDs)))
            }
        }
        let objectiveNames = scenario.objectives.map(\.id.rawValue)
        for (index, inject) in scenario.injects.enumerated() {
            if let objective = inject.objective, !objectiveNames.contains(objective.rawValue) {
                issues.append(
                    ScenarioIssue(
                        at: ["injects", String(index), "objective"],
                        Suggestion.continuing(
                            "unknown objective '\(objective)'\(Suggestion.didYouMean(objective.rawValue, in: objectiveNames))",
                            with: objectiveNames.isEmpty
                                ? "the scenario has no objectives: add it under 'objectives'"
                                : "the scenario's objectives are \(objectiveNames.map { "'\($0)'" }.joined(separator: ", "))"
                        )
                    ))
            }
        }
        var objectiveIDs: Set<EntityID> = []
        for (index, objective) in scenario.objectives.enumerated() {
            let at = ["objectives", String(index)]
            if !objectiveIDs.insert(objective.id).inserted {
                issues.append(ScenarioIssue(at: at + ["id"], "duplicate objective id '\(objective.id)'"))
            }
            if plan.actor(objective.role) == nil {
                issues.append(ScenarioIssue(at: at + ["rule", "role"], unknownActor(objective.role, among: actorIDs)))
            } else if !reachable.contains(objective.role) {
                issues.append(
                    ScenarioIssue(
                        at: at + ["rule", "role"],
                        "'\(objective.role)' is never contacted or informed on path '\(path.id)', so it cannot be reached"
                    ))
            }
        }
        return issues
    }

    /// Inject ids are unique; a start condition names an inject of the scenario (not the inject
    /// itself, nor one that waits for it in turn), an expected action for `done` and a timed one for
    /// `missed`, and a decide step of the path with one of its options for `decision`.
    static func checkStarts(_ scenario: Scenario, path: AlarmPath, into issues: inout [ScenarioIssue]) {
        var byID: [EntityID: Int] = [:]
        for (index, inject) in scenario.injects.enumerated() {
            guard let id = inject.id else { continue }
            if byID[id] != nil {
                issues.append(ScenarioIssue(at: ["injects", String(index), "id"], "duplicate inject id '\(id)'"))
            } else {
                byID[id] = index
            }
        }
        let ids = byID.keys.map(\.rawValue).sorted()
        for (index, inject) in scenario.injects.enumerated() {
            guard let start = inject.start else { continue }
            let at = ["injects", String(index), "start"]
            if !(start.afterMinutes >= 0 && start.afterMinutes.isFinite) {
                issues.append(ScenarioIssue(at: at + ["after"], "'after' is a number of minutes from 0"))
            }
            switch start.trigger {
            case .manual:
                continue
            case .decision(let step, let option):
                guard let decision = path.step(step), decision.kind == .decide else {
                    let decisions = path.steps.filter { $0.kind == .decide }.map(\.id.rawValue)
                    issues.append(
                        ScenarioIssue(
                            at: at + ["decision"],
                            "'\(step)' is not a decision of path '\(path.id)'"
                                + (decisions.isEmpty
                                    ? "; the path has none"
                                    : Suggestion.didYouMean(step.rawValue, in: decisions)
                                        + "; its decisions: " + decisions.joined(separator: ", "))))
                    continue
                }
                if let option, !decision.options.contains(where: { $0.id == option }) {
                    let options = decision.options.map(\.id.rawValue)
                    issues.append(
                        ScenarioIssue(
                            at: at + ["option"],
                            "'\(option)' is not an option of \(step)\(Suggestion.didYouMean(option.rawValue, in: options))"
                                + "; options: " + options.joined(separator: ", ")))
                }
            case .delivered(let id), .done(let id), .missed(let id):
                let key =
                    switch start.trigger {
                    case .delivered: "delivered"
                    case .done: "done"
                    default: "missed"
                    }
                guard let target = byID[id] else {
                    issues.append(
                        ScenarioIssue(
                            at: at + [key],
                            "no inject with id '\(id)'\(Suggestion.didYouMean(id.rawValue, in: ids))"
                                + (ids.isEmpty ? "; give the inject it waits for an 'id'" : "")))
                    continue
                }
                if waits(for: index, from: target, in: scenario, byID: byID) {
                    issues.append(
                        ScenarioIssue(
                            at: at + [key],
                            target == index
                                ? "an inject cannot wait for itself"
                                : "inject '\(id)' waits, through its own start condition, for this one: neither would come"
                        ))
                    continue
                }
                let expected = scenario.injects[target].expectedAction
                if key != "delivered", expected == nil {
                    issues.append(
                        ScenarioIssue(at: at + [key], "inject '\(id)' expects no action, so it cannot be \(key)"))
                } else if key == "missed", expected?.withinMinutes == nil {
                    issues.append(
                        ScenarioIssue(
                            at: at + [key],
                            "inject '\(id)' gives its expected action no 'within', so it is never missed"))
                }
            }
        }
    }

    /// Whether the inject at `target`, following start conditions back, waits for the one at `index`.
    private static func waits(
        for index: Int, from target: Int, in scenario: Scenario, byID: [EntityID: Int]
    ) -> Bool {
        var seen: Set<Int> = []
        var current: Int? = target
        while let position = current, seen.insert(position).inserted {
            if position == index { return true }
            current = scenario.injects[position].start?.trigger.inject.flatMap { byID[$0] }
        }
        return false
    }

    static func unknownActor(_ id: EntityID, among known: [String]) -> String {
        "unknown role '\(id)'\(Suggestion.didYouMean(id.rawValue, in: known))"
    }

    static func checkNumbers(_ scenario: Scenario, into issues: inout [ScenarioIssue]) {
        if !(scenario.durationMinutes > 0 && scenario.durationMinutes.isFinite) {
            issues.append(ScenarioIssue(at: ["duration"], "the duration must be more than 0 minutes"))
        }
        let profiles = scenario.responses.sorted { $0.key < $1.key }.map { (["responses", $0.key.rawValue], $0.value) }
        for (at, profile) in [(["defaultResponse"], scenario.defaultResponse)] + profiles {
            checkProbability(profile.noAnswer, at: at + ["noAnswer"], into: &issues)
            checkPositive(profile.timeout, at: at + ["timeout"], into: &issues)
        }
        for (index, inject) in scenario.injects.enumerated() where !(inject.at >= 0) {
            issues.append(ScenarioIssue(at: ["injects", String(index), "at"], "an inject's minute cannot be negative"))
        }
        for (index, objective) in scenario.objectives.enumerated() where !(objective.reachedWithinMinutes > 0) {
            issues.append(
                ScenarioIssue(
                    at: ["objectives", String(index), "rule", "reachedWithin"], "'reachedWithin' must be more than 0"))
        }
    }

    static func checkProbability(_ value: Double, at path: [String], into issues: inout [ScenarioIssue]) {
        if !(0...1).contains(value) {
            issues.append(ScenarioIssue(at: path, "a probability is between 0 and 1, not \(value)"))
        }
    }

    static func checkPositive(_ value: Double, at path: [String], into issues: inout [ScenarioIssue]) {
        if !(value > 0 && value.isFinite) {
            issues.append(ScenarioIssue(at: path, "'\(path.last ?? "")' must be a number of minutes above 0"))
        }
    }

    static func unknownStep(_ id: EntityID, on path: AlarmPath) -> String {
        "unknown step '\(id)' on path '\(path.id)'\(Suggestion.didYouMean(id.rawValue, in: path.steps.map(\.id.rawValue)))"
    }

    static func checkSteps(_ scenario: Scenario, path: AlarmPath, into issues: inout [ScenarioIssue]) {
        for (id, override) in scenario.steps.sorted(by: { $0.key < $1.key }) {
            let at = ["steps", id.rawValue]
            guard let step = path.step(id) else {
                issues.append(ScenarioIssue(at: at, unknownStep(id, on: path)))
                continue
            }
            let answers = step.kind == .contact || step.kind == .inform
            if !answers, override.noAnswer != nil || override.timeout != nil {
                issues.append(
                    ScenarioIssue(
                        at: at,
                        "'noAnswer' and 'timeout' apply to contact and inform steps; '\(id)' is a \(step.kind.rawValue) step"
                    ))
            }
            if let noAnswer = override.noAnswer { checkProbability(noAnswer, at: at + ["noAnswer"], into: &issues) }
            if let timeout = override.timeout { checkPositive(timeout, at: at + ["timeout"], into: &issues) }
            if answers, case .fixed = override.time {
                issues.append(
                    ScenarioIssue(
                        at: at + ["minutes"],
                        "a contact or inform step needs an answer time as 'median' and 'p90', not fixed 'minutes'"))
            }
            if case .fixed(let minutes) = override.time, !(minutes >= 0) {
                issues.append(ScenarioIssue(at: at + ["minutes"], "'minutes' cannot be negative"))
            }
            if let every = override.everyMinutes {
                if step.repeatRule == nil {
                    issues.append(ScenarioIssue(at: at + ["every"], "'\(id)' does not recur in the plan"))
                } else {
                    checkPositive(every, at: at + ["every"], into: &issues)
                }
            }
        }
    }

    static func checkDecisions(_ scenario: Scenario, path: AlarmPath, into issues: inout [ScenarioIssue]) {
        for (id, rule) in scenario.decisions.sorted(by: { $0.key < $1.key }) {
            let at = ["decisions", id.rawValue]
            guard let step = path.step(id) else {
                issues.append(ScenarioIssue(at: at, unknownStep(id, on: path)))
                continue
            }
            guard step.kind == .decide else {
                issues.append(ScenarioIssue(at: at, "'\(id)' is a \(step.kind.rawValue) step, not a decide step"))
                continue
            }
            let options = step.options.map(\.id.rawValue)
            func checkOption(_ option: EntityID, at optionPath: [String]) {
                if !options.contains(option.rawValue) {
                    issues.append(
                        ScenarioIssue(
                            at: optionPath,
                            Suggestion.continuing(
                                "'\(id)' has no option '\(option)'\(Suggestion.didYouMean(option.rawValue, in: options))",
                                with: "its options are \(options.map { "'\($0)'" }.joined(separator: ", "))")))
                }
            }
            switch rule {
            case .scripted(let option):
                checkOption(option, at: at + ["scripted"])
            case .probabilities(let entries):
                for entry in entries {
                    checkOption(entry.option, at: at + ["probabilities", entry.option.rawValue])
                    checkProbability(
                        entry.probability, at: at + ["probabilities", entry.option.rawValue], into: &issues)
                }
                let total = entries.reduce(0) { $0 + $1.probability }
                if abs(total - 1) > 1e-6 {
                    issues.append(
                        ScenarioIssue(
                            at: at + ["probabilities"], "the probabilities add up to \(total), not 1"))
                }
            }
        }
    }
}
