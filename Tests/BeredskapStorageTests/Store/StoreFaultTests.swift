import BeredskapModel
import Foundation
import GRDB
import Testing

@testable import BeredskapStorage

/// Files that are not stores, damaged stores, stores from the future, killed writers and concurrent
/// writers: the store refuses clearly, loses nothing, and never touches a file it refused.
@Suite struct StoreFaultTests {
    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("notes.sqlite")
        try Data("Det här är inga data.\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try contents(path)
        #expect {
            try PlanStore.open(.file(path))
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .notADatabase
                && error?.message
                    == "\(path) is not a Beredskap store (not an SQLite database); it was not changed. Give another --store path, or move the file away to create a new store there."
        }
        #expect(try contents(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aTruncatedStoreIsRefusedAndLeftAlone() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        var changes = ChangeSet()
        changes.set(.unit, "origo", "description", to: .string("Sparad"))
        try PlanStore.open(.file(path)).apply(changes)
        try checkpoint(path)
        let full = try contents(path)
        try full.prefix(full.count / 2).write(to: URL(fileURLWithPath: path))
        let truncated = try contents(path)
        #expect {
            try PlanStore.open(.file(path))
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .damaged && error?.message.hasPrefix("\(path) is damaged") == true
                && error?.message.contains("it was not changed") == true
        }
        #expect(try contents(path) == truncated)
    }

    @Test func aStoreFromANewerVersionIsRefusedAndLeftAlone() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        _ = try PlanStore.open(.file(path))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        try queue.close()
        let before = try contents(path)
        #expect {
            try PlanStore.open(.file(path))
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .newerSchema
                && error?.message
                    == "\(path) was written by a newer version of Beredskap (schema v99); it was not changed. Upgrade beredskap to use it."
        }
        #expect(try contents(path) == before)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("other.db")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)") }
        try queue.close()
        let before = try contents(path)
        #expect(throws: StoreError.self) { try PlanStore.open(.file(path)) }
        #expect(try contents(path) == before)
    }

    /// Writes the WAL into the main file so that its size is the store's real size.
    func checkpoint(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }

    /// A child process applying 100,000 field edits in one change set is killed with SIGKILL midway:
    /// the store is exactly as before and passes `PRAGMA integrity_check`.
    @Test func aWriterKilledMidwayLeavesTheStoreAsItWas() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        let store = try PlanStore.open(.file(path))
        let before = try PlanFileWriter.text(for: store.plan(), format: .yaml)
        let historyBefore = try store.history().map(\.id)

        let child = Process()
        child.executableURL = productsDirectory.appendingPathComponent("StoreStress")
        child.arguments = ["edit", path, "100000", "description", "killed"]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let started = pipe.fileHandleForReading.availableData
        #expect(String(decoding: started, as: UTF8.self).hasPrefix("applying"))
        Thread.sleep(forTimeInterval: 0.3)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(
            child.terminationReason == .uncaughtSignal, "the child finished before it was killed; give it more edits")

        let reopened = try PlanStore.open(.file(path))
        #expect(try PlanFileWriter.text(for: reopened.plan(), format: .yaml) == before)
        #expect(try reopened.history().map(\.id) == historyBefore)
        let check = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
    }

    /// Two processes write the same store at once, each 2,000 edits to its own field: both succeed
    /// and every edit of both is there.
    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        _ = try PlanStore.open(.file(path))
        let writers = [("description", "A"), ("name", "B")].map { field, tag in
            let process = Process()
            process.executableURL = productsDirectory.appendingPathComponent("StoreStress")
            process.arguments = ["edit", path, "2000", field, tag]
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for writer in writers { try writer.run() }
        for writer in writers { writer.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == [0, 0])
        let store = try PlanStore.open(.file(path))
        let history = try store.history()
        #expect(Set(history.prefix(2).map(\.author)) == ["stress-A", "stress-B"])
        #expect(history.prefix(2).allSatisfy { $0.changes.count == 2000 })
        let plan = try store.plan()
        #expect(plan.units.allSatisfy { $0.description?.hasPrefix("A ") == true && $0.name.hasPrefix("B ") })
    }
}
