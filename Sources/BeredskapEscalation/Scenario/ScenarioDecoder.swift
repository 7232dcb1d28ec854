import BeredskapModel
import Foundation
internal import Yams

/// Reads scenario values out of YAML nodes, remembering where each value sits and every problem met,
/// so that one pass reports all of a file's errors with their lines.
struct ScenarioDecoder {
    let file: String
    /// The zone the scenario's wall times are read in: the plan's.
    let timeZone: LocalTimeZone
    private(set) var problems: [(path: [String], mark: Mark?, message: String)] = []
    private(set) var marks: [[String]: Mark] = [:]

    init(file: String, timeZone: LocalTimeZone = Jurisdiction.default.timeZone) {
        self.file = file
        self.timeZone = timeZone
    }

    mutating func fail(_ path: [String], _ node: Node?, _ message: String) {
        problems.append((path, node?.mark, message))
    }

    mutating func record(_ node: Node, at path: [String]) {
        if let mark = node.mark, marks[path] == nil { marks[path] = mark }
    }

    /// The position of `path`, or of its nearest ancestor the file has.
    func mark(for path: [String]) -> Mark? {
        var current = path[...]
        while true {
            if let mark = marks[Array(current)] { return mark }
            if current.isEmpty { return nil }
            current = current.dropLast()
        }
    }

    func diagnostic(_ message: String, at path: [String], mark: Mark?) -> ScenarioDiagnostic {
        let mark = mark ?? self.mark(for: path)
        return ScenarioDiagnostic(
            file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: path.joined(separator: "."),
            message: message)
    }

    /// Every problem as a diagnostic, in file order.
    var diagnostics: [ScenarioDiagnostic] {
        problems.map { diagnostic($0.message, at: $0.path, mark: $0.mark) }
    }

    static func shape(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    // MARK: Shapes

    /// The entries of a mapping with their keys, after checking every key is one of `known`.
    mutating func entries(_ node: Node, at path: [String], known: [String]? = nil) -> [(String, Node)]? {
        guard case .mapping(let mapping) = node else {
            fail(path, node, "expected a mapping for '\(path.last ?? "scenario")', found \(Self.shape(of: node))")
            return nil
        }
        var result: [(String, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                fail(path, keyNode, "a key must be text, not \(Self.shape(of: keyNode))")
                continue
            }
            let keyPath = path + [key.string]
            if let known, !known.contains(key.string) {
                fail(
                    keyPath, keyNode,
                    "unknown key '\(key.string)'\(Suggestion.didYouMean(key.string, in: known))"
                        + "; known keys are \(known.map { "'\($0)'" }.joined(separator: ", "))")
                continue
            }
            // A collection is best pointed at by its key; a scalar by its value.
            if case .scalar = value { record(value, at: keyPath) } else { record(keyNode, at: keyPath) }
            result.append((key.string, value))
        }
        return result
    }

    mutating func items(_ node: Node, at path: [String]) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            fail(path, node, "expected a list for '\(path.last ?? "")', found \(Self.shape(of: node))")
            return nil
        }
        for (index, item) in sequence.enumerated() { record(item, at: path + [String(index)]) }
        return Array(sequence)
    }

    mutating func text(_ node: Node, at path: [String]) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(path, node, "expected text for '\(path.last ?? "")', found \(Self.shape(of: node))")
            return nil
        }
        return scalar.string
    }

    mutating func id(_ node: Node, at path: [String]) -> EntityID? {
        guard let text = text(node, at: path) else { return nil }
        let id = EntityID(text)
        guard id.isWellFormed else {
            fail(path, node, "invalid id '\(text)': ids are lowercase letters a–z, digits and single hyphens")
            return nil
        }
        return id
    }

    mutating func number(_ node: Node, at path: [String]) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            fail(path, node, "expected a number for '\(path.last ?? "")', found \(Self.shape(of: node))")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, at path: [String]) -> Bool? {
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            fail(path, node, "expected true or false for '\(path.last ?? "")', found \(Self.shape(of: node))")
            return nil
        }
    }

    mutating func required<T>(
        _ entries: [(String, Node)], _ key: String, at path: [String], mark: Node,
        _ read: (inout ScenarioDecoder, Node, [String]) -> T?
    ) -> T? {
        guard let node = entries.first(where: { $0.0 == key })?.1 else {
            fail(path + [key], mark, "missing '\(key)' in '\(path.last ?? "scenario")'")
            return nil
        }
        return read(&self, node, path + [key])
    }

    mutating func optional<T>(
        _ entries: [(String, Node)], _ key: String, at path: [String],
        _ read: (inout ScenarioDecoder, Node, [String]) -> T?
    ) -> T? {
        guard let node = entries.first(where: { $0.0 == key })?.1 else { return nil }
        return read(&self, node, path + [key])
    }

    // MARK: Domain values

    /// A local date-time in the plan's zone (``timeZone``): `2017-10-14T02:30` (seconds optional). A time the clocks
    /// skip is refused with the times that exist; a time that happens twice is the first.
    mutating func localTime(_ node: Node, at path: [String]) -> Date? {
        guard let text = text(node, at: path) else { return nil }
        do {
            return try timeZone.resolve(parsing: text).date
        } catch  where error.code == .nonexistentTime {
            fail(path, node, "'\(path.last ?? "")': \(error.message)")
            return nil
        } catch {
            fail(path, node, "expected a local time like '2017-10-14T02:30' for '\(path.last ?? "")', found '\(text)'")
            return nil
        }
    }

    /// A log-normal from `median` and `p90` in a mapping, when both are there.
    mutating func logNormal(_ entries: [(String, Node)], at path: [String], mark: Node) -> LogNormal? {
        let median = optional(entries, "median", at: path) { $0.number($1, at: $2) }
        let p90 = optional(entries, "p90", at: path) { $0.number($1, at: $2) }
        switch (median, p90) {
        case (nil, nil): return nil
        case (let median?, let p90?):
            guard median > 0, p90 >= median else {
                fail(path + ["p90"], mark, "a log-normal needs 0 < median <= p90; found median \(median), p90 \(p90)")
                return nil
            }
            return LogNormal(median: median, p90: p90)
        default:
            fail(path, mark, "give both 'median' and 'p90' for a log-normal time")
            return nil
        }
    }

    static let responseKeys = ["median", "p90", "noAnswer", "timeout", "deputy"]

    mutating func response(_ node: Node, at path: [String], base: ResponseProfile) -> ResponseProfile? {
        guard let entries = entries(node, at: path, known: Self.responseKeys) else { return nil }
        var profile = base
        if let answer = logNormal(entries, at: path, mark: node) { profile.answer = answer }
        if let noAnswer = optional(entries, "noAnswer", at: path, { $0.number($1, at: $2) }) {
            profile.noAnswer = noAnswer
        }
        if let timeout = optional(entries, "timeout", at: path, { $0.number($1, at: $2) }) { profile.timeout = timeout }
        if let deputy = entries.first(where: { $0.0 == "deputy" }) {
            // A scenario that invented deputies would disagree with the reachability analysis.
            fail(
                path + ["deputy"], deputy.1,
                "a scenario does not name deputies; they come from the plan: give the role `deputies: [ROLE]` "
                    + "in the plan file")
        }
        return profile
    }

    static let stepKeys = ["median", "p90", "minutes", "noAnswer", "timeout", "target", "every"]

    mutating func stepOverride(_ node: Node, at path: [String]) -> StepOverride? {
        guard let entries = entries(node, at: path, known: Self.stepKeys) else { return nil }
        var override = StepOverride()
        let minutes = optional(entries, "minutes", at: path) { $0.number($1, at: $2) }
        if let answer = logNormal(entries, at: path, mark: node) {
            override.time = .logNormal(answer)
            if minutes != nil {
                fail(path + ["minutes"], node, "give either 'minutes' or 'median' and 'p90', not both")
            }
        } else if let minutes {
            override.time = .fixed(minutes)
        }
        override.noAnswer = optional(entries, "noAnswer", at: path) { $0.number($1, at: $2) }
        override.timeout = optional(entries, "timeout", at: path) { $0.number($1, at: $2) }
        override.targetMinutes = optional(entries, "target", at: path) { $0.number($1, at: $2) }
        override.everyMinutes = optional(entries, "every", at: path) { $0.number($1, at: $2) }
        return override
    }

    static let decisionKeys = ["scripted", "probabilities"]

    mutating func decision(_ node: Node, at path: [String]) -> DecisionRule? {
        guard let entries = entries(node, at: path, known: Self.decisionKeys) else { return nil }
        guard entries.count == 1, let (key, value) = entries.first else {
            fail(path, node, "give a decision either 'scripted: OPTION' or 'probabilities: {OPTION: P, …}'")
            return nil
        }
        if key == "scripted" { return id(value, at: path + [key]).map(DecisionRule.scripted) }
        guard let options = self.entries(value, at: path + [key]) else { return nil }
        var result: [OptionProbability] = []
        for (option, probability) in options {
            let optionPath = path + [key, option]
            guard let p = number(probability, at: optionPath) else { continue }
            result.append(OptionProbability(option: EntityID(option), probability: p))
        }
        return .probabilities(result)
    }
}
