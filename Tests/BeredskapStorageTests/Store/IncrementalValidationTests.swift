import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// An edit of a unit or an activity is validated with that entity, the plan's other kinds whole
/// and the ids of the other units and activities — and refuses exactly what validating the whole
/// plan refuses.
@Suite struct IncrementalValidationTests {
    /// A check that reads only the roles and notes how many units and activities the plan it was
    /// given holds, so a test can see which plan the store validated.
    final class Witness: PlanCheck, @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [(units: Int, activities: Int)] = []
        let kinds: Set<EntityKind>?
        init(kinds: Set<EntityKind>?) { self.kinds = kinds }
        var kindsRead: Set<EntityKind>? { kinds }
        func issues(in plan: Plan) -> [PlanIssue] {
            lock.withLock { seen.append((plan.units.count, plan.activities.count)) }
            return []
        }
        var last: (units: Int, activities: Int)? { lock.withLock { seen.last } }
    }

    static func store(_ witness: Witness) throws -> PlanStore {
        try PlanStore.open(.memory, checks: [witness])
    }

    static func set(_ kind: EntityKind, _ id: EntityID, _ field: String, _ value: PlanValue) -> ChangeSet {
        var changes = ChangeSet(message: "test")
        changes.set(kind, id, field, to: value)
        return changes
    }

    @Test func anEditOfOneUnitIsCheckedWithoutTheOtherUnits() throws {
        let witness = Witness(kinds: [.role])
        let store = try Self.store(witness)
        let plan = try store.plan()
        try store.apply(Self.set(.unit, "mini-maria", "level", .string("intervention")))
        #expect(witness.last?.units == 1, "only the unit edited")
        #expect(witness.last?.activities == 0)
        #expect(try store.plan().units.first { $0.id == "mini-maria" }?.level == .intervention)
        #expect(plan.units.count > 1)
    }

    @Test func aCheckThatMayReadUnitsGetsTheWholePlan() throws {
        let witness = Witness(kinds: nil)
        let store = try Self.store(witness)
        let units = try store.plan().units.count
        try store.apply(Self.set(.unit, "mini-maria", "level", .string("intervention")))
        #expect(witness.last?.units == units)
    }

    @Test func referencesToUntouchedEntitiesResolve() throws {
        let store = try Self.store(Witness(kinds: [.role]))
        // An activity made responsible for by a unit that is not read: its id is declared.
        try store.apply(
            Self.set(.activity, "bilda-arbetsgrupp", "responsible", .sequence([.string("mini-maria")])))
        #expect(try store.plan().activities.first { $0.id == "bilda-arbetsgrupp" }?.responsible == ["mini-maria"])
        var add = ChangeSet(message: "ny")
        add.edits.append(
            .add(
                .unit,
                .mapping([
                    ("id", .string("ny-enhet")), ("name", .string("Ny enhet")), ("level", .string("prevention")),
                    ("functions", .sequence([.string("preventive")])),
                    ("department", .string("socialtjanstavdelningen")),
                ]), position: nil))
        try store.apply(add)
        #expect(try store.plan().units.contains { $0.id == "ny-enhet" })
    }

    /// Each of these is refused, with the message validating the whole plan gives.
    @Test(arguments: [
        "dangling", "duplicate", "wrong kind",
    ])
    func whatTheWholePlanRefusesIsRefused(_ name: String) throws {
        var changes = ChangeSet(message: name)
        switch name {
        case "dangling":
            changes.set(.unit, "mini-maria", "department", to: .string("saknas"))
        case "duplicate":
            changes.edits.append(
                .add(
                    .unit,
                    .mapping([
                        ("id", .string("plus-foraldrastod")), ("name", .string("Kopia")),
                        ("level", .string("prevention")), ("functions", .sequence([.string("preventive")])),
                    ]), position: nil))
        default:
            changes.set(.activity, "bilda-arbetsgrupp", "responsible", to: .sequence([.string("extremism")]))
        }
        let incremental = try Self.store(Witness(kinds: [.role]))
        let whole = try Self.store(Witness(kinds: nil))
        let before = try incremental.plan()
        var messages: [String] = []
        for store in [incremental, whole] {
            do {
                try store.apply(changes)
                Issue.record("\(name) was accepted")
            } catch {
                messages.append(error.message)
            }
        }
        #expect(messages.count == 2)
        #expect(messages.first == messages.last)
        #expect(try incremental.plan() == before, "nothing changed")
    }
}
