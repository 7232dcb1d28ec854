import BeredskapModel
import BeredskapStorage

extension Condition {
    /// The condition as the store answers it for entities of `kind`: each comparison becomes a test of
    /// the stored values with the rules of ``ValueComparison``, the words of closed sets resolved to
    /// the stored values they match before the store sees them.
    ///
    /// Fails with the part the store cannot answer, for which the workspace evaluates the whole
    /// condition on the plan in memory instead (with the same results).
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

    private static func storeComparison(
        _ field: String, _ op: ComparisonOperator, _ literal: ValueLiteral, for kind: QueryKind
    ) -> Result<StoreCondition, UnansweredCondition> {
        let unanswered = { (reason: String) in
            Result<StoreCondition, UnansweredCondition>.failure(
                UnansweredCondition(field: field, op: op, reason: reason))
        }
        guard let entityKind = kind.entityKind else { return unanswered("the plans of a store are not entities") }
        if kind == .units && field == "age" {
            guard case .text(let text) = literal, let age = Int(text) else { return unanswered("not a whole number") }
            return .success(op == .equal ? .servesAge(age) : .not(.servesAge(age)))
        }
        let storeField: StoreField
        switch (kind, field) {
        case (_, "name"): storeField = .displayName
        case (_, "function"): storeField = .key("functions")
        case (.activities, "status"): return unanswered("the status of the last entry of the status log")
        default: storeField = .key(field)
        }
        guard let shape = storeField.shape(in: entityKind) else {
            return unanswered("not stored as text, a whole number or a list of them")
        }
        let allowed = EntityRow.fieldType(field, of: kind)?.allowedValues.map(\.value) ?? []
        func test(whenMissing: Bool = false, _ predicate: @escaping @Sendable (String) -> Bool) -> StoreValueTest {
            // A closed set's values are known: the store looks for those that pass, as they are stored.
            allowed.isEmpty
                ? .passing(whenMissing: whenMissing, predicate)
                : .oneOf(allowed.filter(predicate), whenMissing: whenMissing)
        }
        switch (literal, shape, op) {
        case (.null, _, .equal): return .success(.missing(storeField))
        case (.null, _, .notEqual): return .success(.not(.missing(storeField)))
        case (.text(let written), .scalar, _):
            return .success(
                .value(
                    storeField,
                    test(whenMissing: op == .notEqual) { ValueComparison.compare(text: $0, op, written) }))
        case (.text(let written), .list, .equal), (.text(let written), .list, .notEqual):
            let any = StoreCondition.value(storeField, test { ValueComparison.equal($0, written) })
            return .success(op == .equal ? any : .not(any))
        case (.text(let written), .list, .contains):
            return .success(.value(storeField, test { ValueComparison.contains($0, written) }))
        case (.text, .list, _): return unanswered("a list compares with =, != or ~")
        case (.null, _, _): return unanswered("null compares with = or !=")
        case (.list, _, _), (.mapping, _, _): return unanswered("compared with more than one value")
        }
    }
}

/// The part of a condition the store cannot answer in SQL: a field, and why.
struct UnansweredCondition: Error, CustomStringConvertible {
    let field: String
    let op: ComparisonOperator
    let reason: String

    var description: String { "'\(field) \(op.rawValue) …': \(reason)" }
}
