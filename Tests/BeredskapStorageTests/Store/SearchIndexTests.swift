import BeredskapModel
import GRDB
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// The search index kept up to date entity by entity after change sets must hold exactly what an
/// index built from the whole version holds.
@Suite struct SearchIndexTests {
    /// The version's index rows, in a fixed order.
    static func indexRows(_ store: PlanStore) throws -> [String] {
        try store.write { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT entity_kind || '|' || entity_id || '|' || field || '|' || text FROM search_index
                    WHERE version_id = (SELECT max(version_id) FROM search_state) ORDER BY 1
                    """)
        }
    }

    /// Brings the index up to date, as a search does, and says how.
    static func refresh(_ store: PlanStore) throws -> PlanStore.SearchRefresh {
        try store.write { db in try store.refreshSearchIndex(store.resolve(nil, db), db) }
    }

    /// Brings the index up to date, expecting it to be done as `expected`, and compares it with an
    /// index rebuilt from the whole version.
    static func expectSameAsRebuilt(
        _ store: PlanStore, _ comment: Comment, refreshed expected: PlanStore.SearchRefresh
    ) throws {
        let done = try refresh(store)
        // PostgreSQL brings the index up to date as each change is written, by the login that may.
        #expect(done == (store.backend.dialect == .sqlite ? expected : .current), "\(comment): \(done)")
        let incremental = try indexRows(store)
        try store.write { db in try db.execute(sql: "DELETE FROM search_state") }
        #expect(try refresh(store) == .whole)
        let rebuilt = try indexRows(store)
        #expect(incremental == rebuilt, comment)
        #expect(!rebuilt.isEmpty)
    }

    @Test(arguments: TestBackend.allCases) func editsAddsRemovalsRenamesAndUndoLeaveTheIndexAsARebuildWould(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        _ = try store.search("x")  // the first search builds the index whole
        let plan = try store.plan(nil)
        let unit = try #require(plan.units.first)
        let activity = try #require(plan.activities.first)
        let role = try #require(plan.roles.first)

        var edit = ChangeSet()
        edit.set(.unit, unit.id, "description", to: .string("En gnistrande verksamhet."))
        edit.set(.activity, activity.id, "title", to: .string("Glittrande aktivitet"))
        edit.set(.role, role.id, "title", to: .string("Skimrande roll"))
        edit.set(.plan, plan.metadata.id, "title", to: .string("Strålande plan"))
        try store.apply(edit)
        try Self.expectSameAsRebuilt(store, "after setting texts of four kinds", refreshed: .entities(4))
        #expect(try store.search("gnistrande").map(\.id) == [unit.id])
        #expect(try store.search("skimrande").map(\.id) == [role.id])

        var add = ChangeSet()
        add.edits.append(
            .add(
                .unit,
                .mapping([
                    ("id", .string("ny-enhet")), ("name", .string("Blänkande enhet")),
                    ("level", .string("prevention")), ("functions", .sequence([.string("preventive")])),
                ]), position: nil))
        try store.apply(add)
        try Self.expectSameAsRebuilt(store, "after adding a unit", refreshed: .entities(1))
        #expect(try store.search("blankande").map(\.id) == ["ny-enhet"])

        var rename = ChangeSet()
        rename.edits.append(.rename(.unit, "ny-enhet", to: "omdopt-enhet"))
        try store.apply(rename)
        try Self.expectSameAsRebuilt(store, "after renaming it", refreshed: .entities(2))
        #expect(try store.search("blankande").map(\.id) == ["omdopt-enhet"])

        var remove = ChangeSet()
        remove.edits.append(.remove(.unit, "omdopt-enhet"))
        try store.apply(remove)
        try Self.expectSameAsRebuilt(store, "after removing it", refreshed: .entities(1))
        #expect(try store.search("blankande").isEmpty)

        _ = try store.undoLast()
        try Self.expectSameAsRebuilt(store, "after undoing the removal", refreshed: .entities(1))
        #expect(try store.search("blankande").map(\.id) == ["omdopt-enhet"])
    }

    @Test(arguments: TestBackend.allCases) func manyChangesAreIndexedWithTheWholeVersion(_ backend: TestBackend) throws
    {
        let store = try backend.open()
        _ = try store.search("x")
        let units = try store.plan(nil).units
        var edit = ChangeSet()
        for unit in units { edit.set(.unit, unit.id, "description", to: .string("Bländande \(unit.id)")) }
        try store.apply(edit)
        try Self.expectSameAsRebuilt(
            store, "after editing every unit",
            refreshed: units.count > PlanStore.searchReindexLimit ? .whole : .entities(units.count))
        // Every unit, whose description has the word; PostgreSQL's Swedish stemming finds other words
        // of the stem too.
        let found = Set(
            try store.search("blandande", limit: 1_000).filter { $0.kind == .unit && $0.field == "description" }.map(
                \.id))
        #expect(found == Set(units.map(\.id)))
    }
}
