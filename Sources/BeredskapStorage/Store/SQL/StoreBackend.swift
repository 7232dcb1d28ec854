/// The SQL a backend speaks, where SQLite's and PostgreSQL's differ.
package enum SQLDialect: Sendable {
    case sqlite
    case postgreSQL
}

/// One connection to a store's database, inside a transaction its backend began: the only way the
/// store's semantics reach a database. Statements use `?` placeholders in both dialects.
package protocol SQLConnection: AnyObject {
    /// The SQL this connection speaks.
    var dialect: SQLDialect { get }

    /// Runs one statement, or several separated by semicolons when `arguments` is empty.
    func execute(sql: String, arguments: SQLArguments) throws

    /// Runs a query and calls `body` with each row, in order, until it returns false. A row is not
    /// kept by the connection once `body` returns.
    func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws

    /// Runs an INSERT into a table whose `key` column the database numbers, and returns the number
    /// it gave the row.
    func insert(sql: String, arguments: SQLArguments, returning key: String) throws -> Int64

    /// Whether the database has a table (or view) of this name.
    func tableExists(_ name: String) throws -> Bool
}

extension SQLConnection {
    package func execute(sql: String) throws {
        try execute(sql: sql, arguments: [])
    }

    /// Every row of a query.
    package func fetchAll(sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(sql: sql, arguments: arguments) { row in
            rows.append(row)
            return true
        }
        return rows
    }

    /// The first row of a query, if any.
    package func fetchOne(sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        var first: SQLRow?
        try forEachRow(sql: sql, arguments: arguments) { row in
            first = row
            return false
        }
        return first
    }

    /// The first column of every row, as `T`; NULLs and values that are not a `T` are left out.
    package func fetchAll<T: SQLConvertible>(_: T.Type, sql: String, arguments: SQLArguments = []) throws -> [T] {
        var values: [T] = []
        try forEachRow(sql: sql, arguments: arguments) { row in
            if let value = T(sqlValue: row.values[0]) { values.append(value) }
            return true
        }
        return values
    }

    /// The first column of the first row, as `T`; nil when there is no row or it holds NULL.
    package func fetchOne<T: SQLConvertible>(_: T.Type, sql: String, arguments: SQLArguments = []) throws -> T? {
        try fetchOne(sql: sql, arguments: arguments).flatMap { T(sqlValue: $0.values[0]) }
    }
}

/// A read-only query's result, as the `.sql` command shows it.
package struct SQLQueryResult: Sendable {
    package var columns: [String]
    package var rows: [[SQLValue]]

    package init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A database that holds a store: SQLite through GRDB in this module, PostgreSQL through
/// postgres-nio in BeredskapPostgreSQL. The store's semantics (change sets, history, lifecycle,
/// drills, search) are written once against it.
package protocol StoreBackend: Sendable {
    /// The SQL the backend speaks.
    var dialect: SQLDialect { get }

    /// Runs `body` on a consistent snapshot of the store, in a transaction that writes nothing.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T

    /// Runs `body` in a write transaction that no other writer of the store runs beside, committed
    /// when `body` returns and rolled back when it throws.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T

    /// Runs SQL a user typed, in a transaction that cannot write, under the user's own rights.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/invalidChange`` for SQL that would write.
    func readOnlyQuery(_ sql: String, arguments: [SQLValue]) throws -> SQLQueryResult

    /// The database's error as a ``StoreError`` that names the store and says what to do.
    func storeError(_ error: any Error) -> StoreError

    /// Brings the schema up to date; true when the store has never held a change set.
    func migrate() throws -> Bool
}
