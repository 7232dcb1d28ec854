import BeredskapModel

/// A condition on the entities of one kind that the store answers itself, in SQL over the tables of
/// one plan version, reading only the rows it needs.
///
/// A front end's query language maps its conditions onto this: which written word stands for which
/// stored value is decided before the condition reaches the store, so the store only compares.
///
/// ```swift
/// // units where function = remedial and not level = prevention
/// let condition = StoreCondition.and(
///     .value(.key("functions"), .oneOf(["remedial"])),
///     .not(.value(.key("level"), .oneOf(["prevention"]))))
/// let count = try store.count(.unit, where: condition)
/// ```
public indirect enum StoreCondition: Sendable {
    /// The value of a field passes a test: for a list field (`functions`), one of its items does.
    case value(StoreField, StoreValueTest)
    /// The entity has no value for a field that holds one value (the field's default counts as one).
    case missing(StoreField)
    /// A unit has a target group that includes a person of this age.
    case servesAge(Int)
    /// Both hold.
    case and(StoreCondition, StoreCondition)
    /// Either holds.
    case or(StoreCondition, StoreCondition)
    /// The condition does not hold.
    case not(StoreCondition)
}

/// A field of an entity as the store can compare it.
public enum StoreField: Hashable, Sendable {
    /// A plan-file key of the kind (`level`, `functions`): the value its plan file would hold, or the
    /// key's default when the file leaves it out.
    case key(String)
    /// The entity's display name: its name, title or term, else its id.
    case displayName
    /// An activity's status: the status of the last entry of its status log, none when the log is
    /// empty.
    case status
    /// A key of the mappings of a list field (`steps`, `actor`: the actor of an alarm path's steps): a
    /// test holds when the value of one of the mappings passes it, as for a list field.
    case item(String, String)

    /// How the field holds its value.
    public enum Shape: Sendable, Equatable {
        /// One value (or none).
        case scalar
        /// A list of values.
        case list
        /// A list of mappings (`targetGroups`, `contacts`): it has no value to compare, only its
        /// presence; a contact marked sensitive does not count, as an entity's values leave it out.
        case records
    }

    /// How the field holds its value in entities of `kind`, or nil when the store cannot compare it
    /// in SQL: a key the kind does not have, an activity's status in another kind, a key of mappings
    /// that is no column of them.
    ///
    /// A mapping flattened into columns (an activity's `followUp`) is a scalar: its plain value when it
    /// has one (`ordinary`), else none to compare, as a mapping in memory has none.
    ///
    /// - Parameter kind: The kind of entity.
    public func shape(in kind: EntityKind) -> Shape? {
        guard let spec = StoreConditionSQL.spec(for: kind) else { return nil }
        switch self {
        case .displayName: return .scalar
        case .status: return kind == .activity ? .scalar : nil
        case .item(let list, let key): return StoreConditionSQL.storage(of: key, inItemsOf: list, in: spec)?.shape
        case .key(let key): return StoreConditionSQL.storage(of: key, in: spec)?.shape
        }
    }
}

/// How a value of a field is tested: against a set of stored values, or by a predicate the store
/// calls on each candidate value.
///
/// A predicate runs in the store's SQL (as an SQLite function), so a comparison that folds case and
/// diacritics or compares partial dates has one definition, written in Swift, whether a plan in
/// memory or the store answers it.
public struct StoreValueTest: Sendable {
    enum Test: Sendable {
        case oneOf([String])
        case containsFolded(String)
        case predicate(@Sendable (String) -> Bool)
    }

    let test: Test
    /// What the test says of an entity that has no value for a field that holds one value; an entity
    /// with an empty list never passes.
    let holdsWhenMissing: Bool

    /// The value is one of `values`, exactly as stored (the English value of a closed set).
    ///
    /// - Parameters:
    ///   - values: The stored values that pass.
    ///   - whenMissing: Whether an entity without a value passes.
    public static func oneOf(_ values: [String], whenMissing: Bool = false) -> StoreValueTest {
        StoreValueTest(test: .oneOf(values), holdsWhenMissing: whenMissing)
    }

    /// The value, folded as `TextFolding.fold` folds it, contains `folded` (folded by the caller and
    /// not empty): SQL tests it with the SQLite function `beredskap_fold`, so the statement shows the
    /// text it looks for.
    ///
    /// - Parameter folded: The folded text to look for.
    public static func containing(folded: String) -> StoreValueTest {
        StoreValueTest(test: .containsFolded(folded), holdsWhenMissing: false)
    }

    /// The value, as the text its plan file would hold, passes `predicate`.
    ///
    /// - Parameters:
    ///   - whenMissing: Whether an entity without a value passes.
    ///   - predicate: The test of one value.
    public static func passing(
        whenMissing: Bool = false, _ predicate: @escaping @Sendable (String) -> Bool
    ) -> StoreValueTest {
        StoreValueTest(test: .predicate(predicate), holdsWhenMissing: whenMissing)
    }
}

extension StoreCondition {
    /// Whether a test of the condition is written in Swift, which only a backend whose SQL calls Swift
    /// (SQLite) answers in its query.
    package var testsInSwift: Bool {
        switch self {
        case .value(_, let test): if case .predicate = test.test { true } else { false }
        case .missing, .servesAge: false
        case .and(let left, let right), .or(let left, let right): left.testsInSwift || right.testsInSwift
        case .not(let inner): inner.testsInSwift
        }
    }
}

extension PlanStore {
    /// Whether the store's SQL can run a condition's tests written in Swift: SQLite's can, PostgreSQL's
    /// cannot (it runs in the server), so a front end answers those in memory on the candidates.
    package var answersSwiftTests: Bool { backend.callsSwiftFunctions }
}
