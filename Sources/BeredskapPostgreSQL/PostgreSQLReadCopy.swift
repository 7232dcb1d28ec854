import BeredskapStorage

/// The read copy a PostgreSQL store keeps of every plan version: the rows of the version's forty-odd
/// tables as one JSON text in `version_documents`, so that opening a store and reading a plan is one
/// row of one table, not a statement over forty tables that a new server process would first have to
/// look up in its catalog and plan with a row-level policy each (some 30 ms of the server's time on
/// every open, where the whole open now takes a few).
///
/// The server keeps the copy right, whoever writes: a statement that inserts, updates or deletes rows
/// of a version's tables — the tool's, or anyone's through `psql` — drops the version's copy and marks
/// it due in `version_documents_due` (`beredskap_document_due`, a statement trigger on each table), and
/// when the transaction commits a deferred trigger on the due row makes the copy again from the tables
/// (`beredskap_build_document`), in the same transaction: a reader sees the new rows and their copy
/// together, or neither. Both functions run as the owner; no login writes either table, and logins read
/// the copies of the versions they may read (the policy of every version table), so a copy never shows
/// what the tables would not.
///
/// The copy is made by a statement of this program's shape (`PlanReadCopyShape`), named by its
/// layout; a program that reads in another shape ignores copies of this one and reads the tables. The
/// function and triggers are made again after every migration, so a schema that changes the tables
/// changes the copy with them. A plan of more than ``largestCopied`` units and activities has no copy.
package enum PostgreSQLReadCopy {
    /// The migration that adds the read copy, after version 7: PostgreSQL's alone, as SQLite reads a
    /// plan from its tables as fast as from a copy.
    static let migration = "v7-read-copy"

    /// The tables of the read copy and who may read them.
    static func tablesSQL(groupRole group: String) -> String {
        """
        CREATE TABLE version_documents (
            version_id BIGINT PRIMARY KEY REFERENCES plan_versions(row_id) ON DELETE CASCADE,
            layout TEXT COLLATE "C" NOT NULL,
            rows TEXT COLLATE "C" NOT NULL
        );
        CREATE TABLE version_documents_due (version_id BIGINT PRIMARY KEY);
        \(PostgreSQLAccess.protectSQL("version_documents", reads: PostgreSQLAccess.readsVersion))
        \(PostgreSQLAccess.protectSQL("version_documents_due", reads: "false"))
        REVOKE ALL ON version_documents_due FROM \(PostgreSQLAccess.identifier(group));
        REVOKE INSERT, UPDATE, DELETE ON version_documents FROM \(PostgreSQLAccess.identifier(group));
        CREATE FUNCTION beredskap_document_due() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER
        AS $fn$
        BEGIN
            DELETE FROM version_documents WHERE version_id IN (SELECT DISTINCT version_id FROM changed);
            INSERT INTO version_documents_due (version_id)
                SELECT DISTINCT version_id FROM changed WHERE version_id IS NOT NULL
                ON CONFLICT DO NOTHING;
            RETURN NULL;
        END
        $fn$;
        """
    }

    /// The most units and activities together that a version with a read copy has; a larger plan is
    /// read from its tables, as remaking its copy would cost each change set seconds.
    package static let largestCopied = 20_000

    /// The function that makes a version's copy, the triggers that call it and mark copies due, and
    /// every version due: run after every migration, with this program's layout.
    static var installSQL: String {
        let triggers = PlanReadCopyShape.tables.flatMap { table in
            [("insert", "INSERT", "NEW"), ("update", "UPDATE", "NEW"), ("delete", "DELETE", "OLD")].map {
                name, event, transition in
                "CREATE OR REPLACE TRIGGER beredskap_document_due_\(name) AFTER \(event) ON \(table)"
                    + " REFERENCING \(transition) TABLE AS changed FOR EACH STATEMENT"
                    + " EXECUTE FUNCTION beredskap_document_due();"
            }
        }
        return """
            CREATE OR REPLACE FUNCTION beredskap_build_document() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER
            AS $fn$
            BEGIN
                DELETE FROM version_documents_due WHERE version_id = NEW.version_id;
                DELETE FROM version_documents WHERE version_id = NEW.version_id;
                -- A plan of very many units and activities is read from its tables: its copy would cost
                -- every change set more than it saves a reader.
                IF EXISTS (SELECT FROM plan_versions WHERE row_id = NEW.version_id)
                    AND (SELECT count(*) FROM (SELECT FROM units WHERE version_id = NEW.version_id
                            LIMIT \(largestCopied + 1)) AS u)
                        + (SELECT count(*) FROM (SELECT FROM activities WHERE version_id = NEW.version_id
                            LIMIT \(largestCopied + 1)) AS a) <= \(largestCopied) THEN
                    INSERT INTO version_documents (version_id, layout, rows)
                    SELECT NEW.version_id, \(PostgreSQLAccess.literal(PlanReadCopyShape.layout)),
                        coalesce(json_agg(json_build_array(\(PlanReadCopyShape.columns.joined(separator: ", ")))
                            ORDER BY \(PlanReadCopyShape.order)), '[]')::text
                    FROM (\(PlanReadCopyShape.sql(version: "NEW.version_id"))) AS version_rows;
                END IF;
                RETURN NULL;
            END
            $fn$;
            DROP TRIGGER IF EXISTS beredskap_build_document ON version_documents_due;
            CREATE CONSTRAINT TRIGGER beredskap_build_document AFTER INSERT ON version_documents_due
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION beredskap_build_document();
            \(triggers.joined(separator: "\n"))
            \(PostgreSQLAccess.pinSearchPathSQL)
            REVOKE ALL ON FUNCTION beredskap_document_due(), beredskap_build_document() FROM PUBLIC;
            DELETE FROM version_documents;
            INSERT INTO version_documents_due (version_id) SELECT row_id FROM plan_versions ON CONFLICT DO NOTHING;
            """
    }
}
