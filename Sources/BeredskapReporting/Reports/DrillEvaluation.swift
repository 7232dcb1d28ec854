import BeredskapEscalation
import BeredskapModel

/// A drill's log read against its scenario and plan: when each role first acted, which steps of the
/// alarm path apply to the event and when each was done. ``DrillReport`` documents the rules.
struct DrillEvaluation {
    /// A step of the alarm path as the drill played it.
    struct StepOutcome {
        var step: AlarmStep
        /// Whether the step's condition held for the event and the decisions logged.
        var applies: Bool
        /// The scenario's target time for the step, else the plan's.
        var targetMinutes: Double?
        /// The log entry that shows the step done, if there is one.
        var done: TabletopLogEntry?
    }

    let session: TabletopSession
    let plan: Plan
    let language: ReportLanguage
    /// The zone the report's times are written in: the event's.
    let timeZone: LocalTimeZone
    /// The path's steps in running order.
    private(set) var steps: [StepOutcome] = []

    init(session: TabletopSession, plan: Plan, path: AlarmPath?, context: EventContext, language: ReportLanguage) {
        self.session = session
        self.plan = plan
        self.language = language
        timeZone = context.timeZone
        guard let path else { return }
        var applies: [EntityID: Bool] = [:]
        var doneAt: [EntityID: Double] = [:]
        // A decision counts as taken when the log has it, whether or not its own step applied.
        let log = self
        let circumstance = context.circumstance { id in
            path.step(id).flatMap(log.decision(for:))?.option.map(StepCondition.DecisionState.chose) ?? .notTaken
        }
        for step in AlarmOrder.steps(of: path) {
            let holds =
                step.conditionHolds(in: circumstance) == true && step.afterAllows { applies[$0] ?? true } != false
            applies[step.id] = holds
            // A step cannot be done before the steps it waits for (the first of them done, for one that
            // waits for any); those never done do not hold it back.
            let times = step.after.compactMap { doneAt[$0] }
            let since = (step.waitsForAny ? times.min() : times.max()) ?? 0
            let done = holds ? evidence(for: step, since: since) : nil
            if let done { doneAt[step.id] = done.minute }
            steps.append(
                StepOutcome(
                    step: step, applies: holds,
                    targetMinutes: session.scenario.steps[step.id]?.targetMinutes ?? step.targetMinutes, done: done))
        }
    }

    // MARK: Reading the log

    /// The earliest action or decision logged for `role` at or after minute `since` that no later
    /// line corrects; of two at the same minute, the one logged first.
    func firstActing(_ role: EntityID, since: Double = 0) -> TabletopLogEntry? {
        session.log.filter { entry in
            (entry.kind == .action || entry.kind == .decision) && entry.role == role && entry.minute >= since
                && session.correctedLines[entry.sequence] == nil
        }.min { ($0.minute, $0.sequence) < ($1.minute, $1.sequence) }
    }

    /// The decision logged at the decide step `step`: by its actor, for one of its options. The session
    /// records the step decided; that settles which step when two decisions of the same actor share an
    /// option id.
    func decision(for step: AlarmStep) -> TabletopLogEntry? {
        let decisions = session.log.filter { entry in
            entry.kind == .decision && entry.role == step.reachedActor
                && step.options.contains { $0.id == entry.option } && session.correctedLines[entry.sequence] == nil
        }
        return decisions.first { $0.step == step.id } ?? decisions.first
    }

    /// The entry that shows `step` done: see ``DrillReport`` for the rule.
    private func evidence(for step: AlarmStep, since: Double) -> TabletopLogEntry? {
        switch step.kind {
        case .receive: session.log.first { $0.kind == .start }
        case .decide: decision(for: step)
        case .contact, .inform, .activate, .assign, .record: firstActing(awaitedRole(step), since: since)
        }
    }

    /// The role a step waits for: the target of a contact or inform step, the actor of any other.
    func awaitedRole(_ step: AlarmStep) -> EntityID {
        switch step.kind {
        case .contact, .inform: step.reachedActor
        case .receive, .decide, .activate, .assign, .record: step.actor
        }
    }

    /// The role that owns a step's routine: its actor when the actor is a role of the plan, else its
    /// target when that is a role, else its actor.
    func owner(of step: AlarmStep) -> EntityID {
        if isRole(step.actor) { return step.actor }
        if let target = step.target, isRole(target) { return target }
        return step.actor
    }

    private func isRole(_ id: EntityID) -> Bool {
        plan.roles.contains { $0.id == id }
    }

    // MARK: Objectives

    /// The objective rated on HSEEP's scale from the log, and by the latest evaluator's rating when
    /// there is one, which decides; with what was observed.
    func rate(_ objective: ScenarioObjective) -> DrillReport.ObjectiveRating {
        let acted = firstActing(objective.role)
        let contingencies = session.log.filter { $0.kind == .contingency && $0.role == objective.role }
        let target = objective.reachedWithinMinutes
        let rating: DrillReport.Rating
        if let minute = acted?.minute {
            if minute <= target {
                rating = contingencies.isEmpty ? .performed : .someChallenges
            } else {
                rating = minute <= 2 * target ? .majorChallenges : .unable
            }
        } else {
            rating = .unable
        }
        let role = plan.actorName(objective.role)
        let headline =
            acted.map {
                text(.drillActedFirst, ["role": role, "minute": minutes($0.minute), "target": minutes(target)])
            }
            ?? text(.drillNeverActed, ["role": role, "end": minutes(session.minute), "target": minutes(target)])
        let lines = (contingencies + [acted].compactMap { $0 }).sorted { $0.sequence < $1.sequence }.map(logLine)
        let evaluations = session.evaluatorRatings(of: objective.id).compactMap { entry in
            entry.rating.map {
                DrillReport.Evaluation(
                    rating: $0, observation: entry.note, evaluator: entry.enteredBy,
                    wallTime: DrillClock.stamp(entry.wallTime, in: timeZone), entry: entry.sequence)
            }
        }
        let evaluation = evaluations.max { $0.entry < $1.entry }
        let (decided, decision) = decide(evaluations)
        return DrillReport.ObjectiveRating(
            id: objective.id.rawValue, text: objective.text, role: plan.actorReference(objective.role),
            withinMinutes: target, actedAtMinute: acted?.minute, actedInEntry: acted?.sequence,
            contingencyEntries: contingencies.map(\.sequence), rating: decided ?? rating, logRating: rating,
            evaluation: evaluation, evaluations: evaluations, decision: decision,
            observations: [headline] + lines)
    }

    /// The evaluators' rating and how it was decided: the rating most of them gave, the stricter of
    /// those as many gave; nil, with the words that say so, when no evaluator rated.
    private func decide(_ evaluations: [DrillReport.Evaluation]) -> (DrillReport.Rating?, String) {
        guard !evaluations.isEmpty else { return (nil, text(.drillDecidedByLog)) }
        let scale = DrillReport.Rating.allCases
        var counts: [DrillReport.Rating: Int] = [:]
        for evaluation in evaluations { counts[evaluation.rating, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        // The scale runs from P to U: the last of the most given is the strictest.
        let decided = scale.last { counts[$0] == most } ?? evaluations[0].rating
        func names(_ rating: DrillReport.Rating) -> String {
            evaluations.filter { $0.rating == rating }.map { $0.evaluator ?? text(.unnamedEvaluator) }
                .joined(separator: ", ")
        }
        let count = String(evaluations.count)
        let others = scale.filter { $0 != decided && counts[$0] != nil }.map {
            text(.drillGave, ["names": names($0), "rating": $0.rawValue])
        }.joined(separator: "; ")
        if evaluations.count == 1 { return (decided, text(.drillDecidedByOne, ["evaluator": names(decided)])) }
        if counts.count == 1 {
            return (decided, text(.drillDecidedUnanimous, ["count": count, "rating": decided.rawValue]))
        }
        if counts.values.filter({ $0 == most }).count > 1 {
            let split = scale.filter { counts[$0] != nil }.map {
                text(.drillGave, ["names": names($0), "rating": $0.rawValue])
            }.joined(separator: "; ")
            return (decided, text(.drillDecidedTie, ["split": split, "rating": decided.rawValue]))
        }
        return (
            decided,
            text(
                .drillDecidedMajority,
                [
                    "agree": String(most), "count": count, "rating": decided.rawValue, "names": names(decided),
                    "others": others,
                ])
        )
    }

    /// A log entry as an observation: "Minut 65, åtgärd: Stadsdirektör: …".
    private func logLine(_ entry: TabletopLogEntry) -> String {
        let kind = DrillText.kind(entry.kind.rawValue, language)
        let note = entry.note.map { " (\($0))" } ?? ""
        return text(
            .drillLogLine,
            [
                "minute": minutes(entry.minute), "kind": kind,
                "text": DrillLogText(session: session, plan: plan, language: language).sentence(entry) + note,
            ])
    }

    // MARK: Helpers

    func text(_ label: Label, _ values: [String: String] = [:]) -> String {
        label.text(language, values)
    }

    func minutes(_ value: Double) -> String {
        DrillClock.minutes(value, language)
    }
}
