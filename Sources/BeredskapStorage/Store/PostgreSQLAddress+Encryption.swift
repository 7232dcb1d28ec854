import BeredskapModel
import Foundation

extension PostgreSQLAddress {
    /// Whether the connection is encrypted with TLS and how the server's certificate is checked:
    /// libpq's `sslmode`.
    ///
    /// `allow` is taken as `prefer`. libpq's `allow` tries a plain connection first and TLS only when
    /// the server refuses it; the two differ only for a server that takes both, and there the
    /// encrypted connection is the better one.
    package enum SSLMode: String, Sendable, Equatable, CaseIterable {
        /// Never TLS.
        case disable
        /// As ``prefer``.
        case allow
        /// TLS when the server offers it, else a plain connection; libpq's default.
        case prefer
        /// TLS or no connection; the certificate is checked as for ``verifyCA`` when there is a root
        /// certificate (`sslrootcert`, or `~/.postgresql/root.crt` when it exists), else not at all.
        case require
        /// TLS, with the server's certificate signed by the root certificate.
        case verifyCA = "verify-ca"
        /// TLS, with the server's certificate signed by the root certificate and naming the host.
        case verifyFull = "verify-full"
    }

    /// The certificates the server's certificate is checked against: libpq's `sslrootcert`.
    package enum RootCertificate: Sendable, Equatable, CustomStringConvertible {
        /// A PEM file of one or more CA certificates.
        case file(String)
        /// The system's trust store: `sslrootcert=system`.
        case system

        /// The file's path, or `system`, as `sslrootcert` takes it.
        package var description: String {
            switch self {
            case .file(let path): path
            case .system: "system"
            }
        }
    }

    /// What connecting does about TLS, decided from ``sslMode`` and ``rootCertificate`` as libpq
    /// decides it.
    package struct Encryption: Sendable, Equatable {
        /// Whether TLS is asked for.
        package enum Requirement: Sendable, Equatable {
            /// A plain connection: `sslmode=disable`, or a Unix socket, which libpq never encrypts.
            case never
            /// TLS when the server offers it and the handshake and login over it succeed, else a
            /// plain connection, as libpq's `prefer` retries without TLS.
            case preferred
            /// TLS or no connection.
            case required
        }

        /// How much of the server's certificate is checked.
        package enum Check: Sendable, Equatable {
            /// Nothing: the connection is encrypted, but the server is not authenticated.
            case none
            /// That a root certificate signed it.
            case chain(RootCertificate)
            /// That a root certificate signed it and that it names the host.
            case chainAndHostName(RootCertificate)
            /// ``SSLMode/verifyCA`` or ``SSLMode/verifyFull`` without a root certificate: connecting
            /// fails, saying where to give one.
            case missingRootCertificate(SSLMode)
        }

        /// Whether TLS is asked for.
        package var requirement: Requirement
        /// How the server's certificate is checked.
        package var check: Check
    }

    /// The sslmode libpq uses when none is given.
    package static let defaultSSLMode = SSLMode.prefer

    /// What connecting does about TLS.
    package var encryption: Encryption {
        guard case .tcp = host else { return Encryption(requirement: .never, check: .none) }
        let checked = rootCertificate.map(Encryption.Check.chain) ?? .none
        switch sslMode {
        case .disable: return Encryption(requirement: .never, check: .none)
        case .allow, .prefer: return Encryption(requirement: .preferred, check: checked)
        case .require: return Encryption(requirement: .required, check: checked)
        case .verifyCA:
            return Encryption(
                requirement: .required, check: rootCertificate.map { .chain($0) } ?? .missingRootCertificate(sslMode))
        case .verifyFull:
            return Encryption(
                requirement: .required,
                check: rootCertificate.map { .chainAndHostName($0) } ?? .missingRootCertificate(sslMode))
        }
    }

    /// The root certificate libpq reads when `sslrootcert` is not given, in the home directory of
    /// `environment`.
    package static func defaultRootCertificatePath(environment: [String: String]) -> String {
        homeFile(".postgresql/root.crt", environment: environment)
    }

    /// The sslmode and root certificate from the URI's text (`mode`, `root`), else `PGSSLMODE` and
    /// `PGSSLROOTCERT`, else libpq's defaults: `prefer`, and `~/.postgresql/root.crt` when it exists
    /// (for TCP; a Unix socket is never encrypted). `sslrootcert=system` makes the default mode
    /// `verify-full` and refuses any other, as libpq does, since the system's roots vouch for any host.
    static func resolveEncryption(
        mode: String?, root: String?, tcp: Bool, environment: [String: String], _ failure: (String) -> StoreError
    ) throws(StoreError) -> (SSLMode, RootCertificate?) {
        let rootText = root ?? environment["PGSSLROOTCERT"].flatMap { $0.isEmpty ? nil : $0 }
        let rootCertificate: RootCertificate?
        if rootText == "system" {
            rootCertificate = .system
        } else if let rootText {
            rootCertificate = .file(rootText)
        } else {
            let path = defaultRootCertificatePath(environment: environment)
            rootCertificate = tcp && FileManager.default.fileExists(atPath: path) ? .file(path) : nil
        }
        var sslMode = rootCertificate == .system ? SSLMode.verifyFull : defaultSSLMode
        for (text, name) in [(mode, "sslmode"), (environment["PGSSLMODE"], "PGSSLMODE")] {
            guard let text, !text.isEmpty else { continue }
            guard let given = SSLMode(rawValue: text) else {
                let names = SSLMode.allCases.map(\.rawValue)
                let suggestion = Suggestion.nearest(to: text, in: names).map { " (did you mean \($0)?)" } ?? ""
                throw failure(
                    "\(name) is \(text)\(suggestion), which is not one of \(names.dropLast().joined(separator: ", ")) and \(names.last!)"
                )
            }
            sslMode = given
            break
        }
        if rootCertificate == .system, sslMode != .verifyFull {
            throw failure(
                "sslmode=\(sslMode.rawValue) may not be used with sslrootcert=system: the system's roots vouch for any host, so only sslmode=verify-full, which checks the host name, is safe with them"
            )
        }
        return (sslMode, rootCertificate)
    }
}
