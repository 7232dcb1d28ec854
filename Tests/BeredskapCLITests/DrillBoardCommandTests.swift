import Foundation
import PostgreSQLTestSupport
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `beredskap drill board`: the situation board served by the real executable on a store a second
/// process plays the drill on, read as a browser reads it.
@Suite(.serialized) struct DrillBoardCommandTests {
    static let injectText = "En reporter ringer och frågar vad staden gör för de drabbade i natt."

    /// A store with the bench-night drill started as `natt`.
    static func storeWithDrill() throws -> URL {
        let directory = try temporaryDirectory()
        try Beredskap.makeStore(in: directory)
        let started = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "-c", "drill start bench-night --id natt"], in: directory)
        #expect(started.status == 0, "\(started.stderr)")
        return directory
    }

    /// `drill next` in a process of its own, on the same store, as a second shell would type it.
    static func deliverNextInject(in directory: URL) throws {
        let next = try Beredskap.run(["--store", "s.sqlite", "--no-rc", "-c", "drill next"], in: directory)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains(injectText))
    }

    @Test func theBoardServesThePageAndAnEventWithinASecondOfADrillCommandInAnotherProcess() async throws {
        let directory = try Self.storeWithDrill()
        defer { try? FileManager.default.removeItem(at: directory) }
        let board = try BoardProcess(in: directory)
        defer { board.interrupt() }
        #expect(board.line.hasPrefix("Lägesbild: http://127.0.0.1:") && board.line.hasSuffix("/ — öppna i webbläsaren"))

        let (page, response) = try await URLSession.shared.data(from: try #require(URL(string: board.url)))
        let html = String(decoding: page, as: UTF8.self)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(
            (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")?.hasPrefix("text/html") == true)
        #expect(html.contains("ÖVNING – inget verkligt larm") && html.contains("Larm via Socialjouren en lördagsnatt"))
        #expect(html.contains("Minut 0 · 02:30 · pågår") && !html.contains(Self.injectText))
        let (script, _) = try await URLSession.shared.data(
            from: try #require(URL(string: board.url + "board.js")))
        #expect(String(decoding: script, as: UTF8.self).contains("new EventSource(\"events\")"))

        let stream = try EventStream(port: board.port)
        #expect(stream.headers.contains("text/event-stream"))
        #expect(stream.wait(for: "event: board", timeout: 5), "\(stream.text)")
        let before = stream.text.count
        try Self.deliverNextInject(in: directory)
        let delivered = Date()
        #expect(stream.wait(for: Self.injectText, after: before, timeout: 1), "\(stream.text.suffix(500))")
        #expect(Date().timeIntervalSince(delivered) < 1)
        #expect(stream.text.contains("\"minute\":45"))
        stream.close()

        // A page that reconnects gets the board as it stands at once.
        let again = try EventStream(port: board.port)
        #expect(again.wait(for: Self.injectText, timeout: 5))
        #expect(again.text.contains("retry: 1000"))
        again.close()

        #expect(board.interrupt() == 0)
        #expect(board.errors.contains("note: serving the board of the drill 'natt' until Ctrl-C"))
    }

    @Test func theDefaultPortGivesWayWhenItIsTakenAndTheShellSaysWhich() throws {
        let directory = try Self.storeWithDrill()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try BoardProcess(in: directory, arguments: [])
        defer { first.interrupt() }
        if first.port == 8080 {
            let second = try BoardProcess(in: directory, arguments: [])
            defer { second.interrupt() }
            #expect(second.port != 8080)
            #expect(second.errors.contains("note: port 8080 is taken; the board is on port \(second.port)"))
        } else {
            // Something else on this machine has 8080.
            #expect(first.errors.contains("note: port 8080 is taken; the board is on port \(first.port)"))
        }
        // A port asked for that is taken is an error that says so.
        let taken = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "drill", "board", "--port", String(first.port)], in: directory)
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("port \(first.port) is taken"), "\(taken.stderr)")
    }

    @Test func aHostOtherThanTheLoopbackIsWarnedOf() throws {
        let directory = try Self.storeWithDrill()
        defer { try? FileManager.default.removeItem(at: directory) }
        let board = try BoardProcess(in: directory, arguments: ["--port", "0", "--host", "0.0.0.0"])
        defer { board.interrupt() }
        #expect(board.errors.contains("warning: the board listens on 0.0.0.0, not only on this machine"))
        let bad = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "drill", "board", "--host", "projektor.local"], in: directory)
        #expect(bad.status == 1 && bad.stderr.contains("'--host' takes an IP address"), "\(bad.stderr)")
    }

    /// In the REPL the board is served in the background on the shell's own store (here one in memory):
    /// the prompt comes back at once, the drill played at it reaches the board, and `drill board stop`
    /// stops it.
    @Test func inTheREPLTheBoardIsServedInTheBackgroundUntilStopped() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }
        _ = try await terminal.run("drill start bench-night --id natt")
        let served = try await terminal.run("drill board --port 0")
        let line = try #require(served.first { $0.hasPrefix("Lägesbild: http://127.0.0.1:") }, "\(served)")
        let url = String(line.dropFirst("Lägesbild: ".count).prefix { $0 != " " })
        #expect(line == "Lägesbild: \(url) — öppna i webbläsaren")
        let snapshot = try #require(URL(string: url + "snapshot.json"))
        func board() async -> String {
            guard let (data, _) = try? await URLSession.shared.data(from: snapshot) else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(await board().contains("\"injects\":[]"))
        _ = try await terminal.run("drill next")
        let delivered = Date()
        while !(await board().contains(Self.injectText)), Date().timeIntervalSince(delivered) < 2 {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(await board().contains(Self.injectText))
        #expect(try await terminal.run("drill board") == ["Lägesbilden visas redan: \(url)"])
        #expect(try await terminal.run("drill board stop") == ["Lägesbilden är stoppad (\(url))"])
        #expect(await board().isEmpty)
        try await terminal.type(".quit")
        try await terminal.press("Enter")
        #expect(try await terminal.waitForExit() == 0)
    }

    @Test func aBrowserShowsAnInjectDeliveredAfterThePageLoaded() throws {
        try #require(ChromiumSession.path != nil, "chromium and poppler-utils must be installed (Scripts/setup)")
        let directory = try Self.storeWithDrill()
        defer { try? FileManager.default.removeItem(at: directory) }
        let board = try BoardProcess(in: directory)
        defer { board.interrupt() }
        let browser = try ChromiumSession()
        defer { browser.close() }
        let tab = try browser.open(board.url)
        func injects() throws -> String {
            try browser.evaluate(
                "document.readyState === 'complete' && document.getElementById('injects') ? "
                    + "document.getElementById('injects').innerText : ''", in: tab)
        }
        let loaded = Date()
        while try injects().isEmpty, Date().timeIntervalSince(loaded) < 15 { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try injects().contains("Inga inspel ännu."))
        #expect(
            try browser.evaluate("document.getElementById('exercise-mark').innerText", in: tab)
                == "ÖVNING – inget verkligt larm")

        try Self.deliverNextInject(in: directory)
        let delivered = Date()
        while !(try injects().contains(Self.injectText)), Date().timeIntervalSince(delivered) < 2 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try injects().contains(Self.injectText))
        #expect(Date().timeIntervalSince(delivered) < 2)
        #expect(
            try browser.evaluate("document.getElementById('clock').innerText", in: tab) == "Minut 45 · 03:15 · pågår")
        #expect(board.interrupt() == 0)
    }
}

/// `beredskap drill board` running in the foreground, as a user starts it for the projector.
final class BoardProcess {
    /// What the board has written, as it comes.
    private final class Output: Sendable {
        let text = Mutex((stdout: "", stderr: ""))
    }

    private let process: Process
    private let output: Output
    /// The line that says where the board is.
    let line: String
    /// The page's address.
    let url: String
    /// The port it is on.
    let port: Int

    /// Starts the board on `directory`'s store and waits until it says where it is.
    init(in directory: URL, arguments: [String] = ["--port", "0"]) throws {
        let process = Process()
        process.executableURL = Beredskap.executable
        process.arguments = ["--store", "s.sqlite", "--no-rc", "drill", "board"] + arguments
        process.currentDirectoryURL = directory
        let output = Output()
        let stdout = Pipe()
        let stderr = Pipe()
        stdout.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0.stdout += text }
        }
        stderr.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0.stderr += text }
        }
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let started = Date()
        var found: String?
        while found == nil, process.isRunning, Date().timeIntervalSince(started) < 30 {
            found = output.text.withLock { $0.stdout }.split(separator: "\n").first { $0.contains("http://") }.map(
                String.init)
            if found == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let found, let start = found.range(of: "http://"),
            let end = found[start.lowerBound...].firstIndex(of: " ")
        else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            throw BoardTestError("the board did not say where it is: \(output.text.withLock { $0 })")
        }
        self.process = process
        self.output = output
        self.line = found
        self.url = String(found[start.lowerBound..<end])
        self.port = Int(url.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0
    }

    /// What it wrote on standard error.
    var errors: String { output.text.withLock { $0.stderr } }

    /// Ctrl-C: the board stops; returns the exit status.
    @discardableResult
    func interrupt() -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGINT)
            let asked = Date()
            while process.isRunning, Date().timeIntervalSince(asked) < 10 { Thread.sleep(forTimeInterval: 0.05) }
            // The test runner's children inherit its blocked SIGTERM: only SIGKILL is sure to end one.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A page's event stream read over a socket of its own, as EventSource reads it.
final class EventStream: Sendable {
    private let socket: Int32
    private let received = Mutex("")
    /// The response's header lines.
    var headers: String { text.components(separatedBy: "\r\n\r\n").first ?? "" }

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw BoardTestError("cannot connect to port \(port)") }
        let request = "GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        let started = Date()
        while !text.contains("\r\n\r\n"), Date().timeIntervalSince(started) < 5 { read(0.2) }
    }

    /// What the stream has brought.
    var text: String { received.withLock { $0 } }

    /// Waits until `needle` has come, after the first `offset` characters, for at most `timeout` seconds.
    func wait(for needle: String, after offset: Int = 0, timeout: TimeInterval) -> Bool {
        let started = Date()
        repeat {
            if text.dropFirst(offset).contains(needle) { return true }
            read(0.05)
        } while Date().timeIntervalSince(started) < timeout
        return text.dropFirst(offset).contains(needle)
    }

    /// Reads what has come within `seconds`.
    private func read(_ seconds: Double) {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(socket, &buffer, buffer.count, 0)
        if count > 0 {
            let chunk = String(decoding: buffer[..<count], as: UTF8.self)
            received.withLock { $0 += chunk }
        }
    }

    func close() {
        _ = Glibc.close(socket)
    }
}

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: requests
/// on its file descriptor 3, answers on 4, each message ending in a NUL byte). A page's live event
/// stream needs a browser that keeps running: `--dump-dom` writes the page out as soon as it has loaded.
/// A real headless Chromium driven over its DevTools pipe, to watch a live page (the board) change.
final class ChromiumSession {
    /// The browser, found as the print tests find it (`HeadlessChromium`).
    static let path: String? = HeadlessChromium.find()?.executable.path

    private let pid: pid_t
    private let requests: Int32
    private let answers: Int32
    private let profile: URL
    private var nextID = 0
    private var pending: [UInt8] = []

    init() throws {
        guard let path = Self.path else { throw BoardTestError("no chromium") }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("board-chromium-\(UUID())")
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw BoardTestError("no pipe") }
        for descriptor in toBrowser + fromBrowser { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The ends the browser keeps are above 4, so that moving them to 3 and 4 clears close-on-exec.
        let browserReads = fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10)
        let browserWrites = fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10)
        posix_spawn_file_actions_adddup2(&actions, browserReads, 3)
        posix_spawn_file_actions_adddup2(&actions, browserWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            path, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=\(profile.path)", "--remote-debugging-pipe", "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, &argv, environ)
        for descriptor in [toBrowser[0], fromBrowser[1], browserReads, browserWrites] { _ = Glibc.close(descriptor) }
        guard spawned == 0 else { throw BoardTestError("chromium did not start: \(spawned)") }
        self.pid = pid
        requests = toBrowser[1]
        answers = fromBrowser[0]
    }

    /// Opens `url` in a new tab; returns the tab's session.
    func open(_ url: String) throws -> String {
        let target = try call("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session = try call("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
        guard let session else { throw BoardTestError("no session") }
        _ = try call("Page.navigate", ["url": url], session: session)
        return session
    }

    /// The value of a JavaScript expression in the tab, as text.
    func evaluate(_ expression: String, in session: String) throws -> String {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true], session: session)
        let value = (result["result"] as? [String: Any])?["value"]
        return value.map { "\($0)" } ?? ""
    }

    func close() {
        _ = try? call("Browser.close", [:])
        var status: Int32 = 0
        let asked = Date()
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date().timeIntervalSince(asked) > 5 {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        _ = Glibc.close(requests)
        _ = Glibc.close(answers)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends a request and reads messages until its answer, for at most 20 seconds.
    private func call(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        _ = data.withUnsafeBytes { write(requests, $0.baseAddress, $0.count) }
        let started = Date()
        while Date().timeIntervalSince(started) < 20 {
            while let end = pending.firstIndex(of: 0) {
                let line = Data(pending[..<end])
                pending.removeFirst(end + 1)
                guard let answer = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                    answer["id"] as? Int == nextID
                else { continue }
                if let error = answer["error"] { throw BoardTestError("\(method): \(error)") }
                return answer["result"] as? [String: Any] ?? [:]
            }
            var descriptor = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 1000) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = read(answers, &buffer, buffer.count)
            guard count > 0 else { throw BoardTestError("chromium closed the pipe") }
            pending += buffer[..<count]
        }
        throw BoardTestError("\(method): no answer from chromium")
    }
}

struct BoardTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
