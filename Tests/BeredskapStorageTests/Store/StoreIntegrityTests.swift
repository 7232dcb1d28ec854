import BeredskapModel
import Foundation
import GRDB
import Testing

@testable import BeredskapStorage

/// A store that never loses an acknowledged edit and always holds a readable plan: another
/// process opening it, edits that clash with other entries, undo of typed values, imports of
/// exports that left sensitive details out, and outputs aimed at the store's own files.
@Suite struct StoreIntegrityTests {
    /// A plan with two numbered focus areas and a role with a sensitive phone number.
    func planWithAreas() -> Plan {
        var plan = smallPlan()
        plan.focusAreas = [
            FocusArea(id: "kunskap", number: 1, title: "Kunskap"),
            FocusArea(id: "samverkan", number: 2, title: "Samverkan"),
        ]
        plan.roles = [
            Role(
                id: "samordnare", title: "Samordnare",
                contacts: [
                    Contact(kind: .email, value: "samordnare@example.se"),
                    Contact(kind: .phone, label: "privat", value: "070-123 45 67", sensitive: true),
                    Contact(kind: .phone, value: "08-508 000 00"),
                ])
        ]
        return plan
    }

    /// On Linux, closing any descriptor of the database file drops every lock SQLite holds on it in
    /// this process; another process closing the store then check-points and deletes the WAL that
    /// this one still writes to, and its later change sets vanish. This fails if anything but SQLite
    /// opens the store file while it is open.
    @Test func anotherProcessOpeningAndClosingTheStoreLosesNoneOfThisOnesEdits() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        let store = try PlanStore.open(.file(path))
        for round in 1...3 {
            let reader = try runProduct("StoreStress", ["read", path])
            #expect(reader.status == 0, "\(reader.output)")
            var changes = ChangeSet(message: "round \(round)")
            changes.set(.unit, "origo", "description", to: .string("Runda \(round)"))
            try store.apply(changes)
        }
        let seen = try runProduct(
            "StoreStress", ["query", path, "SELECT message FROM change_sets WHERE message LIKE 'round %' ORDER BY id"])
        #expect(seen.status == 0)
        #expect(seen.output.hasPrefix("round 1\nround 2\nround 3\n3 rows"), "\(seen.output)")
        let check = try runProduct("StoreStress", ["query", path, "PRAGMA integrity_check"])
        #expect(check.output.hasPrefix("ok\n"), "\(check.output)")
    }

    @Test func anEditThatClashesWithAnotherEntryIsRefusedAndThePlanStaysReadable() throws {
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(planWithAreas())
        var changes = ChangeSet()
        changes.set(.focusArea, "samverkan", "number", to: .integer(1))
        #expect {
            try store.apply(changes)
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .invalidChange && error?.message.contains("samverkan") == true
        }
        #expect(try store.plan().focusAreas.map(\.number) == [1, 2])
        #expect(try store.history().count == 1)
    }

    @Test func undoOfANumberTypedAsTextRestoresIt() throws {
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(planWithAreas())
        var changes = ChangeSet()
        changes.set(.focusArea, "samverkan", "number", to: .string("10"))
        let record = try store.apply(changes)
        #expect(record.changes.first?.new == .integer(10))
        #expect(try store.plan().focusAreas.map(\.number) == [1, 10])
        try store.undoLast()
        #expect(try store.plan().focusAreas.map(\.number) == [1, 2])
    }

    @Test func importingAnExportWithoutSensitiveDetailsKeepsThem() throws {
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(planWithAreas())
        let exported = try PlanFileWriter.text(for: store.plan(), format: .yaml)
        #expect(!exported.contains("070-123"))
        let reread = try PlanFileReader.read(exported, file: "export.yaml").validPlan()
        #expect(try store.importPlan(reread) == .unchanged)
        #expect(
            try store.plan().roles[0].contacts.map(\.value) == [
                "samordnare@example.se", "070-123 45 67", "08-508 000 00",
            ])

        // The file's own changes to the other details still apply, and the sensitive one stays.
        var edited = reread
        edited.roles[0].contacts.removeLast()
        guard case .updated(let record) = try store.importPlan(edited) else {
            Issue.record("the import changed nothing")
            return
        }
        #expect(record.changes.map(\.field) == ["contacts"])
        #expect(try store.plan().roles[0].contacts.map(\.value) == ["samordnare@example.se", "070-123 45 67"])
    }

    @Test func anImportThatRenamesAnEntityAndMovesItsReferencesIsAccepted() throws {
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(smallPlan())
        var renamed = smallPlan()
        renamed.roles[0].id = "samordnaren"
        renamed.activities[0].responsible = ["samordnaren"]
        guard case .updated = try store.importPlan(renamed) else {
            Issue.record("the import changed nothing")
            return
        }
        #expect(try store.plan().activities[0].responsible == ["samordnaren"])

        // A file that removes an entity still in use is refused, naming it.
        var dangling = renamed
        dangling.roles = []
        #expect {
            try store.importPlan(dangling)
        } throws: { error in
            (error as? StoreError)?.message.contains("samordnaren") == true
        }
        #expect(try store.plan().roles.map(\.id) == ["samordnaren"])
    }

    @Test func anExistingStoreAndItsLogAreMadePrivateOnOpen() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        let first = try PlanStore.open(.file(path))
        var changes = ChangeSet()
        changes.set(.unit, "origo", "description", to: .string("Öppen"))
        try first.apply(changes)
        for file in [path, path + "-wal", path + "-shm"] { chmod(file, 0o644) }
        let second = try PlanStore.open(.file(path))
        for file in [path, path + "-wal", path + "-shm"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600, "\(file)")
        }
        _ = second
    }

    @Test func anOutputNamingTheStoreOrItsFilesIsRefusedUnderAnyName() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        let store = try PlanStore.open(.file(path))
        try FileManager.default.createDirectory(atPath: scratch.path("sub"), withIntermediateDirectories: true)
        link(path, scratch.path("hard-link.db"))
        for target in [
            path, path + "-wal", path + "-shm", path + ".lock", scratch.path("hard-link.db"),
            scratch.path("sub/../s.sqlite"),
        ] {
            #expect(throws: StoreError.self, "\(target)") {
                try OutputFile.write("<html>", to: target, protecting: store.location)
            }
        }
        #expect(try store.plan().units.count == 23)
        try OutputFile.write("<html>\n", to: scratch.path("report.html"), protecting: store.location)
        #expect(try String(contentsOfFile: scratch.path("report.html"), encoding: .utf8) == "<html>\n")
    }

    @Test func anOutputThatCannotBeWrittenFailsAndLeavesThePreviousFile() throws {
        let scratch = try ScratchDirectory()
        #expect {
            try OutputFile.write("text", to: "/dev/full", protecting: .memory)
        } throws: { error in
            (error as? StoreError)?.message == "cannot write /dev/full: No space left on device"
        }
        // A file system that is full: a tmpfs of 64 KiB, mounted where the tests run as root.
        guard geteuid() == 0 else { return }
        let mountPoint = scratch.path("full")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { return }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [mountPoint]
            try? umount.run()
            umount.waitUntilExit()
        }
        let file = mountPoint + "/rapport.html"
        try OutputFile.write("före\n", to: file, protecting: .memory)
        #expect(throws: StoreError.self) {
            try OutputFile.write(String(repeating: "x", count: 200_000), to: file, protecting: .memory)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "före\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint) == ["rapport.html"])
    }
}
