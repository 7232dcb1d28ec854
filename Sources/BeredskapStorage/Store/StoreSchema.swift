/// The store's schema, as migrations. A migration, once released, never changes: a new schema
/// version is a new migration, and Tests/BeredskapStorageTests/Fixtures/stores keeps a store file
/// made by every earlier version so that each migration is tested on real old files.
package enum StoreSchema {
    /// The identifiers of every migration this version knows, oldest first.
    package static var migrationIdentifiers: [String] {
        [
            "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11",
        ]
    }

    /// Runs the migration `identifier` on SQLite.
    static func migrate(_ identifier: String, _ db: any SQLConnection) throws {
        if identifier == "v4" {
            try migrateDrillLogToColumns(db)
        } else if let sql = sql(of: identifier) {
            try db.execute(sql: sql)
        }
    }

    /// The SQL of a migration written as SQL (all but v4, which is written in Swift), as SQLite runs it.
    package static func sql(of identifier: String) -> String? {
        switch identifier {
        case "v1": v1
        case "v2": v2
        case "v3": v3
        case "v5": v5
        case "v6": v6
        case "v7": v7
        case "v8": v8
        case "v9": v9
        case "v10": v10
        case "v11": v11
        default: nil
        }
    }

    /// Version 11: a drill's log line may correct an earlier one (`drill_log.corrects`, the corrected
    /// line's sequence), and a drill's clock may follow the wall clock (`drill_sessions.clock_speed`,
    /// simulated minutes per wall minute; `clock_anchor`, when it last started running, NULL while it
    /// stands still; `clock_anchor_minute`, the drill's minute then). Older drills' clocks moved only
    /// when told, which NULL says.
    static let v11 = """
        ALTER TABLE drill_log ADD COLUMN corrects INTEGER;
        ALTER TABLE drill_sessions ADD COLUMN clock_speed REAL;
        ALTER TABLE drill_sessions ADD COLUMN clock_anchor TEXT;
        ALTER TABLE drill_sessions ADD COLUMN clock_anchor_minute REAL;
        """

    /// Version 10: a plan's decision chain as the plan declares it, and what a transcription rests on.
    ///
    /// A decision of the chain may be a referral for consultation (*remiss*) to named bodies
    /// (`approval_bodies`) with a deadline for their answers (`plan_approvals.deadline`), a review, an
    /// adoption, an approval (conditional when `plan_approvals."condition"` says on what) or the plan's
    /// publication; the kinds are values of `action`, which need no column.
    ///
    /// An alarm step's condition may hold in one of several alternatives (`anyOf`:
    /// `step_condition_alternatives`, each holding when every part it states holds). And any entity may
    /// say what it, or one of its fields, rests on (`entity_basis`): stated in the source, inferred or
    /// assumed, with a note.
    static let v10 = """
        ALTER TABLE plan_approvals ADD COLUMN deadline TEXT;
        ALTER TABLE plan_approvals ADD COLUMN "condition" TEXT;
        \(valuesTable("approval_bodies"))
        CREATE TABLE step_condition_alternatives (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            classification TEXT,
            office_hours BOOLEAN,
            decision TEXT,
            outcome TEXT
        );
        CREATE INDEX step_condition_alternatives_by_parent
            ON step_condition_alternatives(version_id, parent_table, parent_row, position);
        CREATE TABLE entity_basis (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            field TEXT,
            kind TEXT,
            note TEXT
        );
        CREATE INDEX entity_basis_by_parent ON entity_basis(version_id, parent_table, parent_row, position);
        """

    /// The tables version 10 adds.
    package static let v10Tables = ["approval_bodies", "step_condition_alternatives", "entity_basis"]

    /// Version 9: alarm paths grouped as one routine (`alarm_paths.routine`), and alarm steps of real
    /// plans' routines: a step that runs after the first of its
    /// `after` steps (`join`, `any`; NULL in older stores: it waits for every one), a decision taken
    /// jointly (`alarm_step_jointly`: the others who decide with its actor), a step's rules for
    /// handling what it passes on (`alarm_step_handling`), and the `record` step kind (a value of
    /// `kind`, which needs no column).
    ///
    /// And measured indicators: an indicator's question (`indicators.question`) and the values recorded
    /// for it at follow-ups (`indicator_measurements`). And what real plans' metadata has: several diary numbers on a plan (`plan_diary_numbers`) or a
    /// decision (`approval_diary_numbers`, besides `diary_number`), the plan's publication date
    /// (`plan_metadata.published_on`) and an attachment's label on a section (`sections.attachment`).
    static let v9 = """
        ALTER TABLE alarm_steps ADD COLUMN "join" TEXT;
        ALTER TABLE plan_metadata ADD COLUMN published_on TEXT;
        ALTER TABLE sections ADD COLUMN attachment TEXT;
        ALTER TABLE indicators ADD COLUMN question TEXT;
        ALTER TABLE alarm_paths ADD COLUMN routine TEXT;
        \(v9ValueTables.map(valuesTable).joined(separator: "\n"))
        CREATE TABLE indicator_measurements (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            date TEXT,
            "value" TEXT,
            source TEXT,
            note TEXT
        );
        CREATE INDEX indicator_measurements_by_parent
            ON indicator_measurements(version_id, parent_table, parent_row, position);
        """

    /// A table of a list of values of a version's row (`alarm_step_after`'s shape), with its index.
    static func valuesTable(_ name: String) -> String {
        """
        CREATE TABLE \(name) (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX \(name)_by_parent ON \(name)(version_id, parent_table, parent_row, position);
        """
    }

    /// The tables of lists of values version 9 adds.
    static let v9ValueTables = [
        "alarm_step_jointly", "alarm_step_handling", "plan_diary_numbers", "approval_diary_numbers",
    ]

    /// The tables version 9 adds.
    package static let v9Tables = v9ValueTables + ["indicator_measurements"]

    /// Version 8: focus areas numbered by chapter and area, and organizations of kinds the format does
    /// not list. A focus area's number is a label ("3:1"), unique among the areas of the same parent
    /// area; an organization's kind is any word, named by its `kind_label` ("Sektor"). SQLite keeps a whole number in the column as a number and any
    /// other label as text, both read back as the label; PostgreSQL makes the column text.
    static let v8 = """
        ALTER TABLE focus_areas ADD COLUMN parent TEXT;
        ALTER TABLE organizations ADD COLUMN kind_label TEXT;
        """

    /// Version 7: a plan taken out of use (`plans remove`) is archived, never deleted: when and by whom,
    /// on the plan itself, so that every login that sees the plan sees that it is archived.
    static let v7 = """
        ALTER TABLE plans ADD COLUMN archived_at TEXT;
        ALTER TABLE plans ADD COLUMN archived_by TEXT;
        """

    /// Version 6: the plan's owning administration on the plan itself, read from its current version,
    /// so that a store of many administrations' plans (on PostgreSQL, the access to each) is keyed on it.
    static let v6 = """
        ALTER TABLE plans ADD COLUMN owner TEXT;
        UPDATE plans SET owner = (SELECT m.owner_administration FROM plan_metadata m
            JOIN plan_versions v ON v.row_id = m.version_id
            WHERE v.plan_id = plans.id ORDER BY v.number DESC LIMIT 1);
        """

    /// Version 5: the plan's jurisdiction as plan data, its time zone and its holiday calendar (older
    /// plans have neither, which is what their plan files said by saying nothing: the default
    /// jurisdiction's).
    static let v5 = """
        ALTER TABLE plan_metadata ADD COLUMN time_zone TEXT;
        ALTER TABLE plan_metadata ADD COLUMN holidays TEXT;
        """

    /// Version 3: the calendar and the alert routing as plan data: the plan's office hours, on-duty
    /// rotas with their exceptions and the role that each rota staffs, and the rules that route incoming
    /// alerts (older stores have none of them, which is what their plan files said by saying nothing).
    /// Drill sessions record whether their actions name the inject they fulfil; those of older stores
    /// do not, and any action of the expected role fulfils an inject in them, as it did then.
    static let v3 = """
        ALTER TABLE drill_sessions ADD COLUMN actions_name_inject BOOLEAN NOT NULL DEFAULT 0;
        CREATE TABLE plan_office_hours (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            days TEXT,
            opens TEXT,
            closes TEXT
        );
        CREATE INDEX plan_office_hours_by_parent ON plan_office_hours(version_id, parent_table, parent_row, position);
        ALTER TABLE roles ADD COLUMN rota TEXT;
        CREATE TABLE rotas (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            description TEXT,
            starts TEXT,
            repeats TEXT,
            shift_length TEXT
        );
        CREATE INDEX rotas_by_id ON rotas(version_id, id);
        CREATE INDEX rotas_by_parent ON rotas(version_id, parent_table, parent_row, position);
        CREATE TABLE rota_exceptions (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "from" TEXT,
            "to" TEXT,
            covered BOOLEAN,
            note TEXT
        );
        CREATE INDEX rota_exceptions_by_parent ON rota_exceptions(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rules (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            classification TEXT,
            path TEXT,
            reason TEXT
        );
        CREATE INDEX alert_rules_by_id ON alert_rules(version_id, id);
        CREATE INDEX alert_rules_by_parent ON alert_rules(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_status (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_status_by_parent ON alert_rule_status(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_msg_type (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_msg_type_by_parent ON alert_rule_msg_type(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_scope (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_scope_by_parent ON alert_rule_scope(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_urgency (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_urgency_by_parent ON alert_rule_urgency(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_severity (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_severity_by_parent ON alert_rule_severity(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_certainty (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_certainty_by_parent ON alert_rule_certainty(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_category (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_category_by_parent ON alert_rule_category(version_id, parent_table, parent_row, position);
        CREATE TABLE alert_rule_event_contains (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alert_rule_event_contains_by_parent ON alert_rule_event_contains(version_id, parent_table, parent_row, position);
        """

    /// Version 2: when a role can be reached and who stands in for it (roles of older stores are
    /// available always and have no deputies, which is what their plan files said by saying nothing);
    /// tabletop drill sessions with their players and logs.
    static let v2 = """
        ALTER TABLE roles ADD COLUMN availability TEXT;
        ALTER TABLE roles ADD COLUMN deputy_after_minutes REAL;
        CREATE TABLE role_deputies (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX role_deputies_by_parent ON role_deputies(version_id, parent_table, parent_row, position);
        CREATE TABLE drill_sessions (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            scenario TEXT NOT NULL,
            scenario_text TEXT,
            title TEXT NOT NULL,
            event_start TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'ended')),
            minute REAL NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE TABLE drill_participants (
            session_id TEXT NOT NULL REFERENCES drill_sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            person TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE drill_log (
            session_id TEXT NOT NULL REFERENCES drill_sessions(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            minute REAL NOT NULL,
            wall_time TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT,
            text TEXT NOT NULL,
            note TEXT,
            entered_by TEXT,
            inject INTEGER,
            option TEXT,
            PRIMARY KEY (session_id, sequence)
        ) WITHOUT ROWID;
        """

    /// Version 1: plans and their versions, one table per kind of entity, the change log and the
    /// full-text index.
    static let v1 = """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        CREATE TABLE plan_versions (
            row_id INTEGER PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'approved')),
            adopted_on TEXT,
            approved_on TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (plan_id, number)
        );
        CREATE TABLE change_sets (
            id INTEGER PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('create', 'edit', 'import', 'lifecycle', 'revision', 'undo')),
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            message TEXT,
            undoes INTEGER REFERENCES change_sets(id)
        );
        CREATE INDEX change_sets_by_plan ON change_sets(plan_id, id);
        CREATE TABLE changes (
            change_set_id INTEGER NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT,
            position INTEGER,
            PRIMARY KEY (change_set_id, sequence)
        ) WITHOUT ROWID;
        CREATE INDEX changes_by_entity ON changes(entity_kind, entity_id);
        CREATE VIRTUAL TABLE search_index USING fts5(
            text, field UNINDEXED, entity_kind UNINDEXED, entity_id UNINDEXED, version_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE search_state (
            version_id INTEGER PRIMARY KEY REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            indexed_change_set INTEGER NOT NULL
        );

        CREATE TABLE plan_metadata (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            title TEXT,
            language TEXT,
            version TEXT,
            owner_city TEXT,
            owner_board TEXT,
            owner_administration TEXT,
            period_start TEXT,
            period_end TEXT,
            follow_up_frequency TEXT,
            follow_up_framework TEXT,
            follow_up_first_report TEXT,
            follow_up_continuous TEXT,
            follow_up_revision_frequency TEXT,
            follow_up_revision_basis TEXT,
            follow_up_revision_next TEXT,
            follow_up_revision_next_date TEXT,
            follow_up_revision_requirement TEXT
        );
        CREATE INDEX plan_metadata_by_id ON plan_metadata(version_id, id);
        CREATE INDEX plan_metadata_by_parent ON plan_metadata(version_id, parent_table, parent_row, position);
        CREATE TABLE plan_revisions (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            version TEXT,
            date TEXT,
            summary TEXT
        );
        CREATE INDEX plan_revisions_by_parent ON plan_revisions(version_id, parent_table, parent_row, position);
        CREATE TABLE plan_approvals (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            action TEXT,
            body TEXT,
            date TEXT,
            diary_number TEXT,
            note TEXT
        );
        CREATE INDEX plan_approvals_by_parent ON plan_approvals(version_id, parent_table, parent_row, position);
        CREATE TABLE plan_references (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            kind TEXT,
            title TEXT,
            issuer TEXT,
            diary_number TEXT,
            date TEXT,
            note TEXT
        );
        CREATE INDEX plan_references_by_parent ON plan_references(version_id, parent_table, parent_row, position);
        CREATE TABLE sections (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            title TEXT,
            body TEXT,
            "insert" TEXT
        );
        CREATE INDEX sections_by_id ON sections(version_id, id);
        CREATE INDEX sections_by_parent ON sections(version_id, parent_table, parent_row, position);
        CREATE TABLE section_references (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX section_references_by_parent ON section_references(version_id, parent_table, parent_row, position);
        CREATE TABLE definitions (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            term TEXT,
            "text" TEXT
        );
        CREATE INDEX definitions_by_id ON definitions(version_id, id);
        CREATE INDEX definitions_by_parent ON definitions(version_id, parent_table, parent_row, position);
        CREATE TABLE milieus (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            kind TEXT,
            description TEXT
        );
        CREATE INDEX milieus_by_id ON milieus(version_id, id);
        CREATE INDEX milieus_by_parent ON milieus(version_id, parent_table, parent_row, position);
        CREATE TABLE organizations (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            kind TEXT,
            parent TEXT,
            description TEXT
        );
        CREATE INDEX organizations_by_id ON organizations(version_id, id);
        CREATE INDEX organizations_by_parent ON organizations(version_id, parent_table, parent_row, position);
        CREATE TABLE contacts (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            kind TEXT,
            label TEXT,
            "value" TEXT,
            sensitive BOOLEAN
        );
        CREATE INDEX contacts_by_parent ON contacts(version_id, parent_table, parent_row, position);
        CREATE TABLE units (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            short_name TEXT,
            department TEXT,
            level TEXT,
            description TEXT
        );
        CREATE INDEX units_by_id ON units(version_id, id);
        CREATE INDEX units_by_parent ON units(version_id, parent_table, parent_row, position);
        CREATE TABLE unit_functions (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX unit_functions_by_parent ON unit_functions(version_id, parent_table, parent_row, position);
        CREATE TABLE target_groups (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            description TEXT,
            min_age INTEGER,
            max_age INTEGER
        );
        CREATE INDEX target_groups_by_parent ON target_groups(version_id, parent_table, parent_row, position);
        CREATE TABLE unit_milieus (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX unit_milieus_by_parent ON unit_milieus(version_id, parent_table, parent_row, position);
        CREATE TABLE external_actors (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            kind TEXT,
            description TEXT
        );
        CREATE INDEX external_actors_by_id ON external_actors(version_id, id);
        CREATE INDEX external_actors_by_parent ON external_actors(version_id, parent_table, parent_row, position);
        CREATE TABLE roles (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            title TEXT,
            kind TEXT,
            organization TEXT,
            description TEXT
        );
        CREATE INDEX roles_by_id ON roles(version_id, id);
        CREATE INDEX roles_by_parent ON roles(version_id, parent_table, parent_row, position);
        CREATE TABLE focus_areas (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            number INTEGER,
            title TEXT,
            goal TEXT
        );
        CREATE INDEX focus_areas_by_id ON focus_areas(version_id, id);
        CREATE INDEX focus_areas_by_parent ON focus_areas(version_id, parent_table, parent_row, position);
        CREATE TABLE focus_area_effects (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX focus_area_effects_by_parent ON focus_area_effects(version_id, parent_table, parent_row, position);
        CREATE TABLE indicators (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            kind TEXT,
            target TEXT
        );
        CREATE INDEX indicators_by_parent ON indicators(version_id, parent_table, parent_row, position);
        CREATE TABLE activities (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            title TEXT,
            description TEXT,
            starts TEXT,
            follow_up TEXT,
            follow_up_every TEXT
        );
        CREATE INDEX activities_by_id ON activities(version_id, id);
        CREATE INDEX activities_by_parent ON activities(version_id, parent_table, parent_row, position);
        CREATE TABLE activity_responsible (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX activity_responsible_by_parent ON activity_responsible(version_id, parent_table, parent_row, position);
        CREATE TABLE activity_other_actors (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX activity_other_actors_by_parent ON activity_other_actors(version_id, parent_table, parent_row, position);
        CREATE TABLE status_log (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            date TEXT,
            status TEXT,
            note TEXT,
            "by" TEXT
        );
        CREATE INDEX status_log_by_parent ON status_log(version_id, parent_table, parent_row, position);
        CREATE TABLE alarm_paths (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            name TEXT,
            entry TEXT,
            description TEXT
        );
        CREATE INDEX alarm_paths_by_id ON alarm_paths(version_id, id);
        CREATE INDEX alarm_paths_by_parent ON alarm_paths(version_id, parent_table, parent_row, position);
        CREATE TABLE alarm_steps (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            kind TEXT,
            actor TEXT,
            target TEXT,
            when_classification TEXT,
            when_office_hours BOOLEAN,
            when_decision TEXT,
            when_outcome TEXT,
            repeat_every_minutes INTEGER,
            repeat_until TEXT,
            target_minutes REAL,
            "text" TEXT,
            note TEXT
        );
        CREATE INDEX alarm_steps_by_parent ON alarm_steps(version_id, parent_table, parent_row, position);
        CREATE TABLE alarm_step_after (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            "value" TEXT
        );
        CREATE INDEX alarm_step_after_by_parent ON alarm_step_after(version_id, parent_table, parent_row, position);
        CREATE TABLE decision_options (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            parent_table TEXT,
            parent_row INTEGER,
            position INTEGER NOT NULL,
            id TEXT,
            label TEXT
        );
        CREATE INDEX decision_options_by_parent ON decision_options(version_id, parent_table, parent_row, position);

        CREATE VIEW unit_overview AS
            SELECT p.plan_id, p.number AS version, u.id, u.name, u.department, u.level,
                (SELECT group_concat(value, ',') FROM (SELECT f.value FROM unit_functions f
                    WHERE f.version_id = u.version_id AND f.parent_table = 'units' AND f.parent_row = u.row_id
                    ORDER BY f.position)) AS functions,
                (SELECT min(t.min_age) FROM target_groups t
                    WHERE t.version_id = u.version_id AND t.parent_table = 'units' AND t.parent_row = u.row_id) AS min_age,
                (SELECT max(t.max_age) FROM target_groups t
                    WHERE t.version_id = u.version_id AND t.parent_table = 'units' AND t.parent_row = u.row_id) AS max_age
            FROM units u JOIN plan_versions p ON p.row_id = u.version_id;
        CREATE VIEW current_versions AS
            SELECT v.* FROM plan_versions v
            WHERE v.number = (SELECT max(number) FROM plan_versions w WHERE w.plan_id = v.plan_id);
        """
}
