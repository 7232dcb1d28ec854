import BeredskapStorage
import NIOSSL
import PostgresNIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why PostgreSQL, or the way to it, failed: the server's SQLSTATE and message when it sent one, and
/// the address (without its password) when no connection could be made.
///
/// ```swift
/// do {
///     try connection.execute(sql: "INSERT INTO unit (id) VALUES (?)", arguments: ["origo"])
/// } catch let error as PostgreSQLError where error.sqlState == "23505" {
///     // a unit with that id exists
/// }
/// ```
package struct PostgreSQLError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    package enum Kind: Sendable, Hashable {
        /// The server refused or failed a statement; ``PostgreSQLError/sqlState`` says why.
        case statement
        /// No connection could be made: no server at the address, no socket, authentication failed
        /// (SQLSTATE 28P01 or 28000) or no such database (3D000).
        case connectionFailed
        /// The connection was lost, or closed, before the statement finished.
        case connectionLost
        /// The statement could not be sent as written: its placeholders and arguments do not match,
        /// or a result is not what the call expects.
        case misuse
    }

    /// What failed.
    package var kind: Kind
    /// The server's SQLSTATE (`23505` a unique violation, `40001` a serialization failure, `25006` a
    /// write in a read-only transaction, …), when the server sent one.
    package var sqlState: String?
    /// What went wrong: the server's primary message, or the connection's.
    package var message: String
    /// The server's detail, if any.
    package var detail: String?
    /// The server's hint, if any.
    package var hint: String?
    /// The address connected to, as `PostgreSQLAddress/description` shows it (without password).
    package var address: String?

    /// An error.
    package init(
        _ kind: Kind, _ message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        address: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.address = address
    }

    /// Whether the error is that no connection could be made or one was lost.
    package var isConnectionFailure: Bool { kind == .connectionFailed || kind == .connectionLost }

    /// One line for a person: where, what, the SQLSTATE, the detail and the hint.
    package var description: String {
        var text: String
        switch kind {
        case .connectionFailed: text = "Cannot connect to \(address ?? "PostgreSQL"): \(message)"
        case .connectionLost: text = "The connection to \(address ?? "PostgreSQL") was lost: \(message)"
        case .statement, .misuse: text = message
        }
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if !text.hasSuffix(".") && !text.hasSuffix("?") { text += "." }
        if let detail, !detail.isEmpty { text += " " + detail }
        if let hint, !hint.isEmpty { text += " Hint: " + hint }
        return text
    }
}

extension PostgreSQLError {
    /// postgres-nio's or SwiftNIO's error, from a statement (`connecting` false) or from making the
    /// connection to `address`.
    init(_ error: any Error, address: PostgreSQLAddress, connecting: Bool) {
        let shown = address.description
        if let error = error as? PostgreSQLError {
            self = error
            return
        }
        if let failure = error as? EncryptedAttemptFailure {
            self.init(failure.underlying, address: address, connecting: connecting)
            return
        }
        guard let error = error as? PSQLError else {
            self.init(
                connecting ? .connectionFailed : .connectionLost, Self.reason(error, address: address),
                address: shown)
            return
        }
        if let server = error.serverInfo, let state = server[.sqlState] {
            // Class 08 and an administrator's or the server's shutdown (57P01 to 57P03) end the
            // connection; every other state is the statement's.
            let kind: Kind =
                connecting
                ? .connectionFailed
                : state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
                    ? .connectionLost : .statement
            self.init(
                kind, server[.message] ?? "the server failed", sqlState: state, detail: server[.detail],
                hint: server[.hint], address: shown)
            return
        }
        switch error.code {
        case .authMechanismRequiresPassword:
            self.init(
                .connectionFailed,
                "the server asks for a password and none was given: put one in the URI, PGPASSWORD or the password file (~/.pgpass)",
                sqlState: "28P01", address: shown)
        case .unsupportedAuthMechanism:
            self.init(
                .connectionFailed, "the server asks for a way of authenticating the connection does not speak",
                address: shown)
        case .saslError:
            self.init(
                .connectionFailed, "SCRAM authentication failed; check the password", sqlState: "28P01",
                address: shown)
        case .tooManyParameters:
            self.init(.misuse, "the statement has more than 65535 arguments, more than PostgreSQL takes")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .connectionError:
            let reason = error.underlying.map { Self.reason($0, address: address) } ?? error.code.description
            self.init(connecting ? .connectionFailed : .connectionLost, reason, address: shown)
        default:
            let reason = error.underlying.map { Self.reason($0, address: address) } ?? error.code.description
            self.init(connecting ? .connectionFailed : .connectionLost, reason, address: shown)
        }
    }

    /// A connection failure in words, with what to check.
    private static func reason(_ error: any Error, address: PostgreSQLAddress) -> String {
        let place = place(of: address)
        switch errno(of: error) {
        case ENOENT?:
            return
                "\(place) does not exist; is the server running, and is the host the directory of its socket (and the port its port)?"
        case ECONNREFUSED?:
            return "nothing accepts connections at \(place); is the server running there?"
        case EACCES?:
            return "\(place) cannot be opened (permission denied)"
        case let code?:
            return "\(place): \(String(cString: strerror(code)))"
        case nil:
            if case ChannelError.connectTimeout = error { return "\(place) did not answer in time" }
            if case ChannelError.eof = error { return "the server at \(place) closed the connection" }
            if error is NIOConnectionError { return "no address of \(place) accepts connections" }
            return "\(place): \(error)"
        }
    }

    /// Where the server is, in words: `the socket /run/pg/.s.PGSQL.5432` or `db.stad.se port 5432`.
    static func place(of address: PostgreSQLAddress) -> String {
        if let socket = address.socketPath { return "the socket \(socket)" }
        return "\(address.hostName ?? "the host") port \(address.port)"
    }

    /// A failed TLS handshake in words: for a certificate that does not verify, what it was checked
    /// against and how to fix it.
    static func handshakeFailure(_ error: any Error, address: PostgreSQLAddress) -> String {
        let place = place(of: address)
        let check = address.encryption.check
        let mode = "sslmode=\(address.sslMode.rawValue)"
        if let error = error as? PostgreSQLError { return error.message }
        if let error = error as? NIOSSLExtraError, error == .failedToValidateHostname,
            case .chainAndHostName(let root) = check
        {
            return
                "the server's certificate at \(place) is signed by \(Self.describe(root)) but is not for the host \(address.hostName ?? ""): \(mode) requires the host in the address to be one the certificate names; connect by a name it gives, or check only who signed it with sslmode=verify-ca"
        }
        if case NIOSSLError.handshakeFailed(.sslError(let stack)) = error,
            stack.contains(where: { $0.description.contains("CERTIFICATE_VERIFY_FAILED") })
        {
            switch check {
            case .chain(let root), .chainAndHostName(let root):
                return
                    "the server's certificate at \(place) is not signed by \(Self.describe(root)), which \(mode) checks it against; give the file of the CA that signed it with sslrootcert (or PGSSLROOTCERT)"
            case .none, .missingRootCertificate:
                break
            }
        }
        switch error {
        case ChannelError.connectTimeout:
            return "the server at \(place) did not finish the TLS handshake in time"
        case ChannelError.eof, ChannelError.ioOnClosedChannel:
            return "the server at \(place) closed the connection during the TLS handshake"
        default:
            return "the TLS handshake with the server at \(place) failed: \(error)"
        }
    }

    /// A root certificate as a message names it.
    private static func describe(_ root: PostgreSQLAddress.RootCertificate) -> String {
        switch root {
        case .file(let path): "a certificate in the root certificate file \(path)"
        case .system: "a CA the system trusts (sslrootcert=system)"
        }
    }

    /// The errno of a failed system call in `error`, or in the first failed attempt of a TCP connect.
    private static func errno(of error: any Error) -> Int32? {
        if let error = error as? IOError { return error.errnoCode }
        if let error = error as? NIOConnectionError {
            for attempt in error.connectionErrors {
                if let code = errno(of: attempt.error) { return code }
            }
        }
        if let error = error as? PSQLError, let underlying = error.underlying { return errno(of: underlying) }
        return nil
    }
}
