import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Testing

/// TLS over TCP as libpq negotiates it, against real servers on 127.0.0.1: one with `ssl = on` and a
/// certificate for `localhost` from a throwaway CA, one with `ssl = off`. What a user notices: whether
/// the session is encrypted (as the server's `pg_stat_ssl` says), and the message when it may not be.
@Suite struct TLSTests {
    /// An environment with nothing of PostgreSQL's and a home without `~/.postgresql`.
    let bare = ["HOME": "/nonexistent/home", "PGPASSFILE": "/nonexistent/pgpass"]

    /// The address of a new database of `cluster` over TCP, as a user writes it.
    func address(
        _ cluster: TestCluster, host: String = "localhost", user: String = TestCluster.superuser,
        database: String? = nil, _ parameters: String = "", environment: [String: String]? = nil
    ) throws -> PostgreSQLAddress {
        let database = try database ?? cluster.createDatabase("tls")
        let query = parameters.isEmpty ? "" : "?" + parameters
        return try PostgreSQLAddress.parse(
            "postgresql://\(user)@\(host):\(cluster.port)/\(database)\(query)", environment: environment ?? bare)
    }

    /// Whether the server says the connection's session is encrypted.
    func isEncrypted(_ address: PostgreSQLAddress) throws -> Bool {
        let connection = try PostgreSQLConnection.connect(address)
        defer { connection.close() }
        return try Bool.fetchOne(connection, sql: "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == true
    }

    /// The description of the error connecting to `address` throws, or nil when it connects.
    func refusal(_ address: PostgreSQLAddress) -> String? {
        do {
            let connection = try PostgreSQLConnection.connect(address)
            connection.close()
            return nil
        } catch {
            #expect(error.kind == .connectionFailed)
            return error.description
        }
    }

    // MARK: Encrypted or not

    @Test func requireEncryptsTheSession() throws {
        let cluster = try TestCluster.encrypted
        #expect(try isEncrypted(address(cluster, "sslmode=require")))
        #expect(try isEncrypted(address(cluster, environment: bare.merging(["PGSSLMODE": "require"]) { $1 })))
    }

    @Test func preferAndAllowEncryptWhenTheServerOffersTLS() throws {
        let cluster = try TestCluster.encrypted
        #expect(try isEncrypted(address(cluster)))
        #expect(try isEncrypted(address(cluster, "sslmode=prefer")))
        #expect(try isEncrypted(address(cluster, "sslmode=allow")))
    }

    @Test func disableIsNotEncrypted() throws {
        let cluster = try TestCluster.encrypted
        #expect(try !isEncrypted(address(cluster, "sslmode=disable")))
        #expect(try !isEncrypted(address(cluster, environment: bare.merging(["PGSSLMODE": "disable"]) { $1 })))
    }

    @Test func aUnixSocketIsNeverEncrypted() throws {
        let cluster = try TestCluster.encrypted
        let database = try cluster.createDatabase()
        let address = try PostgreSQLAddress.parse(
            "postgresql://\(TestCluster.superuser)@/\(database)?host=\(cluster.socketDirectory)&port=\(cluster.port)&sslmode=verify-full",
            environment: bare)
        #expect(try !isEncrypted(address))
    }

    @Test func preferGoesOnUnencryptedWhenTheServerTakesTheLoginOnlyWithoutTLS() throws {
        let cluster = try TestCluster.encrypted
        #expect(try !isEncrypted(address(cluster, user: TestCluster.tlsRefusedLogin)))
        let refused = refusal(try address(cluster, user: TestCluster.tlsRefusedLogin, "sslmode=require"))
        #expect(refused?.contains("pg_hba.conf rejects connection") == true, "\(refused ?? "connected")")
        #expect(refused?.contains("SQLSTATE 28000") == true)
    }

    @Test func preferOnAServerThatTakesTheLoginOnlyOverTLSSaysWhyTheLoginFailed() throws {
        let cluster = try TestCluster.encrypted
        let (login, password) = TestCluster.tlsOnlyLogin
        let database = try cluster.createDatabase()
        let rightURI = "postgresql://\(login):\(password)@localhost:\(cluster.port)/\(database)"
        #expect(try isEncrypted(PostgreSQLAddress.parse(rightURI, environment: bare)))
        let wrong = try PostgreSQLAddress.parse(
            "postgresql://\(login):fel-lösen@localhost:\(cluster.port)/\(database)", environment: bare)
        // Without TLS the server's rules refuse the login; with it, the password was wrong.
        let refused = refusal(wrong)
        #expect(
            refused?.contains("password authentication failed for user \"\(login)\"") == true,
            "\(refused ?? "connected")")
        #expect(refused?.contains("fel-lösen") == false)
        let unencrypted = refusal(
            try PostgreSQLAddress.parse(rightURI + "?sslmode=disable", environment: bare))
        #expect(unencrypted?.contains("pg_hba.conf rejects connection") == true, "\(unencrypted ?? "connected")")
    }

    // MARK: The server without TLS

    @Test func requireIsRefusedByAServerWithoutTLSSayingSo() throws {
        let cluster = try TestCluster.unencrypted
        let database = try cluster.createDatabase()
        let address = try address(cluster, database: database, "sslmode=require")
        #expect(
            refusal(address)
                == "Cannot connect to postgresql://postgres@localhost:\(cluster.port)/\(database)?sslmode=require: the server at localhost port \(cluster.port) does not accept TLS, and sslmode=require requires it; ask its administrator to turn on ssl in postgresql.conf, or, on a network you trust, connect with sslmode=prefer."
        )
        #expect(try !isEncrypted(self.address(cluster, database: database)))
    }

    // MARK: Checking the certificate

    @Test func verifyFullConnectsByTheNameInTheCertificateAndOnlyByIt() throws {
        let cluster = try TestCluster.encrypted
        let authority = try #require(cluster.certificates).authority
        #expect(try isEncrypted(address(cluster, "sslmode=verify-full&sslrootcert=\(authority)")))

        let password = "hemligt-lösen"
        let byIP = try PostgreSQLAddress.parse(
            "postgresql://postgres:\(password)@127.0.0.1:\(cluster.port)/postgres?sslmode=verify-full&sslrootcert=\(authority)",
            environment: bare)
        let refused = try #require(refusal(byIP))
        #expect(
            refused.contains(
                "the server's certificate at 127.0.0.1 port \(cluster.port) is signed by a certificate in the root certificate file \(authority) but is not for the host 127.0.0.1: sslmode=verify-full requires"
            ), "\(refused)")
        #expect(!refused.contains(password))
        // verify-ca checks who signed it, not the name.
        #expect(
            try isEncrypted(address(cluster, host: "127.0.0.1", "sslmode=verify-ca&sslrootcert=\(authority)")))
    }

    @Test func aCertificateAnotherCASignedIsRefusedNamingTheRootCertificate() throws {
        let cluster = try TestCluster.encrypted
        let stranger = try #require(cluster.certificates).stranger
        for mode in ["verify-ca", "verify-full", "require"] {
            let refused = refusal(try address(cluster, "sslmode=\(mode)&sslrootcert=\(stranger)"))
            #expect(
                refused?.contains(
                    "the server's certificate at localhost port \(cluster.port) is not signed by a certificate in the root certificate file \(stranger), which sslmode=\(mode) checks it against"
                ) == true, "\(refused ?? "connected")")
        }
    }

    @Test func theRootCertificateInTheHomeDirectoryIsUsedWhenItExists() throws {
        let cluster = try TestCluster.encrypted
        let certificates = try #require(cluster.certificates)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-home-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.postgresql", withIntermediateDirectories: true)
        let environment = ["HOME": home, "PGPASSFILE": "/nonexistent/pgpass"]

        try FileManager.default.copyItem(atPath: certificates.authority, toPath: home + "/.postgresql/root.crt")
        let checked = try address(cluster, "sslmode=verify-full", environment: environment)
        #expect(checked.rootCertificate == .file(home + "/.postgresql/root.crt"))
        #expect(try isEncrypted(checked))

        // With the wrong CA there, require checks against it too, as libpq's does.
        try FileManager.default.removeItem(atPath: home + "/.postgresql/root.crt")
        try FileManager.default.copyItem(atPath: certificates.stranger, toPath: home + "/.postgresql/root.crt")
        let refused = refusal(try address(cluster, "sslmode=require", environment: environment))
        #expect(refused?.contains("root certificate file \(home)/.postgresql/root.crt") == true, "\(refused ?? "")")
    }

    @Test func aMissingOrUnusableRootCertificateIsRefusedSayingWhatIsWrong() throws {
        let cluster = try TestCluster.encrypted
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-root-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("not a certificate\n".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
        let cases = [
            (directory + "/missing.pem", "does not exist"), (directory, "is a directory"),
            (directory + "/notes.txt", "holds no certificate in PEM form (-----BEGIN CERTIFICATE-----)"),
        ]
        for (path, problem) in cases {
            let refused = refusal(try address(cluster, "sslmode=verify-ca&sslrootcert=\(path)"))
            #expect(
                refused?.contains(
                    "the root certificate file \(path) \(problem); sslrootcert (or PGSSLROOTCERT) names the PEM file of the CA that signed the server's certificate"
                ) == true, "\(refused ?? "connected")")
        }
        let none = refusal(try address(cluster, "sslmode=verify-full"))
        #expect(
            none?.contains(
                "sslmode=verify-full checks the server's certificate, but there is no root certificate to check it against"
            ) == true, "\(none ?? "connected")")
        #expect(none?.contains("sslrootcert=system") == true)
    }

    // MARK: A store

    @Test func aStoreOpenedOverTLSWorksEndToEnd() throws {
        let cluster = try TestCluster.encrypted
        let authority = try #require(cluster.certificates).authority
        let database = try cluster.createDatabase()
        let uri =
            "postgresql://\(TestCluster.superuser)@localhost:\(cluster.port)/\(database)?sslmode=verify-full&sslrootcert=\(authority)"
        let store = try PostgreSQLStore.open(.postgreSQL(uri), environment: bare)
        #expect(try store.plans().count == 1)
        #expect(try store.plan().metadata.title == BuiltInPlans.stockholm().metadata.title)
        let sessions = try withExtendedLifetime(store) {
            try cluster.psql(
                "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE datname = '\(database)' AND ssl",
                database: "postgres")
        }
        #expect(sessions.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }
}
