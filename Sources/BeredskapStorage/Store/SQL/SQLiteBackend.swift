import Foundation
internal import GRDB

/// A store in an SQLite file (or in memory), through GRDB: a pool in WAL mode for a file, so that
/// readers never wait for the writer, and a queue for memory.
final class SQLiteBackend: StoreBackend {
    let writer: any DatabaseWriter
    let location: StoreLocation

    var dialect: SQLDialect { .sqlite }
    var callsSwiftFunctions: Bool { true }

    init(writer: any DatabaseWriter, location: StoreLocation) {
        self.writer = writer
        self.location = location
    }

    /// The connection's configuration: a writer waits up to 30 seconds for another, and foreign keys
    /// are enforced.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        return configuration
    }

    /// A backend on a new in-memory database.
    static func memory() throws -> SQLiteBackend {
        SQLiteBackend(writer: try DatabaseQueue(configuration: configuration), location: .memory)
    }

    /// A backend on the SQLite file at `path`, created when it does not exist.
    static func file(_ path: String) throws -> SQLiteBackend {
        SQLiteBackend(writer: try DatabasePool(path: path, configuration: configuration), location: .file(path))
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try writer.read { db in try body(SQLiteConnection(db)) }
    }

    /// An immediate transaction, so that concurrent writers queue on the busy timeout instead of
    /// failing when they upgrade a read to a write.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(SQLiteConnection(db))
                return .commit
            }
            return result!
        }
    }

    func readOnlyQuery(_ sql: String, arguments: [SQLValue]) throws -> SQLQueryResult {
        do {
            return try writer.read { db in
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else {
                    throw StoreError(
                        .invalidChange, "only reading is allowed here; the statement would change the store")
                }
                let rows = try Row.fetchAll(statement, arguments: SQLiteConnection.arguments(SQLArguments(arguments)))
                    .map { row in Array(row.databaseValues.map(SQLiteConnection.value(of:))) }
                return SQLQueryResult(columns: statement.columnNames, rows: rows)
            }
        } catch let error as DatabaseError
            where error.resultCode != .SQLITE_CORRUPT && error.resultCode != .SQLITE_NOTADB
        {
            throw StoreError(.database, "SQL error: \(error.message ?? error.description)")
        }
    }

    /// The schema's migrations, as GRDB runs them: each once, in order, in a transaction of its own.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for identifier in StoreSchema.migrationIdentifiers {
            migrator.registerMigration(identifier) { db in try StoreSchema.migrate(identifier, SQLiteConnection(db)) }
        }
        return migrator
    }

    func migrate() throws -> Bool {
        try Self.migrator.migrate(writer)
        return try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM change_sets") == 0 }
    }

    func storeError(_ error: any Error) -> StoreError {
        Self.storeError(error, at: location)
    }

    /// SQLite's errors as ``StoreError``s that name the store and say what to do.
    static func storeError(_ error: any Error, at location: StoreLocation) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return StoreError(.database, "\(location): \(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, "\(location) is not a Beredskap store (not an SQLite database)")
        case .SQLITE_CORRUPT:
            return damaged(location, error)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(
                .database,
                "\(location) is busy: another process has been writing to it for over 30 seconds; nothing was "
                    + "changed. Try again when it has finished.")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StoreError(.cannotOpen, "cannot write \(location): \(error.message ?? "permission denied")")
        case .SQLITE_FULL:
            return StoreError(
                .database,
                "cannot write \(location): the disk is full; nothing was changed. Free some space and try again.")
        default:
            return StoreError(
                .database, "\(location): SQLite error \(error.resultCode.rawValue): \(error.message ?? "")")
        }
    }

    /// The error for a store SQLite itself reports as damaged, the only case in which a user is told
    /// to recover or restore it.
    static func damaged(_ location: StoreLocation, _ error: DatabaseError, unchanged: Bool = false) -> StoreError {
        StoreError(
            .damaged,
            "\(location) is damaged: SQLite reports \"\(error.message ?? "database disk image is malformed")\""
                + (unchanged ? "; it was not changed" : "")
                + ". Copy the file (with any -wal file beside it) somewhere safe, then try "
                + "`sqlite3 \(location) .recover > recovered.sql`, or restore the store from a backup.")
    }

    // MARK: Inspecting a file

    /// What a read-only look at a store file found: the migrations applied and whether it has
    /// ever held a plan.
    struct Inspection {
        var applied: [String]
        var hasChangeSets: Bool

        /// Whether the store can be used as it is: fully migrated, and seeded unless no seed is wanted.
        func isReady(seed: Bool) -> Bool {
            applied.count == StoreSchema.migrationIdentifiers.count && (hasChangeSets || !seed)
        }
    }

    /// Looks at a store through a read-only SQLite connection, before anything writes to it, and
    /// refuses a file that is not a store, a damaged one and one from a newer version.
    static func inspect(_ path: String) throws(StoreError) -> Inspection {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let inspection: Inspection
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            inspection = try queue.read { db in
                guard try db.tableExists("grdb_migrations") else {
                    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                    if tables.isEmpty { return Inspection(applied: [], hasChangeSets: false) }
                    throw StoreError(
                        .notAStore,
                        "\(path) is an SQLite database but not a Beredskap store (it has the tables "
                            + tables.prefix(5).joined(separator: ", ")
                            + "); it was not changed. Give another --store path.")
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let hasChangeSets =
                    try db.tableExists("change_sets")
                    && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM change_sets)") == true
                return Inspection(applied: applied, hasChangeSets: hasChangeSets)
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(
                .notADatabase,
                "\(path) is not a Beredskap store (not an SQLite database); it was not changed. "
                    + "Give another --store path, or move the file away to create a new store there.")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw damaged(.file(path), error, unchanged: true)
        } catch {
            throw storeError(error, at: .file(path))
        }
        let unknown = inspection.applied.filter { !StoreSchema.migrationIdentifiers.contains($0) }
        if !unknown.isEmpty {
            throw StoreError(
                .newerSchema,
                "\(path) was written by a newer version of Beredskap (schema \(unknown.joined(separator: ", "))); "
                    + "it was not changed. Upgrade beredskap to use it.")
        }
        return inspection
    }
}

/// One GRDB connection inside a transaction, as the store's SQL sees it. Every statement is
/// prepared once per connection and kept (GRDB's statement cache), so a bulk edit prepares each of
/// its few statements once.
final class SQLiteConnection: SQLConnection {
    let db: Database

    init(_ db: Database) { self.db = db }

    var dialect: SQLDialect { .sqlite }

    func execute(sql: String, arguments: SQLArguments) throws {
        if arguments.values.isEmpty {
            try db.execute(sql: sql)
        } else {
            try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        }
    }

    func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        while let row = try cursor.next() {
            let values = Array(row.databaseValues.map(Self.value(of:)))
            guard try body(SQLRow(columns: columns, values: values)) else { return }
        }
    }

    func insert(sql: String, arguments: SQLArguments, returning key: String) throws -> Int64 {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return db.lastInsertedRowID
    }

    func tableExists(_ name: String) throws -> Bool {
        try db.tableExists(name) || db.viewExists(name)
    }

    func withFunctions<T>(_ functions: [SQLFunction], _ body: () throws -> T) throws -> T {
        let registered = functions.map { function in
            DatabaseFunction(function.name, argumentCount: function.argumentCount, pure: true) { values in
                Self.databaseValue(function.body(Array(values.map(Self.value(of:)))))
            }
        }
        for function in registered { db.add(function: function) }
        defer { for function in registered { db.remove(function: function) } }
        return try body()
    }

    /// GRDB's arguments for the store's. Built without GRDB's initializer for a sequence of
    /// concrete values, which goes through a key path instantiated on every call.
    static func arguments(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.values.map { databaseValue($0) as (any DatabaseValueConvertible)? })
    }

    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }

    static func value(of value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .blob([UInt8](data))
        }
    }
}
