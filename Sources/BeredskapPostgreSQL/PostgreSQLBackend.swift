import BeredskapStorage
import Synchronization

/// A store in a PostgreSQL database, shared by every administration of a city: the store's semantics
/// over one connection per process, as the login the address names.
///
/// - A read is a `REPEATABLE READ READ ONLY` transaction: one snapshot, as a read on SQLite.
/// - A write takes the store's transaction-scoped advisory lock first, so that writers follow one
///   another as they do on SQLite, where a write transaction is `IMMEDIATE`; a change based on a
///   stale read is then refused by the same checks, naming the entity.
/// - What a login may read and write is decided by the database: row-level security on every table,
///   keyed on the plan's owning administration (``PostgreSQLAccess``).
final class PostgreSQLBackend: StoreBackend {
    /// The connection, used by one thread at a time.
    private let connection: Mutex<PostgreSQLConnection?>
    let address: PostgreSQLAddress

    var dialect: SQLDialect { .postgreSQL }
    var callsSwiftFunctions: Bool { false }

    /// The key of the advisory lock writers take: "beredskap" in ASCII, so it is unlikely to be another
    /// application's.
    static let writeLock: Int64 = 0x62_6572_6564_736B

    init(_ address: PostgreSQLAddress) throws(PostgreSQLError) {
        self.address = address
        connection = Mutex(try PostgreSQLConnection.connect(address))
    }

    deinit {
        connection.withLock { $0?.close() }
    }

    /// Runs `body` on the connection, opening a new one when the last was lost.
    private func withConnection<T>(_ body: (PostgreSQLConnection) throws -> T) throws -> T {
        try connection.withLock { current in
            let open: PostgreSQLConnection
            if let current { open = current } else { open = try PostgreSQLConnection.connect(address) }
            current = open
            do {
                return try body(open)
            } catch let error as PostgreSQLError where error.kind == .connectionLost {
                open.close()
                current = nil
                throw error
            }
        }
    }

    /// Runs `body` in a transaction, committed when it returns and rolled back when it throws.
    private func transaction<T>(
        readOnly: Bool, _ body: (PostgreSQLConnection) throws -> T
    ) throws -> T {
        try withConnection { db in
            try db.begin(readOnly: readOnly)
            let result: T
            do {
                if !readOnly { try db.execute(sql: "SELECT pg_advisory_xact_lock(\(Self.writeLock))") }
                result = try body(db)
            } catch {
                try? db.rollback()
                throw error
            }
            try db.commit()
            return result
        }
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction(readOnly: true, body)
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction(readOnly: false, body)
    }

    func readOnlyQuery(_ sql: String, arguments: [SQLValue]) throws -> SQLQueryResult {
        do {
            return try transaction(readOnly: true) { db in
                var columns: [String] = []
                var rows: [[SQLValue]] = []
                try db.forEachRow(sql: sql, arguments: SQLArguments(arguments)) { row in
                    columns = row.columns
                    rows.append(row.values)
                    return true
                }
                return SQLQueryResult(columns: columns, rows: rows)
            }
        } catch let error as PostgreSQLError where error.sqlState == "25006" {
            throw StoreError(.invalidChange, "only reading is allowed here; the statement would change the store")
        } catch let error as PostgreSQLError where error.kind == .statement && error.sqlState != "42501" {
            throw StoreError(.database, "SQL error: \(error.message)" + (error.hint.map { " (\($0))" } ?? ""))
        }
    }

    func migrate() throws -> Bool {
        // A store opened is nearly always up to date: one statement, which takes no lock, says so.
        if let empty = try withConnection(PostgreSQLSchema.isUpToDate) { return empty }
        return try transaction(readOnly: false) { db in
            try PostgreSQLSchema.migrate(db, address: address)
            // Every login sees every plan's id (its content only as access allows), so this is the
            // same answer for all of them.
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM plans") == 0
        }
    }

    /// ANALYZE of every table of the store the login owns (its owner's login, which sets the store
    /// up and copies into it; a coordinator's import leaves it to autovacuum). A new server process
    /// plans a read of a freshly written store without statistics as if its tables were empty, some
    /// milliseconds more at every open until autovacuum's next round.
    func settle() {
        _ = try? withConnection { db in
            try db.execute(
                sql: """
                    DO $settle$
                    DECLARE t regclass;
                    BEGIN
                        FOR t IN SELECT c.oid FROM pg_class c
                            WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind = 'r'
                                AND pg_has_role(c.relowner, 'USAGE')
                        LOOP
                            EXECUTE format('ANALYZE %s', t);
                        END LOOP;
                    END
                    $settle$
                    """)
        }
    }

    func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? PostgreSQLError else { return StoreError(.database, "\(address): \(error)") }
        switch (error.kind, error.sqlState) {
        case (.connectionFailed, _):
            return StoreError(.cannotOpen, error.description)
        case (.connectionLost, _):
            return StoreError(
                .database,
                "\(error.description); the change in progress was not committed. Try again when the server answers.")
        case (_, "22023"?), (_, "42704"?), (_, "P0001"?):
            return StoreError(.invalidChange, error.message + (error.hint.map { ". \($0)" } ?? ""))
        case (_, "42501"?):
            return StoreError(
                .notPermitted,
                "\(address.user) may not do that in \(address): \(error.message). "
                    + "`beredskap access list` (run by the database's owner) shows who may do what.")
        case (_, "40001"?), (_, "40P01"?):
            return StoreError(
                .conflict,
                "\(address): another login's change came first (\(error.message)); nothing was changed. "
                    + "Try again.")
        case (_, "53100"?):
            return StoreError(
                .database, "cannot write \(address): the server's disk is full; nothing was changed.")
        default:
            return StoreError(.database, "\(address): \(error.description)")
        }
    }
}

extension PostgreSQLConnection {
    /// Only the folding function runs on PostgreSQL, where the schema defines it; a condition with
    /// comparisons written in Swift is answered in Swift by the caller.
    package func withFunctions<T>(_ functions: [SQLFunction], _ body: () throws -> T) throws -> T {
        let missing = functions.map(\.name).filter { $0 != "beredskap_fold" }
        guard missing.isEmpty else {
            throw StoreError(
                .invalidChange,
                "a comparison written in Swift (\(missing.joined(separator: ", "))) cannot run in PostgreSQL's SQL")
        }
        return try body()
    }
}
