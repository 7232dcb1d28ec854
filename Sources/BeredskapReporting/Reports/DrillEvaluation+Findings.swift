import BeredskapEscalation
import BeredskapModel

extension DrillEvaluation {
    /// The deviations from the plan: the contingencies in the order they fired, then the steps of the
    /// alarm path in running order, each late, missing or, for a decision, not made.
    func deviations() -> [DrillReport.Deviation] {
        contingencyDeviations() + steps.filter(\.applies).compactMap(stepDeviation)
    }

    private func contingencyDeviations() -> [DrillReport.Deviation] {
        session.log.compactMap { entry -> DrillReport.Deviation? in
            guard entry.kind == .contingency, let index = entry.inject,
                session.scenario.injects.indices.contains(index),
                let expected = session.scenario.injects[index].expectedAction
            else { return nil }
            let inject = session.scenario.injects[index]
            let given = session.deliveries[index] ?? inject.at
            let deadline = given + (expected.withinMinutes ?? 0)
            let role = plan.actorName(expected.role)
            // The action that fulfilled the inject (named or matched by its words), not merely the
            // role's next action: "ringde pressen" does not make up for a POSOM decision not taken.
            let later = session.fulfilment(ofInject: index)
            let sender = plan.actor(EntityID(inject.from))?.name ?? inject.from
            let issue = text(
                .drillContingencyIssue,
                [
                    "role": role, "within": minutes(expected.withinMinutes ?? 0), "from": sender,
                    "at": minutes(given), "deadline": minutes(entry.minute),
                ])
            let after =
                later.map { text(.drillActedLater, ["role": role, "minute": minutes($0.minute)]) }
                ?? text(.drillNeverActedAfter, ["role": role])
            return DrillReport.Deviation(
                kind: .contingency, role: plan.actorReference(expected.role), inject: index + 1, step: nil,
                expected: expected.action, deadlineMinute: deadline, actualMinute: later?.minute,
                text: issue + " " + after)
        }
    }

    private func stepDeviation(_ outcome: StepOutcome) -> DrillReport.Deviation? {
        let step = outcome.step
        let clause = DrillText.clause(step, plan: plan, language)
        func deviation(_ kind: DrillReport.Deviation.Kind, _ text: String) -> DrillReport.Deviation {
            DrillReport.Deviation(
                kind: kind, role: plan.actorReference(awaitedRole(step)), inject: nil, step: step.id.rawValue,
                expected: clause, deadlineMinute: outcome.targetMinutes, actualMinute: outcome.done?.minute,
                text: text)
        }
        if step.kind == .decide && outcome.done == nil {
            return deviation(
                .missingDecision,
                text(
                    .drillDecisionMissing,
                    ["role": plan.actorName(step.actor), "options": DrillText.alternatives(step, language)]))
        }
        guard let target = outcome.targetMinutes else { return nil }
        let quoted = ["step": clause, "target": minutes(target)]
        if let done = outcome.done {
            guard done.minute > target else { return nil }
            return deviation(.late, text(.drillStepLate, quoted.merging(["minute": minutes(done.minute)]) { $1 }))
        }
        // A target the drill never reached says nothing about the plan.
        guard session.minute >= target else { return nil }
        return deviation(.missing, text(.drillStepMissing, quoted.merging(["end": minutes(session.minute)]) { $1 }))
    }

    // MARK: Improvement plan

    /// The improvement plan: one item per objective rated M or U (finally: by the evaluator when one
    /// rated it), then one per deviation, without
    /// repeating an item with the same corrective action and responsible role.
    func improvements(
        objectives: [DrillReport.ObjectiveRating], deviations: [DrillReport.Deviation], start: PartialDate,
        due: PartialDate, path: AlarmPath?
    ) -> [DrillReport.Improvement] {
        var items: [DrillReport.Improvement] = []
        var capability = path?.name ?? session.scenario.path.rawValue
        func add(issue: String, action: String, role: EntityID, source: String) {
            guard !items.contains(where: { $0.correctiveAction == action && $0.responsibleRole == role }) else {
                return
            }
            let organization = plan.roles.first { $0.id == role }?.organization.flatMap { id in
                plan.organizations.first { $0.id == id }?.name
            }
            items.append(
                DrillReport.Improvement(
                    capability: capability, issue: issue, correctiveAction: action, responsibleRole: role,
                    responsibleTitle: plan.actorName(role), responsibleOrganization: organization,
                    pointOfContact: session.person(playing: role), start: start, due: due, source: source))
        }
        let pathCapability = capability
        for objective in objectives where objective.rating == .majorChallenges || objective.rating == .unable {
            capability = objective.text
            defer { capability = pathCapability }
            let role = EntityID(objective.role.id)
            let rating = objective.rating.rawValue + " (" + DrillText.rating(objective.rating, language) + ")"
            // The evaluator's observation is what their rating rests on; without one, the log's headline.
            let observation = objective.evaluation.map { $0.observation ?? "" } ?? objective.observations.first ?? ""
            let issue = text(
                objective.evaluation == nil ? .drillObjectiveIssue : .drillEvaluatedObjectiveIssue,
                ["objective": objective.text, "rating": rating, "observation": observation])
            if let step = reachingStep(role) {
                add(
                    issue: issue, action: routine(step, target: objective.withinMinutes), role: owner(of: step),
                    source: "objective:\(objective.id)")
            } else {
                let action = text(
                    .drillReachAction, ["role": objective.role.name, "target": minutes(objective.withinMinutes)])
                add(issue: issue, action: action, role: role, source: "objective:\(objective.id)")
            }
        }
        for (index, deviation) in deviations.enumerated() {
            let source = "deviation:\(index + 1)"
            let step = deviation.step.flatMap { id in steps.first { $0.step.id.rawValue == id }?.step }
            switch (deviation.kind, step) {
            case (.contingency, _):
                let action = text(
                    .drillExpectedAction,
                    [
                        "role": deviation.role.name, "action": deviation.expected,
                        "within": minutes((deviation.deadlineMinute ?? 0) - injectMinute(deviation.inject)),
                    ])
                add(issue: deviation.text, action: action, role: EntityID(deviation.role.id), source: source)
            case (.late, let step?), (.missing, let step?):
                add(
                    issue: deviation.text, action: routine(step, target: deviation.deadlineMinute ?? 0),
                    role: owner(of: step), source: source)
            case (.missingDecision, let step?):
                let options = DrillText.choices(step, language)
                let action =
                    deviation.deadlineMinute.map {
                        text(
                            .drillDecisionActionWithin,
                            ["role": plan.actorName(step.actor), "options": options, "target": minutes($0)])
                    } ?? text(.drillDecisionAction, ["role": plan.actorName(step.actor), "options": options])
                add(issue: deviation.text, action: action, role: step.actor, source: source)
            case (.late, nil), (.missing, nil), (.missingDecision, nil):
                break
            }
        }
        return items
    }

    /// "Förtydliga och öva rutinen för att … inom N minuter".
    private func routine(_ step: AlarmStep, target: Double) -> String {
        text(.drillRoutineAction, ["step": DrillText.clause(step, plan: plan, language), "target": minutes(target)])
    }

    /// The step that reaches `role`: the first contact or inform step that reaches it
    /// (`AlarmStep.reachedActor`), preferring steps that applied to the event.
    private func reachingStep(_ role: EntityID) -> AlarmStep? {
        let reaching = steps.filter { outcome in
            (outcome.step.kind == .contact || outcome.step.kind == .inform) && outcome.step.target != nil
                && outcome.step.reachedActor == role
        }
        return (reaching.first(where: \.applies) ?? reaching.first)?.step
    }

    private func injectMinute(_ number: Int?) -> Double {
        guard let number, session.scenario.injects.indices.contains(number - 1) else { return 0 }
        return session.deliveries[number - 1] ?? session.scenario.injects[number - 1].at
    }
}
