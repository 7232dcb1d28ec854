import BeredskapModel
import BeredskapStorage

/// How a query is answered, as SQLite's `EXPLAIN QUERY PLAN` tells it: the SQL the store runs, and
/// the part of the condition evaluated in memory with why.
///
/// ```swift
/// let explanation = try workspace.explain(PlanQuery(.activities, where: condition))
/// print(explanation.lines.joined(separator: "\n"))
/// ```
public struct QueryExplanation: Sendable, Equatable {
    /// The kind asked about.
    public var kind: QueryKind
    /// The statement the store runs; nil when the plan in memory answers the whole query.
    public var statement: StoreStatement?
    /// The part of the condition evaluated in memory on the candidates, as it would be written.
    public var residual: String?
    /// Each comparison of the residual the store cannot answer, with why.
    public var reasons: [String]
    /// How many candidates the store selects for the residual.
    public var candidates: Int?
    /// How the entities are ordered, when the query orders them.
    public var ordering: String?
    /// Why the plan in memory answers the whole query, when it does.
    public var inMemory: String?
    /// How many plans the statement runs on, when the query asks about every plan of the store.
    public var plans: Int?

    /// The explanation as lines for a person: `SQL:`, `arguments:`, `in Swift:`, `in memory:`, `order:`.
    public var lines: [String] {
        var lines: [String] = []
        if let inMemory { lines.append("in memory: \(inMemory)") }
        if let statement {
            lines.append("SQL:       \(statement.sql)")
            if !statement.arguments.isEmpty {
                lines.append("arguments: " + statement.arguments.map { "'\($0)'" }.joined(separator: ", "))
            }
            if statement.tests > 0 {
                lines.append(
                    "in Swift:  beredskap_value_test runs \(statement.tests) comparison"
                        + (statement.tests == 1 ? "" : "s")
                        + " of the language on each value SQL hands it (case, diacritics, partial dates)")
            }
        }
        if let residual {
            lines.append(
                "in memory: \(residual), evaluated on the \(candidates ?? 0) candidate \(kind.rawValue)"
                    + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; ")))
        } else if statement != nil {
            lines.append("in memory: nothing")
        }
        if let ordering { lines.append("order:     \(ordering)") }
        if let plans {
            lines.append(
                "plans:     the statement runs in each of the store's \(plans) plan" + (plans == 1 ? "" : "s")
                    + " (the SQL shown is the first one's); their entities are ordered and limited together")
        }
        return lines
    }
}

extension Workspace {
    /// How ``select(_:)`` (or ``count(_:where:plans:)`` when `counting`) answers a query, without running it:
    /// the statement the store runs, and the part of the condition evaluated in memory on the
    /// candidates it selects, with why.
    ///
    /// - Throws: ``WorkspaceError`` as the query would for a field the kind does not have or a word
    ///   of a closed set it does not hold.
    public func explain(_ query: PlanQuery, counting: Bool = false) throws(WorkspaceError) -> QueryExplanation {
        if let condition = query.condition { try check(condition, for: query.kind) }
        var explanation = QueryExplanation(kind: query.kind, reasons: [])
        let plans = try queriedPlans(query.plans, of: query.kind)
        if query.plans == .all { explanation.plans = plans.count }
        guard let first = plans.first, let plan = storePlan(query.kind, query.condition, in: first) else {
            explanation.inMemory =
                query.kind == .plans
                ? "the store lists its plans; the condition is evaluated on that list"
                : plans.isEmpty
                    ? "the store holds no plans"
                    : "the transaction has edits not committed: the plan in memory, with them, answers"
            return explanation
        }
        let ordered = !counting && !query.order.isEmpty
        if ordered { try checkOrder(query) }
        let ordering = ordered && plan.split.residual == nil ? storeOrdering(query) : nil
        do {
            let limit = plan.split.residual == nil && !ordered ? query.limit : nil
            explanation.statement = try store.statement(
                plan.entityKind, where: plan.split.store, plan: plan.planID,
                counting: counting && plan.split.residual == nil, limit: limit, orderedBy: ordering?.fields)
            if let residual = plan.split.residual {
                explanation.residual = residual.text
                explanation.reasons = plan.split.unanswered.map { "\($0.field) \($0.op.rawValue) …: \($0.reason)" }
                explanation.candidates = try store.count(
                    plan.entityKind, where: plan.split.store, plan: plan.planID)
            }
        } catch {
            throw WorkspaceError(error)
        }
        if ordered {
            let limit = query.limit.map { "; the rows of the first \($0) are read" } ?? ""
            explanation.ordering =
                ordering != nil
                ? "the keys SQL reads are ordered as the language orders (partial dates, numbers, folded text)"
                    + limit
                : "the entities read are ordered in memory: a key is a list, or a part is evaluated in memory"
        }
        return explanation
    }
}

extension Condition {
    /// The condition as it would be written in the language.
    var text: String {
        switch self {
        case .comparison(let field, let op, let value, _, _): "\(field) \(op.rawValue) \(value.text)"
        case .and(let left, let right): "\(left.operand(of: "and")) and \(right.operand(of: "and"))"
        case .or(let left, let right): "\(left.operand(of: "or")) or \(right.operand(of: "or"))"
        case .not(let inner): "not \(inner.operand(of: "not"))"
        }
    }

    /// The condition as an operand of `and`, `or` or `not`, in brackets where it binds less tightly.
    private func operand(of connective: String) -> String {
        switch (self, connective) {
        case (.comparison, _), (.not, _), (.and, "and"), (.or, "or"): text
        default: "(\(text))"
        }
    }
}

extension ValueLiteral {
    /// The value as it would be written: a word bare, other text in quotes.
    var text: String {
        switch self {
        case .text(let text):
            text.isEmpty || text.contains(where: { !($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
        case .list(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .mapping(let pairs): "{" + pairs.map { "\($0.field) = \($0.value.text)" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }
}
