/// A question of the query language: the entities of a kind that satisfy a condition, in an order,
/// at most so many, in the plan in use or in every plan of the store.
///
/// `list units where function = remedial order by name limit 5` is
/// `PlanQuery(.units, where: …, orderBy: [SortKey(field: "name")], limit: 5)`, and with `--all-plans`
/// `PlanQuery(…, plans: .all)`. A query is a value, so a front end can pass it on and a store can answer it.
public struct PlanQuery: Equatable, Sendable {
    /// The kind of entity asked about.
    public var kind: QueryKind
    /// The condition, nil for every entity of the kind.
    public var condition: Condition?
    /// The ordering; plan order when empty, and plan order among equals.
    public var order: [SortKey]
    /// At most this many, nil for all; over every plan, at most this many in all.
    public var limit: Int?
    /// The plans asked about: the plan in use, or every plan of the store.
    public var plans: PlanScope

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - kind: The kind of entity asked about.
    ///   - condition: The condition; nil for every entity of the kind.
    ///   - order: The ordering; plan order when empty.
    ///   - limit: At most this many entities; nil for all.
    ///   - plans: The plan in use, or every plan of the store; over every plan the entities are ordered
    ///     and limited together, the plans in the order of their ids among equals.
    public init(
        _ kind: QueryKind, where condition: Condition? = nil, orderBy order: [SortKey] = [], limit: Int? = nil,
        plans: PlanScope = .current
    ) {
        self.kind = kind
        self.condition = condition
        self.order = order
        self.limit = limit
        self.plans = plans
    }
}
