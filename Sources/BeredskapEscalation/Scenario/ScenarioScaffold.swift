import BeredskapModel
import Foundation
internal import Yams

/// A starting scenario for a trainer to fill in (`drill scaffold PATH`): the alarm path of any plan
/// written out as a master scenario events list, one inject (*inspel*) for each step the alarm comes in
/// by and one expected action for every step, each at the minute the step can start at the earliest.
///
/// The text is a scenario file the reader accepts for the plan as it stands; what the trainer is to
/// change is marked `FILL IN` and explained in comments. A step's deadline is its `target` minutes in
/// the plan, or ``defaultDeadlineMinutes``; a step can start when every step it comes after has had
/// its deadline.
///
/// ```swift
/// let text = ScenarioScaffold.text(for: path, in: plan, at: start, timeZone: zone)
/// let scenario = try ScenarioReader.read(text, file: "ovning.yaml", plan: plan)
/// ```
public enum ScenarioScaffold {
    /// The minutes a step is given when the plan sets it no target.
    public static let defaultDeadlineMinutes = 15.0

    /// The scenario file text for `path` of `plan`, the alarm at `start`, written as a local time in
    /// `timeZone`: ``scenario(for:in:at:)`` as ``ScenarioWriter`` writes it, with comments that say what
    /// each part is and what to fill in.
    public static func text(for path: AlarmPath, in plan: Plan, at start: Date, timeZone: LocalTimeZone) -> String {
        let scenario = scenario(for: path, in: plan, at: start)
        let entries = Dictionary(
            ScenarioWriter.entries(of: scenario, timeZone: timeZone).map { ($0.key, $0.node) }, uniquingKeysWith: { $1 }
        )
        func entry(_ key: String) -> [String] {
            entries[key].map { Self.lines(ScenarioWriter.yaml(ScenarioWriter.mapping([(key, $0)]))) } ?? []
        }
        var lines = [
            "# A drill scenario for alarm path '\(path.id)' of plan '\(plan.id)',",
            "# written by `drill scaffold`.",
            "# Fill in what is marked FILL IN, change the minutes and wording to your drill, and delete what",
            "# you do not need; `beredskap validate FILE` checks it against the plan. Documentation/Scenarios.md",
            "# describes every key.",
        ]
        lines += ["name", "title", "plan", "path"].flatMap(entry)
        lines.append("# The event: when the alarm comes (local time) and whether it is ordinary or extraordinary.")
        lines += entry("event")
        lines.append("# How long the drill's event lasts, in minutes.")
        lines += entry("duration")
        let decisions = path.steps.filter { $0.kind == .decide && !$0.options.isEmpty }
        if !decisions.isEmpty {
            lines.append("# Decisions are taken at random, each option equally often. To script one, add:")
            lines.append("# decisions:")
            for step in decisions {
                let options = step.options.map(\.id.rawValue)
                lines.append(
                    "#   \(step.id.rawValue): {scripted: \(options[0])}   # options: \(options.joined(separator: ", "))"
                )
            }
        }
        lines.append("# The injects (inspel), one for each step: at which minute it comes, who sends it to whom, the")
        lines.append("# message, and the action expected of the step's actor within a number of minutes.")
        lines.append("injects:")
        for (step, inject) in zip(path.steps, scenario.injects) {
            lines.append("# Step \(step.id) (\(step.kind.rawValue)).")
            lines += self.lines(ScenarioWriter.yaml(Node([ScenarioWriter.inject(inject)], Tag(.implicit), .block)))
            lines.append("  # contingency: {text: \"FILL IN: what the drill leader does if the action does not come\"}")
        }
        if scenario.objectives.isEmpty {
            lines += [
                "# The objectives: a role reached within a number of minutes. This path contacts and informs",
                "# no one, so it has none to give.",
                "objectives: []",
            ]
        } else {
            lines += [
                "# The objectives (övningsmål): FILL IN the minutes each role must be reached within, and",
                "# delete the ones the drill does not evaluate.",
            ]
            lines += entry("objectives")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The scaffold's scenario for `path` of `plan`, the alarm at `start` (to the minute): an inject for
    /// each step at the minute it can start, with the step's actor and what the plan says it does as
    /// the expected action, and an objective for each role the path contacts or informs.
    ///
    /// ```swift
    /// let scenario = ScenarioScaffold.scenario(for: path, in: plan, at: start)
    /// let sheet = MSELSheet.text(for: scenario, language: plan.metadata.language)
    /// ```
    public static func scenario(for path: AlarmPath, in plan: Plan, at start: Date) -> Scenario {
        let starts = earliestStarts(of: path)
        // The file gives the alarm to the minute, as a person writes it.
        let minute = Date(timeIntervalSince1970: (start.timeIntervalSince1970 / 60).rounded(.down) * 60)
        return Scenario(
            name: path.id.rawValue + "-drill", title: path.name, plan: plan.id, path: path.id,
            event: ScenarioEvent(start: minute, classification: .extraordinary),
            injects: path.steps.map { inject(for: $0, at: starts[$0.id] ?? 0) },
            objectives: objectives(for: path, in: plan))
    }

    static func inject(for step: AlarmStep, at minute: Double) -> ScenarioInject {
        let actor = step.actor.rawValue
        let options = step.options.map(\.label)
        let what =
            step.text
            ?? ([step.kind.swedishLabel] + [step.target?.rawValue].compactMap { $0 }).joined(separator: " ")
            + (options.isEmpty ? "" : ": " + options.joined(separator: " eller "))
        let message =
            step.kind == .receive
            ? (step.text ?? "FILL IN: the alarm as it reaches \(actor)")
            : "FILL IN: what \(actor) learns or is asked that sets off step \(step.id)"
        let from = step.kind == .receive ? "FILL IN: who raises the alarm" : "Drill control (övningsledningen)"
        return ScenarioInject(
            at: minute, from: from, to: actor, kind: step.kind == .receive ? .event : .information, text: message,
            expectedAction: ExpectedAction(
                role: step.actor, action: what, withinMinutes: step.targetMinutes ?? defaultDeadlineMinutes))
    }

    static func objectives(for path: AlarmPath, in plan: Plan) -> [ScenarioObjective] {
        var seen: Set<EntityID> = []
        let reached = path.steps.filter { $0.kind == .contact || $0.kind == .inform }.compactMap(\.target)
            .filter { seen.insert($0).inserted }
        return reached.map { role in
            let name = plan.actor(role)?.name ?? role.rawValue
            return ScenarioObjective(
                id: EntityID(role.rawValue + "-reached"), text: "\(name) reached within 30 minutes", role: role,
                reachedWithinMinutes: 30)
        }
    }

    /// The lines of emitted YAML, without the last line break.
    static func lines(_ yaml: String) -> [String] {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The earliest minute of each step: 0 for a step that comes after none, else the latest deadline
    /// of the steps it comes after.
    static func earliestStarts(of path: AlarmPath) -> [EntityID: Double] {
        var starts: [EntityID: Double] = [:]
        func start(of step: AlarmStep, visiting: Set<EntityID>) -> Double {
            if let known = starts[step.id] { return known }
            // A cycle has failed the plan's own validation; it starts at 0 here.
            guard !visiting.contains(step.id) else { return 0 }
            let minute =
                step.after.compactMap { path.step($0) }.map { before in
                    start(of: before, visiting: visiting.union([step.id]))
                        + (before.targetMinutes ?? defaultDeadlineMinutes)
                }.max() ?? 0
            starts[step.id] = minute
            return minute
        }
        for step in path.steps { _ = start(of: step, visiting: []) }
        return starts
    }
}
