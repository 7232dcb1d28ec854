import BeredskapModel

extension PlanStore {
    /// How many entities of `kind` in a plan's current version satisfy `condition`, counted in SQL
    /// without reading the plan.
    ///
    /// ```swift
    /// let remedial = try store.count(.unit, where: .value(.key("functions"), .oneOf(["remedial"])))
    /// ```
    ///
    /// - Parameters:
    ///   - kind: A kind of entity at the top of a plan (activities include those of focus areas).
    ///   - condition: The condition; every entity of the kind when nil.
    ///   - plan: The plan; the store's only or default plan when nil.
    /// - Throws: ``StoreError/Code/unknownPlan`` for a plan the store does not have, and
    ///   ``StoreError/Code/invalidChange`` for a field ``StoreField/shape(in:)`` calls not comparable.
    public func count(
        _ kind: EntityKind, where condition: StoreCondition?, plan: EntityID? = nil
    ) throws(StoreError) -> Int {
        try selecting(kind, condition, plan: plan) { db, rows, arguments, _ in
            try Int.fetchOne(db, sql: "SELECT count(*) \(rows)", arguments: arguments) ?? 0
        }
    }

    /// The entities of `kind` in a plan's current version that satisfy `condition`, in plan order or
    /// in the order `ordering` gives: SQL selects them, and only their rows are read — with an
    /// ordering, the keys of every match and the rows of the first `limit`.
    ///
    /// ```swift
    /// for unit in try store.entities(.unit, where: .servesAge(27)) { print(unit.id) }
    /// ```
    ///
    /// - Parameters:
    ///   - kind: A kind of entity at the top of a plan (activities include those of focus areas).
    ///   - condition: The condition; every entity of the kind when nil.
    ///   - plan: The plan; the store's only or default plan when nil.
    ///   - options: What the entities' field values include; by default no value of a contact marked
    ///     sensitive, as `Plan.entities(of:options:)`.
    ///   - limit: At most this many, the first in the order; all when nil.
    ///   - ordering: The order, plan order when nil.
    /// - Throws: As ``count(_:where:plan:)``, ``StoreError/Code/invalidChange`` for an ordering by a
    ///   field that is not ``StoreField/Shape/scalar``, and ``StoreError/Code/damaged`` for a stored
    ///   entity that does not read.
    public func entities(
        _ kind: EntityKind, where condition: StoreCondition?, plan: EntityID? = nil,
        options: PlanFileWriter.Options = .init(), limit: Int? = nil, orderedBy ordering: StoreOrdering? = nil
    ) throws(StoreError) -> [PlanEntity] {
        try selecting(kind, condition, plan: plan) { db, matching, arguments, query in
            var rows: [Int64]
            if let ordering {
                let keys = try ordering.fields.map { field throws(StoreError) in try query.key(field) }
                let statement = Self.entitiesSQL(matching, query, keys: keys, limit: nil)
                var keyTexts: [[String]] = []
                rows = []
                for row in try SQLRow.fetchAll(db, sql: statement, arguments: arguments) {
                    rows.append(row[0])
                    keyTexts.append(keys.indices.map { StoreConditionSQL.text(of: row[$0 + 1]) ?? "" })
                }
                let order = ordering.order(keyTexts).filter(rows.indices.contains)
                rows = order.prefix(limit.map { max($0, 0) } ?? order.count).map { rows[$0] }
            } else {
                rows = try Int64.fetchAll(
                    db, sql: Self.entitiesSQL(matching, query, keys: [], limit: limit), arguments: arguments)
            }
            return try read(rows, of: query, options: options, in: db)
        }
    }

    /// The id and display name (its name, title or term, else its id) of every entity of a kind, in
    /// plan order, reading those two columns only: what a front end suggests from when a reference
    /// names nothing.
    ///
    /// - Parameters:
    ///   - kind: A kind of entity at the top of a plan.
    ///   - plan: The plan; the store's only or default plan when nil.
    /// - Throws: As ``count(_:where:plan:)``.
    public func displayNames(
        _ kind: EntityKind, plan: EntityID? = nil
    ) throws(StoreError) -> [(
        id: EntityID, name: String
    )] {
        try selecting(kind, nil, plan: plan) { db, matching, arguments, query in
            let keys = [try query.key(.key("id")), try query.key(.displayName)]
            return try SQLRow.fetchAll(
                db, sql: Self.entitiesSQL(matching, query, keys: keys, limit: nil), arguments: arguments
            )
            .map { row in
                (EntityID(StoreConditionSQL.text(of: row[1]) ?? ""), StoreConditionSQL.text(of: row[2]) ?? "")
            }
        }
    }

    /// The statement ``entities(_:where:plan:options:limit:orderedBy:)`` (or ``count(_:where:plan:)``
    /// when `counting`) runs, with its arguments: for a front end to show how a query is answered, as
    /// `EXPLAIN` does. A call of `beredskap_value_test(N, value)` runs the Nth test written in Swift.
    ///
    /// - Parameters:
    ///   - kind: A kind of entity at the top of a plan.
    ///   - condition: The condition; every entity of the kind when nil.
    ///   - plan: The plan; the store's only or default plan when nil.
    ///   - counting: Whether the statement counts the entities rather than selecting them.
    ///   - limit: At most this many, as for ``entities(_:where:plan:options:limit:orderedBy:)``.
    ///   - ordering: The fields of an ordering, whose keys the statement reads.
    /// - Throws: As ``entities(_:where:plan:options:limit:orderedBy:)``.
    public func statement(
        _ kind: EntityKind, where condition: StoreCondition?, plan: EntityID? = nil, counting: Bool = false,
        limit: Int? = nil, orderedBy ordering: [StoreField]? = nil
    ) throws(StoreError) -> StoreStatement {
        try selecting(kind, condition, plan: plan) { _, matching, _, query in
            let sql: String
            if counting {
                sql = "SELECT count(*) \(matching)"
            } else if let ordering {
                let keys = try ordering.map { field throws(StoreError) in try query.key(field) }
                sql = Self.entitiesSQL(matching, query, keys: keys, limit: nil)
            } else {
                sql = Self.entitiesSQL(matching, query, keys: [], limit: limit)
            }
            return StoreStatement(
                sql: sql, arguments: query.arguments.map { StoreConditionSQL.text(of: $0) ?? "NULL" },
                tests: query.predicates.count)
        }
    }

    /// The statement that selects the rows of the matching entities in plan order, with the keys of
    /// an ordering after each row id.
    private static func entitiesSQL(
        _ matching: String, _ query: StoreConditionSQL, keys: [String], limit: Int?
    )
        -> String
    {
        "SELECT e.row_id" + keys.map { ", " + $0 }.joined() + " \(matching) ORDER BY \(query.order)"
            + (limit.map { " LIMIT \(max($0, 0))" } ?? "")
    }

    /// The entities of the rows `rows` of the query's table, in that order.
    private func read(
        _ rows: [Int64], of query: StoreConditionSQL, options: PlanFileWriter.Options, in db: any SQLConnection
    ) throws -> [PlanEntity] {
        let kind = query.kind
        var tables: [String: PlanRows.TableRows] = [:]
        try PlanRows.readTables(query.spec, version: query.version, in: db, into: &tables, selecting: .rows(rows))
        var values: [Int64: PlanValue] = [:]
        for entries in tables[query.spec.table]?.byParent.values ?? [:].values {
            for entry in entries { values[entry.row] = entry.value }
        }
        return try rows.map { row in
            guard let value = values[row],
                let entity = PlanEntity.reading(
                    kind, PlanRows.complete(value, row: row, spec: query.spec, tables: tables), options: options)
            else {
                throw StoreError(.damaged, "the store holds an unreadable \(kind.noun) (row \(row))")
            }
            return entity
        }
    }

    /// Runs `body` in a read with the `FROM … WHERE …` of the rows of the matching entities (table
    /// alias `e`) and its arguments, and the SQLite functions of the condition registered.
    private func selecting<T>(
        _ kind: EntityKind, _ condition: StoreCondition?, plan: EntityID?,
        _ body: (any SQLConnection, String, SQLArguments, StoreConditionSQL) throws -> T
    ) throws(StoreError) -> T {
        try wrapping {
            try backend.read { db in
                let version = try resolve(plan, db).row
                var query = try StoreConditionSQL(kind: kind, version: version, dialect: db.dialect)
                let test = try condition.map { condition throws(StoreError) in try query.sql(condition) } ?? "TRUE"
                let rows = "FROM \(query.spec.table) e WHERE \(query.scope) AND \(test)"
                let functions =
                    query.predicates.isEmpty
                    ? [StoreConditionSQL.fold]
                    : [StoreConditionSQL.function(running: query.predicates), StoreConditionSQL.fold]
                return try db.withFunctions(functions) { try body(db, rows, SQLArguments(query.arguments), query) }
            }
        }
    }
}

/// An order of entities the store reads the keys of, for a front end that orders by its own
/// comparison: the store selects the matching rows and their keys in SQL, `order` puts them in order,
/// and only the rows of the entities wanted are read.
public struct StoreOrdering: Sendable {
    /// The fields to order by, each ``StoreField/Shape/scalar``.
    public var fields: [StoreField]
    /// Given the keys of the matching entities in plan order — per entity the text of each field as
    /// its plan file would hold it, empty when it has none — their indices in the order wanted.
    public var order: @Sendable ([[String]]) -> [Int]

    /// Creates an ordering.
    ///
    /// - Parameters:
    ///   - fields: The fields whose values are the keys.
    ///   - order: The indices of the entities in order, given their keys in plan order.
    public init(fields: [StoreField], order: @escaping @Sendable ([[String]]) -> [Int]) {
        self.fields = fields
        self.order = order
    }
}

/// An SQL statement the store runs for a condition, as ``PlanStore/statement(_:where:plan:counting:limit:orderedBy:)``
/// gives it.
public struct StoreStatement: Sendable, Equatable {
    /// The SQL, with `?` for each argument.
    public var sql: String
    /// The arguments, in the order of their `?`s, as text.
    public var arguments: [String]
    /// How many tests written in Swift the SQL calls (`beredskap_value_test(N, …)`).
    public var tests: Int
}
