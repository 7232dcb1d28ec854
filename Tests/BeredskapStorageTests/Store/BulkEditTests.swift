import BeredskapModel
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// A change set of many field edits is read and written in bulk on PostgreSQL; what it changes, logs,
/// refuses and undoes must be what the same change set does edit by edit on SQLite.
@Suite struct BulkEditTests {
    /// Descriptions and names of ten units, five descriptions set a second time, and the levels of
    /// two units swapped (a value from a closed set, which the whole plan's check reads).
    static func edits(_ plan: Plan) -> ChangeSet {
        var changes = ChangeSet(message: "many edits")
        let units = plan.units.prefix(10)
        for unit in units { changes.set(.unit, unit.id, "description", to: .string("Kolibri \(unit.id)")) }
        for unit in units { changes.set(.unit, unit.id, "name", to: .string("Namn \(unit.id)")) }
        for unit in units.prefix(5) { changes.set(.unit, unit.id, "description", to: .string("Zebrafink \(unit.id)")) }
        let (one, other) = levelPair(plan)
        changes.set(.unit, one.id, "level", to: .string(other.level!.rawValue))
        changes.set(.unit, other.id, "level", to: .string(one.level!.rawValue))
        return changes
    }

    /// Two units of different levels, among the last of the plan.
    static func levelPair(_ plan: Plan) -> (ServiceUnit, ServiceUnit) {
        let last = plan.units.last!
        return (last, plan.units.dropFirst(10).first { $0.level != last.level }!)
    }

    @Test(arguments: TestBackend.allCases) func manyEditsChangeLogAndUndoAsOneByOne(_ backend: TestBackend) throws {
        let store = try backend.open()
        let before = try store.plan()
        let units = Array(before.units.prefix(10))
        try #require(before.units.count > 12)
        let (one, other) = Self.levelPair(before)

        let record = try store.apply(Self.edits(before))
        let after = try store.plan()
        for (index, unit) in after.units.prefix(10).enumerated() {
            #expect(unit.description == (index < 5 ? "Zebrafink \(unit.id)" : "Kolibri \(unit.id)"))
            #expect(unit.name == "Namn \(unit.id)")
        }
        #expect(after.units.first { $0.id == one.id }?.level == other.level)
        #expect(after.units.first { $0.id == other.id }?.level == one.level)
        #expect(
            after.units.filter { ![one.id, other.id].contains($0.id) }.dropFirst(10)
                == before.units.filter { ![one.id, other.id].contains($0.id) }.dropFirst(10))

        // The second description of a unit follows from its first, in the record and in the log.
        let first = units[0]
        let logged = try #require(try store.history().first { $0.id == record.id })
        for changes in [record.changes, logged.changes] {
            let descriptions = changes.filter { $0.id == first.id && $0.field == "description" }
            #expect(
                descriptions.map(\.old) == [first.description.map(PlanValue.string), .string("Kolibri \(first.id)")])
            #expect(descriptions.map(\.new) == [.string("Kolibri \(first.id)"), .string("Zebrafink \(first.id)")])
        }
        #expect(logged.changes == record.changes)
        #expect(record.changes.count == 27)

        // The search index sees the last value and not the first.
        #expect(try store.search("zebrafink").count == 5)
        #expect(try store.search("kolibri").count == 5)

        try store.undoLast()
        #expect(try store.plan() == before)
    }

    /// An edit among many that the store refuses.
    enum Refusal: String, CaseIterable, CustomStringConvertible {
        case staleExpectation, unknownID
        var description: String { rawValue }
    }

    @Test(arguments: TestBackend.allCases, Refusal.allCases) func aRefusedEditAmongManyIsNamedAndChangesNothing(
        _ backend: TestBackend, _ refusal: Refusal
    ) throws {
        let store = try backend.open()
        let before = try store.plan()
        var changes = ChangeSet()
        for unit in before.units.prefix(12) { changes.set(.unit, unit.id, "description", to: .string("Ny")) }
        let error: StoreError?
        switch refusal {
        case .staleExpectation:
            changes.set(
                .unit, before.units[3].id, "description", to: .string("Nyare"), expecting: .value(.string("Gammal")))
            error = #expect(throws: StoreError.self) { try store.apply(changes) }
            #expect(error?.code == .conflict)
            #expect(error?.editIndex == 12)
            #expect(error?.message.contains("unit '\(before.units[3].id)' field 'description'") == true)
        case .unknownID:
            let known = before.units[2].id.rawValue
            changes.edits.insert(
                .set(.unit, EntityID(known + "x"), field: "description", value: .string("Ny"), expected: .anything),
                at: 8)
            error = #expect(throws: StoreError.self) { try store.apply(changes) }
            #expect(error?.code == .unknownEntity)
            #expect(error?.editIndex == 8)
            #expect(error?.message.contains("did you mean '\(known)'") == true)
        }
        #expect(try store.plan() == before)
    }
}
