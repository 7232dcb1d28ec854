import BeredskapModel

/// How one mapping of a plan file is stored as rows of a table: which keys are columns, which nested
/// mappings are flattened into columns, and which lists go to child tables.
///
/// Every table has `row_id`, `version_id` (the plan version the row belongs to), `parent_table` and
/// `parent_row` (the row that holds it; NULL for an entity at the top of a plan) and `position` (its
/// place in its list). The column of a key is the key in snake case: `shortName` → `short_name`.
struct TableSpec: Sendable {
    enum ColumnType: String, Sendable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
        case boolean = "BOOLEAN"
        /// A label that may be a whole number, a focus area's `3` or `3:1`: held as a number when it is
        /// a plain whole number (as SQLite's integer affinity holds it) and as text otherwise, and read
        /// back the same way on both backends (PostgreSQL's column is text).
        case label = "LABEL"
    }

    enum Field: Sendable {
        /// A scalar key stored in one column.
        case column(String, ColumnType)
        /// A nested mapping whose keys are stored in columns named `key_subkey`; `scalar` also allows a
        /// plain value in the column named after the key (`followUp: ordinary` or `followUp: {every: …}`).
        /// A list among its keys goes to a child table of the entity's, as the entity's own lists do
        /// (a step's `when.anyOf`).
        case flattened(String, [Field], scalar: ColumnType? = nil)
        /// A list of scalars stored in a child table with a `value` column.
        case values(String, table: String, ColumnType)
        /// A list of mappings stored in a child table.
        indirect case records(String, TableSpec)
        /// A list of mappings stored in a child table described elsewhere (recursion: sections in
        /// sections, activities in focus areas).
        case recordsIn(String, table: String)

        /// Whether the field's value is kept in columns of its entity's own row.
        var isStoredInColumns: Bool {
            switch self {
            case .column, .flattened: true
            case .values, .records, .recordsIn: false
            }
        }

        /// Whether the field is a list kept in a child table, or a flattened mapping with one.
        var holdsLists: Bool {
            switch self {
            case .column: false
            case .flattened(_, let subfields, _): subfields.contains { $0.holdsLists }
            case .values, .records, .recordsIn: true
            }
        }

        var key: String {
            switch self {
            case .column(let key, _), .flattened(let key, _, _), .values(let key, _, _), .records(let key, _),
                .recordsIn(let key, _):
                key
            }
        }
    }

    let table: String
    let fields: [Field]
    /// The fields kept in child tables, each with its key path in the entity's mapping: `[contacts]`,
    /// or `[when, anyOf]` for a list inside a flattened mapping.
    let lists: [(path: [String], field: Field)]
    /// The flattened columns of the entity's own row, worked out once per spec: a bulk write asks
    /// for them for every row.
    let columns: [(name: String, path: [String], type: ColumnType)]
    /// The statement that inserts one row: its place, then ``columns``.
    let insertSQL: String

    init(table: String, fields: [Field]) {
        self.table = table
        self.fields = fields
        var lists: [(path: [String], field: Field)] = []
        func walk(_ fields: [Field], prefix: [String]) {
            for field in fields {
                switch field {
                case .column: continue
                case .flattened(let key, let subfields, _): walk(subfields, prefix: prefix + [key])
                case .values, .records, .recordsIn: lists.append((prefix + [field.key], field))
                }
            }
        }
        walk(fields, prefix: [])
        self.lists = lists
        let columns = PlanRows.flattenedColumns(fields)
        self.columns = columns
        insertSQL =
            "INSERT INTO \(table) (version_id, parent_table, parent_row, position"
            + columns.map { ", " + PlanRows.quoted($0.name) }.joined() + ") VALUES (?, ?, ?, ?"
            + String(repeating: ", ?", count: columns.count) + ")"
    }

    /// Whether rows have an `id` that the plan's other entries refer to.
    var hasID: Bool { fields.contains { if case .column("id", _) = $0 { true } else { false } } }

    static func column(for key: String) -> String {
        var result = ""
        for character in key {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

// MARK: The tables of a plan

extension TableSpec {
    /// What an entry, or one of its fields, rests on: a list on every entry, in one table for all.
    static let basis = TableSpec(
        table: "entity_basis", fields: [.column("field", .text), .column("kind", .text), .column("note", .text)])

    static let contacts = TableSpec(
        table: "contacts",
        fields: [
            .column("kind", .text), .column("label", .text), .column("value", .text), .column("sensitive", .boolean),
        ])

    static let targetGroups = TableSpec(
        table: "target_groups",
        fields: [.column("description", .text), .column("minAge", .integer), .column("maxAge", .integer)])

    static let statusLog = TableSpec(
        table: "status_log",
        fields: [.column("date", .text), .column("status", .text), .column("note", .text), .column("by", .text)])

    static let activities = TableSpec(
        table: "activities",
        fields: [
            .column("id", .text), .column("title", .text), .column("description", .text),
            .values("responsible", table: "activity_responsible", .text),
            .values("otherActors", table: "activity_other_actors", .text), .column("starts", .text),
            .flattened("followUp", [.column("every", .text)], scalar: .text), .records("statusLog", statusLog),
            .records("basis", basis),
        ])

    static let steps = TableSpec(
        table: "alarm_steps",
        fields: [
            .column("id", .text), .column("kind", .text), .column("actor", .text), .column("target", .text),
            .values("after", table: "alarm_step_after", .text), .column("join", .text),
            .flattened(
                "when",
                [
                    .column("classification", .text), .column("officeHours", .boolean), .column("decision", .text),
                    .column("outcome", .text),
                    .records(
                        "anyOf",
                        TableSpec(
                            table: "step_condition_alternatives",
                            fields: [
                                .column("classification", .text), .column("officeHours", .boolean),
                                .column("decision", .text), .column("outcome", .text),
                            ])),
                ]),
            .records(
                "options",
                TableSpec(table: "decision_options", fields: [.column("id", .text), .column("label", .text)])),
            .values("jointly", table: "alarm_step_jointly", .text),
            .values("handling", table: "alarm_step_handling", .text),
            .flattened("repeat", [.column("everyMinutes", .integer), .column("until", .text)]),
            .column("targetMinutes", .real), .column("text", .text), .column("note", .text), .records("basis", basis),
        ])

    static let sections = TableSpec(
        table: "sections",
        fields: [
            .column("id", .text), .column("title", .text), .column("attachment", .text), .column("body", .text),
            .values("references", table: "section_references", .text), .column("insert", .text),
            .recordsIn("sections", table: "sections"), .records("basis", basis),
        ])

    static let planMetadata = TableSpec(
        table: "plan_metadata",
        fields: [
            .column("id", .text), .column("title", .text), .column("language", .text), .column("version", .text),
            .values("diaryNumbers", table: "plan_diary_numbers", .text), .column("publishedOn", .text),
            .flattened("owner", [.column("city", .text), .column("board", .text), .column("administration", .text)]),
            .flattened("period", [.column("start", .text), .column("end", .text)]),
            .records(
                "revisions",
                TableSpec(
                    table: "plan_revisions",
                    fields: [.column("version", .text), .column("date", .text), .column("summary", .text)])),
            .records(
                "approvals",
                TableSpec(
                    table: "plan_approvals",
                    fields: [
                        .column("action", .text), .column("body", .text), .column("date", .text),
                        .column("diaryNumber", .text),
                        .values("otherDiaryNumbers", table: "approval_diary_numbers", .text),
                        .values("bodies", table: "approval_bodies", .text), .column("deadline", .text),
                        .column("condition", .text), .column("note", .text), .records("basis", basis),
                    ])),
            .records(
                "references",
                TableSpec(
                    table: "plan_references",
                    fields: [
                        .column("id", .text), .column("kind", .text), .column("title", .text), .column("issuer", .text),
                        .column("diaryNumber", .text), .column("date", .text), .column("note", .text),
                        .records("basis", basis),
                    ])),
            .flattened(
                "followUp",
                [
                    .column("frequency", .text), .column("framework", .text), .column("firstReport", .text),
                    .column("continuous", .text),
                    .flattened(
                        "revision",
                        [
                            .column("frequency", .text), .column("basis", .text), .column("next", .text),
                            .column("nextDate", .text), .column("requirement", .text),
                        ]),
                ]),
            .column("timeZone", .text), .column("holidays", .text),
            .records(
                "officeHours",
                TableSpec(
                    table: "plan_office_hours",
                    fields: [.column("days", .text), .column("opens", .text), .column("closes", .text)])),
            .records("basis", basis),
        ])

    /// The tables of the lists at the top of a plan file, by their key.
    static let topLevel: [(key: String, spec: TableSpec)] = [
        ("sections", sections),
        (
            "definitions",
            TableSpec(
                table: "definitions",
                fields: [
                    .column("id", .text), .column("term", .text), .column("text", .text), .records("basis", basis),
                ])
        ),
        (
            "milieus",
            TableSpec(
                table: "milieus",
                fields: [
                    .column("id", .text), .column("name", .text), .column("kind", .text), .column("description", .text),
                    .records("basis", basis),
                ])
        ),
        (
            "organizations",
            TableSpec(
                table: "organizations",
                fields: [
                    .column("id", .text), .column("name", .text), .column("kind", .text), .column("kindLabel", .text),
                    .column("parent", .text),
                    .column("description", .text), .records("contacts", contacts), .records("basis", basis),
                ])
        ),
        (
            "units",
            TableSpec(
                table: "units",
                fields: [
                    .column("id", .text), .column("name", .text), .column("shortName", .text),
                    .column("department", .text), .column("level", .text),
                    .values("functions", table: "unit_functions", .text), .column("description", .text),
                    .records("targetGroups", targetGroups), .values("milieus", table: "unit_milieus", .text),
                    .records("contacts", contacts), .records("basis", basis),
                ])
        ),
        (
            "externalActors",
            TableSpec(
                table: "external_actors",
                fields: [
                    .column("id", .text), .column("name", .text), .column("kind", .text),
                    .column("description", .text), .records("contacts", contacts), .records("basis", basis),
                ])
        ),
        (
            "roles",
            TableSpec(
                table: "roles",
                fields: [
                    .column("id", .text), .column("title", .text), .column("kind", .text),
                    .column("organization", .text), .column("description", .text), .records("contacts", contacts),
                    .column("availability", .text), .values("deputies", table: "role_deputies", .text),
                    .column("deputyAfterMinutes", .real), .column("rota", .text), .records("basis", basis),
                ])
        ),
        (
            "focusAreas",
            TableSpec(
                table: "focus_areas",
                fields: [
                    .column("id", .text), .column("number", .label), .column("parent", .text), .column("title", .text),
                    .column("goal", .text),
                    .values("expectedEffects", table: "focus_area_effects", .text),
                    .records(
                        "indicators",
                        TableSpec(
                            table: "indicators",
                            fields: [
                                .column("id", .text), .column("name", .text), .column("kind", .text),
                                .column("target", .text), .column("question", .text),
                                .records(
                                    "measurements",
                                    TableSpec(
                                        table: "indicator_measurements",
                                        fields: [
                                            .column("date", .text), .column("value", .text), .column("source", .text),
                                            .column("note", .text),
                                        ])), .records("basis", basis),
                            ])),
                    .recordsIn("activities", table: "activities"), .records("basis", basis),
                ])
        ),
        ("activities", activities),
        (
            "alarmPaths",
            TableSpec(
                table: "alarm_paths",
                fields: [
                    .column("id", .text), .column("name", .text), .column("entry", .text),
                    .column("description", .text), .column("routine", .text), .records("steps", steps),
                    .records("basis", basis),
                ])
        ),
        (
            "rotas",
            TableSpec(
                table: "rotas",
                fields: [
                    .column("id", .text), .column("name", .text), .column("description", .text),
                    .column("starts", .text), .column("repeats", .text), .column("shiftLength", .text),
                    .records(
                        "exceptions",
                        TableSpec(
                            table: "rota_exceptions",
                            fields: [
                                .column("from", .text), .column("to", .text), .column("covered", .boolean),
                                .column("note", .text),
                            ])), .records("basis", basis),
                ])
        ),
        (
            "alertRules",
            TableSpec(
                table: "alert_rules",
                fields: [
                    .column("id", .text), .values("status", table: "alert_rule_status", .text),
                    .values("msgType", table: "alert_rule_msg_type", .text),
                    .values("scope", table: "alert_rule_scope", .text),
                    .values("urgency", table: "alert_rule_urgency", .text),
                    .values("severity", table: "alert_rule_severity", .text),
                    .values("certainty", table: "alert_rule_certainty", .text),
                    .values("category", table: "alert_rule_category", .text),
                    .values("eventContains", table: "alert_rule_event_contains", .text),
                    .column("classification", .text), .column("path", .text), .column("reason", .text),
                    .records("basis", basis),
                ])
        ),
    ]

    /// Specs of tables that are reached by name (`recordsIn`).
    static func named(_ table: String) -> TableSpec {
        switch table {
        case "sections": sections
        case "activities": activities
        default: fatalError("no table spec named \(table)")
        }
    }

    /// The table an entity kind is stored in.
    static func spec(for kind: EntityKind) -> TableSpec? {
        switch kind {
        case .plan: planMetadata
        case .reference, .indicator: nil
        default: topLevel.first { $0.key == kind.fileKey }?.spec
        }
    }
}
