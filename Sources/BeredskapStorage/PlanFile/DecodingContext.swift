import BeredskapModel
internal import Yams

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

    /// Whether positions are kept: a reader that gives up at the first problem (``PieceReader``) has no
    /// use for them.
    var recordsMarks = true

    mutating func record(_ node: Node, at path: PlanPath) {
        if recordsMarks, let mark = node.mark { marks[path] = mark }
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

    /// Reports a value of the wrong shape: "expected a whole number for 'minAge', found 'tolv'".
    mutating func mismatch(at path: PlanPath, node: Node, expected: String, hint: String = "") {
        fail(
            .typeMismatch, at: path, mark: node.mark,
            "expected \(expected)\(Self.subject(of: path)), found \(Self.shape(of: node))\(hint)")
    }

    /// " for 'title'" or " for an item of 'after'", naming the key a value belongs to.
    static func subject(of path: PlanPath) -> String {
        switch path.components.last {
        case .key(let key): " for '\(key)'"
        case .index:
            if case .key(let key) = path.components.dropLast().last { " for an item of '\(key)'" } else { "" }
        case nil: ""
        }
    }

    /// The node as a scalar's text, or a reported type mismatch.
    mutating func scalar(_ node: Node, at path: PlanPath, expected: String) -> String? {
        record(node, at: path)
        if case .scalar(let scalar) = node { return scalar.string }
        mismatch(at: path, node: node, expected: expected, hint: node.alias != nil ? "; write the value out" : "")
        return nil
    }

    /// The node as a mapping, or a reported type mismatch.
    mutating func mapping(_ node: Node, at path: PlanPath, expected: String) -> Node.Mapping? {
        record(node, at: path)
        if case .mapping(let mapping) = node { return mapping }
        mismatch(at: path, node: node, expected: "a mapping of keys")
        return nil
    }

    /// The node's items, or a reported type mismatch. A lone scalar where a list belongs is an error
    /// that says how to write the list.
    mutating func sequence(_ node: Node, at path: PlanPath) -> [Node]? {
        record(node, at: path)
        if case .sequence(let sequence) = node { return Array(sequence) }
        let hint = node.scalar.map { "; write [\($0.string)] or one '- ' item per line" } ?? ""
        mismatch(at: path, node: node, expected: "a list", hint: hint)
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
