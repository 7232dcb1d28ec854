import BeredskapModel
import Yams

/// What reading a plan file collects on the way: problems with their positions, where every value
/// sits in the file, and which values failed to read (so later checks stay quiet about them).
struct DecodingContext {
    /// Problems found while reading, each at the position of the node concerned.
    private(set) var problems: [(issue: PlanIssue, mark: Mark?)] = []
    /// The position of every value read, by its path in the plan.
    private(set) var marks: [PlanPath: Mark] = [:]
    /// Paths whose value could not be read; checks of the finished plan skip everything below them.
    private(set) var failedPaths: Set<PlanPath> = []

    mutating func fail(_ code: PlanIssue.Code, at path: PlanPath, mark: Mark?, _ message: String) {
        problems.append((PlanIssue(.error, code, at: path, message), mark))
        failedPaths.insert(path)
    }

    /// Marks a path as failed without reporting: another problem already explains it.
    mutating func suppress(_ path: PlanPath) {
        failedPaths.insert(path)
    }

    mutating func record(_ node: Node, at path: PlanPath) {
        if let mark = node.mark { marks[path] = mark }
    }

    /// Whether `path` or one of its ancestors failed to read.
    func isBelowFailure(_ path: PlanPath) -> Bool {
        var current: PlanPath? = path
        while let candidate = current {
            if failedPaths.contains(candidate) { return true }
            current = candidate.parent
        }
        return false
    }

    /// The position of `path`, or of its nearest ancestor the file has.
    func mark(for path: PlanPath) -> Mark? {
        var current: PlanPath? = path
        while let candidate = current {
            if let mark = marks[candidate] { return mark }
            current = candidate.parent
        }
        return nil
    }

    // MARK: Shapes

    /// The node as a scalar's text, or a reported type mismatch.
    mutating func scalar(_ node: Node, at path: PlanPath, expected: String) -> String? {
        record(node, at: path)
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .mapping:
            fail(.typeMismatch, at: path, mark: node.mark, "expected \(expected), found a mapping")
        case .sequence:
            fail(.typeMismatch, at: path, mark: node.mark, "expected \(expected), found a list")
        case .alias:
            fail(.typeMismatch, at: path, mark: node.mark, "expected \(expected), found an alias; write the value out")
        }
        return nil
    }

    /// The node as a mapping, or a reported type mismatch.
    mutating func mapping(_ node: Node, at path: PlanPath, expected: String) -> Node.Mapping? {
        record(node, at: path)
        if case .mapping(let mapping) = node { return mapping }
        fail(
            .typeMismatch, at: path, mark: node.mark,
            "expected \(expected) (a mapping of keys), found \(Self.shape(of: node))")
        return nil
    }

    /// The node's items, or a reported type mismatch. A lone scalar where a list belongs is an error
    /// that says how to write the list.
    mutating func sequence(_ node: Node, at path: PlanPath) -> [Node]? {
        record(node, at: path)
        if case .sequence(let sequence) = node { return Array(sequence) }
        if case .scalar(let scalar) = node {
            fail(
                .typeMismatch, at: path, mark: node.mark,
                "expected a list, found '\(scalar.string)'; write [\(scalar.string)] or one '- ' item per line")
        } else {
            fail(.typeMismatch, at: path, mark: node.mark, "expected a list, found \(Self.shape(of: node))")
        }
        return nil
    }

    static func shape(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Whether the node is YAML's null (`~`, `null` or nothing), which reads as an absent value.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
