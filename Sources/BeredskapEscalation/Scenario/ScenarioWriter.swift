import BeredskapModel
import Foundation
internal import Yams

/// Writes a scenario as a scenario file: YAML that ``ScenarioReader`` reads back to an equal
/// ``Scenario``, with the keys in the order Documentation/Scenarios.md gives them.
///
/// Keys that hold their default are left out (no `injects: []`, no `defaultResponse` that is the
/// standard one); maps keyed by id (`responses`, `steps`, `decisions`) are sorted by id, so the same
/// scenario always gives the same text. Text is quoted only where YAML needs it, and a text of several
/// lines is written as a block.
///
/// ```swift
/// let text = ScenarioWriter.text(for: scenario, timeZone: jurisdiction.timeZone)
/// let again = try ScenarioReader.read(text, file: "ovning.yaml", plan: plan)   // == scenario
/// ```
public enum ScenarioWriter {
    /// The scenario file text of `scenario`.
    ///
    /// - Parameters:
    ///   - scenario: The scenario to write.
    ///   - timeZone: The zone its event time is written in: the plan's, the zone the reader will read it in.
    ///   - comment: Lines put at the top as YAML comments (`# …`), such as where the scenario came from.
    public static func text(for scenario: Scenario, timeZone: LocalTimeZone, comment: [String] = []) -> String {
        // A line break in a comment would end it and start YAML; each line is a comment of its own.
        let lines = comment.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        let header = lines.map { $0.isEmpty ? "#" : "# " + VisibleText.escaped(String($0)) }
        return (header + [yaml(node(for: scenario, timeZone: timeZone))]).joined(separator: "\n")
    }

    /// The scenario as one YAML mapping, the keys in the documented order.
    static func node(for scenario: Scenario, timeZone: LocalTimeZone) -> Node {
        mapping(entries(of: scenario, timeZone: timeZone))
    }

    /// The top-level keys of the scenario file and their values, in the documented order; for a text
    /// that puts comments between them (``ScenarioScaffold``).
    static func entries(of scenario: Scenario, timeZone: LocalTimeZone) -> [(key: String, node: Node)] {
        var top: [(String, Node)] = [("name", text(scenario.name))]
        top.append(("title", text(scenario.title)))
        if let plan = scenario.plan { top.append(("plan", text(plan.rawValue))) }
        top.append(("path", text(scenario.path.rawValue)))
        top.append(("event", event(scenario.event, timeZone: timeZone)))
        top.append(("duration", number(scenario.durationMinutes)))
        if scenario.defaultResponse != .standard {
            top.append(("defaultResponse", response(scenario.defaultResponse)))
        }
        if !scenario.responses.isEmpty {
            top.append(("responses", byID(scenario.responses, response)))
        }
        if !scenario.steps.isEmpty { top.append(("steps", byID(scenario.steps, step))) }
        if !scenario.decisions.isEmpty { top.append(("decisions", byID(scenario.decisions, decision))) }
        if !scenario.injects.isEmpty {
            top.append(("injects", Node(scenario.injects.map(inject), Tag(.implicit), .block)))
        }
        if !scenario.objectives.isEmpty {
            top.append(("objectives", Node(scenario.objectives.map(objective), Tag(.implicit), .block)))
        }
        return top
    }

    /// The wall time of `date` in `timeZone` as a scenario file writes it: `2017-10-14T02:30`, with
    /// `:SS` when the minute has seconds.
    static func localTime(_ date: Date, in timeZone: LocalTimeZone) -> String {
        let time = timeZone.localDateTime(at: date)
        let local = "\(time.day)T" + String(format: "%02d:%02d", time.hour, time.minute)
        return time.second == 0 ? local : local + String(format: ":%02d", time.second)
    }

    static func event(_ event: ScenarioEvent, timeZone: LocalTimeZone) -> Node {
        var entries: [(String, Node)] = [
            ("time", Node(localTime(event.start, in: timeZone), Tag(.implicit), .doubleQuoted)),
            ("classification", text(event.classification.rawValue)),
        ]
        if let officeHours = event.officeHours { entries.append(("officeHours", Node(officeHours ? "true" : "false"))) }
        if let administration = event.administration { entries.append(("administration", text(administration))) }
        return mapping(entries)
    }

    static func response(_ profile: ResponseProfile) -> Node {
        mapping(
            [
                ("median", number(profile.answer.median)), ("p90", number(profile.answer.p90)),
                ("noAnswer", number(profile.noAnswer)), ("timeout", number(profile.timeout)),
            ], style: .flow)
    }

    static func step(_ override: StepOverride) -> Node {
        var entries: [(String, Node)] = []
        switch override.time {
        case .fixed(let minutes): entries.append(("minutes", number(minutes)))
        case .logNormal(let answer):
            entries += [("median", number(answer.median)), ("p90", number(answer.p90))]
        case nil: break
        }
        if let noAnswer = override.noAnswer { entries.append(("noAnswer", number(noAnswer))) }
        if let timeout = override.timeout { entries.append(("timeout", number(timeout))) }
        if let target = override.targetMinutes { entries.append(("target", number(target))) }
        if let every = override.everyMinutes { entries.append(("every", number(every))) }
        return mapping(entries, style: .flow)
    }

    static func decision(_ rule: DecisionRule) -> Node {
        switch rule {
        case .scripted(let option): mapping([("scripted", text(option.rawValue))])
        case .probabilities(let entries):
            mapping([
                ("probabilities", mapping(entries.map { ($0.option.rawValue, number($0.probability)) }, style: .flow))
            ])
        }
    }

    static func inject(_ inject: ScenarioInject) -> Node {
        var entries: [(String, Node)] = []
        if let id = inject.id { entries.append(("id", text(id.rawValue))) }
        // With a start condition, `at` is the earliest minute, left out when it is the default 0.
        if inject.start == nil || inject.at != 0 { entries.append(("at", number(inject.at))) }
        if let start = inject.start { entries.append(("start", Self.start(start))) }
        if !inject.from.isEmpty { entries.append(("from", text(inject.from))) }
        if !inject.to.isEmpty { entries.append(("to", text(inject.to))) }
        entries.append(("type", text(inject.kind.rawValue)))
        entries.append(("text", text(inject.text)))
        if let action = inject.expectedAction {
            var fields: [(String, Node)] = [("role", text(action.role.rawValue)), ("action", text(action.action))]
            if let within = action.withinMinutes { fields.append(("within", number(within))) }
            entries.append(("expectedAction", mapping(fields)))
        }
        if let contingency = inject.contingency {
            entries.append(("contingency", mapping([("text", text(contingency))])))
        }
        if let controller = inject.controller { entries.append(("controller", text(controller))) }
        if let objective = inject.objective { entries.append(("objective", text(objective.rawValue))) }
        return mapping(entries)
    }

    /// `manual`, or `{delivered: ID, after: N}` and its kin, as Scenarios.md writes them.
    static func start(_ start: InjectStart) -> Node {
        var fields: [(String, Node)]
        switch start.trigger {
        case .manual:
            // An inject the leader gives has no delay; the file has no form for one.
            return text("manual")
        case .delivered(let id): fields = [("delivered", text(id.rawValue))]
        case .done(let id): fields = [("done", text(id.rawValue))]
        case .missed(let id): fields = [("missed", text(id.rawValue))]
        case .decision(let step, let option):
            fields = [("decision", text(step.rawValue))] + (option.map { [("option", text($0.rawValue))] } ?? [])
        }
        if start.afterMinutes > 0 { fields.append(("after", number(start.afterMinutes))) }
        return mapping(fields, style: .flow)
    }

    static func objective(_ objective: ScenarioObjective) -> Node {
        mapping([
            ("id", text(objective.id.rawValue)), ("text", text(objective.text)),
            (
                "rule",
                mapping(
                    [
                        ("role", text(objective.role.rawValue)),
                        ("reachedWithin", number(objective.reachedWithinMinutes)),
                    ],
                    style: .flow)
            ),
        ])
    }

    // MARK: Nodes

    static func byID<Value>(_ values: [EntityID: Value], _ node: (Value) -> Node) -> Node {
        mapping(values.sorted { $0.key < $1.key }.map { ($0.key.rawValue, node($0.value)) })
    }

    static func mapping(_ entries: [(String, Node)], style: Node.Mapping.Style = .block) -> Node {
        Node(entries.map { (text($0.0), $0.1) }, Tag(.implicit), style)
    }

    /// A number as the reader takes it: `45`, not `45.0`; other values in Swift's shortest form, which
    /// reads back as the same `Double`.
    static func number(_ value: Double) -> Node {
        Node(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
    }

    /// Text as YAML reads it back unchanged. Plain where that reads as the same text (and as text, not
    /// a number or `true`, for other YAML readers); a block for several lines; double quotes, with
    /// escapes, for a control character or a line break YAML would turn into a line feed.
    static func text(_ value: String) -> Node {
        let exact = value.unicodeScalars.allSatisfy {
            $0 == "\n" || !(VisibleText.isControl($0) || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{FEFF}")
        }
        guard exact else { return Node(value, Tag(.implicit), .doubleQuoted) }
        if value.contains("\n") { return Node(value, Tag(.implicit), .literal) }
        let plain = Node(value)
        return Resolver.default.resolveTag(of: plain) == .str ? plain : Node(value, Tag(.implicit), .doubleQuoted)
    }

    static func yaml(_ node: Node) -> String {
        // The emitter fails only on a node it cannot write, which the nodes above never are.
        (try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? ""
    }
}
