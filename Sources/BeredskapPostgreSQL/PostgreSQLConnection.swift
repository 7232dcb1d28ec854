import BeredskapStorage
import NIOSSL
import PostgresNIO
import Synchronization

/// One synchronous connection to PostgreSQL, through postgres-nio: the store's `SQLConnection` in
/// PostgreSQL's dialect.
///
/// Its calls block the calling thread until the server answers, as the store's API does; they must
/// not be made on an event loop. A connection runs one statement at a time and holds at most one
/// transaction, so it is used by one thread at a time, as the store uses a connection.
///
/// - Statements use `?` placeholders, numbered `$1`, `$2`, … before they are sent (see
///   ``translatePlaceholders(_:)``).
/// - Arguments are sent in text format with no declared type, so PostgreSQL types each from its place
///   in the statement, as it types a quoted literal: `.integer(5)` is `5`, `.blob` is bytea's `\x…`.
/// - Results come in text format and are read by each column's type: `int2`, `int4`, `int8` and `oid`
///   as integers, `float4` and `float8` as reals, `numeric` as an integer when it has no fraction and
///   a real otherwise, `bool` as 1 or 0, `bytea` as bytes, NULL as NULL, and every other type as
///   PostgreSQL's text output of it, as psql shows it.
///
/// ```swift
/// let address = try PostgreSQLAddress.parse("postgresql://anna@/city?host=/tmp/pg")
/// let connection = try PostgreSQLConnection.connect(address)
/// defer { connection.close() }
/// try connection.begin(readOnly: true)
/// let names = try String.fetchAll(connection, sql: "SELECT name FROM unit WHERE level = ?", arguments: ["intervention"])
/// try connection.commit()
/// ```
package final class PostgreSQLConnection: SQLConnection, Sendable {
    /// Where the connection goes, with its password.
    package let address: PostgreSQLAddress
    private let connection: PostgresConnection
    private let bridge: BlockingBridge
    private let logger: Logger
    /// The BEGIN of a transaction begun and not yet sent: it goes with the transaction's first
    /// statement, in the same wait (see ``begin(readOnly:)``).
    private let pendingBegin = Mutex<String?>(nil)

    /// How many rows ``forEachRow(sql:arguments:_:)`` takes from postgres-nio per wait.
    private static let rowsPerWait = 256

    private init(address: PostgreSQLAddress, connection: PostgresConnection, bridge: BlockingBridge, logger: Logger) {
        self.address = address
        self.connection = connection
        self.bridge = bridge
        self.logger = logger
    }

    deinit {
        if !connection.isClosed {
            let closing: EventLoopFuture<Void> = connection.close()
            closing.whenComplete { _ in }
        }
    }

    /// Connects to the server at `address` and authenticates as its user, with its password when the
    /// server asks for one.
    ///
    /// Over TCP the connection is encrypted as the address's sslmode says, as libpq does it (see
    /// ``PostgreSQLAddress/encryption``): with `prefer` (the default) TLS when the server offers it, and
    /// once more without TLS when the handshake or the login over it fails; with `require`,
    /// `verify-ca` and `verify-full` TLS or no connection. A Unix socket is never encrypted.
    ///
    /// ```swift
    /// let address = try PostgreSQLAddress.parse(
    ///     "postgresql://anna@db.stad.se/beredskap?sslmode=verify-full&sslrootcert=/etc/ssl/stad-ca.pem")
    /// let connection = try PostgreSQLConnection.connect(address)
    /// ```
    ///
    /// - Parameter eventLoopGroup: The event loops postgres-nio runs on; SwiftNIO's shared one when nil.
    /// - Throws: ``PostgreSQLError`` of kind ``PostgreSQLError/Kind/connectionFailed``: no server at
    ///   the address, no socket, a password refused (SQLSTATE 28P01 or 28000), no such database
    ///   (3D000), a server that does not accept TLS when the sslmode requires it, a certificate that
    ///   does not verify, a root certificate file that is missing or unreadable. Its description names
    ///   the address without the password.
    package static func connect(
        _ address: PostgreSQLAddress, eventLoopGroup: (any EventLoopGroup)? = nil
    ) throws(PostgreSQLError) -> PostgreSQLConnection {
        let eventLoop = (eventLoopGroup ?? MultiThreadedEventLoopGroup.singleton).next()
        let bridge = BlockingBridge(eventLoop: eventLoop)
        var logger = Logger(label: "beredskap.postgresql")
        logger.logLevel = .critical
        let quietLogger = logger
        // A Unix socket is never encrypted, as with libpq: no TLS context (loading the roots costs
        // tens of milliseconds) is made for one.
        let context: NIOSSLContext?
        if case .tcp = address.host { context = try tlsContext(for: address) } else { context = nil }
        do {
            let connection = try bridge.run {
                do {
                    return try await Self.attempt(address, tls: context, on: eventLoop, logger: quietLogger)
                } catch let failure as EncryptedAttemptFailure {
                    guard address.encryption.requirement == .preferred else { throw failure.underlying }
                    do {
                        return try await Self.attempt(address, tls: nil, on: eventLoop, logger: quietLogger)
                    } catch
                        where Self.isRefusedByAccessRules(error) && !Self.isRefusedByAccessRules(failure.underlying)
                    {
                        // A server that takes the login only over TLS refuses the second attempt by its
                        // rules (pg_hba.conf); why the first failed is what the user needs to know.
                        throw failure.underlying
                    }
                }
            }
            return PostgreSQLConnection(address: address, connection: connection, bridge: bridge, logger: quietLogger)
        } catch {
            throw PostgreSQLError(error, address: address, connecting: true)
        }
    }

    /// Whether the server refused the login by its access rules (pg_hba.conf, SQLSTATE 28000).
    private static func isRefusedByAccessRules(_ error: any Error) -> Bool {
        (error as? PSQLError)?.serverInfo?[.sqlState] == "28000"
    }

    /// One attempt at a connection: the channel, encrypted with `tls` when the server agrees, and
    /// postgres-nio's login on it.
    ///
    /// - Throws: ``EncryptedAttemptFailure`` when the handshake fails or the server refuses the login
    ///   over TLS, which `prefer` answers by an attempt without TLS.
    private static func attempt(
        _ address: PostgreSQLAddress, tls: NIOSSLContext?, on eventLoop: any EventLoop, logger: Logger
    ) async throws -> PostgresConnection {
        let (channel, encrypted) = try await openChannel(to: address, tls: tls, on: eventLoop)
        var configuration = PostgresConnection.Configuration(
            establishedChannel: channel, username: address.user, password: address.password,
            database: address.database)
        if let name = address.applicationName {
            configuration.options.additionalStartupParameters = [("application_name", name)]
        }
        do {
            return try await PostgresConnection.connect(
                on: eventLoop, configuration: configuration,
                id: nextID.add(1, ordering: AtomicUpdateOrdering.relaxed).newValue, logger: logger)
        } catch let error as PSQLError where encrypted && error.serverInfo != nil {
            throw EncryptedAttemptFailure(underlying: error)
        }
    }

    /// A socket to the server, encrypted with `tls` when it is given and the server agrees (see
    /// ``startTLS(on:context:address:)``), with ``TextResultFormatHandler`` ahead of postgres-nio's
    /// handlers; and whether it is encrypted.
    private static func openChannel(
        to address: PostgreSQLAddress, tls: NIOSSLContext?, on eventLoop: any EventLoop
    ) async throws -> (channel: any Channel, encrypted: Bool) {
        let bootstrap = ClientBootstrap(group: eventLoop).connectTimeout(.seconds(10))
        let channel: any Channel
        var encrypted = false
        switch address.host {
        case .socket:
            channel = try await bootstrap.connect(unixDomainSocketPath: address.socketPath!).get()
        case .tcp(let host):
            channel = try await bootstrap.channelOption(.tcpOption(.tcp_nodelay), value: 1)
                .connect(host: host, port: address.port).get()
            if let tls { encrypted = try await startTLS(on: channel, context: tls, address: address) }
        }
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(TextResultFormatHandler())
        }.get()
        return (channel, encrypted)
    }

    /// Closes the connection; a transaction still open is rolled back by the server. Closing a
    /// closed connection does nothing.
    package func close() {
        guard !connection.isClosed else { return }
        let connection = connection
        _ = try? bridge.run { try await connection.close() }
    }

    /// Whether the connection is closed, by ``close()`` or because it was lost.
    package var isClosed: Bool { connection.isClosed }

    // MARK: SQLConnection

    /// PostgreSQL's.
    package var dialect: SQLDialect { .postgreSQL }

    /// Runs one statement with `arguments`, or, when there are none, each statement of `sql` in turn,
    /// cut at its semicolons as psql cuts a script (see ``splitStatements(_:)``); rows are discarded.
    ///
    /// postgres-nio sends every statement with the extended protocol, which takes one statement at a
    /// time, so a script is sent a statement at a time; it runs inside the transaction that is open,
    /// or each statement in a transaction of its own when none is.
    package func execute(sql: String, arguments: SQLArguments) throws {
        if arguments.values.isEmpty {
            for statement in Self.splitStatements(sql) {
                try run(try query(statement, []), rowsWanted: false) { _ in true }
            }
        } else {
            try run(try query(sql, arguments), rowsWanted: false) { _ in true }
        }
    }

    /// Runs a query and calls `body` with each row, in order, until it returns false; the rest of the
    /// rows are read and dropped without being decoded. Rows are taken from postgres-nio a few
    /// hundred at a time, so a large result is never held whole.
    package func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws {
        try run(try query(sql, arguments), rowsWanted: true, body)
    }

    /// Runs an INSERT with ` RETURNING <key>` appended and returns the key the row was given.
    ///
    /// - Throws: ``PostgreSQLError`` of kind ``PostgreSQLError/Kind/misuse`` when the statement returns
    ///   no row (an `ON CONFLICT DO NOTHING` that did nothing) or a key that is not an integer.
    package func insert(sql: String, arguments: SQLArguments, returning key: String) throws -> Int64 {
        var statement = Substring(sql)
        while let last = statement.last, last == ";" || last.isWhitespace { statement = statement.dropLast() }
        let column = Self.isPlainIdentifier(key) ? key : "\"" + key.replacing("\"", with: "\"\"") + "\""
        var returned: SQLValue?
        try run(try query(statement + " RETURNING " + column, arguments), rowsWanted: true) { row in
            returned = row.values.first
            return false
        }
        guard let returned else {
            throw PostgreSQLError(.misuse, "the INSERT returned no row, so no \(key) was given: \(sql)")
        }
        guard case .integer(let number) = returned else {
            throw PostgreSQLError(.misuse, "the INSERT returned \(returned) as its \(key), not an integer: \(sql)")
        }
        return number
    }

    /// Whether a table, partitioned table, view, materialized view or foreign table of this exact name
    /// is found along the search path (temporary tables first, PostgreSQL's catalog left out).
    package func tableExists(_ name: String) throws -> Bool {
        let sql = """
            SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c \
            WHERE c.oid = pg_catalog.to_regclass(pg_catalog.quote_ident(?)) \
            AND c.relkind IN ('r', 'p', 'v', 'm', 'f') \
            AND c.relnamespace <> 'pg_catalog'::pg_catalog.regnamespace)
            """
        return try Bool.fetchOne(self, sql: sql, arguments: [name]) ?? false
    }

    // MARK: Transactions

    /// Begins a transaction. A read-only one is `REPEATABLE READ`, so that every statement in it sees
    /// the same snapshot, and refuses writes (SQLSTATE 25006); a read-write one has the server's
    /// default isolation, `READ COMMITTED` unless the server is set otherwise.
    ///
    /// The BEGIN is sent with the transaction's first statement, one after the other in the same wait
    /// of the calling thread, so a transaction costs no wait of its own; the snapshot is the first
    /// statement's, as it would be anyway. A transaction with no statement sends nothing.
    package func begin(readOnly: Bool) throws {
        pendingBegin.withLock { $0 = readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN" }
    }

    /// The BEGIN not yet sent, taken: the caller sends it.
    private func takePendingBegin() -> String? {
        pendingBegin.withLock { pending in
            defer { pending = nil }
            return pending
        }
    }

    /// Commits the open transaction. PostgreSQL answers a commit of a failed transaction by rolling it
    /// back; this throws then, with SQLSTATE 25P02, so that the caller does not take it for a commit.
    package func commit() throws {
        guard takePendingBegin() == nil else { return }  // a transaction without a statement
        let command: String
        do {
            command = try bridge.run { [connection, logger] in
                let result: EventLoopFuture<PostgresQueryResult> = connection.query("COMMIT", logger: logger)
                return try await result.get().metadata.command
            }
        } catch {
            throw PostgreSQLError(error, address: address, connecting: false)
        }
        if command == "ROLLBACK" {
            throw PostgreSQLError(
                .statement, "the transaction had failed, so COMMIT rolled it back", sqlState: "25P02")
        }
    }

    /// Rolls the open transaction back.
    package func rollback() throws {
        guard takePendingBegin() == nil else { return }  // a transaction without a statement
        try execute(sql: "ROLLBACK")
    }

    // MARK: Running statements

    /// The query postgres-nio sends for `sql` and `arguments`.
    private func query(_ sql: some StringProtocol, _ arguments: SQLArguments) throws(PostgreSQLError) -> PostgresQuery {
        let (numbered, placeholders) = Self.translatePlaceholders(String(sql))
        guard placeholders == arguments.values.count else {
            throw PostgreSQLError(
                .misuse,
                "the statement has \(placeholders) placeholder\(placeholders == 1 ? "" : "s") and \(arguments.values.count) argument\(arguments.values.count == 1 ? "" : "s"): \(sql)"
            )
        }
        return PostgresQuery(unsafeSQL: numbered, binds: PostgresBindings(arguments))
    }

    /// Sends `query` (after the transaction's BEGIN, when it is the first statement of one) and hands
    /// its rows to `body` until it returns false; when `rowsWanted` is false, the rows are read and
    /// dropped. The statement and its first rows take one wait; a result of more rows, one more wait
    /// for each few hundred.
    private func run(_ query: PostgresQuery, rowsWanted: Bool, _ body: (SQLRow) throws -> Bool) throws {
        let opening = takePendingBegin()
        let cursor: RowCursor
        var rows: [PostgresRow]
        do {
            (cursor, rows) = try bridge.run { [connection, logger] in
                if let opening {
                    let begun: EventLoopFuture<PostgresQueryResult> = connection.query(
                        PostgresQuery(unsafeSQL: opening), logger: logger)
                    _ = try await begun.get()
                }
                let cursor = RowCursor(try await connection.query(query, logger: logger))
                return (cursor, try await cursor.next(Self.rowsPerWait))
            }
        } catch {
            throw PostgreSQLError(error, address: address, connecting: false)
        }
        var columns: [String]?
        while true {
            if rowsWanted {
                for row in rows {
                    let names = columns ?? row.map(\.columnName)
                    columns = names
                    let values = row.map { ColumnDecoder.value($0.bytes, type: $0.dataType) }
                    guard try body(SQLRow(columns: names, values: values)) else { return }
                }
            }
            // A batch short of the limit was the last: the statement has finished.
            if rows.count < Self.rowsPerWait { return }
            do {
                rows = try bridge.run { try await cursor.next(Self.rowsPerWait) }
            } catch {
                throw PostgreSQLError(error, address: address, connecting: false)
            }
        }
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || (0x61...0x7A).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy {
            $0 == UInt8(ascii: "_") || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0)
        }
    }
}

/// The numbers postgres-nio gives its connections in its logs.
private let nextID = Atomic<Int>(0)

/// The rows of a statement still to be read. Only one ``BlockingBridge/run(_:)`` at a time touches
/// it (the connection runs one statement at a time and waits for each step), which is what makes
/// the unchecked sendability sound. Dropping it before the end has postgres-nio read and discard the
/// rest, so the statement completes and the connection stays usable.
private final class RowCursor: @unchecked Sendable {
    private var iterator: PostgresRowSequence.AsyncIterator?

    init(_ rows: PostgresRowSequence) { iterator = rows.makeAsyncIterator() }

    /// Up to `limit` more rows; none once the statement has finished.
    func next(_ limit: Int) async throws -> [PostgresRow] {
        var rows: [PostgresRow] = []
        while rows.count < limit, let row = try await iterator?.next() { rows.append(row) }
        if rows.count < limit { iterator = nil }
        return rows
    }
}
