/// A question of the query language: the entities of a kind that satisfy a condition, in an order,
/// at most so many.
///
/// `list units where function = remedial order by name limit 5` is
/// `PlanQuery(.units, where: …, orderBy: [SortKey(field: "name")], limit: 5)`. A query is a value, so a
/// front end can pass it on and a store can answer it.
public struct PlanQuery: Equatable, Sendable {
    /// The kind of entity asked about.
    public var kind: QueryKind
    /// The condition, nil for every entity of the kind.
    public var condition: Condition?
    /// The ordering; plan order when empty, and plan order among equals.
    public var order: [SortKey]
    /// At most this many, nil for all.
    public var limit: Int?

    /// Creates a query.
    public init(_ kind: QueryKind, where condition: Condition? = nil, orderBy order: [SortKey] = [], limit: Int? = nil)
    {
        self.kind = kind
        self.condition = condition
        self.order = order
        self.limit = limit
    }
}
