import BeredskapStorage
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The tests' own PostgreSQL cluster, started the first time a test asks for it and stopped when the
/// test process exits: a fresh `initdb` in a temporary directory, a server that listens only on a
/// Unix socket in that directory (no TCP port, so runs never collide), and `pg_ctl stop -m immediate`
/// plus the directory's removal at exit. A directory a killed run left behind is stopped and removed
/// when the next run starts its own.
///
/// Authentication (pg_hba.conf): the superuser `postgres` is trusted over the socket, so the tests and
/// psql need no password for it; every other role must give its password (SCRAM-SHA-256), so that a
/// login made with ``createLogin(_:password:)`` refuses a wrong one.
///
/// initdb and postgres refuse to run as root, which CI is: as root, the cluster's programs run as the
/// `postgres` system user (which Debian's postgresql package creates) through `runuser -u postgres --`,
/// and the directory is that user's. The tests themselves, and psql, connect as root's process.
///
/// Without PostgreSQL's server programs, every test that asks for the cluster fails, saying to run
/// Scripts/setup; none is skipped.
///
/// Two more clusters, for the tests of TLS, also listen on 127.0.0.1 at a free port: ``encrypted``
/// with `ssl = on` and a certificate for `localhost` that a throwaway CA signed (``TestCertificates``),
/// ``unencrypted`` with `ssl = off`. Each starts the first time a test asks for it, so a run that
/// tests no TLS starts neither. Over TCP every login is trusted, with and without TLS, except that
/// ``tlsRefusedLogin`` is refused over TLS (`hostssl … reject`), as a server that takes a login only
/// unencrypted refuses it, and ``tlsOnlyLogin`` only over TLS with its password (`hostnossl … reject`,
/// `hostssl … scram-sha-256`), as a city's server refuses an unencrypted login.
package final class TestCluster: Sendable {
    /// Why the cluster could not be started.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The superuser's name.
    package static let superuser = "postgres"

    /// The directory of the server's socket (the cluster's temporary directory).
    package let socketDirectory: String
    /// The port in the socket's name, and the TCP port of a cluster that listens on 127.0.0.1.
    package let port: Int
    /// The CA, server certificate and a stranger CA of a cluster with TLS.
    package let certificates: TestCertificates?
    private let binDirectory: String
    private let dataDirectory: String
    private let names = Mutex(0)

    /// The cluster, started on first use.
    package static var shared: TestCluster {
        get throws { try started.get() }
    }

    /// A cluster that also listens on 127.0.0.1, with TLS, started on first use.
    package static var encrypted: TestCluster {
        get throws { try startedEncrypted.get() }
    }

    /// A cluster that also listens on 127.0.0.1, without TLS, started on first use.
    package static var unencrypted: TestCluster {
        get throws { try startedUnencrypted.get() }
    }

    /// The login the TCP clusters refuse over TLS and take without it.
    package static let tlsRefusedLogin = "tls_refused"
    /// The login the TCP clusters take only over TLS, and only with its password.
    package static let tlsOnlyLogin = (name: "tls_only", password: "tls-only-lösen")

    private static let started: Result<TestCluster, Failure> = Result { () throws(Failure) in
        try TestCluster(network: .socketOnly)
    }
    private static let startedEncrypted: Result<TestCluster, Failure> = Result { () throws(Failure) in
        try TestCluster(network: .loopback(tls: true))
    }
    private static let startedUnencrypted: Result<TestCluster, Failure> = Result { () throws(Failure) in
        try TestCluster(network: .loopback(tls: false))
    }

    /// What a cluster listens on besides its socket.
    private enum Network {
        case socketOnly
        case loopback(tls: Bool)
    }

    /// The address of `database` as `user` (the superuser unless given), over the socket.
    package func address(
        user: String = TestCluster.superuser, database: String, password: String? = nil
    ) -> PostgreSQLAddress {
        PostgreSQLAddress(
            host: .socket(directory: socketDirectory), port: port, user: user, database: database, password: password)
    }

    /// Creates a database no other test uses, named after `name` (a test's function name, say), and
    /// returns its name.
    package func createDatabase(_ name: String = #function) throws -> String {
        let database = uniqueName(name)
        try psql("CREATE DATABASE \(database)", database: "postgres")
        return database
    }

    /// Creates a role that may log in with `password` (and must give it), named after `name`, and
    /// returns its name.
    package func createLogin(_ name: String, password: String) throws -> String {
        let role = uniqueName(name)
        let quoted = "'" + password.replacing("'", with: "''") + "'"
        try psql("CREATE ROLE \(role) LOGIN PASSWORD \(quoted)", database: "postgres")
        return role
    }

    /// Runs `sql` with the real psql as the superuser and returns what it prints: rows only, a line
    /// each, columns separated by `|`, without alignment (`psql -X -A -t -q`). Throws when psql fails.
    @discardableResult
    package func psql(_ sql: String, database: String) throws -> String {
        let result = try Self.run(
            binDirectory + "/psql",
            [
                "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", "\(port)", "-U",
                Self.superuser, "-d", database, "-c", sql,
            ], asClusterOwner: false)
        guard result.status == 0 else {
            throw Failure(description: "psql failed (\(result.status)) on \(sql): \(result.errors)")
        }
        return result.output
    }

    /// A name for a database or role: `name`'s letters and digits, lowercased, and a number of this
    /// run and the process, so that parallel tests and runs never share one.
    private func uniqueName(_ name: String) -> String {
        let letters = String(
            name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.prefix(30))
        let number = names.withLock { counter in
            counter += 1
            return counter
        }
        return "t_\(letters)_\(getpid())_\(number)"
    }

    // MARK: Starting and stopping

    private init(network: Network) throws(Failure) {
        let binDirectory = try Self.findBinaries()
        Self.removeLeftovers(binDirectory: binDirectory)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(Self.directoryPrefix)\(getpid())-\(UUID().uuidString.prefix(8))"
        ).path
        let dataDirectory = directory + "/data"
        var owner: passwd?
        if getuid() == 0 {
            guard let user = getpwnam("postgres") else {
                throw Failure(
                    description:
                        "the tests run as root and initdb refuses root, but there is no postgres user to run it as: run Scripts/setup, which installs Debian's postgresql package"
                )
            }
            owner = user.pointee
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(directory) for the test cluster: \(error)")
        }
        if let owner { chown(directory, owner.pw_uid, owner.pw_gid) }
        let port: Int
        var certificates: TestCertificates?
        if case .loopback(let tls) = network {
            port = try Self.freeLoopbackPort()
            if tls { certificates = try TestCertificates.make(in: directory) }
        } else {
            port = Int.random(in: 40000...59999)
        }
        self.binDirectory = binDirectory
        self.dataDirectory = dataDirectory
        self.socketDirectory = directory
        self.port = port
        self.certificates = certificates
        // From here on, whatever fails, the directory (and a server started in it) goes at exit.
        Self.register(self)

        try Self.check(
            Self.run(
                binDirectory + "/initdb",
                [
                    "-D", dataDirectory, "-U", Self.superuser, "-E", "UTF8", "--no-locale", "--auth=trust", "--no-sync",
                    "--no-instructions",
                ], asClusterOwner: true), "initdb")
        var access = """
            # The test cluster: the superuser is trusted over the socket; every other role gives its password.
            local all \(Self.superuser) trust
            local all all scram-sha-256

            """
        var options =
            "-k \(directory) -p \(port) -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        switch network {
        case .socketOnly:
            options += " -c listen_addresses=''"
        case .loopback:
            access += """
                # Over TCP every login is trusted, with TLS or without, but one is refused over TLS and
                # one is taken only over TLS, with its password.
                hostssl all \(Self.tlsRefusedLogin) 127.0.0.1/32 reject
                hostnossl all \(Self.tlsOnlyLogin.name) 127.0.0.1/32 reject
                hostssl all \(Self.tlsOnlyLogin.name) 127.0.0.1/32 scram-sha-256
                host all all 127.0.0.1/32 trust

                """
            options += " -c listen_addresses=127.0.0.1"
            if let certificates {
                options +=
                    " -c ssl=on -c ssl_cert_file=\(certificates.serverCertificate) -c ssl_key_file=\(certificates.serverKey)"
            }
        }
        do {
            try Data(access.utf8).write(to: URL(fileURLWithPath: dataDirectory + "/pg_hba.conf"))
        } catch {
            throw Failure(description: "cannot write the test cluster's pg_hba.conf: \(error)")
        }
        try Self.check(
            Self.run(
                binDirectory + "/pg_ctl",
                ["-D", dataDirectory, "-l", directory + "/server.log", "-w", "-t", "60", "-o", options, "start"],
                asClusterOwner: true), "pg_ctl start")
        if case .loopback = network {
            do {
                try psql("CREATE ROLE \(Self.tlsRefusedLogin) LOGIN", database: "postgres")
                try psql(
                    "CREATE ROLE \(Self.tlsOnlyLogin.name) LOGIN PASSWORD '\(Self.tlsOnlyLogin.password)'",
                    database: "postgres")
            } catch {
                throw Failure(description: "\(error)")
            }
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now: the one the system gives a socket bound
    /// to port 0. Another process could take it before the server does; the server then fails to start.
    private static func freeLoopbackPort() throws(Failure) -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "cannot make a socket to find a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else {
            throw Failure(description: "cannot find a free port on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static let directoryPrefix = "beredskap-pg-"

    /// The clusters to stop at exit, read by the atexit handler the first one registers.
    private static let running = Mutex<[(binDirectory: String, directory: String)]>([])

    private static func register(_ cluster: TestCluster) {
        let first = running.withLock { clusters in
            clusters.append((cluster.binDirectory, cluster.socketDirectory))
            return clusters.count == 1
        }
        guard first else { return }
        atexit {
            for cluster in TestCluster.running.withLock({ $0 }) {
                TestCluster.stop(binDirectory: cluster.binDirectory, directory: cluster.directory)
            }
        }
    }

    /// Stops the server of the cluster in `directory`, at once, and removes the directory.
    ///
    /// pg_ctl started the server as a daemon, a child of the system's init, so the test process
    /// cannot reap it; it waits (up to ten seconds) until the server's process is gone, so that none
    /// is left, not even as a zombie, once the tests have ended.
    private static func stop(binDirectory: String, directory: String) {
        let pidFile = directory + "/data/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8) {
            let serverPID = text.split(separator: "\n").first.flatMap { pid_t($0) }
            _ = try? run(
                binDirectory + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"],
                asClusterOwner: true)
            if let serverPID {
                for _ in 0..<200 where kill(serverPID, 0) == 0 { usleep(50_000) }
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Stops and removes the clusters of test processes that no longer run (killed before their exit).
    private static func removeLeftovers(binDirectory: String) {
        let temporary = FileManager.default.temporaryDirectory.path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        for entry in entries where entry.hasPrefix(directoryPrefix) {
            let pid = entry.dropFirst(directoryPrefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pid), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            stop(binDirectory: binDirectory, directory: temporary + "/" + entry)
        }
    }

    /// The directory of initdb, pg_ctl, postgres and psql: `pg_config --bindir` when it holds them,
    /// else the newest `/usr/lib/postgresql/*/bin` that does.
    private static func findBinaries() throws(Failure) -> String {
        func hasServer(_ directory: String) -> Bool {
            ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: directory + "/" + $0)
            }
        }
        for candidate in ["/usr/bin/pg_config", "/usr/local/bin/pg_config"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            if let result = try? run(candidate, ["--bindir"], asClusterOwner: false), result.status == 0 {
                let directory = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                if hasServer(directory) { return directory }
            }
        }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let newest = versions.compactMap { version in Double(version).map { (version, $0) } }.sorted { $0.1 > $1.1 }
        for (version, _) in newest where hasServer("/usr/lib/postgresql/\(version)/bin") {
            return "/usr/lib/postgresql/\(version)/bin"
        }
        throw Failure(
            description:
                "PostgreSQL's server programs (initdb, pg_ctl, postgres, psql) are not installed: run Scripts/setup, which installs Debian's postgresql package"
        )
    }

    static func check(_ result: (status: Int32, output: String, errors: String), _ what: String) throws(Failure) {
        guard result.status == 0 else {
            throw Failure(
                description: "\(what) failed (\(result.status)) for the test cluster: \(result.errors)\(result.output)")
        }
    }

    private static let spawning = NSLock()

    /// Runs a program and returns its exit status and what it wrote; as root, a program of the
    /// cluster's (`asClusterOwner`) runs as the postgres user.
    ///
    /// The program is started with posix_spawn and waited for with waitpid rather than with
    /// Foundation's Process, whose wait was seen to miss the end of `runuser … pg_ctl start` (whose
    /// server lives on) and hang.
    static func run(
        _ executable: String, _ arguments: [String], asClusterOwner: Bool
    ) throws(Failure) -> (status: Int32, output: String, errors: String) {
        var command = [executable] + arguments
        if asClusterOwner && getuid() == 0 {
            // The postgres user cannot enter root's working directory; the temporary one it can.
            command =
                [
                    "/usr/sbin/runuser", "-u", "postgres", "--", "/usr/bin/env", "-C",
                    FileManager.default.temporaryDirectory.path,
                ]
                + command
        }
        // The pipes are made and handed to the child under a lock, and marked close-on-exec at once,
        // so that a program another test starts meanwhile holds no end of them.
        spawning.lock()
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0, pipe(&errors) == 0 else {
            spawning.unlock()
            throw Failure(description: "cannot make pipes to run \(executable): \(String(cString: strerror(errno)))")
        }
        for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }.map {
            "\($0.key)=\($0.value)"
        }
        var argv = command.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, &envp)
        close(output[1])
        close(errors[1])
        spawning.unlock()
        let outputFile = FileHandle(fileDescriptor: output[0], closeOnDealloc: true)
        let errorFile = FileHandle(fileDescriptor: errors[0], closeOnDealloc: true)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(command[0]): \(String(cString: strerror(spawned)))")
        }
        // Both pipes are read at once, so that a program filling one while the other is read never waits.
        let errorText = ErrorText()
        let readingErrors = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorText.set(errorFile.readDataToEndOfFile())
            readingErrors.signal()
        }
        let outputData = outputFile.readDataToEndOfFile()
        readingErrors.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (
            exitStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorText.get(), as: UTF8.self)
        )
    }
}

/// What a program wrote to its standard error, read on another thread.
private final class ErrorText: Sendable {
    private let data = Mutex(Data())

    func set(_ data: Data) { self.data.withLock { $0 = data } }
    func get() -> Data { data.withLock { $0 } }
}
