import BeredskapModel
import Foundation
internal import Yams

/// Reads a scenario file (YAML) and, given the plan, checks every reference in it.
///
/// Every problem is reported at once with its position, as `bench-night.yaml:12:5: error: …`.
///
/// ```swift
/// do {
///     let scenario = try ScenarioReader.read(text, file: "bench-night.yaml", plan: plan)
/// } catch {
///     print(error)   // bench-night.yaml:14:3: error: unknown role 'stadsdirektör'; did you mean 'stadsdirektor'?
/// }
/// ```
public enum ScenarioReader {
    /// The keys a scenario file may have at the top.
    static let topKeys = [
        "name", "title", "plan", "path", "event", "duration", "defaultResponse", "responses", "steps", "decisions",
        "injects", "objectives",
    ]
    /// The keys of `event`.
    static let eventKeys = ["time", "classification", "officeHours", "administration"]
    /// The keys of an inject.
    static let injectKeys = [
        "id", "at", "start", "from", "to", "type", "text", "expectedAction", "contingency", "controller", "objective",
    ]
    /// The keys of an inject's `start`: one trigger, the decision's option and the delay.
    static let startKeys = ["delivered", "done", "missed", "decision", "option", "after"]
    /// The keys of `start` that name what the inject waits for; exactly one is given.
    static let triggerKeys = ["delivered", "done", "missed", "decision"]
    /// The keys of an inject's `expectedAction`.
    static let expectedActionKeys = ["role", "action", "within"]
    /// The keys of an inject's `contingency`.
    static let contingencyKeys = ["text"]
    /// The keys of an objective.
    static let objectiveKeys = ["id", "text", "rule"]
    /// The keys of an objective's `rule`.
    static let ruleKeys = ["role", "reachedWithin"]

    /// The top-level keys that only a scenario has: every scenario names its alarm `path` and its
    /// `event`; a plan file has neither (its paths sit under `alarmPaths`) and always has `formatVersion`.
    public static let recognisingKeys = ["path", "event"]

    /// Whether `text` is meant as a scenario file rather than a plan file: a YAML (or JSON) mapping with
    /// `path` or `event` at the top and no `formatVersion`. Text that is not YAML is not a scenario.
    ///
    /// ```swift
    /// ScenarioReader.looksLikeScenario(BuiltInScenarios.benchNightText)   // true
    /// ```
    public static func looksLikeScenario(_ text: String) -> Bool {
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: text) else { return false }
        let keys = mapping.keys.compactMap(\.scalar?.string)
        return keys.contains(where: recognisingKeys.contains) && !keys.contains("formatVersion")
    }

    /// The plan a scenario file names with `plan:`, before it is read, to choose the plan to read it
    /// against; nil when it names none or is not YAML.
    public static func namedPlan(in text: String) -> EntityID? {
        guard case .mapping(let mapping)? = try? Yams.compose(yaml: text),
            let value = mapping.first(where: { $0.key.scalar?.string == "plan" })?.value.scalar?.string
        else { return nil }
        let id = EntityID(value)
        return id.isWellFormed ? id : nil
    }

    /// Reads a scenario and checks it against `plan`; its wall times are read in the plan's time zone
    /// (``Jurisdiction/init(plan:otherwise:)``).
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - file: The name diagnostics give the source.
    ///   - plan: The plan whose roles, alarm path and steps the scenario names.
    /// - Throws: ``ScenarioError`` with every problem found.
    public static func read(_ text: String, file: String, plan: Plan) throws(ScenarioError) -> Scenario {
        // A plan whose time zone is unknown has failed its own validation; its scenario is read in the default's.
        let zone = (try? Jurisdiction(plan: plan))?.timeZone ?? Jurisdiction.default.timeZone
        var decoder = ScenarioDecoder(file: file, timeZone: zone)
        let scenario = try decode(text, with: &decoder)
        // Check references even when some values failed to read, so one pass reports everything; leave
        // out what a failed value already explains.
        let failed = decoder.problems.map(\.path)
        let issues = scenario.map { ScenarioValidator.validate($0, against: plan) } ?? []
        let located = issues.filter { issue in
            !failed.contains { $0.starts(with: issue.path) || issue.path.starts(with: $0) }
        }.map { decoder.diagnostic($0.message, at: $0.path, mark: nil) }
        let diagnostics = decoder.diagnostics + located
        guard let scenario, diagnostics.isEmpty else { throw ScenarioError(diagnostics: sorted(diagnostics)) }
        return scenario
    }

    /// Reads a scenario without checking its references; ``ScenarioValidator`` can do that later.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - file: The name diagnostics give the source.
    ///   - timeZone: The zone of the scenario's wall times; the default jurisdiction's unless given.
    /// - Throws: ``ScenarioError`` for YAML that is not a well-formed scenario.
    public static func read(
        _ text: String, file: String, timeZone: LocalTimeZone = Jurisdiction.default.timeZone
    ) throws(ScenarioError) -> Scenario {
        var decoder = ScenarioDecoder(file: file, timeZone: timeZone)
        let scenario = try decode(text, with: &decoder)
        guard let scenario, decoder.problems.isEmpty else {
            throw ScenarioError(diagnostics: sorted(decoder.diagnostics))
        }
        return scenario
    }

    static func sorted(_ diagnostics: [ScenarioDiagnostic]) -> [ScenarioDiagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
                < (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
        }.map(\.element)
    }

    /// The scenario as far as it could be read; problems are left in `decoder`. Throws only when the
    /// text is not YAML at all.
    static func decode(_ text: String, with decoder: inout ScenarioDecoder) throws(ScenarioError) -> Scenario? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioError(diagnostics: [
                    ScenarioDiagnostic(file: decoder.file, line: 1, column: 1, message: "the scenario file is empty")
                ])
            }
            root = node
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(diagnostics: [syntaxDiagnostic(error, file: decoder.file)])
        }
        return decodeScenario(root, with: &decoder)
    }

    static func syntaxDiagnostic(_ error: any Error, file: String) -> ScenarioDiagnostic {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            ScenarioDiagnostic(
                file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            ScenarioDiagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "the key '\(duplicates.first ?? "")' appears more than once in this mapping")
        default:
            ScenarioDiagnostic(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }

    static func decodeScenario(_ root: Node, with decoder: inout ScenarioDecoder) -> Scenario? {
        guard let top = decoder.entries(root, at: [], known: topKeys) else { return nil }
        let name = decoder.required(top, "name", at: [], mark: root) { $0.text($1, at: $2) }
        let title = decoder.optional(top, "title", at: []) { $0.text($1, at: $2) }
        let plan = decoder.optional(top, "plan", at: []) { $0.id($1, at: $2) }
        let path = decoder.required(top, "path", at: [], mark: root) { $0.id($1, at: $2) }
        let event = decoder.required(top, "event", at: [], mark: root) { decodeEvent($1, at: $2, with: &$0) }
        let duration =
            decoder.optional(top, "duration", at: []) { $0.number($1, at: $2) } ?? Scenario.defaultDurationMinutes
        let defaultResponse =
            decoder.optional(top, "defaultResponse", at: []) { $0.response($1, at: $2, base: .standard) } ?? .standard
        var scenario = Scenario(
            name: name ?? "", title: title ?? name ?? "", plan: plan, path: path ?? "",
            event: event ?? ScenarioEvent(start: Date(timeIntervalSince1970: 0), classification: .ordinary),
            durationMinutes: duration, defaultResponse: defaultResponse)
        for (role, node) in decoder.optional(top, "responses", at: [], { $0.entries($1, at: $2) }) ?? [] {
            if let profile = decoder.response(node, at: ["responses", role], base: defaultResponse) {
                scenario.responses[EntityID(role)] = profile
            }
        }
        for (step, node) in decoder.optional(top, "steps", at: [], { $0.entries($1, at: $2) }) ?? [] {
            if let override = decoder.stepOverride(node, at: ["steps", step]) {
                scenario.steps[EntityID(step)] = override
            }
        }
        for (step, node) in decoder.optional(top, "decisions", at: [], { $0.entries($1, at: $2) }) ?? [] {
            if let rule = decoder.decision(node, at: ["decisions", step]) { scenario.decisions[EntityID(step)] = rule }
        }
        let injects = decoder.optional(top, "injects", at: []) { $0.items($1, at: $2) } ?? []
        for (index, node) in injects.enumerated() {
            if let inject = decodeInject(node, at: ["injects", String(index)], with: &decoder) {
                scenario.injects.append(inject)
            }
        }
        let objectives = decoder.optional(top, "objectives", at: []) { $0.items($1, at: $2) } ?? []
        for (index, node) in objectives.enumerated() {
            if let objective = decodeObjective(node, at: ["objectives", String(index)], with: &decoder) {
                scenario.objectives.append(objective)
            }
        }
        return scenario
    }

    static func decodeEvent(_ node: Node, at path: [String], with decoder: inout ScenarioDecoder) -> ScenarioEvent? {
        guard let entries = decoder.entries(node, at: path, known: eventKeys) else { return nil }
        let start = decoder.required(entries, "time", at: path, mark: node) { $0.localTime($1, at: $2) }
        let classification = decoder.required(entries, "classification", at: path, mark: node) {
            decoder, node, path -> EventClassification? in
            guard let text = decoder.text(node, at: path) else { return nil }
            if let value = EventClassification(rawValue: text) { return value }
            let known = EventClassification.allCases.map(\.rawValue)
            decoder.fail(
                path, node,
                "unknown classification '\(text)'\(Suggestion.didYouMean(text, in: known)); use "
                    + known.map { "'\($0)'" }.joined(separator: " or "))
            return nil
        }
        let officeHours = decoder.optional(entries, "officeHours", at: path) { $0.bool($1, at: $2) }
        let administration = decoder.optional(entries, "administration", at: path) { $0.text($1, at: $2) }
        guard let start, let classification else { return nil }
        return ScenarioEvent(
            start: start, classification: classification, officeHours: officeHours, administration: administration)
    }

    static func decodeInject(_ node: Node, at path: [String], with decoder: inout ScenarioDecoder) -> ScenarioInject? {
        guard let entries = decoder.entries(node, at: path, known: injectKeys) else { return nil }
        let id = decoder.optional(entries, "id", at: path) { $0.id($1, at: $2) }
        let start = decoder.optional(entries, "start", at: path) { decodeStart($1, at: $2, with: &$0) }
        let hasStart = entries.contains { $0.0 == "start" }
        // With a start condition, `at` is the earliest minute and may be left out.
        let at =
            hasStart
            ? decoder.optional(entries, "at", at: path) { $0.number($1, at: $2) } ?? 0
            : decoder.required(entries, "at", at: path, mark: node) { $0.number($1, at: $2) }
        let from = decoder.optional(entries, "from", at: path) { $0.text($1, at: $2) }
        let to = decoder.optional(entries, "to", at: path) { $0.text($1, at: $2) }
        let kind = decoder.required(entries, "type", at: path, mark: node) {
            decoder, node, path -> ScenarioInject.Kind? in
            guard let text = decoder.text(node, at: path) else { return nil }
            if let kind = ScenarioInject.Kind(rawValue: text) { return kind }
            let known = ScenarioInject.Kind.allCases.map(\.rawValue)
            decoder.fail(
                path, node,
                "unknown inject type '\(text)'\(Suggestion.didYouMean(text, in: known)); use "
                    + known.map { "'\($0)'" }.joined(separator: ", "))
            return nil
        }
        let text = decoder.required(entries, "text", at: path, mark: node) { $0.text($1, at: $2) }
        let expected = decoder.optional(entries, "expectedAction", at: path) {
            decoder, node, path -> ExpectedAction? in
            guard let fields = decoder.entries(node, at: path, known: expectedActionKeys) else { return nil }
            let role = decoder.required(fields, "role", at: path, mark: node) { $0.id($1, at: $2) }
            let action = decoder.required(fields, "action", at: path, mark: node) { $0.text($1, at: $2) }
            let within = decoder.optional(fields, "within", at: path) { $0.number($1, at: $2) }
            guard let role, let action else { return nil }
            return ExpectedAction(role: role, action: action, withinMinutes: within)
        }
        let contingency = decoder.optional(entries, "contingency", at: path) {
            decoder, node, path -> String? in
            guard let fields = decoder.entries(node, at: path, known: contingencyKeys) else { return nil }
            return decoder.required(fields, "text", at: path, mark: node) { $0.text($1, at: $2) }
        }
        let controller = decoder.optional(entries, "controller", at: path) { $0.text($1, at: $2) }
        let objective = decoder.optional(entries, "objective", at: path) { $0.id($1, at: $2) }
        guard let at, let kind, let text, start != nil || !hasStart else { return nil }
        return ScenarioInject(
            at: at, from: from ?? "", to: to ?? "", kind: kind, text: text, expectedAction: expected,
            contingency: contingency, controller: controller, objective: objective, id: id, start: start)
    }

    /// `start: manual`, or a mapping with one trigger (`delivered`, `done`, `missed` naming an inject
    /// by id; `decision` naming a decide step, with `option`) and `after` minutes.
    static func decodeStart(_ node: Node, at path: [String], with decoder: inout ScenarioDecoder) -> InjectStart? {
        if case .scalar(let scalar) = node {
            decoder.record(node, at: path)
            if scalar.string == "manual" { return InjectStart(.manual) }
            decoder.fail(
                path, node,
                "'start' is `manual` or a mapping with one of "
                    + triggerKeys.map { "'\($0)'" }.joined(separator: ", ") + ", not '\(scalar.string)'"
                    + Suggestion.didYouMean(scalar.string, in: ["manual"]))
            return nil
        }
        guard let entries = decoder.entries(node, at: path, known: startKeys) else { return nil }
        let given = entries.map(\.0).filter(triggerKeys.contains)
        guard given.count == 1, let key = given.first else {
            decoder.fail(
                path, node,
                given.isEmpty
                    ? "'start' needs what the inject waits for: one of "
                        + triggerKeys.map { "'\($0)'" }.joined(separator: ", ") + ", or `start: manual`"
                    : "'start' waits for one thing, not \(given.map { "'\($0)'" }.joined(separator: " and "))")
            return nil
        }
        let after = decoder.optional(entries, "after", at: path) { $0.number($1, at: $2) } ?? 0
        let option = decoder.optional(entries, "option", at: path) { $0.id($1, at: $2) }
        guard let target = decoder.required(entries, key, at: path, mark: node, { $0.id($1, at: $2) }) else {
            return nil
        }
        if option != nil, key != "decision" {
            decoder.fail(path + ["option"], node, "'option' goes with 'decision', not with '\(key)'")
            return nil
        }
        let trigger: InjectStart.Trigger =
            switch key {
            case "delivered": .delivered(target)
            case "done": .done(target)
            case "missed": .missed(target)
            default: .decision(step: target, option: option)
            }
        return InjectStart(trigger, after: after)
    }

    static func decodeObjective(
        _ node: Node, at path: [String], with decoder: inout ScenarioDecoder
    ) -> ScenarioObjective? {
        guard let entries = decoder.entries(node, at: path, known: objectiveKeys) else { return nil }
        let id = decoder.required(entries, "id", at: path, mark: node) { $0.id($1, at: $2) }
        let text = decoder.required(entries, "text", at: path, mark: node) { $0.text($1, at: $2) }
        let rule = decoder.required(entries, "rule", at: path, mark: node) {
            decoder, node, path -> (EntityID, Double)? in
            guard let fields = decoder.entries(node, at: path, known: ruleKeys) else { return nil }
            let role = decoder.required(fields, "role", at: path, mark: node) { $0.id($1, at: $2) }
            let within = decoder.required(fields, "reachedWithin", at: path, mark: node) { $0.number($1, at: $2) }
            guard let role, let within else { return nil }
            return (role, within)
        }
        guard let id, let text, let rule else { return nil }
        return ScenarioObjective(id: id, text: text, role: rule.0, reachedWithinMinutes: rule.1)
    }
}
