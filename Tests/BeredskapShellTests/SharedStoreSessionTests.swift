import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// A session left open on a store that another program changes: it answers from the store as it is
/// now, and the store refuses what the other program's changes forbid.
@Suite struct SharedStoreSessionTests {
    @Test func aSessionLeftOpenSeesAnotherWritersChangesAndItsApproval() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-shared-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.sqlite").path
        let shell = try TestShell(store: PlanStore.open(.file(path)))
        let other = try PlanStore.open(.file(path), author: "kollega")
        // As the REPL runs what a person types: each statement on its own, the session kept.
        func type(_ line: String) -> String {
            let before = shell.output.text.count
            shell.session.runInteractive(line)
            return String(shell.output.text.dropFirst(before))
        }

        #expect(type("count units where name = 'Origo'") == "1\n")
        var rename = ChangeSet(message: "Nytt namn")
        rename.set(.unit, "origo", "name", to: .string("Origo Stockholm"))
        try other.apply(rename)
        #expect(type("count units where name = 'Origo'") == "0\n")
        #expect(type("count units where name = 'Origo Stockholm'") == "1\n")

        try other.apply(
            ChangeSet(edits: [
                .add(.role, .mapping([("id", .string("ny-roll")), ("title", .string("Ny roll"))]), position: nil)
            ]))
        #expect(type("set role ny-roll title = 'Samordnare för nya'").isEmpty)
        #expect(shell.errors == [])

        try other.adopt(on: PartialDate(year: 2017, month: 5, day: 23))
        try other.approve(on: PartialDate(year: 2017, month: 6, day: 14))
        _ = type("set unit origo description = 'Efter godkännandet'")
        #expect(shell.errors.last?.contains("is approved and its content cannot change") == true)
        #expect(try other.plan().units.first { $0.id == "origo" }?.description != "Efter godkännandet")
    }
}
