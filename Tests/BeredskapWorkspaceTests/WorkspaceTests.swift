import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Testing

/// The use cases as an embedder calls them, on the built-in Stockholm plan.
@Suite struct WorkspaceTests {
    let workspace: Workspace

    init() throws {
        workspace = Workspace(store: try PlanStore.open(.memory))
    }

    static func equal(_ field: String, _ value: String) -> Condition {
        .comparison(field: field, op: .equal, value: .text(value), location: .unknown)
    }

    @Test func exportWritesThePlanFileInPiecesFromTheStoreAndWholeInsideATransaction() throws {
        var pieces: [String] = []
        try workspace.exportPlan(format: .yaml) { pieces.append($0) }
        #expect(pieces.count > 3, "the store's export writes a piece per list")
        #expect(pieces.joined() == (try PlanFileWriter.text(for: workspace.plan(), format: .yaml)))
        try workspace.begin()
        try workspace.perform(
            .set(
                .units, target: .one(EntityReference(text: "origo")),
                assignments: [Assignment(field: "description", value: .text("Ny text"), location: .unknown)]))
        let inTransaction = try workspace.exportPlan(format: .json)
        #expect(inTransaction.contains("Ny text"))
        #expect(inTransaction == (try PlanFileWriter.text(for: workspace.plan(), format: .json)))
        _ = try workspace.rollback()
    }

    @Test func queryAnswersWithTypedRowsInPlanOrder() throws {
        let remedial = try workspace.select(PlanQuery(.units, where: Self.equal("function", "åtgärdande"), limit: 2))
        #expect(remedial.map(\.id) == ["socialjouren", "avhopparverksamheten"])
        #expect(remedial.first?.entity?.model is ServiceUnit)
        #expect(try workspace.count(.units, where: Self.equal("function", "remedial")) == 6)
        let ordered = try workspace.select(
            PlanQuery(
                .units, where: Self.equal("function", "remedial"), orderBy: [SortKey(field: "name", descending: true)]))
        #expect(ordered.map(\.name) == ordered.map(\.name).sorted { TextFolding.fold($0) > TextFolding.fold($1) })
    }

    @Test func unknownFieldIsRefusedWithItsCodeAndASuggestion() {
        let at = InputLocation(source: "job.swift", line: 3, column: 7)
        let condition = Condition.comparison(field: "levle", op: .equal, value: .text("x"), location: at)
        #expect {
            try workspace.select(PlanQuery(.units, where: condition))
        } throws: { error in
            let failure = error as? WorkspaceError
            return failure?.code == .unknownField && failure?.location == at
                && failure?.message.contains("did you mean 'level'?") == true
        }
    }

    @Test func unknownEntityNamesTheNearestID() {
        #expect {
            try workspace.entity(EntityReference(text: "orgo"), in: .units)
        } throws: { error in
            (error as? WorkspaceError)?.code == .unknownEntity
                && (error as? WorkspaceError)?.message == "no unit 'orgo'; did you mean 'origo'?"
        }
    }

    @Test func anEditIsAppliedAsItsOwnChangeSet() throws {
        let outcome = try workspace.perform(
            .set(
                .units, target: .one(EntityReference(text: "origo")),
                assignments: [Assignment(field: "level", value: .text("förhindrande arbete"), location: .unknown)]))
        guard case .applied(let record) = outcome else {
            Issue.record("expected a change set, got \(outcome)")
            return
        }
        #expect(record.changes.count == 1)
        #expect(
            try workspace.entity(EntityReference(text: "origo"), in: .units).field("level") == .string("intervention"))
        #expect(try workspace.undo().undoes == record.id)
        #expect(
            try workspace.entity(EntityReference(text: "origo"), in: .units).field("level") == .string("prevention"))
    }

    @Test func aTransactionIsSeenByQueriesAndAppliedWhole() throws {
        try workspace.begin()
        try workspace.perform(
            .add(
                .roles, id: EntityReference(text: "ny-roll"),
                assignments: [
                    Assignment(field: "title", value: .text("Ny roll"), location: .unknown),
                    Assignment(field: "kind", value: .text("post"), location: .unknown),
                ]))
        #expect(try workspace.resolveID(EntityReference(text: "ny-roll"), in: .roles) == "ny-roll")
        #expect(try workspace.store.plan(nil).roles.contains { $0.id == "ny-roll" } == false)
        let record = try #require(try workspace.commit(message: "En ny roll"))
        #expect(record.message == "En ny roll")
        #expect(try workspace.store.plan(nil).roles.contains { $0.id == "ny-roll" })
        #expect(throws: WorkspaceError.self) { try workspace.rollback() }
    }

    @Test func aGroupThatFailsAppliesNothing() throws {
        let before = try workspace.store.revision()
        let outcome = try workspace.asOneChangeSet(message: "job") {
            _ = try? workspace.perform(
                .log(
                    EntityReference(text: "bilda-arbetsgrupp"), status: "pågående", note: nil, date: "2017-09-01",
                    by: nil))
            return false
        }
        #expect(outcome == nil)
        #expect(try workspace.store.revision() == before)
    }

    @Test func dutiesSayWhatTheActorDoesAndWhatIsDoneToIt() throws {
        let duties = try workspace.duties(of: EntityReference(text: "stadsdirektor"))
        #expect(duties.contains { $0.step == "kontakt-stadsdirektor" && $0.part == .reached(.contact) })
        #expect(duties.contains { $0.step == "aktivera-ckl" && $0.part == .acts(.activate) })
        #expect(duties.allSatisfy { $0.path != nil })
    }

    @Test func theWorkspaceSeesAnotherWritersChange() throws {
        let other = Workspace(store: workspace.store)
        #expect(try workspace.entity(EntityReference(text: "origo"), in: .units).name == "Origo")
        try other.perform(
            .set(
                .units, target: .one(EntityReference(text: "origo")),
                assignments: [Assignment(field: "name", value: .text("Origo resurscentrum"), location: .unknown)]))
        workspace.refresh()
        #expect(try workspace.entity(EntityReference(text: "origo"), in: .units).name == "Origo resurscentrum")
    }
}
