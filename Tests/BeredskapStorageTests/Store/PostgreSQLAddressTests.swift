import Foundation
import Testing

@testable import BeredskapStorage

/// libpq's URI form, its defaults, psql's ways of finding the password, and messages that never show it.
@Suite struct PostgreSQLAddressTests {
    /// An environment with nothing from PostgreSQL's, no password file and no `~/.postgresql`.
    let bare = ["USER": "anna", "PGPASSFILE": "/nonexistent/pgpass", "HOME": "/nonexistent/home"]

    func parse(_ text: String, _ environment: [String: String]? = nil) throws -> PostgreSQLAddress {
        try PostgreSQLAddress.parse(text, environment: environment ?? bare)
    }

    /// The message of the error `text` is refused with, or nil when it parses.
    func refusal(_ text: String, _ environment: [String: String]? = nil) -> String? {
        do {
            _ = try PostgreSQLAddress.parse(text, environment: environment ?? bare)
            return nil
        } catch {
            #expect(error.code == .cannotOpen)
            return error.message
        }
    }

    // MARK: Forms

    @Test func aFullURIGivesEveryPart() throws {
        let address = try parse("postgresql://bo:hemligt@db.example.org:5433/stad?application_name=beredskap")
        #expect(address.host == .tcp("db.example.org"))
        #expect(address.hostName == "db.example.org")
        #expect(address.socketDirectory == nil)
        #expect(address.port == 5433)
        #expect(address.user == "bo")
        #expect(address.password == "hemligt")
        #expect(address.database == "stad")
        #expect(address.applicationName == "beredskap")
        #expect(address.description == "postgresql://bo@db.example.org:5433/stad?application_name=beredskap")
    }

    @Test func whatTheURILeavesOutIsLibpqsDefault() throws {
        for text in ["postgresql://", "postgres://", "postgresql:///", "postgresql://@", "postgresql://?"] {
            let address = try parse(text)
            #expect(address.host == .socket(directory: "/var/run/postgresql"), "\(text)")
            #expect(address.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
            #expect(address.port == 5432)
            #expect(address.user == "anna")
            #expect(address.database == "anna")
            #expect(address.password == nil)
            #expect(address.applicationName == nil)
            #expect(address.description == "postgresql://anna@/anna?host=/var/run/postgresql")
        }
        #expect(try parse("postgresql://localhost").host == .tcp("localhost"))
        #expect(try parse("postgresql://localhost").database == "anna")
        #expect(try parse("postgresql://:6543/plan").port == 6543)
        #expect(try parse("postgresql://bo@").database == "bo")
    }

    @Test func theEnvironmentFillsInAsForLibpq() throws {
        let environment = [
            "USER": "anna", "PGUSER": "cecilia", "PGHOST": "/run/pg", "PGPORT": "5499", "PGDATABASE": "region",
            "PGAPPNAME": "kvartal", "PGPASSFILE": "/nonexistent/pgpass",
        ]
        let address = try parse("postgresql://", environment)
        #expect(
            address
                == PostgreSQLAddress(
                    host: .socket(directory: "/run/pg"), port: 5499, user: "cecilia", database: "region",
                    applicationName: "kvartal"))
        let given = try parse("postgresql://bo@db:5432/stad?application_name=x", environment)
        #expect(
            given == PostgreSQLAddress(host: .tcp("db"), port: 5432, user: "bo", database: "stad", applicationName: "x")
        )
        #expect(
            try parse("postgresql://", ["PGPASSFILE": "/nonexistent/pgpass"]).user == ProcessInfo.processInfo.userName)
    }

    @Test func aSocketDirectoryIsAHostThatStartsWithASlash() throws {
        let address = try parse("postgresql://anna@/city?host=/tmp/x")
        #expect(address.host == .socket(directory: "/tmp/x"))
        #expect(address.socketPath == "/tmp/x/.s.PGSQL.5432")
        #expect(address.description == "postgresql://anna@/city?host=/tmp/x")
        let encoded = try parse("postgresql://%2Fvar%2Flib%2Fpostgresql:5444/city")
        #expect(encoded.host == .socket(directory: "/var/lib/postgresql"))
        #expect(encoded.socketPath == "/var/lib/postgresql/.s.PGSQL.5444")
        #expect(encoded.description == "postgresql://anna@/city?host=/var/lib/postgresql&port=5444")
    }

    @Test func parametersOverrideTheURIsParts() throws {
        let address = try parse(
            "postgresql://bo:ett@db:1/stad?host=other&port=2&user=cecilia&password=tva&dbname=region&application_name=app"
        )
        #expect(
            address
                == PostgreSQLAddress(
                    host: .tcp("other"), port: 2, user: "cecilia", database: "region", password: "tva",
                    applicationName: "app"))
    }

    @Test func anIPv6AddressIsWrittenInBrackets() throws {
        let address = try parse("postgresql://[::1]:5433/stad")
        #expect(address.host == .tcp("::1"))
        #expect(address.port == 5433)
        #expect(address.description == "postgresql://anna@[::1]:5433/stad")
        #expect(try parse("postgresql://[fe80::1%25eth0]/stad").host == .tcp("fe80::1%eth0"))
        #expect(
            try parse("postgresql://[fe80::1%25eth0]/stad").description == "postgresql://anna@[fe80::1%25eth0]/stad")
        #expect(try parse("postgresql://[2001:db8::7]").port == 5432)
    }

    @Test func everyPartIsPercentDecoded() throws {
        let address = try parse(
            "postgresql://%C3%A5sa%40kommun:p%40ss%3Aw%2Fo%25rd@db/v%C3%A4ster%20%C3%A5s?application_name=a%26b%3Dc")
        #expect(address.user == "åsa@kommun")
        #expect(address.password == "p@ss:w/o%rd")
        #expect(address.database == "väster ås")
        #expect(address.applicationName == "a&b=c")
        #expect(
            address.description == "postgresql://%C3%A5sa%40kommun@db/v%C3%A4ster%20%C3%A5s?application_name=a%26b%3Dc")
        #expect(
            try parse(address.description)
                == PostgreSQLAddress(
                    host: .tcp("db"), user: "åsa@kommun", database: "väster ås", applicationName: "a&b=c"))
        // An @ written as it is in a password: the user part ends at the last @ before the host.
        #expect(try parse("postgresql://bo:p@ss@db/stad").password == "p@ss")
    }

    @Test func theDescriptionReadsBackAsTheSameAddress() throws {
        let addresses = [
            PostgreSQLAddress(host: .socket(directory: "/tmp/a b"), port: 6000, user: "Bo Ek", database: "x/y"),
            PostgreSQLAddress(host: .tcp("10.0.0.1"), user: "a", database: "b", applicationName: "ställ?"),
            PostgreSQLAddress(host: .tcp("::1"), port: 1, user: "a", database: "b"),
        ]
        for address in addresses {
            #expect(try parse(address.description) == address, "\(address)")
        }
    }

    @Test func onlyThePostgreSQLSchemesLookLikeURIs() {
        #expect(PostgreSQLAddress.looksLikeURI("postgresql://anna@/city"))
        #expect(PostgreSQLAddress.looksLikeURI("postgres://"))
        #expect(!PostgreSQLAddress.looksLikeURI("plan.sqlite"))
        #expect(!PostgreSQLAddress.looksLikeURI("/var/lib/postgresql/plan.sqlite"))
        #expect(!PostgreSQLAddress.looksLikeURI("postgresql:/x"))
        #expect(!PostgreSQLAddress.looksLikeURI("mysql://db/x"))
    }

    // MARK: Passwords

    @Test func theURIsPasswordComesBeforePGPASSWORDWhichComesBeforeTheFile() throws {
        let scratch = try PassFile("localhost:5432:*:anna:from-file\n")
        let environment = ["USER": "anna", "PGPASSFILE": scratch.path, "PGPASSWORD": "from-environment"]
        #expect(try parse("postgresql://anna:from-uri@localhost", environment).password == "from-uri")
        #expect(
            try parse("postgresql://anna@localhost?password=from-parameter", environment).password == "from-parameter")
        #expect(try parse("postgresql://anna@localhost", environment).password == "from-environment")
        #expect(
            try parse("postgresql://anna@localhost", ["USER": "anna", "PGPASSFILE": scratch.path]).password
                == "from-file")
        #expect(
            try parse("postgresql://anna:@localhost", ["USER": "anna", "PGPASSFILE": scratch.path]).password
                == "from-file")
    }

    @Test func thePasswordFileMatchesItsFieldsWithWildcardsAndEscapes() throws {
        let scratch = try PassFile(
            """
            # a comment: db.example.org:5432:stad:anna:not-this
            db.example.org:5432:stad:anna:exact
            db.example.org:*:*:bo:any\\:port\\\\and:colon
            *:6000:*:*:wild
            \\*:5432:*:cecilia:literal-star
            short:line
            10.0.0.1:5432:stad:anna:first
            10.0.0.1:5432:stad:anna:second

            """)
        func password(_ uri: String) throws -> String? {
            try parse(uri, ["USER": "anna", "PGPASSFILE": scratch.path]).password
        }
        #expect(try password("postgresql://anna@db.example.org/stad") == "exact")
        #expect(try password("postgresql://anna@db.example.org/region") == nil)
        #expect(try password("postgresql://bo@db.example.org:7777/any") == "any:port\\and:colon")
        #expect(try password("postgresql://whoever@anywhere:6000/x") == "wild")
        #expect(try password("postgresql://cecilia@anywhere/x") == nil)
        #expect(try password("postgresql://cecilia@*/x") == "literal-star")
        #expect(try password("postgresql://anna@10.0.0.1/stad") == "first")
    }

    @Test func aSocketMatchesLocalhostOrItsDirectoryInThePasswordFile() throws {
        let scratch = try PassFile(
            """
            localhost:5432:stad:anna:via-localhost
            /tmp/pg:5432:region:anna:via-directory

            """)
        func password(_ uri: String) throws -> String? {
            try parse(uri, ["USER": "anna", "PGPASSFILE": scratch.path]).password
        }
        #expect(try password("postgresql:///stad") == "via-localhost")
        #expect(try password("postgresql:///stad?host=/tmp/pg") == "via-localhost")
        #expect(try password("postgresql:///region?host=/tmp/pg") == "via-directory")
        #expect(try password("postgresql:///region") == nil)
        #expect(try password("postgresql://localhost/stad") == "via-localhost")
    }

    @Test func aPasswordFileOthersCanReadIsIgnored() throws {
        for permissions in [0o640, 0o604, 0o660, 0o644] {
            let scratch = try PassFile("*:*:*:*:exposed\n", permissions: permissions)
            #expect(try parse("postgresql://db", ["USER": "anna", "PGPASSFILE": scratch.path]).password == nil)
        }
        let owned = try PassFile("*:*:*:*:private\n", permissions: 0o400)
        #expect(try parse("postgresql://db", ["USER": "anna", "PGPASSFILE": owned.path]).password == "private")
        let directory = try PassFile("", permissions: 0o600)
        #expect(try parse("postgresql://db", ["USER": "anna", "PGPASSFILE": directory.directory]).password == nil)
    }

    @Test func thePasswordFileIsInTheHomeDirectoryUnlessPGPASSFILENamesOne() throws {
        let scratch = try PassFile("*:*:*:*:from-home\n", name: ".pgpass")
        #expect(try parse("postgresql://db", ["USER": "anna", "HOME": scratch.directory]).password == "from-home")
        #expect(
            try parse("postgresql://db", ["USER": "anna", "HOME": scratch.directory + "/"]).password == "from-home")
    }

    // MARK: Encryption

    @Test func sslmodeIsPreferUnlessTheURIOrPGSSLMODESaysOtherwise() throws {
        #expect(try parse("postgresql://db/x").sslMode == .prefer)
        #expect(try parse("postgresql://db/x").description == "postgresql://anna@db/x")
        for mode in PostgreSQLAddress.SSLMode.allCases {
            let address = try parse("postgresql://db/x?sslmode=\(mode.rawValue)")
            #expect(address.sslMode == mode)
            #expect(
                address.description
                    == (mode == .prefer ? "postgresql://anna@db/x" : "postgresql://anna@db/x?sslmode=\(mode.rawValue)"))
            #expect(try parse(address.description) == address)
            #expect(try parse("postgresql://db/x", bare.merging(["PGSSLMODE": mode.rawValue]) { $1 }).sslMode == mode)
        }
        let environment = bare.merging(["PGSSLMODE": "disable"]) { $1 }
        #expect(try parse("postgresql://db/x?sslmode=verify-ca&sslrootcert=/ca.pem", environment).sslMode == .verifyCA)
        #expect(try parse("postgresql://db/x?sslmode=", environment).sslMode == .disable)
    }

    @Test func theRootCertificateIsSslrootcertElsePGSSLROOTCERTElseTheOneInTheHomeDirectory() throws {
        let address = try parse("postgresql://db/x?sslmode=verify-full&sslrootcert=/etc/ssl/stad%20ca.pem")
        #expect(address.rootCertificate == .file("/etc/ssl/stad ca.pem"))
        #expect(address.description == "postgresql://anna@db/x?sslmode=verify-full&sslrootcert=/etc/ssl/stad%20ca.pem")
        #expect(try parse(address.description) == address)
        let environment = bare.merging(["PGSSLROOTCERT": "/from/environment.pem"]) { $1 }
        #expect(try parse("postgresql://db/x", environment).rootCertificate == .file("/from/environment.pem"))
        #expect(
            try parse("postgresql://db/x?sslrootcert=/given.pem", environment).rootCertificate == .file("/given.pem"))
        #expect(try parse("postgresql://db/x").rootCertificate == nil)

        let home = try PassFile("", name: "root.crt")
        let postgresql = home.directory + "/.postgresql"
        try FileManager.default.createDirectory(atPath: postgresql, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: home.path, toPath: postgresql + "/root.crt")
        let atHome = ["USER": "anna", "PGPASSFILE": "/nonexistent/pgpass", "HOME": home.directory]
        #expect(try parse("postgresql://db/x", atHome).rootCertificate == .file(postgresql + "/root.crt"))
        #expect(try parse("postgresql://db/x?sslrootcert=/other.pem", atHome).rootCertificate == .file("/other.pem"))
        // A Unix socket is never encrypted, so the file is not looked for.
        #expect(try parse("postgresql:///x?host=/tmp/pg", atHome).rootCertificate == nil)
    }

    @Test func sslrootcertSystemMeansVerifyFullAndNothingWeaker() throws {
        let address = try parse("postgresql://db/x?sslrootcert=system")
        #expect(address.rootCertificate == .system)
        #expect(address.sslMode == .verifyFull)
        #expect(address.encryption == .init(requirement: .required, check: .chainAndHostName(.system)))
        #expect(address.description == "postgresql://anna@db/x?sslmode=verify-full&sslrootcert=system")
        #expect(
            refusal("postgresql://db/x?sslrootcert=system&sslmode=require")?.contains(
                "sslmode=require may not be used with sslrootcert=system: the system's roots vouch for any host, so only sslmode=verify-full, which checks the host name, is safe with them"
            ) == true)
    }

    @Test func theEncryptionIsLibpqsForEachMode() throws {
        typealias Encryption = PostgreSQLAddress.Encryption
        let root = PostgreSQLAddress.RootCertificate.file("/ca.pem")
        let cases: [(String, Encryption)] = [
            ("sslmode=disable", Encryption(requirement: .never, check: .none)),
            ("sslmode=disable&sslrootcert=/ca.pem", Encryption(requirement: .never, check: .none)),
            ("sslmode=allow", Encryption(requirement: .preferred, check: .none)),
            ("", Encryption(requirement: .preferred, check: .none)),
            ("sslrootcert=/ca.pem", Encryption(requirement: .preferred, check: .chain(root))),
            ("sslmode=require", Encryption(requirement: .required, check: .none)),
            ("sslmode=require&sslrootcert=/ca.pem", Encryption(requirement: .required, check: .chain(root))),
            ("sslmode=verify-ca", Encryption(requirement: .required, check: .missingRootCertificate(.verifyCA))),
            ("sslmode=verify-ca&sslrootcert=/ca.pem", Encryption(requirement: .required, check: .chain(root))),
            ("sslmode=verify-full", Encryption(requirement: .required, check: .missingRootCertificate(.verifyFull))),
            (
                "sslmode=verify-full&sslrootcert=/ca.pem",
                Encryption(requirement: .required, check: .chainAndHostName(root))
            ),
        ]
        for (parameters, encryption) in cases {
            #expect(try parse("postgresql://db/x?\(parameters)").encryption == encryption, "\(parameters)")
            #expect(
                try parse("postgresql:///x?host=/tmp/pg&\(parameters)").encryption
                    == Encryption(requirement: .never, check: .none), "a socket with \(parameters)")
        }
    }

    @Test func anUnknownSslmodeIsRefusedListingTheValidOnes() throws {
        let valid = "disable, allow, prefer, require, verify-ca and verify-full"
        let cases: [(String, [String: String], String)] = [
            (
                "postgresql://db/x?sslmode=requir", bare,
                "sslmode is requir (did you mean require?), which is not one of \(valid)"
            ),
            ("postgresql://db/x?sslmode=on", bare, "sslmode is on, which is not one of \(valid)"),
            (
                "postgresql://db/x", bare.merging(["PGSSLMODE": "verify_full"]) { $1 },
                "PGSSLMODE is verify_full (did you mean verify-full?), which is not one of \(valid)"
            ),
        ]
        for (text, environment, problem) in cases {
            #expect(
                refusal(text, environment)
                    == "\(text) is not a PostgreSQL address the store can use: \(problem). Expected \(PostgreSQLAddress.expectedForm)."
            )
        }
    }

    @Test func clientCertificatesAreRefusedSayingSo() throws {
        for parameter in ["sslcert=/home/anna/.postgresql/postgresql.crt", "sslkey=/k.pem", "sslpassword=x"] {
            let name = parameter.prefix { $0 != "=" }
            #expect(
                refusal("postgresql://db/x?sslmode=require&\(parameter)")?.contains(
                    "it has the parameter \(name), but the store does not support client certificates; log in with a password (PGPASSWORD or ~/.pgpass), which TLS encrypts"
                ) == true)
        }
    }

    // MARK: Errors

    @Test func aWrongAddressIsRefusedSayingWhatIsWrongAndTheForm() throws {
        let cases: [(String, String)] = [
            ("mysql://db/x", "it does not start with postgresql:// or postgres://"),
            ("postgresql://db:port/x", "the port is not a number from 1 to 65535"),
            ("postgresql://db:0/x", "the port is not a number from 1 to 65535"),
            ("postgresql://db:65536/x", "the port is not a number from 1 to 65535"),
            ("postgresql://db/x?port=-1", "the port is not a number from 1 to 65535"),
            (
                "postgresql://db/x?sslcompression=1",
                "it has the parameter sslcompression, which the store does not know"
            ),
            ("postgresql://db/x?host", "a parameter has no = and value"),
            ("postgresql://a,b/x", "it names several hosts; give one"),
            ("postgresql://::1/x", "an IPv6 address must be written in brackets, as [::1]"),
            ("postgresql://[::1/x", "the IPv6 address has no closing ]"),
            ("postgresql://[::1]x/x", "only :port may follow the IPv6 address's ]"),
            (
                "postgresql://db/%zz",
                "the database name has a % that is not followed by two hexadecimal digits (write % itself as %25)"
            ),
            ("postgresql://db/a%00b", "the database name holds %00, which PostgreSQL does not allow"),
        ]
        for (text, problem) in cases {
            #expect {
                try parse(text)
            } throws: { error in
                let error = error as? StoreError
                return error?.code == .cannotOpen
                    && error?.message
                        == "\(text) is not a PostgreSQL address the store can use: \(problem). Expected \(PostgreSQLAddress.expectedForm)."
            }
        }
        #expect {
            try parse("postgresql://db", ["PGPORT": "five", "PGPASSFILE": "/nonexistent/pgpass"])
        } throws: { error in
            (error as? StoreError)?.message.contains("PGPORT is not a number from 1 to 65535") == true
        }
    }

    @Test func noMessageShowsThePassword() throws {
        let password = "Hemlig/Lösen@ord"
        let encoded = "Hemlig%2FL%C3%B6sen%40ord"
        let texts = [
            "postgresql://anna:\(encoded)@db:port/x",
            "postgresql://anna:\(encoded)@db/x?sslmode=requir",
            "postgresql://anna:\(password)@db/x?sslmode=requir",
            "postgresql://anna@db/x?password=\(encoded)&sslmode=requir",
            "postgresql://anna@db/x?sslmode=requir&password=\(password)",
            "postgresql://anna:Hemlig%zz@db/x",
            "postgresql://anna@db/x?password=Hemlig%zz",
            "postgresql://anna:\(encoded)@[::1/x",
            "postgresql://anna:Hemlig/Lösen@db:port/x",
            "postgresql://anna:Hemlig@ord@db:port/x",
            "anna:Hemlig@db/x",
        ]
        for text in texts {
            #expect {
                try parse(text)
            } throws: { error in
                let message = (error as? StoreError)?.message ?? "\(error)"
                return !message.contains("Hemlig") && !message.contains("ord@") && message.contains("anna")
            }
        }
        let address = try parse("postgresql://anna:\(encoded)@db/x?application_name=a")
        #expect(address.password == password)
        #expect(!address.description.contains("Hemlig"))
        #expect(!"\(address)".contains("Hemlig"))
    }
}

/// A password file in a directory of its own, removed afterwards.
final class PassFile {
    let directory: String
    let path: String

    init(_ text: String, permissions: Int = 0o600, name: String = "pgpass") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-pgpass-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}
