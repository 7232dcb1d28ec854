import BeredskapModel

/// What ``PlanStore/copy(to:)`` copied.
public struct StoreCopySummary: Sendable, Equatable {
    /// The plans, by id.
    public var plans: [EntityID]
    /// The plan versions, of every plan.
    public var versions: Int
    /// The change sets of the change log.
    public var changeSets: Int
    /// The drill sessions.
    public var drills: Int
    /// Every row written, of every table.
    public var rows: Int
}

extension PlanStore {
    /// Copies every plan of this store — every version, the whole change log with its authors and
    /// times, and the drill sessions — into `destination`, keeping every id: from an SQLite file to a
    /// city's PostgreSQL database, or back. The copy is one transaction on the destination: it has
    /// everything or nothing. The search index is not copied; the destination builds its own (as it
    /// is written on PostgreSQL, at the first search on SQLite).
    ///
    /// - Throws: ``StoreError/Code/invalidChange`` when the destination holds a plan already (a copy
    ///   never merges two change logs).
    @discardableResult
    public func copy(to destination: PlanStore) throws(StoreError) -> StoreCopySummary {
        let defaultPlan = try wrapping { try backend.read { db in try Self.defaultPlanID(db) } }
        defer { destination.backend.settle() }
        return try wrapping {
            try backend.read { source in
                try destination.write { target in
                    let existing = try String.fetchAll(target, sql: "SELECT id FROM plans ORDER BY id")
                    guard existing.isEmpty else {
                        throw StoreError(
                            .invalidChange,
                            "\(destination.location) holds plans already (\(existing.joined(separator: ", "))); "
                                + "nothing was copied. Copy into a new file or an empty database.")
                    }
                    var summary = StoreCopySummary(plans: [], versions: 0, changeSets: 0, drills: 0, rows: 0)
                    for (table, order) in Self.copiedTables {
                        let count = try Self.copyRows(of: table, orderedBy: order, from: source, to: target)
                        summary.rows += count
                        switch table {
                        case "plan_versions": summary.versions = count
                        case "change_sets": summary.changeSets = count
                        case "drill_sessions": summary.drills = count
                        default: break
                        }
                    }
                    summary.plans = try String.fetchAll(target, sql: "SELECT id FROM plans ORDER BY id").map {
                        EntityID($0)
                    }
                    if target.dialect == .postgreSQL {
                        // Rows given their ids leave the numbering where it was: it goes on after them.
                        for (table, key) in [("plan_versions", "row_id"), ("change_sets", "id")]
                            + Self.entityTables.map({ ($0, "row_id") })
                        {
                            try target.execute(
                                sql: "SELECT setval(pg_get_serial_sequence('\(table)', '\(key)'), "
                                    + "coalesce((SELECT max(\(key)) FROM \(table)), 0) + 1, false)")
                        }
                    }
                    if let defaultPlan { try Self.setDefaultPlan(defaultPlan, target) }
                    return summary
                }
            }
        }
    }

    /// Every table a copy writes, in an order that puts each row after the rows it refers to, with
    /// the columns that order its rows.
    static var copiedTables: [(table: String, order: String)] {
        [("plans", "id"), ("plan_versions", "row_id"), ("change_sets", "id"), ("changes", "change_set_id, sequence")]
            + entityTables.map { ($0, "row_id") }
            + [
                ("drill_sessions", "id"), ("drill_participants", "session_id, position"),
                ("drill_log", "session_id, sequence"),
            ]
    }

    /// The tables of a plan version's entities and their lists, from the table specs.
    static var entityTables: [String] {
        var tables: [String] = []
        func walk(_ spec: TableSpec) {
            guard !tables.contains(spec.table) else { return }
            tables.append(spec.table)
            for (_, field) in spec.lists {
                switch field {
                case .values(_, let table, _): if !tables.contains(table) { tables.append(table) }
                case .records(_, let child): walk(child)
                case .recordsIn(_, let table): walk(TableSpec.named(table))
                case .column, .flattened: continue
                }
            }
        }
        walk(TableSpec.planMetadata)
        for (_, spec) in TableSpec.topLevel { walk(spec) }
        return tables
    }

    /// Copies every row of `table` as it is, a hundred rows to a statement; a boolean an old SQLite
    /// store holds as a word is written as the 1 or 0 it means.
    private static func copyRows(
        of table: String, orderedBy order: String, from source: any SQLConnection, to target: any SQLConnection
    ) throws -> Int {
        var columns: [String] = []
        var waiting: [SQLValue] = []
        var count = 0
        func flush() throws {
            guard !waiting.isEmpty else { return }
            let tuple = "(" + sqlQuestionMarks(count: columns.count) + ")"
            try target.execute(
                sql: "INSERT INTO \(table) (\(columns.map(PlanRows.quoted).joined(separator: ", "))) VALUES "
                    + Array(repeating: tuple, count: waiting.count / columns.count).joined(separator: ", "),
                arguments: SQLArguments(waiting))
            waiting = []
        }
        try source.forEachRow(sql: "SELECT * FROM \(table) ORDER BY \(order)", arguments: []) { row in
            if columns.isEmpty { columns = row.columns }
            let booleans = Self.booleanColumns[table] ?? []
            waiting += zip(row.columns, row.values).map { column, value in
                guard booleans.contains(column), case .text(let word) = value, word == "true" || word == "false" else {
                    return value
                }
                return .integer(word == "true" ? 1 : 0)
            }
            count += 1
            if count % 100 == 0 { try flush() }
            return true
        }
        try flush()
        return count
    }

    /// The boolean columns of each entity table.
    static let booleanColumns: [String: Set<String>] = {
        var result: [String: Set<String>] = [:]
        func walk(_ spec: TableSpec) {
            guard result[spec.table] == nil else { return }
            result[spec.table] = Set(spec.columns.filter { $0.type == .boolean }.map(\.name))
            for (_, field) in spec.lists {
                switch field {
                case .values(_, let table, let type): if type == .boolean { result[table, default: []].insert("value") }
                case .records(_, let child): walk(child)
                case .recordsIn(_, let table): walk(TableSpec.named(table))
                case .column, .flattened: continue
                }
            }
        }
        walk(TableSpec.planMetadata)
        for (_, spec) in TableSpec.topLevel { walk(spec) }
        return result
    }()
}
