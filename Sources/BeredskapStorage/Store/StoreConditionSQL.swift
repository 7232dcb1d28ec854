import BeredskapModel

/// A ``StoreCondition`` as SQL over the table of one kind of entity (aliased `e`) in one plan version:
/// columns compared in place, lists as the rows of their child tables, predicates as calls of one
/// SQLite function that runs the condition's Swift tests, and `~` as a containment in text folded by
/// the SQLite function `beredskap_fold`.
struct StoreConditionSQL {
    /// The SQLite function that runs a predicate of the condition: `beredskap_value_test(index, value)`.
    static let functionName = "beredskap_value_test"
    /// The SQLite function that folds case and diacritics as `TextFolding.fold` does: `beredskap_fold(value)`.
    static let foldName = "beredskap_fold"

    /// Where a field's value is stored.
    enum Storage {
        /// In a column of the entity's row (an SQL expression over `e`, of a column type); `present` is
        /// the SQL that tells whether the entity has a value at all, when that is more than the
        /// expression not being NULL (a mapping flattened into columns).
        case column(String, TableSpec.ColumnType, present: String? = nil)
        /// In a column (`value`, or a key of the mappings) of a child table.
        case list(table: String, column: String, TableSpec.ColumnType)
        /// As the mappings of a list in a child table: the store tells only whether there are any that
        /// pass `filter` (an SQL test of `c`).
        case records(table: String, filter: String)

        var shape: StoreField.Shape {
            switch self {
            case .column: .scalar
            case .list: .list
            case .records: .records
            }
        }
    }

    /// The table of a kind whose entities a condition can select: the kinds at the top of a plan.
    static func spec(for kind: EntityKind) -> TableSpec? {
        kind == .plan ? nil : TableSpec.spec(for: kind)
    }

    /// Where `key` is stored in `spec`'s table: text and numbers as they read back, booleans as the
    /// words `true` and `false`, a mapping flattened into columns as its plain value when it has one,
    /// a list of mappings as its rows.
    static func storage(of key: String, in spec: TableSpec, _ dialect: SQLDialect = .sqlite) -> Storage? {
        guard let field = spec.fields.first(where: { $0.key == key }) else { return nil }
        switch field {
        case .column(_, let type):
            return .column(text(of: "e." + PlanRows.quoted(TableSpec.column(for: key)), type, dialect), type)
        case .flattened(_, _, let scalar):
            let columns = PlanRows.columns(of: TableSpec(table: spec.table, fields: [field]))
            let present = columns.map { "e." + PlanRows.quoted($0.name) + " IS NOT NULL" }.joined(separator: " OR ")
            let value =
                scalar.map { text(of: "e." + PlanRows.quoted(TableSpec.column(for: key)), $0, dialect) } ?? "NULL"
            return .column(value, scalar ?? .text, present: "(\(present))")
        case .values(_, let table, let type): return .list(table: table, column: "c.value", type)
        case .records(_, let child):
            // A contact marked sensitive is left out of an entity's values: it does not count.
            let filter = child.table == TableSpec.contacts.table ? "coalesce(c.sensitive, 0) = 0" : "TRUE"
            return .records(table: child.table, filter: filter)
        case .recordsIn(_, let table): return .records(table: table, filter: "TRUE")
        }
    }

    /// A column as SQL whose value reads as the plan file's text: a boolean as `true` or `false`,
    /// whether it is held as 1 and 0 or (as edits on SQLite wrote it before) as the words.
    private static func text(of column: String, _ type: TableSpec.ColumnType, _ dialect: SQLDialect) -> String {
        guard type == .boolean else { return column }
        switch dialect {
        case .sqlite:
            return "(CASE WHEN \(column) IS NULL THEN NULL WHEN \(column) IN ('true', 'false') THEN \(column)"
                + " WHEN \(column) THEN 'true' ELSE 'false' END)"
        case .postgreSQL:
            return "(CASE WHEN \(column) IS NULL THEN NULL WHEN \(column) <> 0 THEN 'true' ELSE 'false' END)"
        }
    }

    /// Where a key of the mappings of a list field is stored: a column of the list's child table.
    static func storage(
        of key: String, inItemsOf list: String, in spec: TableSpec, _ dialect: SQLDialect = .sqlite
    ) -> Storage? {
        guard case .records(_, let child)? = spec.fields.first(where: { $0.key == list }),
            case .column(_, let type)? = child.fields.first(where: { $0.key == key })
        else { return nil }
        return .list(
            table: child.table, column: text(of: "c." + PlanRows.quoted(TableSpec.column(for: key)), type, dialect),
            type)
    }

    /// An activity's status: that of the last entry of its status log.
    static let lastStatus =
        "(SELECT s.status FROM status_log s WHERE s.version_id = e.version_id AND s.parent_table = 'activities'"
        + " AND s.parent_row = e.row_id ORDER BY s.position DESC LIMIT 1)"

    let kind: EntityKind
    let spec: TableSpec
    let version: Int64
    /// The SQL the condition is written in.
    let dialect: SQLDialect
    /// The statement's arguments, in the order of their `?`s.
    private(set) var arguments: [SQLValue] = []
    /// The predicates the SQL calls, by index.
    private(set) var predicates: [@Sendable (String) -> Bool] = []

    init(kind: EntityKind, version: Int64, dialect: SQLDialect = .sqlite) throws(StoreError) {
        guard let spec = Self.spec(for: kind) else {
            throw StoreError(.invalidChange, "\(kind.noun) entries cannot be selected by a condition")
        }
        self.kind = kind
        self.spec = spec
        self.version = version
        self.dialect = dialect
    }

    /// The rows of the kind's entities in the version: those at the top of the plan, and for
    /// activities those of the focus areas too.
    var scope: String {
        let place =
            kind == .activity ? "(e.parent_table IS NULL OR e.parent_table = 'focus_areas')" : "e.parent_table IS NULL"
        return "e.version_id = \(version) AND \(place)"
    }

    /// Plan order: for activities, those of the focus areas first, in the focus areas' order.
    var order: String {
        guard kind == .activity else { return "e.position" }
        return
            "e.parent_table IS NULL, (SELECT f.position FROM focus_areas f WHERE f.row_id = e.parent_row), e.position"
    }

    /// The condition as an SQL expression that is true or false for each row, never NULL.
    mutating func sql(_ condition: StoreCondition) throws(StoreError) -> String {
        switch condition {
        case .and(let left, let right): return "(\(try sql(left)) AND \(try sql(right)))"
        case .or(let left, let right): return "(\(try sql(left)) OR \(try sql(right)))"
        case .not(let inner): return "(NOT \(try sql(inner)))"
        case .servesAge(let age):
            guard kind == .unit else { return "FALSE" }
            arguments += [age.sqlValue, age.sqlValue]
            return "e.row_id IN (SELECT t.parent_row FROM target_groups t WHERE t.version_id = \(version)"
                + " AND t.parent_table = 'units' AND (t.min_age IS NOT NULL OR t.max_age IS NOT NULL)"
                + " AND coalesce(t.min_age, 0) <= ? AND ? <= coalesce(t.max_age, \(Int64.max)))"
        case .missing(let field):
            switch try storage(of: field) {
            case .column(let column, _, let present): return "(NOT \(present ?? "(\(column) IS NOT NULL)"))"
            case .list(let table, _, _): return "(e.row_id NOT IN (\(items(of: table, passing: "TRUE"))))"
            case .records(let table, let filter): return "(e.row_id NOT IN (\(items(of: table, passing: filter))))"
            }
        case .value(let field, let test):
            switch try storage(of: field) {
            case .column(let column, _, _):
                // The column is written twice: it takes no arguments.
                let passes = self.passes(test, column)
                return
                    "(CASE WHEN \(column) IS NULL THEN \(test.holdsWhenMissing ? "TRUE" : "FALSE") ELSE \(passes) END)"
            case .list(let table, let column, _):
                let passes = self.passes(test, column)
                return "(e.row_id IN (\(items(of: table, passing: passes))))"
            case .records:
                // A mapping has no value to test: every entity is as one without a value.
                return test.holdsWhenMissing ? "TRUE" : "FALSE"
            }
        }
    }

    /// The parent rows of the items of a list table that pass an SQL test of `c`.
    private func items(of table: String, passing test: String) -> String {
        "SELECT c.parent_row FROM \(table) c WHERE c.version_id = \(version)"
            + " AND c.parent_table = '\(spec.table)' AND \(test)"
    }

    /// An SQL test of a non-NULL value.
    private mutating func passes(_ test: StoreValueTest, _ value: String) -> String {
        switch test.test {
        case .oneOf(let values):
            guard !values.isEmpty else { return "FALSE" }
            arguments += values.map(\.sqlValue)
            return "\(value) IN (\(sqlQuestionMarks(count: values.count)))"
        case .containsFolded(let folded):
            arguments.append(folded.sqlValue)
            return "\(dialect == .sqlite ? "instr" : "strpos")(\(Self.foldName)(\(value)), ?) > 0"
        case .predicate(let predicate):
            predicates.append(predicate)
            return "\(Self.functionName)(\(predicates.count - 1), \(value))"
        }
    }

    /// Where a field is stored, with its default in place of a missing value.
    func storage(of field: StoreField) throws(StoreError) -> Storage {
        switch field {
        case .displayName:
            let columns = ["name", "title", "term"].compactMap { key -> String? in
                guard case .column(let column, _, _)? = Self.storage(of: key, in: spec, dialect) else { return nil }
                return column
            }
            let name = columns.isEmpty ? "e.id" : "coalesce(" + (columns + ["e.id"]).joined(separator: ", ") + ")"
            return .column(name, .text)
        case .status:
            guard kind == .activity else { throw unanswerable("status") }
            return .column(Self.lastStatus, .text)
        case .item(let list, let key):
            guard let storage = Self.storage(of: key, inItemsOf: list, in: spec, dialect) else {
                throw unanswerable("\(list).\(key)")
            }
            return storage
        case .key(let key):
            guard let storage = Self.storage(of: key, in: spec, dialect) else { throw unanswerable(key) }
            guard case .column(let column, let type, nil) = storage, let fallback = kind.defaultValue(of: key) else {
                return storage
            }
            return .column("coalesce(\(column), \(Self.literal(fallback.scalarText)))", type)
        }
    }

    /// The SQL expression of a field's value, for an ordering: a field that holds one value.
    func key(_ field: StoreField) throws(StoreError) -> String {
        guard case .column(let column, _, _) = try storage(of: field) else {
            throw StoreError(.invalidChange, "the store cannot order \(kind.noun) entries by a list in SQL")
        }
        return column
    }

    private func unanswerable(_ field: String) -> StoreError {
        StoreError(.invalidChange, "the store cannot compare \(kind.noun) field '\(field)' in SQL")
    }

    /// Text as an SQL string literal, for a default the schema defines (never text a person wrote).
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A value as the text its plan file would hold: a decimal as `PlanValue` writes it.
    static func text(of value: SQLValue) -> String? {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): PlanValue.number(number).scalarText
        case .blob, .null: nil
        }
    }

    /// The function that runs `predicates` on the values SQL hands it, as the text the plan file
    /// would hold.
    static func function(running predicates: [@Sendable (String) -> Bool]) -> SQLFunction {
        SQLFunction(functionName, argumentCount: 2) { values in
            guard let index = Int(sqlValue: values[0]), predicates.indices.contains(index),
                let text = text(of: values[1])
            else { return false.sqlValue }
            return predicates[index](text).sqlValue
        }
    }

    /// The function `beredskap_fold(value)`: the value's text folded as `TextFolding.fold` folds it,
    /// NULL for NULL. Deterministic, so SQLite may use it in any expression. PostgreSQL's schema
    /// defines its own (with `unaccent` and `lower`).
    static let fold = SQLFunction(foldName, argumentCount: 1) { values in
        text(of: values[0]).map(TextFolding.fold)?.sqlValue ?? .null
    }
}
