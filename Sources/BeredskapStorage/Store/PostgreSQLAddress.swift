import Foundation

/// Where a store in PostgreSQL is, parsed from libpq's URI form, with libpq's defaults filled in and
/// the password resolved as psql resolves it.
///
/// The form is
/// `postgresql://[user[:password]@][host][:port][/dbname][?param=value&...]` (or `postgres://`), with
/// percent-encoding in every part and the parameters `host`, `port`, `user`, `password`, `dbname`,
/// `application_name`, `sslmode` and `sslrootcert`; a parameter overrides the part of the URI it
/// names. A host that starts with `/` is the directory of a Unix socket; no host at all is the socket
/// directory `/var/run/postgresql`, as Debian's libpq has it. An IPv6 address is written in brackets.
///
/// What the URI leaves out comes from the environment as libpq takes it: `PGHOST`, `PGPORT` (else
/// 5432), `PGUSER` (else `USER`, else the account's name), `PGDATABASE` (else the user's name),
/// `PGAPPNAME`, `PGSSLMODE` (else `prefer`) and `PGSSLROOTCERT` (else `~/.postgresql/root.crt` when
/// it exists). The password is the URI's, else `PGPASSWORD`, else the first matching line of the
/// password file (`PGPASSFILE`, else `~/.pgpass`). ``encryption`` says what the sslmode and root
/// certificate make of a connection; client certificates (`sslcert`, `sslkey`) are refused.
///
/// ```swift
/// let address = try PostgreSQLAddress.parse("postgresql://anna@/city?host=/tmp/pg")
/// print(address)  // postgresql://anna@/city?host=/tmp/pg
/// let city = try PostgreSQLAddress.parse("postgresql://anna@db.stad.se/city?sslmode=verify-full")
/// print(city.encryption.requirement)  // required
/// ```
package struct PostgreSQLAddress: Sendable, Equatable, CustomStringConvertible {
    /// How the server is reached.
    package enum Host: Sendable, Equatable {
        /// A host name or an IP address (an IPv6 address without its brackets), over TCP.
        case tcp(String)
        /// The directory that holds the server's Unix socket, `.s.PGSQL.<port>`.
        case socket(directory: String)
    }

    /// The socket directory libpq uses when no host is given: Debian's.
    package static let defaultSocketDirectory = "/var/run/postgresql"
    /// The port libpq uses when none is given.
    package static let defaultPort = 5432
    /// The form of an address, as the messages of ``parse(_:environment:)`` show it.
    package static let expectedForm =
        "postgresql://[user[:password]@][host][:port][/dbname][?param=value&...] with the parameters host, port, user, password, dbname, application_name, sslmode and sslrootcert"

    /// How the server is reached.
    package var host: Host
    /// The server's port; for a Unix socket, the number in the socket's name.
    package var port: Int
    /// The role to connect as.
    package var user: String
    /// The database to connect to.
    package var database: String
    /// The password, from the URI, `PGPASSWORD` or the password file; nil when none of them has one.
    package var password: String?
    /// The name the server shows for the connection, if one was given.
    package var applicationName: String?
    /// Whether the connection is encrypted and how the server's certificate is checked.
    package var sslMode: SSLMode
    /// What the server's certificate is checked against, if anything: `sslrootcert`, else
    /// `~/.postgresql/root.crt` when it exists.
    package var rootCertificate: RootCertificate?

    /// An address from its parts, as given.
    package init(
        host: Host, port: Int = PostgreSQLAddress.defaultPort, user: String, database: String,
        password: String? = nil, applicationName: String? = nil, sslMode: SSLMode = PostgreSQLAddress.defaultSSLMode,
        rootCertificate: RootCertificate? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.applicationName = applicationName
        self.sslMode = sslMode
        self.rootCertificate = rootCertificate
    }

    /// The socket's directory, for an address that is a Unix socket.
    package var socketDirectory: String? {
        if case .socket(let directory) = host { directory } else { nil }
    }

    /// The socket's path, `<directory>/.s.PGSQL.<port>`, for an address that is a Unix socket.
    package var socketPath: String? {
        socketDirectory.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + ".s.PGSQL.\(port)" }
    }

    /// The host name or IP address, for an address reached over TCP.
    package var hostName: String? {
        if case .tcp(let name) = host { name } else { nil }
    }

    /// Whether `text` is meant as a PostgreSQL address rather than a file: it starts with
    /// `postgresql://` or `postgres://`, as libpq recognizes a URI.
    package static func looksLikeURI(_ text: String) -> Bool {
        schemes.contains { text.hasPrefix($0) }
    }

    /// The address as a URI without its password, with every default filled in, e.g.
    /// `postgresql://anna@/city?host=/tmp/x`: what every message about the store shows. The sslmode
    /// is shown when it is not `prefer`, the root certificate when there is one.
    package var description: String {
        var text = "postgresql://" + Self.encode(user, keeping: "") + "@"
        var parameters: [String] = []
        switch host {
        case .tcp(let name):
            text += name.contains(":") ? "[" + Self.encode(name, keeping: ":") + "]" : Self.encode(name, keeping: "")
            if port != Self.defaultPort { text += ":\(port)" }
        case .socket(let directory):
            parameters.append("host=" + Self.encode(directory, keeping: "/"))
            if port != Self.defaultPort { parameters.append("port=\(port)") }
        }
        text += "/" + Self.encode(database, keeping: "")
        if let applicationName { parameters.append("application_name=" + Self.encode(applicationName, keeping: "/")) }
        if sslMode != Self.defaultSSLMode { parameters.append("sslmode=" + sslMode.rawValue) }
        if let rootCertificate {
            parameters.append("sslrootcert=" + Self.encode(rootCertificate.description, keeping: "/"))
        }
        if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        return text
    }

    /// Parses an address in libpq's URI form and fills in what it leaves out from `environment` and
    /// the password file.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/cannotOpen`` that names what is wrong and
    ///   the form expected; no message holds the password.
    package static func parse(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> PostgreSQLAddress {
        let shown = redacted(text)
        func failure(_ problem: String) -> StoreError {
            StoreError(
                .cannotOpen,
                "\(shown) is not a PostgreSQL address the store can use: \(problem). Expected \(expectedForm).")
        }
        guard let scheme = schemes.first(where: { text.hasPrefix($0) }) else {
            throw failure("it does not start with postgresql:// or postgres://")
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var authority = rest
        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        }

        var given = Given()
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                given.user = try decode(userInfo[..<colon], "the user name", failure)
                given.password = try decode(userInfo[userInfo.index(after: colon)...], "the password", failure)
            } else {
                given.user = try decode(userInfo, "the user name", failure)
            }
        }
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else {
                throw failure("the IPv6 address has no closing ]")
            }
            given.host = try decode(hostPort[hostPort.index(after: hostPort.startIndex)..<close], "the host", failure)
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw failure("only :port may follow the IPv6 address's ]") }
                given.port = String(after.dropFirst())
            }
        } else {
            if hostPort.contains(",") { throw failure("it names several hosts; give one") }
            let pieces = hostPort.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count <= 2 else { throw failure("an IPv6 address must be written in brackets, as [::1]") }
            given.host = try decode(pieces[0], "the host", failure)
            if pieces.count == 2 { given.port = String(pieces[1]) }
        }
        if let path { given.database = try decode(path, "the database name", failure) }

        for parameter in query.split(separator: "&") {
            guard let equals = parameter.firstIndex(of: "=") else {
                throw failure("a parameter has no = and value")
            }
            let key = try decode(parameter[..<equals], "a parameter's name", failure)
            let value = try decode(parameter[parameter.index(after: equals)...], "the \(key) parameter", failure)
            switch key {
            case "host": given.host = value
            case "port": given.port = value
            case "user": given.user = value
            case "password": given.password = value
            case "dbname": given.database = value
            case "application_name": given.applicationName = value
            case "sslmode": given.sslMode = value
            case "sslrootcert": given.rootCertificate = value
            case "sslcert", "sslkey", "sslpassword":
                throw failure(
                    "it has the parameter \(key), but the store does not support client certificates; log in with a password (PGPASSWORD or ~/.pgpass), which TLS encrypts"
                )
            default: throw failure("it has the parameter \(key), which the store does not know")
            }
        }
        return try given.resolved(environment: environment, failure)
    }

    /// The parts the URI gave, before defaults; an empty part counts as not given, as in libpq.
    private struct Given {
        var host: String?
        var port: String?
        var user: String?
        var password: String?
        var database: String?
        var applicationName: String?
        var sslMode: String?
        var rootCertificate: String?

        func resolved(
            environment: [String: String], _ failure: (String) -> StoreError
        ) throws(StoreError) -> PostgreSQLAddress {
            func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
            let hostText = nonEmpty(host) ?? nonEmpty(environment["PGHOST"]) ?? PostgreSQLAddress.defaultSocketDirectory
            if hostText.contains(",") { throw failure("it names several hosts (\(hostText)); give one") }
            let portNumber: Int
            if let portText = nonEmpty(port) {
                guard let number = PostgreSQLAddress.port(portText) else {
                    throw failure("the port is not a number from 1 to 65535")
                }
                portNumber = number
            } else if let portText = nonEmpty(environment["PGPORT"]) {
                guard let number = PostgreSQLAddress.port(portText) else {
                    throw failure("PGPORT is not a number from 1 to 65535")
                }
                portNumber = number
            } else {
                portNumber = PostgreSQLAddress.defaultPort
            }
            let user =
                nonEmpty(user) ?? nonEmpty(environment["PGUSER"]) ?? nonEmpty(environment["USER"])
                ?? ProcessInfo.processInfo.userName
            let database = nonEmpty(database) ?? nonEmpty(environment["PGDATABASE"]) ?? user
            let isSocket = hostText.hasPrefix("/")
            let (sslMode, rootCertificate) = try PostgreSQLAddress.resolveEncryption(
                mode: nonEmpty(sslMode), root: nonEmpty(rootCertificate), tcp: !isSocket, environment: environment,
                failure)
            var address = PostgreSQLAddress(
                host: isSocket ? .socket(directory: hostText) : .tcp(hostText), port: portNumber, user: user,
                database: database, password: nil,
                applicationName: nonEmpty(applicationName) ?? nonEmpty(environment["PGAPPNAME"]), sslMode: sslMode,
                rootCertificate: rootCertificate)
            address.password =
                nonEmpty(password) ?? nonEmpty(environment["PGPASSWORD"])
                ?? PostgreSQLAddress.passwordFromFile(for: address, environment: environment)
            return address
        }
    }

    private static let schemes = ["postgresql://", "postgres://"]

    /// `name` in the home directory of `environment` (`HOME`, else the account's), where libpq looks
    /// for the password file and the root certificate.
    static func homeFile(_ name: String, environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home.hasSuffix("/") ? home : home + "/") + name
    }

    private static func port(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let number = Int(text), (1...65535).contains(number)
        else { return nil }
        return number
    }

    // MARK: Percent-encoding

    /// `text` with its %XX escapes decoded; `part` names it in the message when an escape is broken.
    private static func decode(
        _ text: Substring, _ part: String, _ failure: (String) -> StoreError
    ) throws(StoreError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw failure("\(part) has a % that is not followed by two hexadecimal digits (write % itself as %25)")
            }
            let decoded = high << 4 | low
            guard decoded != 0 else { throw failure("\(part) holds %00, which PostgreSQL does not allow") }
            bytes.append(decoded)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `text` with every byte but URI's unreserved characters (and those in `keeping`) as %XX.
    private static func encode(_ text: String, keeping: String) -> String {
        let kept = Set(keeping.utf8)
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where kept.contains(byte):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// `text` as a message may show it: without the password of its user part (the part up to the
    /// last `@` before the query, so that a `/` or `@` written unencoded in a password does not show
    /// the rest of it) and without any `password` parameter.
    package static func redacted(_ text: String) -> String {
        let afterScheme = text.range(of: "://")?.upperBound ?? text.startIndex
        let scheme = String(text[..<afterScheme])
        var rest = text[afterScheme...]
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let at = rest.lastIndex(of: "@") {
            let user = rest[..<at].prefix { $0 != ":" }
            rest = user + rest[at...]
        }
        var shown = scheme + String(rest)
        if let query {
            let kept = query.split(separator: "&", omittingEmptySubsequences: false).filter { parameter in
                let key = parameter.prefix { $0 != "=" }
                return (try? decode(key, "", { _ in StoreError(.cannotOpen, "") })) != "password"
            }
            shown += "?" + kept.joined(separator: "&")
        }
        return shown
    }
}
