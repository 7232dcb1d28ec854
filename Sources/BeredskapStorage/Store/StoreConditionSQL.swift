import BeredskapModel
internal import GRDB

/// A ``StoreCondition`` as SQL over the table of one kind of entity (aliased `e`) in one plan version:
/// columns compared in place, lists as the rows of their child tables, predicates as calls of one
/// SQLite function that runs the condition's Swift tests.
struct StoreConditionSQL {
    /// The SQLite function that runs a predicate of the condition: `beredskap_value_test(index, value)`.
    static let functionName = "beredskap_value_test"

    /// Where a field's value is stored.
    enum Storage {
        /// In a column of the entity's row (an SQL expression over `e`).
        case column(String)
        /// In the `value` column of a child table.
        case list(table: String)

        var shape: StoreField.Shape {
            switch self {
            case .column: .scalar
            case .list: .list
            }
        }
    }

    /// The table of a kind whose entities a condition can select: the kinds at the top of a plan.
    static func spec(for kind: EntityKind) -> TableSpec? {
        kind == .plan ? nil : TableSpec.spec(for: kind)
    }

    /// Where `key` is stored in `spec`'s table, when SQL can compare it as the plan file writes it:
    /// text and whole numbers read back exactly as they were written; decimals, booleans and nested
    /// mappings do not.
    static func storage(of key: String, in spec: TableSpec) -> Storage? {
        for field in spec.fields where field.key == key {
            switch field {
            case .column(_, .text), .column(_, .integer):
                return .column("e." + PlanRows.quoted(TableSpec.column(for: key)))
            case .values(_, let table, .text), .values(_, let table, .integer): return .list(table: table)
            default: return nil
            }
        }
        return nil
    }

    let kind: EntityKind
    let spec: TableSpec
    let version: Int64
    /// The statement's arguments, in the order of their `?`s.
    private(set) var arguments: [DatabaseValue] = []
    /// The predicates the SQL calls, by index.
    private(set) var predicates: [@Sendable (String) -> Bool] = []

    init(kind: EntityKind, version: Int64) throws(StoreError) {
        guard let spec = Self.spec(for: kind) else {
            throw StoreError(.invalidChange, "\(kind.noun) entries cannot be selected by a condition")
        }
        self.kind = kind
        self.spec = spec
        self.version = version
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

    /// The condition as an SQL expression that is 1 or 0 for each row, never NULL.
    mutating func sql(_ condition: StoreCondition) throws(StoreError) -> String {
        switch condition {
        case .and(let left, let right): return "(\(try sql(left)) AND \(try sql(right)))"
        case .or(let left, let right): return "(\(try sql(left)) OR \(try sql(right)))"
        case .not(let inner): return "(NOT \(try sql(inner)))"
        case .servesAge(let age):
            guard kind == .unit else { return "0" }
            arguments += [age.databaseValue, age.databaseValue]
            return "e.row_id IN (SELECT t.parent_row FROM target_groups t WHERE t.version_id = \(version)"
                + " AND t.parent_table = 'units' AND (t.min_age IS NOT NULL OR t.max_age IS NOT NULL)"
                + " AND coalesce(t.min_age, 0) <= ? AND ? <= coalesce(t.max_age, \(Int64.max)))"
        case .missing(let field):
            switch try storage(of: field) {
            case .column(let column): return "(\(column) IS NULL)"
            case .list(let table): return "(e.row_id NOT IN (\(items(of: table, passing: "1"))))"
            }
        case .value(let field, let test):
            switch try storage(of: field) {
            case .column(let column):
                // The column is written twice: it takes no arguments.
                let passes = self.passes(test, column)
                return "(CASE WHEN \(column) IS NULL THEN \(test.holdsWhenMissing ? 1 : 0) ELSE \(passes) END)"
            case .list(let table):
                let passes = self.passes(test, "c.value")
                return "(e.row_id IN (\(items(of: table, passing: passes))))"
            }
        }
    }

    /// The parent rows of the items of a list table that pass an SQL test of `c.value`.
    private func items(of table: String, passing test: String) -> String {
        "SELECT c.parent_row FROM \(table) c WHERE c.version_id = \(version)"
            + " AND c.parent_table = '\(spec.table)' AND \(test)"
    }

    /// An SQL test of a non-NULL value.
    private mutating func passes(_ test: StoreValueTest, _ value: String) -> String {
        switch test.test {
        case .oneOf(let values):
            guard !values.isEmpty else { return "0" }
            arguments += values.map(\.databaseValue)
            return "\(value) IN (\(databaseQuestionMarks(count: values.count)))"
        case .predicate(let predicate):
            predicates.append(predicate)
            return "\(Self.functionName)(\(predicates.count - 1), \(value))"
        }
    }

    /// Where a field is stored, with its default in place of a missing value.
    private func storage(of field: StoreField) throws(StoreError) -> Storage {
        switch field {
        case .displayName:
            let columns = ["name", "title", "term"].compactMap { key -> String? in
                guard case .column(let column)? = Self.storage(of: key, in: spec) else { return nil }
                return column
            }
            return .column(columns.isEmpty ? "e.id" : "coalesce(" + (columns + ["e.id"]).joined(separator: ", ") + ")")
        case .key(let key):
            guard let storage = Self.storage(of: key, in: spec) else {
                throw StoreError(.invalidChange, "the store cannot compare \(kind.noun) field '\(key)' in SQL")
            }
            guard case .column(let column) = storage, let fallback = kind.defaultValue(of: key) else { return storage }
            return .column("coalesce(\(column), \(Self.literal(fallback.scalarText)))")
        }
    }

    /// Text as an SQL string literal, for a default the schema defines (never text a person wrote).
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The SQLite function that runs `predicates` on the values SQL hands it, as the text the plan
    /// file would hold.
    static func function(running predicates: [@Sendable (String) -> Bool]) -> DatabaseFunction {
        DatabaseFunction(functionName, argumentCount: 2, pure: true) { values in
            guard let index = Int.fromDatabaseValue(values[0]), predicates.indices.contains(index) else { return false }
            switch values[1].storage {
            case .string(let text): return predicates[index](text)
            case .int64(let number): return predicates[index](String(number))
            case .double, .blob, .null: return false
            }
        }
    }
}
