import BeredskapModel
import Foundation

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
    /// `timeZone`.
    public static func text(for path: AlarmPath, in plan: Plan, at start: Date, timeZone: LocalTimeZone) -> String {
        let time = timeZone.localDateTime(at: start)
        let local = "\(time.day)T" + String(format: "%02d:%02d", time.hour, time.minute)
        let starts = earliestStarts(of: path)
        var lines = [
            "# A drill scenario for alarm path '\(path.id)' of plan '\(plan.id)',",
            "# written by `drill scaffold`.",
            "# Fill in what is marked FILL IN, change the minutes and wording to your drill, and delete what",
            "# you do not need; `beredskap validate FILE` checks it against the plan. Documentation/Scenarios.md",
            "# describes every key.",
            "name: \(quoted(path.id.rawValue + "-drill"))",
            "title: \(quoted(path.name))",
            "plan: \(quoted(plan.id.rawValue))",
            "path: \(quoted(path.id.rawValue))",
            "# The event: when the alarm comes (local time) and whether it is ordinary or extraordinary.",
            "event:",
            "  time: \"\(local)\"",
            "  classification: extraordinary",
            "# How long the drill's event lasts, in minutes.",
            "duration: \(Int(Scenario.defaultDurationMinutes))",
        ]
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
        for step in path.steps {
            lines += inject(for: step, at: starts[step.id] ?? 0)
        }
        lines += objectives(for: path, in: plan)
        return lines.joined(separator: "\n") + "\n"
    }

    static func inject(for step: AlarmStep, at minute: Double) -> [String] {
        let actor = step.actor.rawValue
        let deadline = step.targetMinutes ?? defaultDeadlineMinutes
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
        return [
            "# Step \(step.id) (\(step.kind.rawValue)).",
            "- at: \(number(minute))",
            "  from: \(quoted(from))",
            "  to: \(quoted(actor))",
            "  type: \(step.kind == .receive ? "event" : "information")",
            "  text: \(quoted(message))",
            "  expectedAction:",
            "    role: \(quoted(actor))",
            "    action: \(quoted(what))",
            "    within: \(number(deadline))",
            "  # contingency: {text: \"FILL IN: what the drill leader does if the action does not come\"}",
        ]
    }

    static func objectives(for path: AlarmPath, in plan: Plan) -> [String] {
        var seen: Set<EntityID> = []
        let reached = path.steps.filter { $0.kind == .contact || $0.kind == .inform }.compactMap(\.target)
            .filter { seen.insert($0).inserted }
        guard !reached.isEmpty else {
            return [
                "# The objectives: a role reached within a number of minutes. This path contacts and informs",
                "# no one, so it has none to give.",
                "objectives: []",
            ]
        }
        var lines = [
            "# The objectives (övningsmål): FILL IN the minutes each role must be reached within, and",
            "# delete the ones the drill does not evaluate.",
            "objectives:",
        ]
        for role in reached {
            let name = plan.actor(role)?.name ?? role.rawValue
            lines += [
                "- id: \(quoted(role.rawValue + "-reached"))",
                "  text: \(quoted("\(name) reached within 30 minutes"))",
                "  rule: {role: \(quoted(role.rawValue)), reachedWithin: 30}",
            ]
        }
        return lines
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

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func quoted(_ text: String) -> String { DefaultScenario.quoted(text) }
}
