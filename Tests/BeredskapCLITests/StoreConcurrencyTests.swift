import Foundation
import PostgreSQLTestSupport
import Synchronization
import Testing

/// Several processes on one store at once, as an office uses it: sessions left open, one-shot
/// commands from other terminals, readers, and a writer killed midway. Every edit a process
/// acknowledged (exit status 0, or "ack" from a session) must be in the change log afterwards, the
/// store must pass SQLite's integrity check, and no edit may fail as "busy" within the timeout.
///
/// `Scripts/torture` runs the same with more processes and rounds for a release check.
@Suite(.serialized) struct StoreConcurrencyTests {
    static let products = Beredskap.executable.deletingLastPathComponent()

    /// Runs a product and returns its exit status, standard output and standard error.
    static func run(_ name: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String, String) {
        let result = try Beredskap.runProduct(
            name, arguments, environment: ["BEREDSKAP_HISTORY": "/dev/null"], input: input)
        return (result.status, result.stdout, result.stderr)
    }

    /// A size of the run: `BEREDSKAP_TORTURE_NAME` from the environment (Scripts/torture), else the
    /// CI size.
    static func setting(_ name: String, _ ciSize: Int) -> Int {
        ProcessInfo.processInfo.environment["BEREDSKAP_TORTURE_" + name].flatMap { Int($0) } ?? ciSize
    }

    static func units(_ store: String) throws -> [String] {
        let (status, output, errors) = try run("beredskap", ["--store", store, "--format", "csv", "-c", "list units"])
        #expect(status == 0, "\(errors)")
        return output.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    }

    /// The descriptions recorded in the change log, as the JSON text of each new value.
    static func recordedValues(_ store: String) throws -> Set<String> {
        let (status, output, errors) = try run(
            "StoreStress", ["query", store, "SELECT new_value FROM changes WHERE field = 'description'"])
        #expect(status == 0, "\(errors)")
        return Set(output.split(separator: "\n").map(String.init))
    }

    /// What `PRAGMA integrity_check` says: "ok" for a sound store.
    static func integrity(_ store: String) throws -> String {
        let (status, output, errors) = try run("StoreStress", ["query", store, "PRAGMA integrity_check"])
        return status == 0 ? String(output.prefix { $0 != "\n" }) : errors
    }

    @Test func nineProcessesOnOneStoreLoseNoAcknowledgedEdit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("delad.sqlite").path
        let units = try Self.units(store)
        #expect(units.count == 23)

        let acknowledged = Mutex<[String]>([])
        let failures = Mutex<[String]>([])
        let readerAnswers = Mutex<Set<String>>([])
        let sessions = Self.setting("SESSIONS", 3)
        let oneShots = Self.setting("ONE_SHOTS", 3)
        let readers = Self.setting("READERS", 2)
        let rounds = Self.setting("ROUNDS", 20)
        DispatchQueue.concurrentPerform(iterations: sessions + oneShots + readers + 1) { worker in
            do {
                if worker < sessions {
                    // A session left open: one connection, each line its own change set.
                    let lines = (0..<rounds).map { index in
                        "set unit \(units[(worker * 7 + index) % units.count]) description = \"session \(worker) \(index)\""
                    }
                    let (status, output, errors) = try Self.run(
                        "StoreStress", ["session", store], input: lines.joined(separator: "\n") + "\n")
                    if status != 0 { failures.withLock { $0.append("session \(worker): \(errors)") } }
                    for line in output.split(separator: "\n") where line.hasPrefix("ack ") {
                        let index = Int(line.dropFirst(4))! - 1
                        acknowledged.withLock { $0.append("session \(worker) \(index)") }
                    }
                    if output.contains("fail") || !errors.isEmpty {
                        failures.withLock { $0.append("session \(worker): \(errors)") }
                    }
                } else if worker < sessions + oneShots {
                    for index in 0..<rounds {
                        let tag = "one-shot \(worker) \(index)"
                        let unit = units[(worker * 5 + index) % units.count]
                        let (status, _, errors) = try Self.run(
                            "beredskap", ["--store", store, "-c", "set unit \(unit) description = \"\(tag)\""])
                        if status == 0 {
                            acknowledged.withLock { $0.append(tag) }
                        } else {
                            failures.withLock { $0.append("\(tag): \(errors)") }
                        }
                    }
                } else if worker < sessions + oneShots + readers {
                    for _ in 0..<rounds {
                        let (status, output, errors) = try Self.run(
                            "beredskap", ["--store", store, "-c", "count units"])
                        readerAnswers.withLock { _ = $0.insert(status == 0 ? output : "exit \(status): \(errors)") }
                    }
                } else {
                    // A writer of a long change set, killed midway: none of its edits may appear.
                    for _ in 0..<2 {
                        try Products.killMidway(
                            "StoreStress", ["edit", store, "100000", "description", "killed"], after: 0.4)
                    }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(readerAnswers.withLock { $0 } == ["23\n"])
        let expected = acknowledged.withLock { $0 }
        #expect(expected.count == (sessions + oneShots) * rounds)
        let recorded = try Self.recordedValues(store)
        let missing = expected.filter { !recorded.contains("\"\($0)\"") }
        #expect(missing == [], "acknowledged edits missing from the change log")
        #expect(!recorded.contains { $0.hasPrefix("\"killed ") })
        #expect(try Self.integrity(store) == "ok")
    }

    /// SIGKILL at random moments of a 100,000-edit change set and of an import: afterwards the store
    /// opens, holds exactly the plan before or after, and passes the integrity check.
    @Test func killedWritersLeaveThePlanBeforeOrAfter() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        func export(_ store: String) throws -> String {
            let (status, output, errors) = try Self.run("beredskap", ["--store", store, "export"])
            #expect(status == 0, "the store does not open after a kill: \(errors)")
            return output
        }
        func changeSets() throws -> (count: Int, lastSize: Int) {
            let (_, output, _) = try Self.run(
                "StoreStress",
                [
                    "query", store,
                    "SELECT (SELECT count(*) FROM change_sets), (SELECT count(*) FROM changes WHERE change_set_id = (SELECT max(id) FROM change_sets))",
                ])
            let fields = output.split(separator: "\n")[0].split(separator: "|").map { Int($0) ?? -1 }
            return (fields[0], fields[1])
        }
        // Two plan files to import in turn: the built-in plan, and the same with every unit's
        // description changed (made in a store of its own).
        let other = directory.appendingPathComponent("other.sqlite").path
        #expect(try Self.run("StoreStress", ["edit", other, "23", "description", "importerad"]).0 == 0)
        let files = [try export(store), try export(other)].enumerated().map { index, text in
            let path = directory.appendingPathComponent("plan-\(index).yaml").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            return (path: path, text: text)
        }
        var generator = SystemRandomNumberGenerator()
        var outcomes = (before: 0, after: 0)
        var current = try export(store)
        let kills = Self.setting("KILLS", 50)
        for round in 0..<kills {
            let isImport = round % 2 == 1
            let file = files[(round / 2) % 2 == 0 ? 1 : 0]
            let before = try changeSets()
            let process = Process()
            process.executableURL = Self.products.appendingPathComponent(isImport ? "beredskap" : "StoreStress")
            process.arguments =
                isImport
                ? ["--store", store, "import", file.path] : ["edit", store, "100000", "description", "round-\(round)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0...(isImport ? 0.4 : 1.5), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let plan = try export(store)
            let after = try changeSets()
            if plan == current {
                outcomes.before += 1
                #expect(after.count == before.count, "round \(round): a change set without its changes")
            } else {
                outcomes.after += 1
                #expect(after.count == before.count + 1, "round \(round)")
                if isImport {
                    #expect(plan == file.text, "round \(round): a partly applied import")
                } else {
                    #expect(after.lastSize == 100_000, "round \(round): a partly applied change set")
                }
            }
            current = plan
            #expect(try Self.integrity(store) == "ok", "round \(round)")
        }
        print("kill test: \(kills) kills; \(outcomes.before) left the plan as before, \(outcomes.after) as after")
    }

    /// In WAL mode a reader never waits for a writer: while a long change set is being written,
    /// `count units` and `export` answer from the last committed state, and the writer is still at
    /// work when they are done.
    @Test func readersDoNotWaitForAWriter() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        let before = try Self.run("beredskap", ["--store", store, "export"]).1
        let writer = Process()
        writer.executableURL = Self.products.appendingPathComponent("StoreStress")
        writer.arguments = ["edit", store, "1000000", "description", "lång"]
        let pipe = Pipe()
        writer.standardOutput = pipe
        try writer.run()
        defer {
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
        }
        #expect(String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("applying"))
        Thread.sleep(forTimeInterval: 0.3)
        let count = try Self.run("beredskap", ["--store", store, "-c", "count units"])
        let export = try Self.run("beredskap", ["--store", store, "export"])
        #expect(writer.isRunning, "the writer finished first; the readers may have waited for it")
        #expect(count.0 == 0 && count.1 == "23\n", "\(count.2)")
        #expect(export.1 == before)
    }
}
