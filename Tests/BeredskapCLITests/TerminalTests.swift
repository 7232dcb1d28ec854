import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The REPL in a real terminal: tmux runs `beredskap` in a pane, the tests type into it with
/// `send-keys` and read the screen with `capture-pane`, as a person at the keyboard would.
///
/// Every test has its own tmux server (socket), home directory and history file, so the tests run
/// in parallel and never see the user's `~/.editrc`, `~/.beredskaprc` or history.
@Suite struct TerminalTests {
    static let prompt = "beredskap> "
    static let continuation = "      ...> "

    // MARK: Completion

    @Test func tabCompletesCommandsKindsAndQuotedNamesWithSwedishLetters() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        try await terminal.type("cou")
        try await terminal.press("Tab")
        try await terminal.waitForLine(Self.prompt + "count ")
        try await terminal.type("uni")
        try await terminal.press("Tab")
        try await terminal.waitForLine(Self.prompt + "count units ")
        let count = try await terminal.pressEnter(after: "count units ")
        #expect(count == ["23"])

        // A name with å, ä and ö, in quotes: Tab completes it and closes the quote.
        try await terminal.type("show unit \"PLUS Fö")
        try await terminal.waitForLine(Self.prompt + "show unit \"PLUS Fö")
        try await terminal.press("Tab")
        try await terminal.waitForLine(Self.prompt + "show unit \"PLUS Föräldrastöd\" ")
        let shown = try await terminal.pressEnter(after: "show unit \"PLUS Föräldrastöd\" ")
        #expect(shown.joined(separator: "\n").contains("plus-foraldrastod"))
    }

    /// Tab on a prefix one id starts with replaces the word with the id as the plan writes it.
    @Test func tabCompletesAUniqueIDPrefixInPlace() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        try await terminal.type("show unit Mini")
        try await terminal.waitForLine(Self.prompt + "show unit Mini")
        try await terminal.press("Tab")
        try await terminal.waitForLine(Self.prompt + "show unit mini-maria ")
    }

    // MARK: History

    @Test func upRecallsEarlierCommandsAndHistorySurvivesARestart() async throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let history = home.appendingPathComponent("history")

        let first = try await TmuxTerminal.start(home: home, history: history)
        defer { first.close() }
        #expect(try await first.run("count units") == ["23"])
        let roles = try await first.run("count roles")
        #expect(roles.count == 1 && Int(roles.first ?? "") != nil, "count roles printed \(roles)")
        try await first.press("Up")
        try await first.waitForLine(Self.prompt + "count roles")
        try await first.press("Up")
        try await first.waitForLine(Self.prompt + "count units")
        #expect(try await first.pressEnter(after: "count units") == ["23"])

        let saved = try Self.historyEntries(history)
        #expect(saved.contains("count units") && saved.contains("count roles"), "history file holds \(saved)")

        try await first.type(".quit")
        try await first.press("Enter")
        #expect(try await first.waitForExit() == 0)
        #expect(try Self.historyEntries(history).last == ".quit")

        // A new REPL on the same history file: Up shows the previous session's last command.
        let second = try await TmuxTerminal.start(home: home, history: history)
        defer { second.close() }
        try await second.press("Up")
        try await second.waitForLine(Self.prompt + ".quit")
        try await second.press("Up")
        try await second.waitForLine(Self.prompt + "count units")
        #expect(try await second.pressEnter(after: "count units") == ["23"])
    }

    // MARK: Ctrl-C and Ctrl-D

    @Test func ctrlCDropsTheLineAndCtrlDLeavesAndRestoresTheTerminal() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        try await terminal.type("list units where na")
        try await terminal.waitForLine(Self.prompt + "list units where na")
        try await terminal.press("C-c")
        let screen = try await terminal.waitUntil("^C and a fresh prompt") { lines in
            Array(lines.suffix(2)) == [Self.prompt + "list units where na^C", Self.prompt].map(trimmed)
        }
        #expect(!screen.joined(separator: "\n").contains("error"), "the dropped line must not run")
        #expect(try await terminal.run("count units") == ["23"])

        // Ctrl-C at the continuation prompt drops the whole unfinished command.
        try await terminal.type("list units where (")
        try await terminal.press("Enter")
        try await terminal.waitForLine(Self.continuation)
        try await terminal.press("C-c")
        try await terminal.waitUntil("^C and a fresh prompt after the continuation prompt") { lines in
            Array(lines.suffix(2)) == [Self.continuation + "^C", Self.prompt].map(trimmed)
        }
        #expect(try await terminal.run("count units") == ["23"])

        // Ctrl-D on an empty line leaves, with status 0, and the terminal is as it was.
        try await terminal.press("C-d")
        #expect(try await terminal.waitForExit() == 0)
        let before = try? String(contentsOf: terminal.sttyBefore, encoding: .utf8)
        let after = try? String(contentsOf: terminal.sttyAfter, encoding: .utf8)
        #expect(
            before != nil && before == after, "terminal modes before: \(before ?? "none"), after: \(after ?? "none")")
    }

    // MARK: UTF-8

    @Test func swedishLettersAreEchoedEditedAndSearched() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        let search = try await terminal.run("search föräldrastöd")
        #expect(search.contains { $0.hasPrefix("│") && $0.contains("plus-foraldrastod") }, "search printed \(search)")

        try await terminal.type("show unit \"Kruton – Skyddat boende\"")
        try await terminal.waitForLine(Self.prompt + "show unit \"Kruton – Skyddat boende\"")
        let kruton = try await terminal.pressEnter(after: "show unit \"Kruton – Skyddat boende\"")
        // The name may wrap in its cell of a narrow terminal; its letters arrive whole.
        #expect(
            kruton.contains { $0.contains("│ kruton") && $0.contains("Kruton –") }
                && kruton.contains { $0.contains("Skyddat") }, "show printed \(kruton)")

        // Editing moves over å, ä and ö one letter at a time: insert the missing ä in "förldrastöd".
        try await terminal.type("search förldrastöd")
        try await terminal.waitForLine(Self.prompt + "search förldrastöd")
        try await terminal.press(Array(repeating: "Left", count: "ldrastöd".count))
        try await terminal.type("ä")
        try await terminal.waitForLine(
            Self.prompt + "search föräldrastöd", cursorColumn: (Self.prompt + "search förä").count)
        // Backspace removes one whole letter, not a byte of it. (Ctrl-E, not End: tmux sends End as
        // ESC [ 4 ~, which is not End in the terminfo of TERM=xterm-256color that libedit reads.)
        try await terminal.press("C-e", "BSpace", "BSpace")
        try await terminal.waitForLine(Self.prompt + "search föräldrast")
        try await terminal.type("öd")
        let again = try await terminal.pressEnter(after: "search föräldrastöd")
        #expect(again == search)
    }

    // MARK: Continuation

    @Test func anOpenBracketShowsTheContinuationPrompt() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        try await terminal.type("list units where (")
        try await terminal.press("Enter")
        try await terminal.waitForLine(Self.continuation)
        try await terminal.type("function = remedial)")
        let rows = try await terminal.pressEnter(after: "function = remedial)", prompt: Self.continuation)
        let units = rows.filter { $0.hasPrefix("│") && !$0.hasPrefix("│ id ") }
        #expect(units.count == 6, "list printed \(rows)")
        #expect(units.contains { $0.contains("socialjouren") })
    }

    /// The entries of a libedit history file, with its `\040`-style escapes decoded.
    // MARK: Colour and pager

    @Test func errorsAndHeadersAreColouredOnATerminalButNeverWithNoColor() async throws {
        let coloured = try await TmuxTerminal.start(environment: ["NO_COLOR": ""])
        defer { coloured.close() }
        _ = try await coloured.run("count unitz")
        _ = try await coloured.run("list roles limit 1")
        let screen = try coloured.tmux("capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "t")
        // tmux redraws attributes one by one: bold red comes back as ESC[1m ESC[31m.
        #expect(screen.contains("\u{1B}[31merror:"), "no red error label in:\n\(screen)")
        #expect(screen.contains("\u{1B}[1mid"), "no bold header in:\n\(screen)")

        let plain = try await TmuxTerminal.start()  // NO_COLOR=1
        defer { plain.close() }
        _ = try await plain.run("count unitz")
        _ = try await plain.run("list roles limit 1")
        let plainScreen = try plain.tmux("capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "t")
        #expect(plainScreen.contains("error: unknown kind 'unitz'; did you mean 'units'?"))
        #expect(!plainScreen.contains("\u{1B}[1"), "escape sequences despite NO_COLOR:\n\(plainScreen)")
    }

    @Test func aResultTallerThanTheScreenGoesThroughThePager() async throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let paged = home.appendingPathComponent("paged.txt")
        let terminal = try await TmuxTerminal.start(
            home: home, environment: ["PAGER": "cat > " + paged.path], height: 20)
        defer { terminal.close() }
        #expect(try await terminal.run("list roles limit 3").count == 7, "a short result is printed directly")
        #expect(!FileManager.default.fileExists(atPath: paged.path))
        let shown = try await terminal.run("list units")
        #expect(shown.isEmpty, "the long result went to the pager, not the screen: \(shown)")
        let text = try String(contentsOf: paged, encoding: .utf8)
        #expect(text.contains("Mini Maria") && text.contains("Origo"))
    }

    /// A real pager on the terminal: `less -FRX` (PAGER unset, given as "") and `more`. Each must get
    /// the keys, show the first screen, quit on `q`, and leave the terminal to the next prompt.
    @Test(arguments: ["", "more"])
    func aPagerOnTheTerminalShowsTheResultAndQuitsOnQ(pager: String) async throws {
        // The user's LESS or MORE options must not change what the pager shows.
        let terminal = try await TmuxTerminal.start(
            environment: ["PAGER": pager, "LESS": "", "LESSOPEN": "", "LESSCLOSE": "", "MORE": ""], height: 20)
        defer { terminal.close() }

        try await terminal.type("list units")
        try await terminal.waitForLine(Self.prompt + "list units")
        try await terminal.press("Enter")
        // The table's first rows and the pager's own prompt at the bottom: less shows ":", more
        // "--More--(NN%)". A pager stopped in a background process group shows nothing.
        let screen = try await terminal.waitUntil("the first screen of `list units` in the pager") { lines in
            guard let last = lines.last, last == ":" || last.hasPrefix("--More--") else { return false }
            return lines.contains { $0.hasPrefix("│ id ") } && lines.contains { $0.hasPrefix("│ plus-foraldrastod ") }
        }
        #expect(
            !screen.contains { $0.contains("sociala-insatsgrupper-unga-vuxna") },
            "the last unit is past the first screen")
        try await terminal.press("q")
        try await terminal.waitUntil("the prompt after leaving the pager") { lines in
            lines.last == trimmed(Self.prompt)
        }
        #expect(try await terminal.run("count units") == ["23"])
        #expect(try await terminal.run("list roles limit 1").count == 5, "a short result is printed directly")
    }

    // MARK: Interrupting a long run

    @Test func oneCtrlCStopsALongSimulationAndTheShellGoesOn() async throws {
        let terminal = try await TmuxTerminal.start()
        defer { terminal.close() }

        let command = "drill simulate bench-night --runs 100000000"
        try await terminal.type(command)
        try await terminal.waitForLine(Self.prompt + command)
        try await terminal.press("Enter")
        try await terminal.waitUntil("the simulation's progress bar") { lines in
            lines.last.map { $0.contains("░") && $0.hasSuffix("%") } ?? false
        }
        // Not press(_:): it waits for the line editor, which is not reading while the simulation runs.
        try terminal.tmux("send-keys", "-t", "t", "C-c")
        // A hundred million runs take minutes; stopping must take a moment.
        let screen = try await terminal.waitUntil("the prompt after one Ctrl-C", timeout: .seconds(5)) { lines in
            lines.last == trimmed(Self.prompt)
        }
        #expect(
            screen.contains { $0.contains("error: interrupted after ") && $0.hasSuffix(" of 100000000 runs") },
            "no message saying how far the simulation got:\n\(screen.suffix(5).joined(separator: "\n"))")
        #expect(try await terminal.run("count units") == ["23"])
        // The interrupted command does not change how the REPL ends.
        try await terminal.type(".quit")
        try await terminal.press("Enter")
        #expect(try await terminal.waitForExit() == 0)
    }

    // MARK: Locale

    /// A fresh Debian has no LANG: the C locale, in which libedit would drop every byte past ASCII.
    @Test func swedishLettersAreReadWhenNoLocaleIsSet() async throws {
        let command = "count units where function = åtgärdande"
        let expected = try Beredskap.run(["--no-rc", "--store", ":memory:", "-c", command])
        let count = expected.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(expected.status == 0 && Int(count) ?? 0 > 0, "-c printed \(expected.stdout)\(expected.stderr)")

        // The start script unsets LC_ALL and LC_CTYPE; "" unsets LANG too.
        let terminal = try await TmuxTerminal.start(environment: ["LANG": ""])
        defer { terminal.close() }
        try await terminal.type(command)
        try await terminal.waitForLine(Self.prompt + command)
        #expect(try await terminal.pressEnter(after: command) == [count])
    }

    static func historyEntries(_ file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            var bytes: [UInt8] = []
            var rest = Substring(line).utf8[...]
            while let byte = rest.first {
                let octal = rest.dropFirst().prefix(3)
                if byte == UInt8(ascii: "\\"), octal.count == 3,
                    let value = UInt8(String(decoding: octal, as: UTF8.self), radix: 8)
                {
                    bytes.append(value)
                    rest = rest.dropFirst(4)
                } else {
                    bytes.append(byte)
                    rest = rest.dropFirst()
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

private func trimmed(_ line: String) -> String {
    var line = line
    while line.last?.isWhitespace == true { line.removeLast() }
    return line
}

/// Stops a test after a failure that the test has already recorded as an issue.
struct TerminalTestStopped: Error, CustomStringConvertible {
    let description: String
}

/// `beredskap` running in a tmux pane of its own tmux server.
final class TmuxTerminal {
    let socket = "beredskap-test-\(UUID().uuidString.prefix(8))"
    let directory: URL
    let ownsDirectory: Bool
    let sttyBefore: URL
    let sttyAfter: URL
    /// Where the start script writes beredskap's exit status. (tmux's own `pane_dead_status` can stay
    /// empty: tmux 3.3 sets SIGCHLD to its default while it waits for a child of its own, and a
    /// pane's SIGCHLD that arrives then is lost.)
    let exitStatus: URL
    /// The pane's terminal device, such as /dev/pts/3.
    private(set) var device = ""

    static let timeout: Duration = .seconds(10)
    static let startTimeout: Duration = .seconds(20)

    /// tmux, from PATH or the usual places.
    static let tmux: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return directories.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private init(directory: URL, ownsDirectory: Bool) {
        self.directory = directory
        self.ownsDirectory = ownsDirectory
        sttyBefore = directory.appendingPathComponent("stty-before-\(socket)")
        sttyAfter = directory.appendingPathComponent("stty-after-\(socket)")
        exitStatus = directory.appendingPathComponent("status-\(socket)")
    }

    /// Starts `beredskap --no-rc --store STORE` (`:memory:` unless given) in a 200×50 terminal, with
    /// HOME at `home` (a new temporary directory if nil) and the history in `history` (in that home if
    /// nil), and waits for its first prompt.
    ///
    /// `environment` is exported after the defaults (`NO_COLOR=1` among them); an empty value unsets
    /// the variable.
    static func start(
        home: URL? = nil, history: URL? = nil, environment: [String: String] = [:], height: Int = 50,
        store: String = ":memory:", sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TmuxTerminal {
        guard tmux != nil else {
            let message = "tmux is not installed, and the terminal tests need it: install tmux (Scripts/setup does)."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            throw TerminalTestStopped(description: message)
        }
        let terminal = TmuxTerminal(directory: try home ?? temporaryDirectory(), ownsDirectory: home == nil)
        let history = history ?? terminal.directory.appendingPathComponent("history")
        let script = terminal.directory.appendingPathComponent("start-\(terminal.socket).sh")
        try """
        unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE BEREDSKAP_STORE XDG_CONFIG_HOME XDG_DATA_HOME
        export LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1
        export HOME=\(quoted(terminal.directory.path)) BEREDSKAP_HISTORY=\(quoted(history.path))
        \(environment.sorted { $0.key < $1.key }.map { $0.value.isEmpty ? "unset \($0.key)" : "export \($0.key)=\(quoted($0.value))" }.joined(separator: "\n"))
        cd "$HOME" || exit 125
        trap : INT  # Ctrl-C is for beredskap; without this, sh would die of it and not write what follows
        stty -g > \(quoted(terminal.sttyBefore.path))
        \(quoted(Beredskap.executable.path)) --no-rc --store \(quoted(store))
        status=$?
        stty -g > \(quoted(terminal.sttyAfter.path))
        echo $status > \(quoted(terminal.exitStatus.path))
        exit $status
        """.write(to: script, atomically: true, encoding: .utf8)
        do {
            try terminal.tmux(
                "new-session", "-d", "-s", "t", "-x", "200", "-y", String(height), "/bin/sh " + quoted(script.path),
                ";", "set-option", "-t", "t", "remain-on-exit", "on")
            try await terminal.waitUntil(
                "the banner and the first prompt", timeout: startTimeout, sourceLocation: sourceLocation
            ) {
                lines in
                lines.contains("Type .help for the commands, .quit or Ctrl-D to leave.")
                    && lines.last == trimmed(TerminalTests.prompt)
            }
            terminal.device = try terminal.tmux("display-message", "-p", "-t", "t", "#{pane_tty}")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            terminal.close()
            throw error
        }
        return terminal
    }

    /// Ends the tmux server and removes the files the terminal made.
    func close() {
        let socketPath = try? tmux("display-message", "-p", "#{socket_path}").trimmingCharacters(in: .newlines)
        _ = try? tmux("kill-server")
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        if ownsDirectory {
            try? FileManager.default.removeItem(at: directory)
        } else {
            for file in [sttyBefore, sttyAfter, exitStatus, directory.appendingPathComponent("start-\(socket).sh")] {
                try? FileManager.default.removeItem(at: file)
            }
        }
    }

    /// Types text literally, once the line editor reads keys.
    func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitUntilReading(sourceLocation: sourceLocation)
        try tmux("send-keys", "-t", "t", "-l", text)
    }

    /// Presses keys by tmux's names: Enter, Tab, Up, Left, BSpace, C-c, C-d, …
    func press(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await press(keys, sourceLocation: sourceLocation)
    }

    func press(_ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitUntilReading(sourceLocation: sourceLocation)
        try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Waits until the terminal is in the line editor's raw mode (no echo, no canonical input).
    ///
    /// libedit (3.1-20221030, as Debian builds it) writes the prompt and only then switches the
    /// terminal to raw mode; keys that arrive in between are echoed by the terminal driver and then
    /// again by libedit, so the line shows twice. A person never types that fast; a test does.
    func waitUntilReading(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #if os(macOS)
            let arguments = ["-f", device, "-a"]
        #else
            let arguments = ["-F", device, "-a"]
        #endif
        try await poll("the line editor to put the terminal in raw mode", sourceLocation: sourceLocation) {
            let modes = try spawn("/bin/stty", arguments, environment: ProcessInfo.processInfo.environment)
            let words = Set(modes.output.split { $0.isWhitespace || $0 == ";" })
            return modes.status == 0 && words.contains("-echo") && words.contains("-icanon")
        }
    }

    /// The whole screen and scrollback, wrapped lines joined, trailing blanks and blank lines dropped.
    func lines() throws -> [String] {
        var lines = try tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "t").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { trimmed(String($0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Polls the screen every 50 ms until `condition` holds; on timeout records an issue with the
    /// screen and stops the test.
    @discardableResult
    func waitUntil(
        _ what: @autoclosure () -> String, timeout: Duration = TmuxTerminal.timeout,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: ([String]) throws -> Bool
    ) async throws -> [String] {
        var lines: [String] = []
        try await poll(what(), timeout: timeout, sourceLocation: sourceLocation) {
            lines = try self.lines()
            return try condition(lines)
        }
        return lines
    }

    /// Checks `condition` every 50 ms until it holds; on timeout records an issue with the screen
    /// and stops the test.
    func poll(
        _ what: @autoclosure () -> String, timeout: Duration = TmuxTerminal.timeout,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: () throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while try !condition() {
            guard ContinuousClock.now < deadline else {
                let screen = (try? lines().suffix(40).joined(separator: "\n")) ?? "(tmux did not answer)"
                Issue.record(
                    Comment(rawValue: "Timed out after \(timeout) waiting for \(what()). The screen:\n" + screen),
                    sourceLocation: sourceLocation)
                throw TerminalTestStopped(description: "stopped: timed out waiting for \(what())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits until the line being edited (the last on the screen) reads `line` and the cursor is at
    /// `cursorColumn` (by default at its end, after any trailing space).
    func waitForLine(
        _ line: String, cursorColumn: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let column = cursorColumn ?? line.count
        var cursor = -1
        try await waitUntil(
            "the line “\(line)” with the cursor at column \(column)"
                + (cursor < 0 ? "" : " (it is at column \(cursor))"),
            sourceLocation: sourceLocation
        ) {
            lines in
            guard lines.last == trimmed(line) else { return false }
            cursor =
                Int(
                    try tmux("display-message", "-p", "-t", "t", "#{cursor_x}").trimmingCharacters(
                        in: .whitespacesAndNewlines)) ?? -1
            return cursor == column
        }
    }

    /// Types a command at the prompt, presses Enter, and returns what it printed.
    func run(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
        try await type(command)
        try await waitForLine(TerminalTests.prompt + command, sourceLocation: sourceLocation)
        return try await pressEnter(after: command, sourceLocation: sourceLocation)
    }

    /// Presses Enter on the line `prompt` + `line`, waits for the next prompt, and returns the lines
    /// printed between the two.
    func pressEnter(
        after line: String, prompt: String = TerminalTests.prompt, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [String] {
        try await press("Enter")
        let entered = trimmed(prompt + line)
        let lines = try await waitUntil("the output of “\(line)” and the next prompt", sourceLocation: sourceLocation) {
            lines in
            guard lines.count >= 2, lines.last == trimmed(TerminalTests.prompt) else { return false }
            return lines.dropLast().lastIndex(of: entered) != nil
        }
        let start = lines.dropLast().lastIndex(of: entered)! + 1
        return Array(lines[start..<(lines.count - 1)])
    }

    /// Waits until the program in the pane has ended and returns its exit status.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int? {
        var status: Int?
        try await waitUntil("the program to end", sourceLocation: sourceLocation) { _ in
            guard try tmux("list-panes", "-t", "t", "-F", "#{pane_dead}").hasPrefix("1"),
                let text = try? String(contentsOf: exitStatus, encoding: .utf8)
            else { return false }
            status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            return status != nil
        }
        return status
    }

    /// Runs a tmux command on this terminal's server and returns its output.
    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let tmux = Self.tmux else { throw TerminalTestStopped(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["SHELL"] = "/bin/sh"
        let result = try spawn(tmux, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TerminalTestStopped(description: "tmux \(arguments.joined(separator: " ")) failed: \(result.errors)")
        }
        return result.output
    }
}

/// Runs a program to its end and returns its status and output.
///
/// Not `Process`: the first tmux command forks the tmux server, which would inherit the socket
/// through which swift-corelibs-foundation learns that a process has ended, so `waitUntilExit()`
/// would never return; and it would inherit the test runner's thread's signal mask, which blocks
/// SIGTERM and SIGCHLD. Here the child gets only standard input, output and error, no other open
/// descriptors, and default signals.
private func spawn(
    _ path: String, _ arguments: [String], environment: [String: String]
) throws -> (
    status: Int32, output: String, errors: String
) {
    func failure(_ what: String, _ code: Int32) -> TerminalTestStopped {
        TerminalTestStopped(description: "cannot run \(path): \(what): \(String(cString: strerror(code)))")
    }
    var output: [Int32] = [-1, -1]
    var errors: [Int32] = [-1, -1]
    guard pipe(&output) == 0 else { throw failure("pipe", errno) }
    guard pipe(&errors) == 0 else { throw failure("pipe", errno) }
    for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }

    #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
    #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
    #endif
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    #if os(Linux)
        guard let closeFrom = closeFrom else {
            throw TerminalTestStopped(
                description: "cannot run \(path): posix_spawn_file_actions_addclosefrom_np needs glibc 2.34")
        }
        _ = closeFrom(&actions, 3)
    #else
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
    #endif
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    close(output[1])
    close(errors[1])
    defer {
        close(output[0])
        close(errors[0])
    }
    guard spawned == 0 else { throw failure("posix_spawn", spawned) }

    func readAll(_ descriptor: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data += buffer[..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return String(decoding: data, as: UTF8.self)
    }
    let out = readAll(output[0])
    let err = readAll(errors[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), out, err)
}

#if os(Linux)
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which the Glibc module
    /// does not declare.
    private let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(
            symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()
#endif

/// A word for sh, in single quotes.
private func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
