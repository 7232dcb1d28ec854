/// A value written in a request: text, a word, a list, a mapping (`{from = …, to = …}`), or nothing.
public indirect enum ValueLiteral: Equatable, Sendable {
    /// One word or quoted text.
    case text(String)
    /// A list of values, `[a, b]`.
    case list([ValueLiteral])
    /// A mapping of fields, `{from = 08:00, to = 17:00}`.
    case mapping([Assignment])
    /// No value: `null` (in a condition, "has no value"; in an edit, "clear the field").
    case null

    /// Every text in the value, lists flattened.
    public var texts: [String] {
        switch self {
        case .text(let text): [text]
        case .list(let items): items.flatMap(\.texts)
        case .mapping, .null: []
        }
    }
}

/// A condition on the entities of a kind: comparisons of fields with values, combined.
///
/// `function = remedial and not level = prevention` is
/// `.and(.comparison(field: "function", op: .equal, value: .text("remedial"), location: …), .not(…))`.
public indirect enum Condition: Equatable, Sendable {
    /// A field compared with a value; `location` is where the field was written, `valueLocation`
    /// where the value was, for a message about the value (nil: at the field).
    case comparison(
        field: String, op: ComparisonOperator, value: ValueLiteral, location: InputLocation,
        valueLocation: InputLocation? = nil)
    /// Both hold.
    case and(Condition, Condition)
    /// Either holds.
    case or(Condition, Condition)
    /// The condition does not hold.
    case not(Condition)
}

extension Condition {
    /// Whether two conditions compare the same fields with the same values, written at the same
    /// places; where a value was written only places a message and is not compared.
    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        switch (lhs, rhs) {
        case (.comparison(let field, let op, let value, let location, _), .comparison(let f, let o, let v, let l, _)):
            field == f && op == o && value == v && location == l
        case (.and(let a, let b), .and(let c, let d)), (.or(let a, let b), .or(let c, let d)): a == c && b == d
        case (.not(let a), .not(let b)): a == b
        default: false
        }
    }
}

/// How a field is compared with a value.
public enum ComparisonOperator: String, Equatable, Sendable, CaseIterable {
    /// Equal, ignoring case and diacritics; a date equals every date within it.
    case equal = "="
    /// Not equal.
    case notEqual = "!="
    /// Before, or less than.
    case less = "<"
    /// Not after, or at most.
    case lessOrEqual = "<="
    /// After, or greater than.
    case greater = ">"
    /// Not before, or at least.
    case greaterOrEqual = ">="
    /// Contains the text, ignoring case and diacritics.
    case contains = "~"
}

/// One `FIELD = VALUE` of an edit.
public struct Assignment: Equatable, Sendable {
    /// The field as written (`function`, `name` and the plan-file keys).
    public let field: String
    /// The value.
    public let value: ValueLiteral
    /// Where the assignment was written.
    public let location: InputLocation

    /// Creates an assignment.
    public init(field: String, value: ValueLiteral, location: InputLocation) {
        self.field = field
        self.value = value
        self.location = location
    }
}

/// A reference to an entity: its id, or its name (ignoring case and diacritics).
public struct EntityReference: Equatable, Sendable {
    /// The id or name as written.
    public let text: String
    /// Whether it was written in quotes: then it is looked up by name as well as by id.
    public let quoted: Bool
    /// Where it was written.
    public let location: InputLocation

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - text: The id or name.
    ///   - quoted: Whether it was quoted.
    ///   - location: Where it was written, for messages.
    public init(text: String, quoted: Bool = false, location: InputLocation = .unknown) {
        self.text = text
        self.quoted = quoted
        self.location = location
    }
}

/// One key of an ordering.
public struct SortKey: Equatable, Sendable {
    /// The field to order by.
    public let field: String
    /// Whether from greatest to least.
    public let descending: Bool

    /// Creates a key.
    public init(field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}

/// Which entities an edit changes.
public enum SetTarget: Equatable, Sendable {
    /// One entity.
    case one(EntityReference)
    /// Every entity that satisfies the condition.
    case matching(Condition)
}

extension InputLocation {
    /// The location of a request that did not come from input a person wrote.
    public static let unknown = InputLocation(source: "<api>", line: 1, column: 1)
}
