import BeredskapModel
internal import GRDB

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

    /// The entities of `kind` in a plan's current version that satisfy `condition`, in plan order:
    /// SQL selects them, and only their rows are read.
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
    ///   - limit: At most this many, the first in plan order; all when nil.
    /// - Throws: As ``count(_:where:plan:)``, and ``StoreError/Code/damaged`` for a stored entity that
    ///   does not read.
    public func entities(
        _ kind: EntityKind, where condition: StoreCondition?, plan: EntityID? = nil,
        options: PlanFileWriter.Options = .init(), limit: Int? = nil
    ) throws(StoreError) -> [PlanEntity] {
        try selecting(kind, condition, plan: plan) { db, matching, arguments, query in
            let rows = try Int64.fetchAll(
                db,
                sql: "SELECT e.row_id \(matching) ORDER BY \(query.order)"
                    + (limit.map { " LIMIT \(max($0, 0))" } ?? ""),
                arguments: arguments)
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
    }

    /// Runs `body` in a read with the `FROM … WHERE …` of the rows of the matching entities (table
    /// alias `e`) and its arguments, and the SQLite function of the condition's predicates registered.
    private func selecting<T>(
        _ kind: EntityKind, _ condition: StoreCondition?, plan: EntityID?,
        _ body: (Database, String, StatementArguments, StoreConditionSQL) throws -> T
    ) throws(StoreError) -> T {
        try wrapping {
            try writer.read { db in
                let version = try resolve(plan, db).row
                var query = try StoreConditionSQL(kind: kind, version: version)
                let test = try condition.map { condition throws(StoreError) in try query.sql(condition) } ?? "1"
                let rows = "FROM \(query.spec.table) e WHERE \(query.scope) AND \(test)"
                let function = StoreConditionSQL.function(running: query.predicates)
                db.add(function: function)
                defer { db.remove(function: function) }
                return try body(db, rows, PlanRows.arguments(query.arguments), query)
            }
        }
    }
}
