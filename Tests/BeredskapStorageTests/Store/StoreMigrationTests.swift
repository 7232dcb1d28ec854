import BeredskapModel
import Foundation
import GRDB
import Testing

@testable import BeredskapStorage

/// Opens a store written by each earlier schema version (Fixtures/stores) with the current code.
@Suite struct StoreMigrationTests {
    static let directory = Bundle.module.url(forResource: "Fixtures/stores", withExtension: nil)!

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            $0.hasSuffix(".sqlite")
        }
        .sorted()
    }

    @Test func thereIsAFixtureForEverySchemaVersion() {
        #expect(Self.fixtures == StoreSchema.migrationIdentifiers.map { "\($0).sqlite" })
    }

    @Test(arguments: fixtures)
    func aStoreFromAnEarlierVersionOpensWithEverythingInIt(fixture: String) throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path(fixture)
        try FileManager.default.copyItem(atPath: Self.directory.appendingPathComponent(fixture).path, toPath: path)
        let store = try PlanStore.open(.file(path))

        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == StoreSchema.migrationIdentifiers)

        #expect(try store.history().map(\.kind) == [.revision, .lifecycle, .lifecycle, .edit, .create])
        #expect(try store.status() == (2, .draft))
        let current = try store.plan()
        #expect(current.metadata.period?.start.description == "2018")
        #expect(current.units.prefix(3).map(\.description) == ["fixture 0", "fixture 1", "fixture 2"])
        // Roles gained availability and deputies in v2; a v1 store's roles read as the default.
        let tib = current.roles.first { $0.id == "tib" }
        #expect(tib?.availability == (fixture == "v1.sqlite" ? .always : .onDuty))
        #expect(current.roles.allSatisfy { $0.deputies.isEmpty && $0.deputyAfterMinutes == nil })
        let first = try store.plan(nil, version: 1)
        #expect(first.metadata.approvals.compactMap { $0.date?.description } == ["2017-05-23", "2017-06-14"])

        var changes = ChangeSet(message: "efter migrering")
        changes.set(.unit, "origo", "description", to: .string("Migrerad"))
        try store.apply(changes)
        try store.undoLast()
        #expect(try store.plan().units.first { $0.id == "origo" }?.description != "Migrerad")
    }
}
