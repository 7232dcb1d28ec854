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

    /// Runs `body` with scalar functions written in Swift callable from this connection's SQL, and
    /// removes them after.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/invalidChange`` on a database that cannot
    ///   call Swift (PostgreSQL runs SQL in the server): there the caller answers in Swift instead.
    func withFunctions<T>(_ functions: [SQLFunction], _ body: () throws -> T) throws -> T
}

/// A scalar SQL function written in Swift, as SQLite can call it.
package struct SQLFunction: Sendable {
    package let name: String
    package let argumentCount: Int
    package let body: @Sendable ([SQLValue]) -> SQLValue

    package init(_ name: String, argumentCount: Int, _ body: @escaping @Sendable ([SQLValue]) -> SQLValue) {
        self.name = name
        self.argumentCount = argumentCount
        self.body = body
    }
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

    /// Whether the backend's SQL can call functions written in Swift (``SQLConnection/withFunctions(_:_:)``),
    /// so that a condition's comparisons written in Swift run in the store's query.
    var callsSwiftFunctions: Bool { get }

    /// Brings the schema up to date; true when the store has never held a change set.
    func migrate() throws -> Bool

    /// Brings the database's statistics of the store's tables up to date after a bulk write (a new
    /// store's built-in plan, a copy, an import), so that the next reads are planned for the rows
    /// there are, not for empty tables; where the database keeps such statistics and the login may.
    /// A failure is no error: the database's own maintenance gathers them later.
    func settle()
}

extension StoreBackend {
    /// SQLite plans the store's queries by its indexes alone: nothing to do.
    package func settle() {}
}

extension SQLConvertible {
    /// The first column of the first row, as this type; nil when there is no row or it holds NULL.
    package static func fetchOne(
        _ db: any SQLConnection, sql: String, arguments: SQLArguments = []
    ) throws -> Self? {
        try db.fetchOne(sql: sql, arguments: arguments).flatMap { Self(sqlValue: $0.values[0]) }
    }

    /// The first column of every row, as this type; NULLs and values that are not one are left out.
    package static func fetchAll(
        _ db: any SQLConnection, sql: String, arguments: SQLArguments = []
    ) throws -> [Self] {
        var values: [Self] = []
        try db.forEachRow(sql: sql, arguments: arguments) { row in
            if let value = Self(sqlValue: row.values[0]) { values.append(value) }
            return true
        }
        return values
    }
}

extension SQLRow {
    /// Every row of a query.
    package static func fetchAll(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> [SQLRow]
    {
        try db.fetchAll(sql: sql, arguments: arguments)
    }

    /// The first row of a query, if any.
    package static func fetchOne(_ db: any SQLConnection, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try db.fetchOne(sql: sql, arguments: arguments)
    }
}

extension SQLConnection {
    /// Inserts `rows` (each its values of `columns`, in order) into `table`, taking them from the
    /// sequence as they are written, so that a lazy sequence is never held whole.
    ///
    /// On PostgreSQL, where every statement waits for the server's answer, many rows go in one
    /// statement; on SQLite, in the process, a prepared statement runs once a row, which costs less
    /// than preparing a long one.
    package func insertRows<Rows: Sequence>(into table: String, columns: [String], _ rows: Rows) throws
    where Rows.Element == [SQLValue] {
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let tuple = "(" + sqlQuestionMarks(count: columns.count) + ")"
        guard dialect == .postgreSQL else {
            let sql = head + tuple
            for row in rows { try execute(sql: sql, arguments: SQLArguments(row)) }
            return
        }
        let perStatement = max(1, sqlArgumentsPerStatement / columns.count)
        var waiting: [SQLValue] = []
        var count = 0
        func send() throws {
            guard count > 0 else { return }
            try execute(
                sql: head + Array(repeating: tuple, count: count).joined(separator: ", "),
                arguments: SQLArguments(waiting))
            waiting.removeAll(keepingCapacity: true)
            count = 0
        }
        for row in rows {
            waiting += row
            count += 1
            if count == perStatement { try send() }
        }
        try send()
    }
}

/// How many arguments a statement of many rows takes at most: well under PostgreSQL's limit of
/// 65,535, and few enough that the server plans it quickly.
package let sqlArgumentsPerStatement = 8_000

/// `count` comma-separated `?`s, for an `IN (…)` list.
package func sqlQuestionMarks(count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}

extension SQLDialect {
    /// `IN` a list of row ids given as one argument, ``list(_:)``: SQLite reads it as JSON, PostgreSQL
    /// as an array, so that a statement of any number of ids is prepared once.
    package var inList: String {
        switch self {
        case .sqlite: "IN (SELECT value FROM json_each(?))"
        case .postgreSQL: "= ANY(?::bigint[])"
        }
    }

    /// The argument of ``inList``.
    package func list(_ rows: [Int64]) -> String {
        let items = rows.map(String.init).joined(separator: ",")
        return self == .sqlite ? "[" + items + "]" : "{" + items + "}"
    }

    /// A statement that inserts `columns` (their values the arguments, in order), replacing the row
    /// whose `unique` columns are the same: SQLite's `INSERT OR REPLACE`, PostgreSQL's `ON CONFLICT …
    /// DO UPDATE`. A unique column left out of `columns` takes its default (PostgreSQL's settings are
    /// each login's: their `login` is the `current_user`).
    package func upsert(into table: String, columns: [String], unique: [String]) -> String {
        let insert =
            "INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(sqlQuestionMarks(count: columns.count)))"
        switch self {
        case .sqlite:
            return "INSERT OR REPLACE " + insert
        case .postgreSQL:
            return "INSERT " + insert + " ON CONFLICT (\(unique.joined(separator: ", "))) DO UPDATE SET "
                + columns.filter { !unique.contains($0) }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        }
    }
}
