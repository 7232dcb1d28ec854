import BeredskapModel
import BeredskapStorage

extension Condition {
    /// The condition as the store answers it for entities of `kind`: each comparison becomes a test of
    /// the stored values with the rules of ``ValueComparison``, the words of closed sets resolved to
    /// the stored values they match before the store sees them.
    ///
    /// Fails with the first part the store cannot answer; ``split(for:)`` says what the store answers
    /// of a condition that has such a part.
    func storeCondition(for kind: QueryKind) -> Result<StoreCondition, UnansweredCondition> {
        switch self {
        case .and(let left, let right):
            left.storeCondition(for: kind).flatMap { a in right.storeCondition(for: kind).map { .and(a, $0) } }
        case .or(let left, let right):
            left.storeCondition(for: kind).flatMap { a in right.storeCondition(for: kind).map { .or(a, $0) } }
        case .not(let inner):
            inner.storeCondition(for: kind).map { .not($0) }
        case .comparison(let field, let op, let value, _, _):
            Self.storeComparison(field, op, value, for: kind)
        }
    }

    /// The condition split in two: the parts joined by `and` that the store answers in SQL, which
    /// select the candidates, and the rest, evaluated on the typed values of the candidates only.
    ///
    /// An `or` or a `not` with a part the store cannot answer is evaluated in memory as a whole. A part
    /// whose evaluation can be refused with an error (`targetGroups < 3` is refused for a unit that
    /// has target groups) is evaluated, with every part after it, in the order written: the entities
    /// it is evaluated on, and so whether it is refused, are those of the plan in memory.
    ///
    /// On a store whose SQL cannot call Swift (PostgreSQL), a part with a test written in Swift is
    /// evaluated in memory too.
    func split(for kind: QueryKind, swiftTests: Bool = true) -> SplitCondition {
        var conjuncts: [Condition] = []
        conjoined(into: &conjuncts)
        var split = SplitCondition()
        var inOrder = false
        for conjunct in conjuncts {
            switch conjunct.storeCondition(for: kind) {
            case .success(let condition) where !swiftTests && condition.testsInSwift:
                split.residual = split.residual.map { .and($0, conjunct) } ?? conjunct
            case .success(let condition) where !inOrder:
                split.store = split.store.map { .and($0, condition) } ?? condition
            case .success:
                split.residual = split.residual.map { .and($0, conjunct) } ?? conjunct
            case .failure:
                let parts = conjunct.unanswered(for: kind)
                split.unanswered += parts
                split.residual = split.residual.map { .and($0, conjunct) } ?? conjunct
                if parts.contains(where: \.mayBeRefused) { inOrder = true }
            }
        }
        return split
    }

    /// The parts of a chain of `and`, in the order they are evaluated.
    private func conjoined(into parts: inout [Condition]) {
        if case .and(let left, let right) = self {
            left.conjoined(into: &parts)
            right.conjoined(into: &parts)
        } else {
            parts.append(self)
        }
    }

    /// Every comparison of the condition the store cannot answer, with why.
    private func unanswered(for kind: QueryKind) -> [UnansweredCondition] {
        switch self {
        case .and(let left, let right), .or(let left, let right):
            left.unanswered(for: kind) + right.unanswered(for: kind)
        case .not(let inner): inner.unanswered(for: kind)
        case .comparison(let field, let op, let value, _, _):
            if case .failure(let part) = Self.storeComparison(field, op, value, for: kind) { [part] } else { [] }
        }
    }

    /// The field of the store a field of the query language is: `name` the display name, `function` a
    /// unit's `functions`, an activity's `status` that of its last log entry; nil for a unit's `age`.
    static func storeField(_ field: String, of kind: QueryKind) -> StoreField? {
        switch (kind, field) {
        case (.units, "age"): nil
        case (_, "name"): .displayName
        case (_, "function"): .key("functions")
        case (.activities, "status"): .status
        default: .key(field)
        }
    }

    private static func storeComparison(
        _ field: String, _ op: ComparisonOperator, _ literal: ValueLiteral, for kind: QueryKind
    ) -> Result<StoreCondition, UnansweredCondition> {
        let unanswered = { (reason: String, refused: Bool) in
            Result<StoreCondition, UnansweredCondition>.failure(
                UnansweredCondition(field: field, op: op, reason: reason, mayBeRefused: refused))
        }
        guard let entityKind = kind.entityKind else { return unanswered("the plans of a store are not entities", true) }
        if kind == .units && field == "age" {
            guard case .text(let text) = literal, let age = Int(text) else {
                return unanswered("not a whole number", true)
            }
            return .success(op == .equal ? .servesAge(age) : .not(.servesAge(age)))
        }
        guard let storeField = storeField(field, of: kind), let shape = storeField.shape(in: entityKind) else {
            return unanswered("not stored in a column or a list of the store", true)
        }
        let allowed = EntityRow.fieldType(field, of: kind)?.allowedValues.map(\.value) ?? []
        func test(whenMissing: Bool = false, _ predicate: @escaping @Sendable (String) -> Bool) -> StoreValueTest {
            // A closed set's values are known: the store looks for those that pass, as they are stored.
            allowed.isEmpty
                ? .passing(whenMissing: whenMissing, predicate)
                : .oneOf(allowed.filter(predicate), whenMissing: whenMissing)
        }
        /// `~` on free text: a containment of folded text in SQL. Foundation finds no empty text.
        func contains(_ written: String) -> StoreValueTest {
            guard allowed.isEmpty else { return test { ValueComparison.contains($0, written) } }
            let folded = TextFolding.fold(written)
            return folded.isEmpty ? .oneOf([]) : .containing(folded: folded)
        }
        switch (literal, shape, op) {
        case (.null, _, .equal): return .success(.missing(storeField))
        case (.null, _, .notEqual): return .success(.not(.missing(storeField)))
        case (.text(let written), .scalar, .contains) where (try? PartialDate(parsing: written)) == nil:
            // A written date compares with a date as a date: only then the test is in Swift.
            return .success(.value(storeField, contains(written)))
        case (.text(let written), .scalar, _):
            return .success(
                .value(
                    storeField,
                    test(whenMissing: op == .notEqual) { ValueComparison.compare(text: $0, op, written) }))
        case (.text(let written), .list, .equal), (.text(let written), .list, .notEqual):
            let any = StoreCondition.value(storeField, test { ValueComparison.equal($0, written) })
            return .success(op == .equal ? any : .not(any))
        case (.text(let written), .list, .contains):
            return .success(.value(storeField, contains(written)))
        case (.text, .records, .equal), (.text, .records, .contains):
            // A list of mappings has no item a text equals or contains.
            return .success(.value(storeField, .oneOf([])))
        case (.text, .records, .notEqual): return .success(.not(.value(storeField, .oneOf([]))))
        case (.text, _, _): return unanswered("a list compares with =, != or ~", true)
        case (.null, _, _): return unanswered("null compares with = or !=", true)
        case (.list, _, _), (.mapping, _, _): return unanswered("compared with more than one value", true)
        }
    }
}

/// How the store answers a query of a kind: the parts of its condition in SQL, the rest in memory.
struct StorePlan {
    /// The kind asked about.
    let kind: QueryKind
    /// Its entity kind in the store.
    let entityKind: EntityKind
    /// The condition, split.
    let split: SplitCondition
    /// The plan the store reads; nil for its only or default plan.
    let planID: EntityID?
}

/// A condition split into what the store answers in SQL and what is evaluated in memory on the
/// candidates it selects (see ``Condition/split(for:)``).
struct SplitCondition {
    /// The parts the store answers, joined by `and`; nil when it answers none.
    var store: StoreCondition?
    /// The parts evaluated in memory, in the order written; nil when the store answers all.
    var residual: Condition?
    /// The comparisons the store cannot answer, with why.
    var unanswered: [UnansweredCondition] = []
}

/// The part of a condition the store cannot answer in SQL: a field, and why.
struct UnansweredCondition: Error, CustomStringConvertible {
    let field: String
    let op: ComparisonOperator
    let reason: String
    /// Whether evaluating it in memory can refuse it with an error, for some entities.
    let mayBeRefused: Bool

    var description: String { "'\(field) \(op.rawValue) …': \(reason)" }
}
