import Foundation

extension PlanRows {
    /// Every row of a version in the tables below some specs, read in one statement: for PostgreSQL,
    /// where every statement waits for the server, so that a plan of forty tables is read in one round
    /// trip — or read from the version's read copy, the same rows the server keeps as one JSON text
    /// (``PlanRows/ReadCopy``).
    ///
    /// Each row of the statement is the number of its table among ``sources``, its position, row id
    /// and parent, then its columns as text, one for each column of the widest table (a narrower
    /// table's last ones NULL), named `c0`, `c1`, ….
    struct WholeVersion: Sendable {
        typealias Column = (name: String, path: [String], type: TableSpec.ColumnType)

        /// The tables read, in the order the statement numbers them.
        private(set) var sources: [(table: String, columns: [Column], isValues: Bool)] = []

        /// The whole-version read of the tables below `specs`, but for those in `skipping`.
        init(_ specs: [TableSpec], skipping: Set<String> = []) {
            var seen = skipping
            func walk(_ spec: TableSpec) {
                guard seen.insert(spec.table).inserted else { return }
                sources.append((spec.table, PlanRows.columns(of: spec), false))
                for (_, field) in spec.lists {
                    switch field {
                    case .values(_, let table, let type):
                        if seen.insert(table).inserted { sources.append((table, [("value", ["value"], type)], true)) }
                    case .records(_, let child):
                        walk(child)
                    case .recordsIn(_, let table):
                        walk(TableSpec.named(table))
                    case .column, .flattened:
                        continue
                    }
                }
            }
            specs.forEach(walk)
        }

        /// The tables a whole plan is kept in: its metadata and every top-level kind's.
        static let plan = WholeVersion([TableSpec.planMetadata] + TableSpec.topLevel.map(\.spec))

        /// The layout of ``plan``'s statement.
        static let planLayout = plan.layout

        /// The number of text columns after the five that every row has.
        var width: Int { sources.map(\.columns.count).max() ?? 0 }

        /// The statement, with `version` the SQL of the version's row id in every table's condition
        /// (`?`, one argument a table, or an expression the server evaluates).
        func sql(version: String) -> String {
            sources.enumerated().map { index, source in
                let values =
                    source.columns.map { "CAST(\(quoted($0.name)) AS TEXT)" }
                    + Array(repeating: "NULL", count: width - source.columns.count)
                return "SELECT \(index) AS t, position, row_id, parent_table, parent_row"
                    + values.enumerated().map { ", \($1) AS c\($0)" }.joined()
                    + " FROM \(source.table) WHERE version_id = \(version)"
            }.joined(separator: " UNION ALL ") + " ORDER BY " + Self.order
        }

        /// The order the rows are read in.
        static let order = "t, parent_table, parent_row, position"

        /// A name for the statement's shape (its text, hashed with 64-bit FNV-1a): a read copy kept
        /// in another shape than this program's reads is not used.
        var layout: String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in sql(version: "?").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return String(hash, radix: 16)
        }

        /// Reads the rows the statement (or a read copy) gives, each a value by column index, into
        /// `tables`, keyed by table name.
        func collect(
            into tables: inout [String: TableRows], _ rows: ((_ row: (Int) -> SQLValue) -> Void) throws -> Void
        ) rethrows {
            var read = sources.map { _ in TableRows() }
            try rows { row in
                guard case .integer(let number) = row(0), read.indices.contains(Int(number)) else { return }
                let index = Int(number)
                let source = sources[index]
                let parent: Parent? =
                    if case .text(let table) = row(3), case .integer(let parentRow) = row(4) {
                        Parent(table: table, row: parentRow)
                    } else {
                        nil
                    }
                guard case .integer(let rowID) = row(2) else { return }
                let pairs = columnPairs(source.columns) { Self.typed(row($0 + 5), as: source.columns[$0].type) }
                if !source.isValues {
                    read[index].byParent[parent, default: []].append((rowID, .mapping(pairs)))
                } else if let value = pairs.first?.1 {
                    read[index].byParent[parent, default: []].append((rowID, value))
                }
            }
            for (index, source) in sources.enumerated() { tables[source.table] = read[index] }
        }

        /// A column's value sent as text, as the column's type keeps it.
        private static func typed(_ value: SQLValue, as type: TableSpec.ColumnType) -> SQLValue {
            guard case .text(let text) = value else { return value }
            switch type {
            case .text, .label: return value
            case .integer, .boolean: return Int64(text).map(SQLValue.integer) ?? value
            case .real: return Double(text).map(SQLValue.real) ?? value
            }
        }
    }

    /// Reads every row of `version` in the tables below `specs` not in `tables` yet, as
    /// ``readTables(_:version:in:into:selecting:)`` would read them a table a statement, in one
    /// statement.
    static func readAllTables(
        _ specs: [TableSpec], version: Int64, in db: any SQLConnection, into tables: inout [String: TableRows]
    ) throws {
        let read = WholeVersion(specs, skipping: Set(tables.keys))
        guard !read.sources.isEmpty else { return }
        try read.collect(into: &tables) { add in
            try db.forEachRow(
                sql: read.sql(version: "?"), arguments: SQLArguments(read.sources.map { _ in version.sqlValue })
            ) { row in
                add(row.value)
                return true
            }
        }
    }

    /// The read copy a PostgreSQL server keeps of a version: the rows ``WholeVersion/plan`` reads, as
    /// JSON, made again whenever a row of the version changes, and the layout of the statement it was
    /// made with.
    struct ReadCopy {
        var layout: String
        var rows: String

        /// The copy of `version`; nil when there is none.
        static func fetch(_ version: Int64, in db: any SQLConnection) throws -> ReadCopy? {
            try SQLRow.fetchOne(
                db, sql: "SELECT layout, rows FROM version_documents WHERE version_id = ?", arguments: [version]
            ).map { ReadCopy(layout: $0[0], rows: $0[1]) }
        }

        /// Reads a whole plan's rows into `tables`; false, reading nothing, when the copy is of another
        /// layout than this program's or does not read.
        func read(into tables: inout [String: TableRows]) -> Bool {
            guard layout == WholeVersion.planLayout, let rows = ReadCopyText.rows(rows) else { return false }
            WholeVersion.plan.collect(into: &tables) { add in
                for values in rows {
                    add { index in values.indices.contains(index) ? values[index] : .null }
                }
            }
            return true
        }
    }
}

/// What a PostgreSQL store needs to keep the read copy of a plan version that
/// ``PlanRows/ReadCopy`` reads: the shape of the statement that reads a whole plan.
package enum PlanReadCopyShape {
    /// The tables a whole plan is kept in.
    package static var tables: [String] { PlanRows.WholeVersion.plan.sources.map(\.table) }

    /// The statement's columns, in order: the five every row has, then `c0`, `c1`, ….
    package static var columns: [String] {
        ["t", "position", "row_id", "parent_table", "parent_row"]
            + (0..<PlanRows.WholeVersion.plan.width).map { "c\($0)" }
    }

    /// The statement, with `version` the SQL of the version's row id.
    package static func sql(version: String) -> String { PlanRows.WholeVersion.plan.sql(version: version) }

    /// The order of its rows.
    package static var order: String { PlanRows.WholeVersion.order }

    /// The name of its shape, which a copy records and a reader compares with its own.
    package static var layout: String { PlanRows.WholeVersion.planLayout }
}
