import BeredskapModel

/// The result of a read-only SQL query: column names and rows of values.
public struct QueryResult: Sendable, Equatable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows; nil stands for SQL NULL.
    public var rows: [[PlanValue?]]
}

extension PlanStore {
    /// Runs read-only SQL on the store's tables, for analysts and reports across plans.
    ///
    /// ```swift
    /// let remedial = try store.query("""
    ///     SELECT plan_id, count(*) FROM unit_overview
    ///     WHERE functions LIKE '%remedial%' GROUP BY plan_id
    ///     """)
    /// ```
    ///
    /// - Throws: ``StoreError/Code/invalidChange`` for SQL that would write ("the store is read-only
    ///   here") and ``StoreError/Code/database`` for SQL that does not run, with SQLite's message.
    public func query(_ sql: String, arguments: [PlanValue?] = []) throws(StoreError) -> QueryResult {
        let values = arguments.map { PlanRows.sqlValue($0, as: .text) }
        let result = try wrapping { try backend.readOnlyQuery(sql, arguments: values) }
        return QueryResult(columns: result.columns, rows: result.rows.map { $0.map(Self.value(of:)) })
    }

    /// The ids of every entity of a plan's current version, by kind, in plan order — without reading
    /// the plan itself, so that scripts of many edits can check their references quickly.
    public func entityIDs(plan id: EntityID? = nil) throws(StoreError) -> [EntityKind: [EntityID]] {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                var result: [EntityKind: [EntityID]] = [:]
                for (key, spec) in TableSpec.topLevel where spec.hasID {
                    guard let kind = EntityKind(fileKey: key) else { continue }
                    result[kind] = try String.fetchAll(
                        db, sql: "SELECT id FROM \(spec.table) WHERE version_id = ? ORDER BY parent_row, position",
                        arguments: [resolved.row]
                    ).map { EntityID($0) }
                }
                return result
            }
        }
    }

    /// The values of the contact details marked sensitive anywhere in a plan's current version, read
    /// from the contacts alone: what a front end withholds from a message that may quote them.
    ///
    /// - Parameter id: The plan; the store's only or default plan when nil.
    public func sensitiveContactValues(plan id: EntityID? = nil) throws(StoreError) -> [String] {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                return try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT value FROM contacts
                        WHERE version_id = ? AND \(db.dialect == .sqlite ? "sensitive IN (1, 'true')" : "sensitive = 1")
                            AND value IS NOT NULL
                        """,
                    arguments: [resolved.row])
            }
        }
    }

    /// A value as it came: numbers as numbers, text as text, NULL (and blobs) as nil.
    static func value(of value: SQLValue) -> PlanValue? {
        switch value {
        case .null, .blob: nil
        case .integer(let number): .integer(Int(number))
        case .real(let number): .number(number)
        case .text(let text): .string(text)
        }
    }
}
