import BeredskapStorage

/// The store's schema on PostgreSQL: the same migrations as on SQLite, with the same identifiers,
/// each the SQLite migration's SQL translated to PostgreSQL's types (``translate(_:)``) plus what
/// only PostgreSQL has: full-text search with Swedish stemming and accent folding, settings per
/// login, and access per administration enforced by row-level security (``PostgreSQLAccess``).
///
/// A migration, once released, never changes; the translation of a released migration never
/// changes either, so a store migrated step by step and one made new hold the same schema.
enum PostgreSQLSchema {
    /// The table that records the migrations applied, as GRDB's `grdb_migrations` does on SQLite.
    static let migrationsTable = "schema_migrations"

    /// The migrations only PostgreSQL has, by the shared migration they follow: after version 7 the read
    /// copy (``PostgreSQLReadCopy``), after version 8 the read policies written out
    /// (``PostgreSQLAccess/WrittenOut``).
    static let ownMigrations = ["v7": [PostgreSQLReadCopy.migration], "v8": [readPoliciesMigration]]

    /// The migration that writes the read policies out.
    static let readPoliciesMigration = "v8-read-policies"

    /// The migrations of a PostgreSQL store, oldest first: SQLite's, each followed by PostgreSQL's own
    /// (``ownMigrations``).
    static var migrationIdentifiers: [String] {
        StoreSchema.migrationIdentifiers.flatMap { [$0] + (ownMigrations[$0] ?? []) }
    }

    /// The NOLOGIN role the logins `access grant` names are made members of: one per database
    /// (roles are the cluster's), `beredskap_users_` and the database's name.
    static func usersRole(_ db: any SQLConnection) throws -> String {
        let database = try String.fetchOne(db, sql: "SELECT current_database()") ?? ""
        let plain = database.lowercased().unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return "beredskap_users_" + String(plain.prefix(40))
    }

    /// Applies the migrations the database lacks, in order, in the caller's transaction (which holds
    /// the store's write lock, so that two processes never migrate at once).
    ///
    /// - Throws: `StoreError/Code/newerSchema` for a database a newer version migrated,
    ///   `StoreError/Code/notPermitted` when migrations are due and the login does not own the database.
    /// Whether the store has no plans, when its schema is up to date; nil when it is not, or has no
    /// schema yet, for ``migrate(_:address:)`` to find out in a transaction that takes the write lock.
    static func isUpToDate(_ db: PostgreSQLConnection) throws -> Bool? {
        let row: SQLRow?
        do {
            row = try SQLRow.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM plans),
                        (SELECT string_agg(identifier, ',') FROM \(migrationsTable))
                    """)
        } catch let error as PostgreSQLError where error.kind == .statement {
            return nil  // no schema: the tables are missing
        }
        guard let row, let applied = row[1] as String?,
            Set(applied.split(separator: ",").map(String.init)) == Set(migrationIdentifiers)
        else { return nil }
        return (row[0] as Int64) == 0
    }

    static func migrate(_ db: any SQLConnection, address: PostgreSQLAddress) throws {
        let exists = try db.tableExists(migrationsTable)
        let applied = exists ? try String.fetchAll(db, sql: "SELECT identifier FROM \(migrationsTable)") : []
        let unknown = applied.filter { !migrationIdentifiers.contains($0) }
        if !unknown.isEmpty {
            throw StoreError(
                .newerSchema,
                "\(address) was set up by a newer version of Beredskap (schema \(unknown.joined(separator: ", "))); "
                    + "it was not changed. Upgrade beredskap to use it.")
        }
        let due = migrationIdentifiers.filter { !applied.contains($0) }
        guard !due.isEmpty else { return }
        let owner = try String.fetchOne(
            db,
            sql:
                "SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = current_database()"
        )
        let login = try String.fetchOne(db, sql: "SELECT current_user") ?? address.user
        if let owner, owner != login,
            try Bool.fetchOne(db, sql: "SELECT pg_has_role(current_user, ?, 'USAGE')", arguments: [owner]) != true
        {
            throw StoreError(
                .notPermitted,
                "\(address) needs its schema "
                    + (exists ? "brought up to date (\(due.joined(separator: ", ")))" : "set up")
                    + ", which only the database's owner \(owner) does; \(login) is not it. Ask them to run "
                    + "`beredskap --store postgresql://\(owner)@… plans` once (Documentation/Deployment.md).")
        }
        if !exists {
            try db.execute(
                sql:
                    "CREATE TABLE \(migrationsTable) (identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
        }
        for identifier in due {
            try db.execute(sql: try sql(of: identifier, db))
            try db.execute(sql: "INSERT INTO \(migrationsTable) (identifier) VALUES (?)", arguments: [identifier])
        }
        // The read copy of every version, in this program's layout, made from the tables as migrated.
        try db.execute(sql: PostgreSQLReadCopy.installSQL)
    }

    /// The SQL of migration `identifier` on PostgreSQL.
    static func sql(of identifier: String, _ db: any SQLConnection) throws -> String {
        switch identifier {
        case "v1":
            return v1
        case "v4":
            // No PostgreSQL store predates this version, so there is no log of v3 to carry over.
            return translate(StoreSchema.drillLogV4)
                + "\nDROP TABLE drill_log;\nALTER TABLE drill_log_v4 RENAME TO drill_log;\n"
        case "v6":
            let versionTables = try String.fetchAll(
                db,
                sql: """
                    SELECT c.table_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = current_schema() AND c.column_name = 'version_id'
                        AND t.table_type = 'BASE TABLE' AND c.table_name <> 'change_sets'
                    ORDER BY c.table_name
                    """)
            return translate(StoreSchema.sql(of: "v6") ?? "") + "\n"
                + PostgreSQLAccess.installSQL(
                    groupRole: try usersRole(db), versionTables: versionTables,
                    planTables: ["plan_versions", "change_sets", "drill_sessions"])
        case "v7":
            return translate(StoreSchema.sql(of: "v7") ?? "") + "\n"
                + PostgreSQLAccess.archivingSQL(groupRole: try usersRole(db))
        case "v8":
            return translate(StoreSchema.sql(of: "v8") ?? "")
                + "\nALTER TABLE focus_areas ALTER COLUMN number TYPE TEXT COLLATE \"C\" USING number::text;\n"
        case "v9":
            return translate(StoreSchema.sql(of: "v9") ?? "") + "\n"
                + StoreSchema.v9Tables.map(PostgreSQLAccess.policySQL(forNewVersionTable:)).joined()
        case "v10":
            return translate(StoreSchema.sql(of: "v10") ?? "") + "\n"
                + StoreSchema.v10Tables.map(PostgreSQLAccess.policySQL(forNewVersionTable:)).joined()
        case PostgreSQLReadCopy.migration:
            return PostgreSQLReadCopy.tablesSQL(groupRole: try usersRole(db))
        case readPoliciesMigration:
            return PostgreSQLAccess.WrittenOut.migrationSQL
        default:
            return translate(StoreSchema.sql(of: identifier) ?? "")
        }
    }

    /// SQLite's DDL as PostgreSQL's: row ids numbered by the database (and kept when given, so that
    /// `store copy` keeps every id), 64-bit integers, doubles, booleans as the 0 and 1 SQLite holds,
    /// text compared byte by byte as SQLite compares it (so that lists are in the same order on both),
    /// and no `WITHOUT ROWID`.
    static func translate(_ sql: String) -> String {
        var result = sql
        let rules: [(String, String)] = [
            (#"\b(row_id|id) INTEGER PRIMARY KEY\b"#, "$1 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
            (#"\bINTEGER\b"#, "BIGINT"),
            (#"\bREAL\b"#, "DOUBLE PRECISION"),
            (#"\bBOOLEAN\b"#, "SMALLINT"),
            (#"\bTEXT\b"#, #"TEXT COLLATE "C""#),
            (#"\)\s*WITHOUT ROWID;"#, ");"),
            (#"\bgroup_concat\("#, "string_agg("),
        ]
        for (pattern, template) in rules {
            result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        // A subquery in FROM needs a name on PostgreSQL before version 16.
        return result.replacingOccurrences(
            of: "ORDER BY f.position)) AS functions", with: "ORDER BY f.position) AS f) AS functions")
    }

    /// Version 1 on PostgreSQL: SQLite's, with settings kept per login (each reads its own first, then
    /// the owner's) and the full-text index as a table with a `tsvector` column of its own.
    static var v1: String {
        var tables = translate(StoreSchema.sql(of: "v1") ?? "")
        let settings = tables.range(of: #"CREATE TABLE settings \([^;]*\);"#, options: .regularExpression)!
        tables.replaceSubrange(
            settings,
            with: """
                CREATE TABLE settings (
                    login TEXT COLLATE "C" NOT NULL DEFAULT current_user,
                    key TEXT COLLATE "C" NOT NULL,
                    value TEXT COLLATE "C",
                    PRIMARY KEY (login, key)
                );
                """)
        let index = tables.range(
            of: #"CREATE VIRTUAL TABLE search_index USING fts5\([^;]*\);"#, options: .regularExpression)!
        tables.replaceSubrange(
            index,
            with: """
                CREATE TABLE search_index (
                    text TEXT COLLATE "C" NOT NULL,
                    field TEXT COLLATE "C",
                    entity_kind TEXT COLLATE "C",
                    entity_id TEXT COLLATE "C",
                    version_id BIGINT,
                    document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('beredskap_search', text),
                    (CASE WHEN field IN ('name', 'title', 'term', 'shortName') THEN 'A' ELSE 'D' END)::"char")) STORED
                );
                CREATE INDEX search_index_document ON search_index USING gin (document);
                CREATE INDEX search_index_by_entity ON search_index (version_id, entity_kind, entity_id);
                CREATE INDEX change_sets_by_version ON change_sets (version_id, id);
                """)
        return search + tables
    }

    /// Swedish stemming after accent folding, so that `foraldrastod` finds "Föräldrastöd"; and the
    /// folding of the store's `~` comparisons, as `TextFolding.fold` folds on SQLite.
    static let search = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION beredskap_search (COPY = pg_catalog.swedish);
        ALTER TEXT SEARCH CONFIGURATION beredskap_search
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
        CREATE FUNCTION beredskap_fold(value TEXT) RETURNS TEXT
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN lower(unaccent('unaccent'::regdictionary, value));

        """
}
