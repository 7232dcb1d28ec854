import BeredskapModel

/// Applies edits to the rows of one plan version inside a write transaction, and records each as a
/// ``FieldChange``. Checks each value as a plan file would; the caller validates the whole plan after
/// the change set's edits when one of them could break a rule of the whole plan
/// (``needsPlanValidation``).
struct VersionEditor {
    let db: any SQLConnection
    let version: Int64
    let plan: EntityID
    /// Whether only the follow-up may change (the version is approved).
    let followUpOnly: Bool
    private(set) var changes: [FieldChange] = []
    /// Whether a removal may leave references to the entity for later edits of the same change set
    /// to move (an import or an undo, which are consistent as a whole); the validation of the plan
    /// at the end still refuses one left dangling.
    let defersReferenceChecks: Bool
    /// Whether an edit so far could break a rule of the whole plan. Only free text outside the kinds
    /// the plan's checks read (a unit's description, a role's title) is checked completely by its own
    /// field check; anything else — a number that must be unique, a date, a value from a closed set,
    /// a list, an added, removed, renamed or moved entity — makes the plan be validated as a file is.
    private(set) var needsPlanValidation = false
    /// The top-level rows of the kinds the validator checks one at a time
    /// (``PlanValidator/entityLocalKinds``) that the edits so far added, changed or renamed, by table,
    /// for a validation that reads only those of their kinds; nil once an edit needs the whole plan
    /// read (a removal whose references are checked only at the end).
    private(set) var touchedRows: [String: Set<Int64>]? = [:]

    /// Kinds whose text fields the plan's checks parse: a rota's rule and times, an alert rule's CAP
    /// values, the plan's office hours.
    static let checkedKinds: Set<EntityKind> = [.plan, .rota, .alertRule]

    /// Text fields the validator reads across entries: references to other entities, step ids, and
    /// values other entries depend on.
    static let structuralKeys = PlanDocument.referenceKeys.union([
        "id", "after", "steps", "when", "options", "period", "availability",
    ])

    init(db: any SQLConnection, version: Int64, plan: EntityID, followUpOnly: Bool, defersReferenceChecks: Bool = false)
    {
        self.db = db
        self.version = version
        self.plan = plan
        self.followUpOnly = followUpOnly
        self.defersReferenceChecks = defersReferenceChecks
    }

    /// Where an entity's row is.
    struct Location {
        let spec: TableSpec
        let row: Int64
        let position: Int
        let isTopLevel: Bool
    }

    static func entityName(_ kind: EntityKind, _ id: EntityID) -> String { "\(kind.noun) '\(id)'" }

    func spec(_ kind: EntityKind) throws -> TableSpec {
        guard let spec = TableSpec.spec(for: kind) else {
            throw StoreError(
                .unknownEntity,
                "\(kind.noun)s are edited through their \(kind == .reference ? "plan's 'references'" : "focus area's 'indicators'") field"
            )
        }
        return spec
    }

    func locate(_ kind: EntityKind, _ id: EntityID) throws -> Location {
        let spec = try spec(kind)
        let sql =
            kind == .plan
            ? "SELECT row_id, position, parent_row FROM \(spec.table) WHERE version_id = ?"
            : "SELECT row_id, position, parent_row FROM \(spec.table) WHERE version_id = ? AND id = ?"
        let arguments: SQLArguments = kind == .plan ? [version] : [version, id.rawValue]
        guard let row = try SQLRow.fetchOne(db, sql: sql, arguments: arguments) else {
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM \(spec.table) WHERE version_id = ?", arguments: [version])
            throw StoreError(
                .unknownEntity,
                "no \(kind.noun) '\(id)' in plan '\(plan)'" + Suggestion.didYouMean(id.rawValue, in: ids))
        }
        return Location(spec: spec, row: row[0], position: row[1], isTopLevel: (row[2] as Int64?) == nil)
    }

    /// Finds an entity and reads one of its fields; a scalar field comes with the same query.
    mutating func locate(_ kind: EntityKind, _ id: EntityID, reading key: String) throws -> (Location, PlanValue?) {
        let spec = try spec(kind)
        guard kind != .plan, let field = field(key, of: spec), field.isStoredInColumns else {
            let location = try locate(kind, id)
            return (location, try read(key, spec: location.spec, row: location.row))
        }
        if let known = readAhead?[spec.table + "." + key]?[id.rawValue] { return known }
        let access = access(field, of: spec)
        guard let row = try SQLRow.fetchOne(db, sql: access.locate, arguments: [version, id.rawValue])
        else {
            _ = try locate(kind, id)  // reports the unknown id with a suggestion
            throw StoreError(.unknownEntity, "no \(kind.noun) '\(id)'")
        }
        let pairs = PlanRows.columnPairs(access.columns) { row.value($0 + 3) }
        let location = Location(spec: spec, row: row[0], position: row[1], isTopLevel: (row[2] as Int64?) == nil)
        return (location, pairs.first?.1)
    }

    // MARK: Fields

    func field(_ key: String, of spec: TableSpec) -> TableSpec.Field? {
        spec.fields.first { $0.key == key }
    }

    /// The columns and statements for reading and writing one scalar field of a table.
    struct ColumnAccess {
        let columns: [(name: String, path: [String], type: TableSpec.ColumnType)]
        let select: String
        let update: String
        /// Finds a row by id and reads the field's columns with it.
        let locate: String
    }

    /// Whether a field takes any text (a name, a description), so that a text value needs no
    /// decoding; found once per kind and field by offering it a value no closed set or date accepts.
    private var textFields: [String: Bool] = [:]

    mutating func acceptsAnyText(_ kind: EntityKind, _ key: String) -> Bool {
        // A bulk edit sets the same field again and again: compare with the last one before hashing.
        if let last = lastTextField, last.kind == kind, last.key == key { return last.accepts }
        let cacheKey = kind.rawValue + "." + key
        if let known = textFields[cacheKey] { return known }
        let accepts = kind.problems(setting: key, to: .string("\u{1}probe")).isEmpty
        textFields[cacheKey] = accepts
        lastTextField = (kind, key, accepts)
        return accepts
    }

    private var lastTextField: (kind: EntityKind, key: String, accepts: Bool)?
    private var lastAccess: (table: String, key: String, access: ColumnAccess)?

    /// Built once per table and field: edits in bulk repeat them.
    private var columnAccess: [String: ColumnAccess] = [:]

    mutating func access(_ field: TableSpec.Field, of spec: TableSpec) -> ColumnAccess {
        if let last = lastAccess, last.key == field.key, last.table == spec.table { return last.access }
        let key = spec.table + "." + field.key
        if let cached = columnAccess[key] {
            lastAccess = (spec.table, field.key, cached)
            return cached
        }
        let columns = PlanRows.columns(of: TableSpec(table: spec.table, fields: [field]))
        let names = columns.map { PlanRows.quoted($0.name) }
        let access = ColumnAccess(
            columns: columns,
            select: "SELECT " + names.joined(separator: ", ") + " FROM \(spec.table) WHERE row_id = ?",
            update: "UPDATE \(spec.table) SET " + names.map { $0 + " = ?" }.joined(separator: ", ")
                + " WHERE row_id = ?",
            locate: "SELECT row_id, position, parent_row, " + names.joined(separator: ", ")
                + " FROM \(spec.table) WHERE version_id = ? AND id = ?")
        columnAccess[key] = access
        lastAccess = (spec.table, field.key, access)
        return access
    }

    // MARK: Edits in bulk

    /// For a change set of nothing but edits of fields kept in their entity's own row: those rows,
    /// read ahead by table and field, then id, each with the field's value as the edits so far left
    /// it. Nil for any other change set.
    private var readAhead: [String: [String: (Location, PlanValue?)]]?

    /// The writes of such a change set not yet sent, by table and field.
    private var heldWrites: [String: HeldWrites] = [:]

    /// The values a field of many rows is to take, each row's last.
    struct HeldWrites {
        let table: String
        let access: ColumnAccess
        private(set) var rows: [Int64] = []
        private(set) var values: [Int64: [SQLValue]] = [:]

        init(table: String, access: ColumnAccess) {
            self.table = table
            self.access = access
        }

        mutating func hold(_ columns: [SQLValue], row: Int64) {
            if values.updateValue(columns, forKey: row) == nil { rows.append(row) }
        }
    }

    /// The PostgreSQL type of each type of column, as its schema makes them.
    static let postgreSQLType: [TableSpec.ColumnType: String] = [
        .text: "TEXT", .integer: "BIGINT", .real: "DOUBLE PRECISION", .boolean: "SMALLINT", .label: "TEXT",
    ]

    /// The fewest edits read ahead: fewer cost more statements than they save.
    static let readAheadThreshold = 8

    /// Prepares `edits` to be applied in bulk when every one sets a field kept in its entity's own
    /// row and the store is one where every statement waits for a server (PostgreSQL): the rows are
    /// read a few hundred to a statement, and the writes held back for ``sendHeldWrites()``, so that
    /// 10,000 edits cost a few dozen statements rather than 20,000. An id the read does not find, or
    /// finds twice, is left to the edit itself, which reports it.
    mutating func readAhead(for edits: [ChangeSet.Edit]) throws {
        guard db.dialect == .postgreSQL, edits.count >= Self.readAheadThreshold else { return }
        var wanted: [String: (spec: TableSpec, field: TableSpec.Field, ids: Set<String>)] = [:]
        for edit in edits {
            guard case .set(let kind, let id, let key, _, _) = edit, kind != .plan, key != "id",
                let spec = TableSpec.spec(for: kind), let field = field(key, of: spec), field.isStoredInColumns
            else { return }
            wanted[spec.table + "." + key, default: (spec, field, [])].ids.insert(id.rawValue)
        }
        var found: [String: [String: (Location, PlanValue?)]] = [:]
        for (cacheKey, group) in wanted.sorted(by: { $0.key < $1.key }) {
            let access = access(group.field, of: group.spec)
            let ids = group.ids.sorted()
            var rows: [String: (Location, PlanValue?)] = [:]
            var twice: Set<String> = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                let some = ids[start..<min(start + 500, ids.count)]
                for row in try SQLRow.fetchAll(
                    db,
                    sql: access.locate.replacing(
                        "AND id = ?", with: "AND id IN (\(sqlQuestionMarks(count: some.count)))"
                    )
                    .replacing("SELECT row_id,", with: "SELECT id, row_id,"),
                    arguments: SQLArguments([version.sqlValue] + some.map(\.sqlValue)))
                {
                    let id: String = row[0]
                    let pairs = PlanRows.columnPairs(access.columns) { row.value($0 + 4) }
                    let location = Location(
                        spec: group.spec, row: row[1], position: row[2], isTopLevel: (row[3] as Int64?) == nil)
                    if rows.updateValue((location, pairs.first?.1), forKey: id) != nil { twice.insert(id) }
                }
            }
            for id in twice { rows[id] = nil }
            found[cacheKey] = rows
        }
        readAhead = found
    }

    /// Sends the writes ``readAhead(for:)`` held back, a few hundred rows to a statement.
    mutating func sendHeldWrites() throws {
        for (_, held) in heldWrites.sorted(by: { $0.key < $1.key }) {
            let names = held.access.columns.map { PlanRows.quoted($0.name) }
            let aliases = names.indices.map { "c\($0)" }
            // The first row's casts give the columns' types to the arguments of every row (PostgreSQL
            // would take them for text).
            let typed =
                "(CAST(? AS BIGINT), "
                + held.access.columns.map { "CAST(? AS \(Self.postgreSQLType[$0.type]!))" }.joined(separator: ", ")
                + ")"
            let tuple = "(" + sqlQuestionMarks(count: names.count + 1) + ")"
            let perStatement = max(1, sqlArgumentsPerStatement / (names.count + 1))
            for start in stride(from: 0, to: held.rows.count, by: perStatement) {
                let rows = held.rows[start..<min(start + perStatement, held.rows.count)]
                try db.execute(
                    sql: "UPDATE \(held.table) AS t SET "
                        + zip(names, aliases).map { "\($0) = v.\($1)" }.joined(separator: ", ")
                        + " FROM (VALUES "
                        + ([typed] + Array(repeating: tuple, count: rows.count - 1))
                        .joined(separator: ", ")
                        + ") AS v(r, \(aliases.joined(separator: ", "))) WHERE t.row_id = v.r",
                    arguments: SQLArguments(rows.flatMap { [$0.sqlValue] + held.values[$0]! }))
            }
        }
        heldWrites = [:]
    }

    /// The current value of one field of a row.
    mutating func read(_ key: String, spec: TableSpec, row: Int64) throws -> PlanValue? {
        guard let field = field(key, of: spec) else { return nil }
        switch field {
        case .column, .flattened:
            let access = access(field, of: spec)
            guard let values = try SQLRow.fetchOne(db, sql: access.select, arguments: [row]) else {
                return nil
            }
            return PlanRows.columnPairs(access.columns) { values.value($0) }.first?.1
        case .values, .records, .recordsIn:
            var tables: [String: PlanRows.TableRows] = [:]
            try PlanRows.readList(field, version: version, in: db, into: &tables)
            let single = TableSpec(table: spec.table, fields: [field])
            return PlanRows.complete(.mapping([]), row: row, spec: single, tables: tables)[key]
        }
    }

    /// `value` as the field's columns keep it (the text "10" in a number column is the number 10), so
    /// that the change log records what the store holds and undo compares like with like.
    mutating func stored(_ key: String, _ value: PlanValue?, spec: TableSpec) -> PlanValue? {
        guard let value, let field = field(key, of: spec) else { return value }
        switch field {
        case .column, .flattened:
            let holder = PlanValue.mapping([(key, value)])
            var pairs: [(String, PlanValue)] = []
            for column in access(field, of: spec).columns {
                let database = PlanRows.sqlValue(PlanRows.value(at: column.path, in: holder), as: column.type)
                if let kept = PlanRows.planValue(database, as: column.type) {
                    PlanRows.set(kept, at: column.path, in: &pairs)
                }
            }
            return pairs.first?.1
        case .values, .records, .recordsIn:
            return value
        }
    }

    /// Writes one field of a row.
    mutating func write(_ key: String, _ value: PlanValue?, spec: TableSpec, row: Int64) throws {
        guard let field = field(key, of: spec) else { return }
        switch field {
        case .column, .flattened:
            let access = access(field, of: spec)
            let holder = PlanValue.mapping(value.map { [(key, $0)] } ?? [])
            var arguments = access.columns.map {
                PlanRows.sqlValue(PlanRows.value(at: $0.path, in: holder), as: $0.type)
            }
            let cacheKey = spec.table + "." + key
            if readAhead?[cacheKey] != nil {
                heldWrites[cacheKey, default: HeldWrites(table: spec.table, access: access)].hold(arguments, row: row)
                return
            }
            arguments.append(row.sqlValue)
            try db.execute(sql: access.update, arguments: SQLArguments(arguments))
        case .values, .records, .recordsIn:
            try PlanRows.deleteList(field, of: spec, rows: [row], in: db)
            try PlanRows.insertList(field, of: value, spec: spec, version: version, row: row, in: db)
        }
    }

    // MARK: Edits

    mutating func apply(_ edit: ChangeSet.Edit) throws {
        if followUpOnly {
            guard case .append(.activity, _, "statusLog", _) = edit else {
                throw StoreError(
                    .immutable,
                    "plan '\(plan)' is approved and its content cannot change; only the follow-up (status log) of "
                        + "its activities can. Start a revision to change it: `beredskap revise --plan \(plan)`")
            }
        }
        switch edit {
        case .set(let kind, let id, let key, let value, let expected):
            try set(kind, id, key, value, expected: expected)
        case .append(let kind, let id, let key, let value):
            let location = try locate(kind, id)
            var items: [PlanValue] = []
            if case .sequence(let existing)? = try read(key, spec: location.spec, row: location.row) {
                items = existing
            }
            items.append(value)
            try set(kind, id, key, .sequence(items), expected: .anything)
        case .add(let kind, let value, let position):
            try add(kind, value, at: position)
        case .remove(let kind, let id):
            try remove(kind, id)
        case .rename(let kind, let id, let newID):
            try rename(kind, id, to: newID)
        case .move(let kind, let id, let position):
            try move(kind, id, to: position)
        }
    }

    mutating func set(
        _ kind: EntityKind, _ id: EntityID, _ key: String, _ value: PlanValue?, expected: ChangeSet.Expected
    )
        throws
    {
        if key == "id" {
            throw StoreError(
                .invalidChange,
                "\(Self.entityName(kind, id)): change an id with rename, which also updates every reference")
        }
        let problems: [String]
        if case .string(let text) = value, acceptsAnyText(kind, key) {
            problems = kind.isRequired(key) && text.allSatisfy(\.isWhitespace) ? ["'\(key)' must not be empty"] : []
            if Self.checkedKinds.contains(kind) || Self.structuralKeys.contains(key) { needsPlanValidation = true }
        } else {
            problems = kind.problems(setting: key, to: value)
            needsPlanValidation = true
        }
        guard problems.isEmpty else {
            throw StoreError(.invalidChange, "\(Self.entityName(kind, id)): " + problems.joined(separator: "; "))
        }
        let (location, old) = try locate(kind, id, reading: key)
        let value = stored(key, value, spec: location.spec)
        if case .value(let expectedValue) = expected, stored(key, expectedValue, spec: location.spec) != old {
            throw StoreError(
                .conflict,
                "conflict: \(Self.entityName(kind, id)) field '\(key)' was changed by someone else since it was read "
                    + "(it is now \(old?.description ?? "empty"), expected \(expectedValue?.description ?? "empty")); "
                    + "read it again and reapply the change")
        }
        guard old != value else { return }
        touch(kind, location)
        try write(key, value, spec: location.spec, row: location.row)
        readAhead?[location.spec.table + "." + key]?[id.rawValue]?.1 = value
        changes.append(FieldChange(kind: kind, id: id, field: key, old: old, new: value))
    }

    mutating func add(_ kind: EntityKind, _ value: PlanValue, at requested: Int?) throws {
        let spec = try spec(kind)
        guard kind != .plan, let id = value["id"].map({ EntityID($0.scalarText) }) else {
            throw StoreError(.invalidChange, "a new \(kind.noun) needs an 'id'")
        }
        let problems = kind.problems(adding: value)
        guard problems.isEmpty else {
            throw StoreError(.invalidChange, "new \(Self.entityName(kind, id)): " + problems.joined(separator: "; "))
        }
        let count =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM \(spec.table) WHERE version_id = ? AND parent_row IS NULL",
                arguments: [version]) ?? 0
        let position = min(max(requested ?? count, 0), count)
        try shift(spec, from: position, by: 1)
        let row = try PlanRows.insert(value, spec: spec, version: version, parent: nil, position: position, in: db)
        touch(kind, Location(spec: spec, row: row, position: position, isTopLevel: true))
        needsPlanValidation = true
        changes.append(FieldChange(kind: kind, id: id, field: nil, old: nil, new: value, position: position))
    }

    mutating func remove(_ kind: EntityKind, _ id: EntityID) throws {
        let location = try locate(kind, id)
        guard location.isTopLevel, kind != .plan else {
            throw StoreError(
                .invalidChange, "\(Self.entityName(kind, id)) belongs to another entry; edit that entry's list instead")
        }
        let referrers = defersReferenceChecks ? [] : try self.referrers(of: id)
        guard referrers.isEmpty else {
            throw StoreError(
                .referenced,
                "\(Self.entityName(kind, id)) is still referred to by " + referrers.joined(separator: ", ")
                    + "; change those first")
        }
        let old = try entity(location)
        try PlanRows.deleteLists(of: location.spec, rows: [location.row], in: db)
        try db.execute(sql: "DELETE FROM \(location.spec.table) WHERE row_id = ?", arguments: [location.row])
        try shift(location.spec, from: location.position + 1, by: -1)
        needsPlanValidation = true
        if defersReferenceChecks { touchedRows = nil }
        changes.append(FieldChange(kind: kind, id: id, field: nil, old: old, new: nil, position: location.position))
    }

    mutating func move(_ kind: EntityKind, _ id: EntityID, to requested: Int) throws {
        let location = try locate(kind, id)
        guard location.isTopLevel, kind != .plan else {
            throw StoreError(
                .invalidChange, "\(Self.entityName(kind, id)) belongs to another entry and cannot move on its own")
        }
        let count =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM \(location.spec.table) WHERE version_id = ? AND parent_row IS NULL",
                arguments: [version]) ?? 1
        let position = min(max(requested, 0), count - 1)
        guard position != location.position else { return }
        try shift(location.spec, from: location.position + 1, by: -1)
        try shift(location.spec, from: position, by: 1)
        try db.execute(
            sql: "UPDATE \(location.spec.table) SET position = ? WHERE row_id = ?", arguments: [position, location.row])
        needsPlanValidation = true
        changes.append(
            FieldChange(
                kind: kind, id: id, field: PlanDocument.positionField, old: .integer(location.position),
                new: .integer(position)))
    }

    mutating func rename(_ kind: EntityKind, _ id: EntityID, to newID: EntityID) throws {
        guard kind != .plan else {
            throw StoreError(.invalidChange, "a plan's id cannot change; export it and import it under the new id")
        }
        guard newID.isWellFormed else {
            let suggested = EntityID.suggested(for: newID.rawValue)
            throw StoreError(
                .invalidChange,
                "invalid id '\(newID)': ids are lowercase letters a–z, digits and single hyphens"
                    + (suggested.isWellFormed ? " (try '\(suggested)')" : ""))
        }
        let location = try locate(kind, id)
        if let holder = try self.holder(of: newID) {
            throw StoreError(
                .invalidChange,
                "cannot rename \(Self.entityName(kind, id)) to '\(newID)': \(holder) already has that id")
        }
        try db.execute(
            sql: "UPDATE \(location.spec.table) SET id = ? WHERE row_id = ?", arguments: [newID.rawValue, location.row])
        for reference in Self.referenceColumns {
            try db.execute(
                sql:
                    "UPDATE \(reference.table) SET \(PlanRows.quoted(reference.column)) = ? WHERE version_id = ? AND \(PlanRows.quoted(reference.column)) = ?",
                arguments: [newID.rawValue, version, id.rawValue])
        }
        touch(kind, location)
        needsPlanValidation = true
        changes.append(
            FieldChange(kind: kind, id: newID, field: "id", old: .string(id.rawValue), new: .string(newID.rawValue)))
    }

    /// Notes an entity whose own checks must run again. Entities of other kinds, and those nested
    /// in another entity, are checked with their kind's every entity anyway.
    private mutating func touch(_ kind: EntityKind, _ location: Location) {
        guard PlanValidator.entityLocalKinds.contains(kind), location.isTopLevel else { return }
        touchedRows?[location.spec.table, default: []].insert(location.row)
    }

    private func shift(_ spec: TableSpec, from position: Int, by offset: Int) throws {
        try db.execute(
            sql:
                "UPDATE \(spec.table) SET position = position + ? WHERE version_id = ? AND parent_row IS NULL AND position >= ?",
            arguments: [offset, version, position])
    }

    /// The whole entity at `location` as its plan-file mapping.
    func entity(_ location: Location) throws -> PlanValue {
        var tables: [String: PlanRows.TableRows] = [:]
        try PlanRows.readTables(
            location.spec, version: version, in: db, into: &tables, selecting: .rows([location.row]))
        let read = PlanRows.assemble(location.spec, parent: nil, tables: tables)
        return read.first { $0.row == location.row }?.value ?? .mapping([])
    }

    // MARK: References

    /// The columns that hold ids of other entities.
    static let referenceColumns: [(table: String, column: String, owner: String?, label: String)] = [
        ("plan_metadata", "owner_administration", nil, "the plan's owner"),
        ("organizations", "parent", nil, "parent"), ("focus_areas", "parent", nil, "parent"),
        ("units", "department", nil, "department"),
        ("roles", "organization", nil, "organization"), ("alarm_paths", "entry", nil, "entry"),
        ("alarm_steps", "actor", "alarm_paths", "actor"), ("alarm_steps", "target", "alarm_paths", "target"),
        ("activity_responsible", "value", "activities", "responsible"),
        ("activity_other_actors", "value", "activities", "otherActors"),
        ("unit_milieus", "value", "units", "milieus"), ("section_references", "value", "sections", "references"),
        ("status_log", "by", "activities", "statusLog"), ("role_deputies", "value", "roles", "deputies"),
        ("roles", "rota", nil, "rota"), ("alert_rules", "path", nil, "path"),
    ]

    /// Entries that refer to `id`, as "activity 'x' (responsible)".
    func referrers(of id: EntityID) throws -> [String] {
        var result: [String] = []
        for reference in Self.referenceColumns where reference.table != "status_log" {
            let column = PlanRows.quoted(reference.column)
            let sql: String
            if let owner = reference.owner {
                sql =
                    "SELECT p.id FROM \(reference.table) c JOIN \(owner) p ON p.row_id = c.parent_row WHERE c.version_id = ? AND c.\(column) = ?"
            } else {
                sql = "SELECT id FROM \(reference.table) WHERE version_id = ? AND \(column) = ?"
            }
            let owners = try String.fetchAll(db, sql: sql, arguments: [version, id.rawValue])
            let ownerKind =
                TableSpec.topLevel.first { $0.spec.table == (reference.owner ?? reference.table) }
                .flatMap { EntityKind(fileKey: $0.key) } ?? .plan
            result += Set(owners).sorted().map { "\(ownerKind.noun) '\($0)' (\(reference.label))" }
        }
        return result
    }

    /// The entity that has `id`, as "unit 'x'", if any.
    func holder(of id: EntityID) throws -> String? {
        for (key, spec) in TableSpec.topLevel where spec.hasID {
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM \(spec.table) WHERE version_id = ? AND id = ?",
                arguments: [version, id.rawValue])
                == true
            {
                return "the \(EntityKind(fileKey: key)?.noun ?? key) '\(id)'"
            }
        }
        return nil
    }
}
