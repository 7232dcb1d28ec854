import BeredskapModel
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// `plans remove` archives a plan and never deletes it; `plans restore` brings it back as it was.
@Suite struct PlanArchiveTests {
    static let stockholm: EntityID = "stockholm-socialforvaltningen-2017-2018"

    /// A store with the built-in plan, approved, and a second plan, the default.
    static func storeOfTwoPlans(_ backend: TestBackend) throws -> PlanStore {
        let store = try backend.open(author: "anna")
        try store.adopt(on: try PartialDate(parsing: "2017-05-23"))
        try store.approve(on: try PartialDate(parsing: "2017-06-14"))
        var other = try store.plan()
        other.metadata.id = "annan-plan"
        _ = try store.importPlan(other)
        try store.setDefaultPlan("annan-plan")
        return store
    }

    static func yaml(_ store: PlanStore, _ plan: EntityID) throws -> String {
        try PlanFileWriter.text(for: store.plan(plan), format: .yaml, options: .init(includeSensitive: true))
    }

    @Test(arguments: TestBackend.allCases) func anApprovedPlanIsArchivedWholeAndRestoredAsItWas(
        _ backend: TestBackend
    ) throws {
        let store = try Self.storeOfTwoPlans(backend)
        let before = try Self.yaml(store, Self.stockholm)
        let history = try store.history(plan: Self.stockholm).map(\.id)

        let record = try store.archive(plan: Self.stockholm, message: "Inte vår plan")
        #expect(record.kind == .lifecycle)
        #expect(record.changes.map(\.field) == [PlanStore.archivedField])
        #expect(try store.plans().map(\.id) == ["annan-plan"])
        let archived = try store.plans(archived: true)
        #expect(archived.map(\.id) == [Self.stockholm])
        #expect(archived.first?.archivedBy == "anna")
        #expect(archived.first?.status == .approved)
        #expect(archived.first?.isDefault == false)
        // Naming it says what happened and how to undo it; asking for the default does not find it.
        for read in [{ _ = try store.plan(Self.stockholm) }, { _ = try store.history(plan: Self.stockholm) }] {
            let error = #expect(throws: StoreError.self) { try read() }
            #expect(error?.code == .archived)
            #expect(error?.message.contains("by anna") == true)
            #expect(error?.message.contains("`beredskap plans restore \(Self.stockholm)`") == true)
        }
        #expect(try store.plan().id == "annan-plan")
        let again = #expect(throws: StoreError.self) { try store.archive(plan: Self.stockholm) }
        #expect(again?.code == .archived)

        try store.restore(plan: Self.stockholm)
        #expect(try Self.yaml(store, Self.stockholm) == before)
        #expect(try store.status(plan: Self.stockholm).status == .approved)
        let after = try store.history(plan: Self.stockholm)
        #expect(Array(after.map(\.id).dropFirst(2)) == history)
        #expect(after.prefix(2).map(\.message) == ["Återställd", "Inte vår plan"])
        #expect(try store.plans().map(\.id) == ["annan-plan", Self.stockholm])
    }

    @Test(arguments: TestBackend.allCases) func archivingTheDefaultPlanLeavesNoneSetAndTheOtherInUse(
        _ backend: TestBackend
    ) throws {
        let store = try Self.storeOfTwoPlans(backend)
        try store.archive(plan: "annan-plan")
        // No plan is set as default; one is left in use, so it is the plan commands use, and the
        // listing says so.
        #expect(try store.plans().map(\.isDefault) == [true])
        #expect(try store.plan().id == Self.stockholm)
        try store.restore(plan: "annan-plan")
        let error = #expect(throws: StoreError.self) { try store.plan() }
        #expect(error?.code == .unknownPlan)
        #expect(error?.message.contains("name one with --plan") == true)
    }

    @Test(arguments: TestBackend.allCases) func restoringAPlanInUseOrAnUnknownOneSaysSo(_ backend: TestBackend) throws {
        let store = try Self.storeOfTwoPlans(backend)
        let inUse = #expect(throws: StoreError.self) { try store.restore(plan: "annan-plan") }
        #expect(inUse?.code == .unknownPlan)
        #expect(inUse?.message.contains("is in use, not archived") == true)
        let unknown = #expect(throws: StoreError.self) { try store.restore(plan: "annan-plam") }
        #expect(unknown?.code == .unknownPlan)
        #expect(unknown?.message.contains("did you mean 'annan-plan'?") == true)
    }
}
