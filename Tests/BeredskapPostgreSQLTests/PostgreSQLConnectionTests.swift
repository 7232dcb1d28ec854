import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Synchronization
import Testing

/// A connection to a fresh database of the test cluster, closed when the test ends.
final class TestDatabase {
    let cluster: TestCluster
    let name: String
    let connection: PostgreSQLConnection

    init(_ test: String = #function) throws {
        cluster = try TestCluster.shared
        name = try cluster.createDatabase(test)
        connection = try PostgreSQLConnection.connect(cluster.address(database: name))
    }

    /// What psql prints for `sql` in this database, without the last line break.
    func psql(_ sql: String) throws -> String {
        var output = try cluster.psql(sql, database: name)
        if output.hasSuffix("\n") { output.removeLast() }
        return output
    }

    deinit { connection.close() }
}

/// The connection against a real server: values there and back, placeholders, scripts, streaming,
/// keys, tables, errors, transactions and connecting.
@Suite struct PostgreSQLConnectionTests {
    // MARK: Values

    @Test func eachKindOfValueMakesTheRoundTripThroughATable() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(
            sql: "CREATE TABLE kinds (id int PRIMARY KEY, i bigint, r double precision, t text, b bytea, n text)")
        let blob: [UInt8] = [0, 1, 0x7F, 0x80, 0xFF, UInt8(ascii: "\\"), UInt8(ascii: "'")]
        try connection.execute(
            sql: "INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [1, Int64.min, 0.1, "Åsa's \"citat\" \\ ? ;", SQLValue.blob(blob), nil])
        let row = try #require(
            try connection.fetchOne(sql: "SELECT i, r, t, b, n FROM kinds WHERE id = ?", arguments: [1]))
        #expect(row.columns == ["i", "r", "t", "b", "n"])
        #expect(
            row.values == [
                .integer(Int64.min), .real(0.1), .text("Åsa's \"citat\" \\ ? ;"), .blob(blob), .null,
            ])
        #expect(
            try database.psql("SELECT i, r, t, encode(b, 'hex'), n IS NULL FROM kinds")
                == "-9223372036854775808|0.1|Åsa's \"citat\" \\ ? ;|00017f80ff5c27|t")
    }

    @Test func realsKeepEveryBitAndTheirSpecialValues() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(sql: "CREATE TABLE reals (n int, r double precision)")
        let values: [Double] = [
            0.1, 1.0 / 3.0, 1e-300, -2.5e300, .greatestFiniteMagnitude, .leastNonzeroMagnitude, -0.0, .infinity,
            -.infinity,
        ]
        for (number, value) in values.enumerated() {
            try connection.execute(sql: "INSERT INTO reals VALUES (?, ?)", arguments: [number, value])
        }
        try connection.execute(sql: "INSERT INTO reals VALUES (?, ?)", arguments: [99, Double.nan])
        let read = try connection.fetchAll(sql: "SELECT r FROM reals ORDER BY n").map { $0.values[0] }
        #expect(read.dropLast() == values.map { .real($0) })
        guard case .real(let nan) = read.last else {
            Issue.record("NaN read as \(String(describing: read.last))")
            return
        }
        #expect(nan.isNaN)
        #expect(try Double.fetchOne(connection, sql: "SELECT r FROM reals WHERE n = 6")?.sign == .minus)
    }

    @Test func columnsReadByTheirTypeAndOtherTypesAsPsqlShowsThem() throws {
        let database = try TestDatabase()
        let connection = database.connection
        let numbers = try #require(
            try connection.fetchOne(
                sql: """
                    SELECT 1::int2, 2::int4, 3::int8, 4::oid, 1.5::float4, 2.25::float8, 10::numeric, 2.50::numeric,
                    2.00::numeric, 12345678901234567890::numeric, true, false, '\\x00ff'::bytea, NULL::int
                    """))
        #expect(
            numbers.values == [
                .integer(1), .integer(2), .integer(3), .integer(4), .real(1.5), .real(2.25), .integer(10), .real(2.5),
                .integer(2), .real(1.2345678901234567e19), .integer(1), .integer(0), .blob([0, 0xFF]), .null,
            ])
        let others = [
            "'2024-02-29'::date", "'2024-05-01 12:34:56.789+02'::timestamptz", "'2024-05-01 12:34'::timestamp",
            "'1 day 02:03:04'::interval", "'{\"b\": 1, \"a\": [true, null]}'::json",
            "'{\"b\": 1, \"a\": [true, null]}'::jsonb", "'the fat cats'::tsvector", "ARRAY[1, 2, NULL]",
            "ARRAY['a b', 'c\"d']", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid", "'192.168.0.1/24'::inet",
            "'abc'::varchar(5)", "'x'::char(3)", "'pg_class'::regclass", "12.50::money", "B'1010'",
            "'(1,2)'::point", "'[1,5)'::int4range", "'héllo'::name",
        ]
        for expression in others {
            let value = try connection.fetchOne(sql: "SELECT \(expression)")?.values.first
            #expect(value == .text(try database.psql("SELECT \(expression)")), "\(expression)")
        }
    }

    @Test func argumentsTakeTheTypeTheirPlaceCallsFor() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(
            sql:
                "CREATE TABLE typed (id bigint, int_col integer, text_col text, double_col double precision, flag boolean, day date)"
        )
        try connection.execute(
            sql: "INSERT INTO typed (id, int_col, text_col, double_col, flag, day) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [1, 42, "fyrtiotvå", 4.5, true, "2024-02-29"])
        try connection.execute(
            sql: "INSERT INTO typed (id, int_col, text_col, double_col, flag, day) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [2, 7, nil, 1, false, nil])
        try connection.execute(sql: "INSERT INTO typed (id) VALUES (3)")
        #expect(
            try String.fetchOne(connection, sql: "SELECT text_col FROM typed WHERE id = ?", arguments: [1])
                == "fyrtiotvå")
        #expect(
            try Int.fetchOne(connection, sql: "SELECT int_col FROM typed WHERE id = ?", arguments: [Int64(2)]) == 7
        )
        #expect(
            try Double.fetchOne(connection, sql: "SELECT double_col FROM typed WHERE id = ?", arguments: [2]) == 1)
        #expect(
            try Int.fetchAll(connection, sql: "SELECT id FROM typed WHERE flag = ? ORDER BY id", arguments: [true])
                == [1])
        #expect(
            try Int.fetchAll(
                connection, sql: "SELECT id FROM typed WHERE id = ANY(?::bigint[]) ORDER BY id", arguments: ["{1,3,9}"])
                == [1, 3])
        #expect(
            try connection.fetchOne(sql: "SELECT day FROM typed WHERE id = ?", arguments: [1])?.values == [
                .text("2024-02-29")
            ])
        #expect(try connection.fetchOne(sql: "SELECT ?", arguments: ["fem"])?.values == [.text("fem")])
        #expect(try connection.fetchOne(sql: "SELECT ?", arguments: [5])?.values == [.text("5")])
        #expect(try connection.fetchOne(sql: "SELECT ? + 1", arguments: [5])?.values == [.integer(6)])
        #expect(try connection.fetchOne(sql: "SELECT ?::int IS NULL", arguments: [nil])?.values == [.integer(1)])
        #expect(
            try connection.fetchOne(sql: "SELECT length(?::bytea)", arguments: [SQLValue.blob([1, 2, 3])])?.values
                == [.integer(3)])
        #expect(
            try database.psql("SELECT id, int_col, double_col, flag, day FROM typed ORDER BY id")
                == "1|42|4.5|t|2024-02-29\n2|7|1|f|\n3||||")
    }

    // MARK: Placeholders and scripts

    @Test func placeholdersAreNumberedOutsideQuotesCommentsAndDollarQuotes() {
        func numbered(_ sql: String) -> String { PostgreSQLConnection.translatePlaceholders(sql).sql }
        #expect(PostgreSQLConnection.translatePlaceholders("SELECT 1").placeholders == 0)
        #expect(PostgreSQLConnection.translatePlaceholders("SELECT ?, ?").placeholders == 2)
        #expect(
            numbered("SELECT * FROM t WHERE a = ? AND b IN (?,?)") == "SELECT * FROM t WHERE a = $1 AND b IN ($2,$3)")
        #expect(numbered("SELECT '?', ? FROM t") == "SELECT '?', $1 FROM t")
        #expect(numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
        #expect(numbered("SELECT E'it\\'s ?', ?") == "SELECT E'it\\'s ?', $1")
        #expect(numbered("SELECT e'\\\\', ?") == "SELECT e'\\\\', $1")
        #expect(numbered("SELECT 'a\\', ?") == "SELECT 'a\\', $1")
        #expect(
            numbered("SELECT \"col?\", \"a\"\"?\" FROM t WHERE x = ?")
                == "SELECT \"col?\", \"a\"\"?\" FROM t WHERE x = $1")
        #expect(numbered("SELECT ? -- why?\n, ?") == "SELECT $1 -- why?\n, $2")
        #expect(numbered("SELECT /* a? /* nested? */ still? */ ?") == "SELECT /* a? /* nested? */ still? */ $1")
        #expect(numbered("SELECT $$ ? $$, ?") == "SELECT $$ ? $$, $1")
        #expect(numbered("SELECT $tag$ ? $$ ? $tag$, ?") == "SELECT $tag$ ? $$ ? $tag$, $1")
        #expect(numbered("SELECT $a$ $b$ ? $b$ $a$, ?") == "SELECT $a$ $b$ ? $b$ $a$, $1")
        #expect(numbered("SELECT a$b, ?, $1") == "SELECT a$b, $1, $1")
        #expect(numbered("SELECT x?y") == "SELECT x$1y")
        #expect(numbered("SELECT U&'d\\0061t?', ?") == "SELECT U&'d\\0061t?', $1")
        #expect(numbered("SELECT 'unterminated ?") == "SELECT 'unterminated ?")
        #expect(numbered("SELECT ?::bigint[]") == "SELECT $1::bigint[]")
        #expect(numbered("SELECT 'å', ?, 'ö'") == "SELECT 'å', $1, 'ö'")
    }

    @Test func scriptsAreCutWherePsqlCutsThem() {
        func statements(_ sql: String) -> [String] { PostgreSQLConnection.splitStatements(sql) }
        #expect(statements("SELECT 1; SELECT 2;") == ["SELECT 1", "SELECT 2"])
        #expect(statements("  SELECT 1  ") == ["SELECT 1"])
        #expect(statements(";;\n-- only a comment\n; /* and another */") == [])
        #expect(statements("SELECT ';'; SELECT \";\"") == ["SELECT ';'", "SELECT \";\""])
        #expect(statements("SELECT 1 -- a; b\n; SELECT 2") == ["SELECT 1", "SELECT 2"])
        #expect(
            statements("CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql; SELECT f()")
                == ["CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql", "SELECT f()"])
        #expect(
            statements(
                "CREATE OR REPLACE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END; SELECT g()"
            ) == [
                "CREATE OR REPLACE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END",
                "SELECT g()",
            ])
        #expect(statements("BEGIN; SELECT 1; END;") == ["BEGIN", "SELECT 1", "END"])
        #expect(
            statements("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY t; NOTIFY u); SELECT 1") == [
                "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY t; NOTIFY u)", "SELECT 1",
            ])
    }

    @Test func aScriptRunsEveryStatement() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(
            sql: """
                CREATE TABLE script (n int, note text);
                INSERT INTO script VALUES (1, 'one; still one');
                -- a comment; not a statement
                CREATE FUNCTION double_it(x int) RETURNS int AS $body$
                BEGIN
                    RETURN x * 2;
                END
                $body$ LANGUAGE plpgsql;
                CREATE FUNCTION triple_it(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                    SELECT x * 3;
                END;
                INSERT INTO script VALUES (double_it(2), 'two'), (triple_it(3), 'nine');
                SELECT 'a result nobody reads';
                """)
        #expect(try Int.fetchAll(connection, sql: "SELECT n FROM script ORDER BY n") == [1, 4, 9])
        #expect(try database.psql("SELECT note FROM script WHERE n = 1") == "one; still one")
    }

    @Test func aScriptStopsAtItsFirstFailingStatement() throws {
        let database = try TestDatabase()
        let connection = database.connection
        #expect {
            try connection.execute(
                sql: "CREATE TABLE first (n int); SELECT * FROM nowhere; CREATE TABLE second (n int)")
        } throws: { error in
            (error as? PostgreSQLError)?.sqlState == "42P01"
        }
        #expect(try connection.tableExists("first"))
        #expect(try !connection.tableExists("second"))
    }

    @Test func placeholdersAndArgumentsMustAgree() throws {
        let database = try TestDatabase()
        #expect {
            try database.connection.execute(sql: "SELECT ?, ?", arguments: [1])
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .misuse
                && error?.message == "the statement has 2 placeholders and 1 argument: SELECT ?, ?"
        }
    }

    // MARK: Rows

    @Test func forEachRowStopsWhenTheBodySaysSoAndTheConnectionGoesOn() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.begin(readOnly: false)
        var seen: [Int] = []
        try connection.forEachRow(sql: "SELECT n FROM generate_series(1, 200000) AS n", arguments: []) { row in
            seen.append(row["n"])
            return seen.count < 3
        }
        #expect(seen == [1, 2, 3])
        #expect(try Int.fetchOne(connection, sql: "SELECT count(*) FROM generate_series(1, 1000)") == 1000)
        var all = 0
        try connection.forEachRow(sql: "SELECT n FROM generate_series(1, ?) AS n", arguments: [1000]) { _ in
            all += 1
            return true
        }
        #expect(all == 1000)
        try connection.commit()
    }

    @Test func anErrorThrownByTheBodyLeavesTheConnectionUsable() throws {
        struct Enough: Error {}
        let database = try TestDatabase()
        let connection = database.connection
        #expect(throws: Enough.self) {
            try connection.forEachRow(sql: "SELECT n FROM generate_series(1, 5000) AS n", arguments: []) { _ in
                throw Enough()
            }
        }
        #expect(try Int.fetchOne(connection, sql: "SELECT 7") == 7)
    }

    @Test func insertReturnsTheKeyTheDatabaseGave() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(
            sql: "CREATE TABLE keyed (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text UNIQUE)")
        #expect(
            try connection.insert(sql: "INSERT INTO keyed (name) VALUES (?)", arguments: ["a"], returning: "id") == 1)
        #expect(
            try connection.insert(sql: "INSERT INTO keyed (name) VALUES (?);\n", arguments: ["b"], returning: "id") == 2
        )
        #expect {
            try connection.insert(
                sql: "INSERT INTO keyed (name) VALUES (?) ON CONFLICT DO NOTHING", arguments: ["a"], returning: "id")
        } throws: { error in
            (error as? PostgreSQLError)?.kind == .misuse
        }
        #expect(try database.psql("SELECT id, name FROM keyed ORDER BY id") == "1|a\n2|b")
    }

    @Test func tableExistsSeesTablesAndViewsAlongTheSearchPath() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(
            sql: """
                CREATE TABLE plain (n int); CREATE VIEW seen AS SELECT 1 AS one; CREATE SCHEMA other;
                CREATE TABLE other.hidden (n int); CREATE TABLE "Mixed Case" (n int)
                """)
        #expect(try connection.tableExists("plain"))
        #expect(try connection.tableExists("seen"))
        #expect(try connection.tableExists("Mixed Case"))
        #expect(try !connection.tableExists("mixed case"))
        #expect(try !connection.tableExists("missing"))
        #expect(try !connection.tableExists("hidden"))
        #expect(try !connection.tableExists("pg_class"))
        #expect(try !connection.tableExists("it's; odd"))
        try connection.execute(sql: "SET search_path TO other, public")
        #expect(try connection.tableExists("hidden"))
        try connection.execute(sql: "CREATE TEMPORARY TABLE scratch (n int)")
        #expect(try connection.tableExists("scratch"))
    }

    // MARK: Errors and transactions

    @Test func theServersErrorsCarryTheirSQLState() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(sql: "CREATE TABLE unique_names (name text PRIMARY KEY)")
        try connection.execute(sql: "INSERT INTO unique_names VALUES (?)", arguments: ["Origo"])
        #expect {
            try connection.execute(sql: "INSERT INTO unique_names VALUES (?)", arguments: ["Origo"])
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .statement && error?.sqlState == "23505"
                && error?.message == "duplicate key value violates unique constraint \"unique_names_pkey\""
                && error?.detail == "Key (name)=(Origo) already exists."
                && error?.description
                    == "duplicate key value violates unique constraint \"unique_names_pkey\" (SQLSTATE 23505). Key (name)=(Origo) already exists."
        }
        #expect {
            try connection.execute(sql: "SELEKT 1")
        } throws: { error in
            (error as? PostgreSQLError)?.sqlState == "42601"
        }
        #expect {
            try connection.fetchAll(sql: "SELECT * FROM nowhere WHERE n = ?", arguments: [1])
        } throws: { error in
            (error as? PostgreSQLError)?.sqlState == "42P01"
        }
        #expect(try Int.fetchOne(connection, sql: "SELECT 1") == 1)
    }

    @Test func aReadOnlyTransactionRefusesWritesAndACommitAfterAFailureSaysSo() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(sql: "CREATE TABLE guarded (n int)")
        try connection.begin(readOnly: true)
        #expect(try String.fetchOne(connection, sql: "SHOW transaction_read_only") == "on")
        #expect(try String.fetchOne(connection, sql: "SHOW transaction_isolation") == "repeatable read")
        #expect {
            try connection.execute(sql: "INSERT INTO guarded VALUES (?)", arguments: [1])
        } throws: { error in
            (error as? PostgreSQLError)?.sqlState == "25006"
        }
        #expect {
            try connection.commit()
        } throws: { error in
            (error as? PostgreSQLError)?.sqlState == "25P02"
        }
        try connection.begin(readOnly: false)
        try connection.execute(sql: "INSERT INTO guarded VALUES (?)", arguments: [1])
        try connection.rollback()
        try connection.begin(readOnly: false)
        try connection.execute(sql: "INSERT INTO guarded VALUES (?)", arguments: [2])
        try connection.commit()
        #expect(try database.psql("SELECT n FROM guarded") == "2")
    }

    // MARK: Connecting

    @Test func aPasswordLoginConnectsWithItsPasswordAndOnlyWithIt() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let password = "rätt-lösen:ord@/?"
        let role = try cluster.createLogin("anna", password: password)
        let connection = try PostgreSQLConnection.connect(
            cluster.address(user: role, database: database, password: password))
        #expect(try String.fetchOne(connection, sql: "SELECT current_user") == role)
        connection.close()
        connection.close()
        #expect(connection.isClosed)

        let wrong = "fel-lösenord-4711"
        #expect {
            try PostgreSQLConnection.connect(cluster.address(user: role, database: database, password: wrong))
        } throws: { error in
            let error = error as? PostgreSQLError
            let description = error?.description ?? ""
            return error?.kind == .connectionFailed && error?.sqlState == "28P01"
                && description.contains("password authentication failed for user \"\(role)\"")
                && description.contains(cluster.socketDirectory) && !description.contains(wrong)
                && !description.contains(password)
        }
        #expect {
            try PostgreSQLConnection.connect(cluster.address(user: role, database: database))
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .connectionFailed && error?.description.contains("PGPASSWORD") == true
        }
    }

    @Test func aURIWithTheSocketDirectoryAsHostConnects() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let uri =
            "postgresql://\(TestCluster.superuser)@/\(database)?host=\(cluster.socketDirectory)&port=\(cluster.port)&application_name=beredskap-test"
        let address = try PostgreSQLAddress.parse(uri, environment: [:])
        #expect(address.description == uri)
        let connection = try PostgreSQLConnection.connect(address)
        defer { connection.close() }
        #expect(try String.fetchOne(connection, sql: "SELECT current_database()") == database)
        #expect(try String.fetchOne(connection, sql: "SHOW application_name") == "beredskap-test")
        #expect(connection.dialect == .postgreSQL)
    }

    @Test func aPasswordFromThePasswordFileIsUsed() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let password = "från-filen"
        let role = try cluster.createLogin("passfile", password: password)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("\(cluster.socketDirectory):\(cluster.port):*:\(role):\(password)\n".utf8).write(
            to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let address = try PostgreSQLAddress.parse(
            "postgresql://\(role)@/\(database)?host=\(cluster.socketDirectory)&port=\(cluster.port)",
            environment: ["PGPASSFILE": file])
        let connection = try PostgreSQLConnection.connect(address)
        defer { connection.close() }
        #expect(try String.fetchOne(connection, sql: "SELECT current_user") == role)
    }

    @Test func connectingWhereNoServerIsSaysWhatToCheck() throws {
        let cluster = try TestCluster.shared
        #expect {
            try PostgreSQLConnection.connect(
                PostgreSQLAddress(
                    host: .socket(directory: "/nonexistent/socket"), user: "anna", database: "city", password: "hemligt"
                ))
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .connectionFailed
                && error?.description
                    == "Cannot connect to postgresql://anna@/city?host=/nonexistent/socket: the socket /nonexistent/socket/.s.PGSQL.5432 does not exist; is the server running, and is the host the directory of its socket (and the port its port)?"
        }
        #expect {
            try PostgreSQLConnection.connect(
                PostgreSQLAddress(host: .tcp("127.0.0.1"), port: 1, user: "anna", database: "city", password: "hemligt")
            )
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .connectionFailed
                && error?.description
                    == "Cannot connect to postgresql://anna@127.0.0.1:1/city: nothing accepts connections at 127.0.0.1 port 1; is the server running there?"
        }
        #expect {
            try PostgreSQLConnection.connect(cluster.address(database: "no_such_database"))
        } throws: { error in
            let error = error as? PostgreSQLError
            return error?.kind == .connectionFailed && error?.sqlState == "3D000"
                && error?.description.contains("database \"no_such_database\" does not exist") == true
        }
    }

    @Test func connectionsWorkSideBySide() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let results = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { number in
            do {
                let connection = try PostgreSQLConnection.connect(cluster.address(database: database))
                defer { connection.close() }
                let value = try Int.fetchOne(connection, sql: "SELECT ? + 0", arguments: [number])
                results.withLock { $0.append(value ?? -1) }
            } catch {
                Issue.record("connection \(number): \(error)")
            }
        }
        #expect(results.withLock { $0.sorted() } == Array(0..<8))
    }
}
