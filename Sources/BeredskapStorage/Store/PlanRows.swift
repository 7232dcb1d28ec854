import BeredskapModel

/// Writes plan-file values as rows of the store's tables and reads them back, following the
/// ``TableSpec``s. One plan version is read with one query per table.
enum PlanRows {
    /// A row's place: the table and row that hold it, or nil at the top of a plan.
    struct Parent: Hashable {
        let table: String
        let row: Int64
    }

    // MARK: Columns

    /// The flattened columns of a spec, in order, with the key path that fills each.
    static func columns(of spec: TableSpec) -> [(name: String, path: [String], type: TableSpec.ColumnType)] {
        spec.columns
    }

    /// The flattened columns of a spec's fields, in order (``columns(of:)`` keeps them with the spec).
    static func flattenedColumns(
        _ fields: [TableSpec.Field]
    ) -> [(name: String, path: [String], type: TableSpec.ColumnType)] {
        var result: [(String, [String], TableSpec.ColumnType)] = []
        func walk(_ fields: [TableSpec.Field], prefix: [String]) {
            for field in fields {
                switch field {
                case .column(let key, let type):
                    result.append((name(prefix + [key]), prefix + [key], type))
                case .flattened(let key, let subfields, let scalar):
                    if let scalar { result.append((name(prefix + [key]), prefix + [key], scalar)) }
                    walk(subfields, prefix: prefix + [key])
                case .values, .records, .recordsIn:
                    continue
                }
            }
        }
        walk(fields, prefix: [])
        return result
    }

    static func name(_ path: [String]) -> String {
        path.map(TableSpec.column(for:)).joined(separator: "_")
    }

    static func quoted(_ column: String) -> String { "\"\(column)\"" }

    /// The value at a key path, where a scalar at a flattened key fills that key's own column.
    static func value(at path: [String], in value: PlanValue) -> PlanValue? {
        var current: PlanValue? = value
        for (index, key) in path.enumerated() {
            guard let mapping = current else { return nil }
            let next = mapping[key]
            if index < path.count - 1, next?.isScalar == true { return nil }
            current = next
        }
        guard let current, current.isScalar else { return nil }
        return current
    }

    static func sqlValue(_ value: PlanValue?, as type: TableSpec.ColumnType) -> SQLValue {
        guard let value else { return .null }
        switch (value, type) {
        case (.boolean(let flag), _): return flag.sqlValue
        case (.integer(let number), .integer), (.integer(let number), .real): return number.sqlValue
        case (.number(let number), .real), (.number(let number), .integer): return number.sqlValue
        // As SQLite's column affinity would store it, decided here so that the change log records
        // the value the column holds.
        case (.string(let text), .integer) where Int(text) != nil: return Int(text)!.sqlValue
        case (.integer(let number), .label): return number.sqlValue
        case (.string(let text), .label) where AreaNumber(text).isWholeNumber: return (Int(text) ?? 0).sqlValue
        case (.string(let text), .real) where Double(text) != nil: return Double(text)!.sqlValue
        case (.string("true"), .boolean): return true.sqlValue
        case (.string("false"), .boolean): return false.sqlValue
        default: return value.scalarText.sqlValue
        }
    }

    static func planValue(_ value: SQLValue, as type: TableSpec.ColumnType) -> PlanValue? {
        switch value {
        case .null: return nil
        case .integer(let number):
            switch type {
            case .boolean: return .boolean(number != 0)
            case .real: return .number(Double(number))
            case .integer: return .integer(Int(number))
            case .text: return .string(String(number))
            case .label: return .integer(Int(number))
            }
        case .real(let number): return type == .integer ? .integer(Int(number)) : .number(number)
        case .text(let text) where type == .label && AreaNumber(text).isWholeNumber: return .integer(Int(text) ?? 0)
        case .text(let text): return .string(text)
        case .blob: return nil
        }
    }

    // MARK: Writing

    /// An entity's rows worked out but not yet written: its columns' values and its lists. Made on
    /// any thread, so that a long list is encoded on one core while another core writes.
    struct PreparedRow: Sendable {
        let table: String
        let insertSQL: String
        /// The values of the table's columns after the four that place the row.
        let values: [SQLValue]
        let lists: [PreparedList]
    }

    /// One list of a ``PreparedRow``.
    enum PreparedList: Sendable {
        /// Scalars, one row each in `table`.
        case values(table: String, [SQLValue])
        case records([PreparedRow])
    }

    /// Rows of lists of scalars waiting to be written many to a statement, each table's rows in the
    /// order they were added, so that each table gets the row ids one statement a row would give.
    /// A bulk insert spends most of its time on statements of one short row.
    final class ValueRows {
        static let rowsPerStatement = 100
        private var waiting: [String: [SQLValue]] = [:]

        func add(_ table: String, _ row: [SQLValue], in db: any SQLConnection) throws {
            waiting[table, default: []].append(contentsOf: row)
            if waiting[table]!.count >= Self.rowsPerStatement * row.count { try write(table, db) }
        }

        /// Writes every waiting row.
        func flush(_ db: any SQLConnection) throws {
            for table in waiting.keys.sorted() { try write(table, db) }
        }

        private func write(_ table: String, _ db: any SQLConnection) throws {
            guard let values = waiting[table], !values.isEmpty else { return }
            waiting[table] = []
            let rows = values.count / PlanRows.valueColumns.count
            let tuple = "(" + Array(repeating: "?", count: PlanRows.valueColumns.count).joined(separator: ", ") + ")"
            let sql =
                "INSERT INTO \(table) (\(PlanRows.valueColumns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: rows).joined(separator: ", ")
            try db.execute(sql: sql, arguments: SQLArguments(values))
        }
    }

    /// The columns of a row of a list of scalars.
    static let valueColumns = ["version_id", "parent_table", "parent_row", "position", "value"]

    /// The rows of `value` (a mapping) and of everything in its lists.
    static func prepare(_ value: PlanValue, spec: TableSpec) -> PreparedRow {
        PreparedRow(
            table: spec.table, insertSQL: spec.insertSQL,
            values: spec.columns.map { sqlValue(Self.value(at: $0.path, in: value), as: $0.type) },
            lists: spec.lists.compactMap { prepareList($0.field, of: Self.item(at: $0.path, in: value)) })
    }

    /// The value at a key path of nested mappings, nil where one is missing.
    static func item(at path: [String], in value: PlanValue) -> PlanValue? {
        var current: PlanValue? = value
        for key in path { current = current?[key] }
        return current
    }

    static func prepareList(_ field: TableSpec.Field, of value: PlanValue?) -> PreparedList? {
        guard case .sequence(let items) = value else { return nil }
        switch field {
        case .values(_, let table, let type):
            return .values(table: table, items.map { sqlValue($0, as: type) })
        case .records(_, let child):
            return .records(items.map { prepare($0, spec: child) })
        case .recordsIn(_, let table):
            let child = TableSpec.named(table)
            return .records(items.map { prepare($0, spec: child) })
        case .column, .flattened:
            return nil
        }
    }

    /// Inserts `value` (a mapping) and everything in its lists; returns its row id.
    @discardableResult
    static func insert(
        _ value: PlanValue, spec: TableSpec, version: Int64, parent: Parent?, position: Int, in db: any SQLConnection
    ) throws -> Int64 {
        try insert(prepare(value, spec: spec), version: version, parent: parent, position: position, in: db)
    }

    /// Writes prepared rows; returns the entity's row id. Rows of lists of scalars go to `valueRows`
    /// when given, to be written with many others (the caller flushes it), else at once.
    @discardableResult
    static func insert(
        _ prepared: PreparedRow, version: Int64, parent: Parent?, position: Int, valueRows: ValueRows? = nil,
        in db: any SQLConnection
    ) throws -> Int64 {
        var arguments: [SQLValue] = [
            version.sqlValue, parent?.table.sqlValue ?? .null, parent?.row.sqlValue ?? .null,
            position.sqlValue,
        ]
        arguments.append(contentsOf: prepared.values)
        let row = try db.insert(sql: prepared.insertSQL, arguments: SQLArguments(arguments), returning: "row_id")
        for list in prepared.lists {
            try insert(
                list, version: version, parent: Parent(table: prepared.table, row: row), valueRows: valueRows, in: db)
        }
        return row
    }

    static func insert(
        _ list: PreparedList, version: Int64, parent: Parent, valueRows: ValueRows? = nil, in db: any SQLConnection
    ) throws {
        switch list {
        case .values(let table, let values):
            let rows = valueRows ?? ValueRows()
            for (position, value) in values.enumerated() {
                try rows.add(
                    table,
                    [
                        version.sqlValue, parent.table.sqlValue, parent.row.sqlValue,
                        position.sqlValue, value,
                    ], in: db)
            }
            if valueRows == nil { try rows.flush(db) }
        case .records(let rows):
            for (position, row) in rows.enumerated() {
                try insert(row, version: version, parent: parent, position: position, valueRows: valueRows, in: db)
            }
        }
    }

    static func insertList(
        _ field: TableSpec.Field, of value: PlanValue?, spec: TableSpec, version: Int64, row: Int64,
        in db: any SQLConnection
    ) throws {
        guard let list = prepareList(field, of: value) else { return }
        try insert(list, version: version, parent: Parent(table: spec.table, row: row), in: db)
    }

    /// Deletes everything held in the lists of the rows `rows` of `spec`'s table.
    static func deleteLists(of spec: TableSpec, rows: [Int64], in db: any SQLConnection) throws {
        guard !rows.isEmpty else { return }
        for list in spec.lists {
            try deleteList(list.field, of: spec, rows: rows, in: db)
        }
    }

    static func deleteList(_ field: TableSpec.Field, of spec: TableSpec, rows: [Int64], in db: any SQLConnection) throws
    {
        let child: TableSpec?
        let table: String
        switch field {
        case .values(_, let name, _):
            child = nil
            table = name
        case .records(_, let spec):
            child = spec
            table = spec.table
        case .recordsIn(_, let name):
            child = TableSpec.named(name)
            table = name
        case .column, .flattened:
            return
        }
        let placeholders = sqlQuestionMarks(count: rows.count)
        var arguments: [any SQLConvertible] = [spec.table]
        arguments += rows
        if let child {
            let childRows = try Int64.fetchAll(
                db, sql: "SELECT row_id FROM \(table) WHERE parent_table = ? AND parent_row IN (\(placeholders))",
                arguments: SQLArguments(arguments))
            try deleteLists(of: child, rows: childRows, in: db)
        }
        try db.execute(
            sql: "DELETE FROM \(table) WHERE parent_table = ? AND parent_row IN (\(placeholders))",
            arguments: SQLArguments(arguments))
    }

    // MARK: Reading

    /// All rows of one table in a plan version, grouped by the row that holds them, in list order.
    struct TableRows {
        var byParent: [Parent?: [(row: Int64, value: PlanValue)]] = [:]
    }

    /// Which rows of a table to read.
    enum Selection {
        /// Every row of the version.
        case all
        /// The rows with these row ids.
        case rows([Int64])
        /// The rows held by these rows of `table`.
        case items(of: String, rows: [Int64])

        /// The SQL that selects the rows, and its arguments.
        func filter(version: Int64, _ dialect: SQLDialect) -> (sql: String, arguments: SQLArguments) {
            switch self {
            case .all:
                return ("version_id = ?", [version])
            case .rows(let rows):
                return ("row_id \(dialect.inList)", [dialect.list(rows)])
            case .items(let table, let rows):
                return (
                    "version_id = ? AND parent_table = ? AND parent_row \(dialect.inList)",
                    [version, table, dialect.list(rows)]
                )
            }
        }

        var isEmpty: Bool {
            switch self {
            case .all: false
            case .rows(let rows), .items(_, let rows): rows.isEmpty
            }
        }
    }

    /// Reads the rows of the tables below `spec` for `version`, keyed by table name: every row of the
    /// version, or only those selected and the rows they hold.
    static func readTables(
        _ spec: TableSpec, version: Int64, in db: any SQLConnection, into tables: inout [String: TableRows],
        selecting selection: Selection = .all
    ) throws {
        if case .all = selection {
            guard tables[spec.table] == nil else { return }
        } else if selection.isEmpty {
            return
        }
        let columns = Self.columns(of: spec)
        var rows = tables[spec.table] ?? TableRows()
        var read: [Int64] = []
        tables[spec.table] = rows
        let filter = selection.filter(version: version, db.dialect)
        let sql =
            "SELECT row_id, parent_table, parent_row" + columns.map { ", " + quoted($0.name) }.joined()
            + " FROM \(spec.table) WHERE \(filter.sql) ORDER BY parent_table, parent_row, position"
        try db.forEachRow(sql: sql, arguments: filter.arguments) { row in
            let parentTable: String? = row[1]
            let parentRow: Int64? = row[2]
            let parent = parentTable.flatMap { table in parentRow.map { Parent(table: table, row: $0) } }
            let pairs = columnPairs(columns) { row.value($0 + 3) }
            rows.byParent[parent, default: []].append((row[0], .mapping(pairs)))
            read.append(row[0])
            return true
        }
        tables[spec.table] = rows
        let items: Selection = if case .all = selection { .all } else { .items(of: spec.table, rows: read) }
        for list in spec.lists {
            try readList(list.field, version: version, in: db, into: &tables, selecting: items)
        }
    }

    /// The mapping a row's columns make, each column's value given by its index among `columns`.
    static func columnPairs(
        _ columns: [(name: String, path: [String], type: TableSpec.ColumnType)], _ value: (Int) -> SQLValue
    ) -> [(String, PlanValue)] {
        var pairs: [(String, PlanValue)] = []
        for (index, column) in columns.enumerated() {
            guard let value = planValue(value(index), as: column.type) else { continue }
            set(value, at: column.path, in: &pairs)
        }
        return pairs
    }

    /// Reads the rows of the table a list field is stored in (and of the tables below it).
    static func readList(
        _ field: TableSpec.Field, version: Int64, in db: any SQLConnection, into tables: inout [String: TableRows],
        selecting selection: Selection = .all
    ) throws {
        switch field {
        case .values(_, let table, let type):
            try readValues(table: table, type: type, version: version, in: db, into: &tables, selecting: selection)
        case .records(_, let child):
            try readTables(child, version: version, in: db, into: &tables, selecting: selection)
        case .recordsIn(_, let table):
            try readTables(TableSpec.named(table), version: version, in: db, into: &tables, selecting: selection)
        case .column, .flattened:
            return
        }
    }

    static func readValues(
        table: String, type: TableSpec.ColumnType, version: Int64, in db: any SQLConnection,
        into tables: inout [String: TableRows], selecting selection: Selection = .all
    ) throws {
        if case .all = selection {
            guard tables[table] == nil else { return }
        } else if selection.isEmpty {
            return
        }
        var rows = tables[table] ?? TableRows()
        let filter = selection.filter(version: version, db.dialect)
        try db.forEachRow(
            sql: "SELECT row_id, parent_table, parent_row, value FROM \(table) WHERE \(filter.sql) "
                + "ORDER BY parent_table, parent_row, position",
            arguments: filter.arguments
        ) { row in
            let parent = Parent(table: row[1], row: row[2])
            if let value = planValue(row.value(3), as: type) {
                rows.byParent[parent, default: []].append((row[0], value))
            }
            return true
        }
        tables[table] = rows
    }

    /// Puts a column's value into a mapping under construction; a key path of two or more keys
    /// builds the nested mappings of flattened keys.
    static func set(_ value: PlanValue, at path: [String], in pairs: inout [(String, PlanValue)]) {
        guard let key = path.first else { return }
        if path.count == 1 {
            pairs.append((key, value))
            return
        }
        var nested: [(String, PlanValue)] = []
        var index = pairs.firstIndex { $0.0 == key }
        if let existing = index, case .mapping(let existingPairs) = pairs[existing].1 {
            nested = existingPairs
        } else if index != nil {
            return  // a scalar already stands at this key
        }
        set(value, at: Array(path.dropFirst()), in: &nested)
        if let existing = index {
            pairs[existing].1 = .mapping(nested)
        } else {
            pairs.append((key, .mapping(nested)))
            index = pairs.count - 1
        }
    }

    /// Assembles the rows held by `parent` in `spec`'s table into values, lists included.
    static func assemble(
        _ spec: TableSpec, parent: Parent?, tables: [String: TableRows]
    ) -> [(row: Int64, value: PlanValue)] {
        (tables[spec.table]?.byParent[parent] ?? []).map { entry in
            (entry.row, complete(entry.value, row: entry.row, spec: spec, tables: tables))
        }
    }

    /// Adds the lists of one row to its column values, keeping the spec's key order.
    static func complete(_ value: PlanValue, row: Int64, spec: TableSpec, tables: [String: TableRows]) -> PlanValue {
        guard case .mapping(let columnPairs) = value else { return value }
        return .mapping(pairs(spec.fields, columns: columnPairs, parent: Parent(table: spec.table, row: row), tables))
    }

    /// The pairs of `fields` in order: those in columns as `columns` has them, lists from the rows
    /// `parent` holds; a flattened mapping with a list among its keys gets the list inside it.
    private static func pairs(
        _ fields: [TableSpec.Field], columns columnPairs: [(String, PlanValue)], parent: Parent,
        _ tables: [String: TableRows]
    ) -> [(String, PlanValue)] {
        var pairs: [(String, PlanValue)] = []
        for field in fields {
            let items: [PlanValue]
            switch field {
            case .column(let key, _):
                if let pair = columnPairs.first(where: { $0.0 == key }) { pairs.append(pair) }
                continue
            case .flattened(let key, let subfields, _):
                let pair = columnPairs.first { $0.0 == key }
                guard field.holdsLists, pair?.1.isScalar != true else {
                    if let pair { pairs.append(pair) }
                    continue
                }
                var nested: [(String, PlanValue)] = []
                if case .mapping(let existing)? = pair?.1 { nested = existing }
                let filled = Self.pairs(subfields, columns: nested, parent: parent, tables)
                if !filled.isEmpty { pairs.append((key, .mapping(filled))) }
                continue
            case .values(_, let table, _):
                items = tables[table]?.byParent[parent]?.map(\.value) ?? []
            case .records(_, let child):
                items = assemble(child, parent: parent, tables: tables).map(\.value)
            case .recordsIn(_, let table):
                items = assemble(TableSpec.named(table), parent: parent, tables: tables).map(\.value)
            }
            if !items.isEmpty { pairs.append((field.key, .sequence(items))) }
        }
        return pairs
    }
}
