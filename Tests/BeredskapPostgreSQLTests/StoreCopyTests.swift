import BeredskapModel
import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Testing

/// `store copy` from an SQLite file to PostgreSQL and back: every plan, version, change set, author
/// and time kept exactly.
@Suite struct StoreCopyTests {
    /// What a store holds that a copy must keep: each plan's every version as YAML, the change log of
    /// each plan, and the drills.
    struct Contents: Equatable {
        var exports: [String: String] = [:]
        var history: [String: [ChangeSetRecord]] = [:]
        var drills: [DrillSessionRecord] = []

        init(_ store: PlanStore) throws {
            for plan in try store.plans() {
                for version in 1...plan.version {
                    var text = ""
                    try store.export(plan.id, version: version, format: .yaml, options: .init(includeSensitive: true)) {
                        text += $0
                    }
                    exports["\(plan.id) v\(version)"] = text
                }
                history[plan.id.rawValue] = try store.history(plan: plan.id)
            }
            drills = try store.drillSessions().map { try store.drillSession($0.id) }
        }
    }

    /// An SQLite store with a history of every kind: edits, an undo, an adoption and an approval, a
    /// revision with an edit, a second plan and a drill.
    static func storeWithHistory(at path: String) throws -> PlanStore {
        let store = try PlanStore.open(.file(path), author: "anna")
        var edit = ChangeSet(message: "Ny beskrivning")
        edit.set(.unit, "mini-maria", "description", to: .string("Öppenvård för unga, \"citat\" och ; semikolon"))
        try store.apply(edit)
        var mistake = ChangeSet(author: "bo", message: "Fel")
        mistake.set(.unit, "origo", "name", to: .string("Fel namn"))
        try store.apply(mistake)
        try store.undoLast(author: "bo")
        try store.adopt(on: PartialDate(parsing: "2017-05-23"), author: "nämnden")
        try store.approve(on: PartialDate(parsing: "2017-06-14"), author: "ks")
        try store.startRevision(message: "Revidering 2018")
        var revised = ChangeSet(message: "Nytt år")
        revised.set(.unit, "origo", "description", to: .string("Reviderad"))
        try store.apply(revised)
        var second = try BuiltInPlans.stockholm()
        second.metadata.id = "andra-planen"
        second.metadata.title = "Den andra planen"
        _ = try store.importPlan(second, author: "cia", message: "Import")
        let session = DrillSessionRecord(
            id: "natt", plan: "andra-planen", scenario: "bench-night", scenarioText: "injects: []", title: "Nattövning",
            eventStart: Date(timeIntervalSince1970: 1_500_000_000), state: .ended, minute: 42.5,
            startedAt: Date(timeIntervalSince1970: 1_600_000_000), endedAt: Date(timeIntervalSince1970: 1_600_003_600),
            participants: [], log: [], actionsNameTheirInject: true)
        try store.startDrillSession(session, exactID: true)
        return store
    }

    @Test func aCopyToPostgreSQLAndBackKeepsEveryPlanVersionChangeSetAuthorAndTime() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-copy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try Self.storeWithHistory(at: directory.appendingPathComponent("a.sqlite").path)
        let expected = try Contents(original)
        #expect(expected.history.values.map(\.count).reduce(0, +) == 9)

        let cluster = try TestCluster.shared
        let shared = try PostgreSQLStore.open(
            cluster.location(database: cluster.createDatabase("copy")), seed: false)
        let there = try original.copy(to: shared)
        #expect(there.plans == ["andra-planen", "stockholm-socialforvaltningen-2017-2018"])
        #expect(there.versions == 3 && there.changeSets == 9 && there.drills == 1)
        #expect(try Contents(shared) == expected)
        #expect(try shared.plans() == original.plans())
        #expect(try shared.search("reviderad").map(\.id).contains("origo"))
        // The copy is analysed at once: the server plans the next reads for the rows there are
        // (reltuples stays -1 until a table is first analysed).
        #expect(try Self.unitsEstimate(shared) > 0)

        let back = try PlanStore.open(.file(directory.appendingPathComponent("b.sqlite").path), seed: false)
        try shared.copy(to: back)
        #expect(try Contents(back) == expected)

        // The copy goes on numbering after the ids it was given.
        var next = ChangeSet(message: "Efter kopian")
        next.set(.unit, "origo", "name", to: .string("Origo efter kopian"))
        #expect(try shared.apply(next).id == 10)
    }

    /// The server's estimate of the rows of `units`, from its statistics.
    static func unitsEstimate(_ store: PlanStore) throws -> Double {
        let value = try store.query("SELECT reltuples FROM pg_class WHERE relname = 'units'").rows.first?.first
        return Double(value??.scalarText ?? "") ?? -1
    }

    @Test func aNewStoreIsAnalysedOnceItsOwnerHasSeededIt() throws {
        let store = try TestBackend.postgreSQL.open()
        #expect(try Self.unitsEstimate(store) == 23)
    }

    @Test func aCopyIntoAStoreWithPlansIsRefusedAndWritesNothing() throws {
        let source = try PlanStore.open(.memory)
        let destination = try TestBackend.postgreSQL.open()
        let before = try Contents(destination)
        let refused = #expect(throws: StoreError.self) { try source.copy(to: destination) }
        #expect(refused?.message.contains("holds plans already") == true)
        #expect(try Contents(destination) == before)
    }
}
