import BeredskapModel
import Foundation
import GRDB
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

@Suite struct PlanStoreTests {
    @Test func aNewStoreIsPrivateAndHoldsTheBuiltInPlan() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("nested/dir/s.sqlite")
        let store = try PlanStore.open(.file(path))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try store.plan() == BuiltInPlans.stockholm())
        #expect(try store.plans().map(\.id) == [stockholm])
        #expect(try store.history().map(\.kind) == [.create])
    }

    @Test(arguments: TestBackend.allCases) func exportingFromTheStoreGivesTheFilesBytes(_ backend: TestBackend) throws {
        let store = try backend.open()
        let url = try #require(BuiltInPlans.resourceURL(stockholm))
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(try PlanFileWriter.text(for: store.plan(), format: .yaml) == file)
    }

    @Test func reopeningAStoreKeepsItsPlansAndDoesNotSeedAgain() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        var changes = ChangeSet(message: "test")
        changes.set(.unit, "mini-maria", "description", to: .string("Ny text"))
        try PlanStore.open(.file(path)).apply(changes)
        let reopened = try PlanStore.open(.file(path))
        #expect(try reopened.plan().units.first { $0.id == "mini-maria" }?.description == "Ny text")
        #expect(try reopened.history().count == 2)
    }

    @Test(arguments: TestBackend.allCases) func aSecondPlanImportsBesideTheFirst(_ backend: TestBackend) throws {
        let store = try backend.open()
        let outcome = try store.importPlan(smallPlan(), author: "test")
        guard case .created = outcome else {
            Issue.record("expected a new plan, got \(outcome)")
            return
        }
        #expect(try store.plans().map(\.id) == ["malmo-exempel", stockholm])
        #expect(try store.plan("malmo-exempel") == smallPlan())
        #expect(try store.plan() == BuiltInPlans.stockholm(), "the default plan is still Stockholm")
        #expect(try store.importPlan(smallPlan()) == .unchanged)
    }

    @Test(arguments: TestBackend.allCases) func importingAChangedPlanRecordsTheDifferencesAsOneChangeSet(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        var changed = try BuiltInPlans.stockholm()
        changed.units[1].description = "Ändrad"
        changed.units.remove(at: 0)
        changed.roles.append(Role(id: "ny-roll", title: "Ny roll"))
        changed.activities.swapAt(0, 1)
        guard case .updated(let record) = try store.importPlan(changed, author: "anna", message: "Import") else {
            Issue.record("expected an update")
            return
        }
        #expect(record.kind == .import && record.author == "anna")
        #expect(try store.plan() == changed)
        #expect(record.changes.contains { $0.kind == .unit && $0.id == "mini-maria" && $0.field == "description" })
        #expect(
            record.changes.contains {
                $0.kind == .unit && $0.id == "plus-foraldrastod" && $0.field == nil && $0.new == nil
            })
        #expect(record.changes.contains { $0.kind == .role && $0.id == "ny-roll" && $0.old == nil })
        let exported = try PlanFileWriter.text(for: store.plan(), format: .yaml)
        #expect(exported == (try PlanFileWriter.text(for: changed, format: .yaml)))
        try store.undoLast()
        #expect(try store.plan() == BuiltInPlans.stockholm())
    }

    /// Read with the sqlite3 shell (Scripts/setup installs it), as an analyst would.
    @Test func theTablesAreNormalisedForAnalystsWithTheSqlite3Shell() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("s.sqlite")
        _ = try PlanStore.open(.file(path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "sqlite3", "-readonly", path,
            """
            SELECT count(*) FROM units;
            SELECT count(*) FROM unit_functions WHERE value = 'remedial';
            SELECT count(*) FROM activities;
            SELECT count(*) FROM alarm_steps;
            SELECT min_age || '-' || max_age || ' ' || functions FROM unit_overview WHERE id = 'origo';
            SELECT a.title FROM activities a JOIN activity_responsible r ON r.parent_row = a.row_id
                WHERE r.value = 'sof-samordnare' AND a.starts = '2018' ORDER BY a.position LIMIT 1;
            """,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the sqlite3 shell is needed: run Scripts/setup")
        #expect(
            output.split(separator: "\n") == [
                "23", "6", "9", "17", "13-26 preventive,detecting",
                "Genomföra kompetensutveckling för personal inom förvaltningen",
            ])
    }
}

@Suite struct ChangeSetTests {
    @Test(arguments: TestBackend.allCases) func aSetIsRecordedWithAuthorMessageAndOldAndNewValue(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(author: "default-author")
        var changes = ChangeSet(author: "anna", message: "Ny beskrivning")
        changes.set(.unit, "mini-maria", "description", to: .string("Öppenvård."))
        changes.set(.activity, "kommunikationsplan", "starts", to: .string("2017-10"))
        let record = try store.apply(changes)
        #expect(record.author == "anna" && record.message == "Ny beskrivning" && record.kind == .edit)
        let history = try store.history(entity: (.unit, "mini-maria"))
        #expect(history.map(\.id) == [record.id])
        let change = try #require(history.first?.changes.first)
        #expect(change.field == "description" && change.new == .string("Öppenvård."))
        #expect(change.old?.scalarText.hasPrefix("Utredning och behandling") == true)
        #expect(
            try store.plan().allActivities.first { $0.id == "kommunikationsplan" }?.starts?.description == "2017-10")
    }

    @Test(arguments: TestBackend.allCases) func anInvalidValueIsRefusedWithTheEntityAndASuggestion(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        var changes = ChangeSet()
        changes.set(.unit, "mini-maria", "description", to: .string("Giltig"))
        changes.set(.unit, "mini-maria", "level", to: .string("prevension"))
        #expect(
            throws: StoreError(
                .invalidChange, "unit 'mini-maria': unknown level 'prevension'; did you mean 'prevention'?",
                editIndex: 1)
        ) {
            try store.apply(changes)
        }
        #expect(try store.plan() == BuiltInPlans.stockholm(), "nothing of the change set was applied")
        #expect(try store.history().count == 1)
    }

    @Test(arguments: TestBackend.allCases) func unknownEntitiesAndFieldsGetSuggestions(_ backend: TestBackend) throws {
        let store = try backend.open()
        #expect(
            throws: StoreError(
                .unknownEntity, "no unit 'mini-mara' in plan '\(stockholm)'; did you mean 'mini-maria'?", editIndex: 0)
        ) {
            try store.apply(
                ChangeSet(edits: [.set(.unit, "mini-mara", field: "name", value: .string("x"), expected: .anything)]))
        }
        #expect(
            throws: StoreError(
                .invalidChange, "unit 'mini-maria': has no field 'descripton'; did you mean 'description'?",
                editIndex: 0)
        ) {
            try store.apply(
                ChangeSet(edits: [
                    .set(.unit, "mini-maria", field: "descripton", value: .string("x"), expected: .anything)
                ]))
        }
        #expect(throws: StoreError(.invalidChange, "unit 'mini-maria': 'name' must not be empty", editIndex: 0)) {
            try store.apply(
                ChangeSet(edits: [.set(.unit, "mini-maria", field: "name", value: .string(" "), expected: .anything)]))
        }
    }

    @Test(arguments: TestBackend.allCases) func aChangeThatBreaksAReferenceIsRefusedWholly(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        var changes = ChangeSet()
        changes.set(.unit, "origo", "name", to: .string("Origo resurscentrum"))
        changes.set(.unit, "mini-maria", "department", to: .string("socialtjanstavdelning"))
        #expect {
            try store.apply(changes)
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .invalidChange
                && error?.message.contains(
                    "unit 'mini-maria' department: unknown organization 'socialtjanstavdelning'; did you mean 'socialtjanstavdelningen'?"
                )
                    == true
        }
        #expect(try store.plan().units.first { $0.id == "origo" }?.name == "Origo")
    }

    @Test(arguments: TestBackend.allCases) func entitiesAreAddedRemovedAndRenamedWithTheirReferences(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        let role: PlanValue = .mapping([("id", .string("ny-samordnare")), ("title", .string("Ny samordnare"))])
        try store.apply(ChangeSet(edits: [.add(.role, role, position: 0)]))
        #expect(try store.plan().roles.first?.id == "ny-samordnare")

        #expect {
            try store.apply(ChangeSet(edits: [.remove(.role, "sof-samordnare")]))
        } throws: { error in
            let message = (error as? StoreError)?.message ?? ""
            return message.hasPrefix(
                "role 'sof-samordnare' is still referred to by activity 'bilda-arbetsgrupp' (responsible)")
                && (error as? StoreError)?.code == .referenced
        }

        try store.apply(ChangeSet(edits: [.rename(.role, "sof-samordnare", to: "lokal-samordnare")]))
        let renamed = try store.plan()
        #expect(renamed.roles.contains { $0.id == "lokal-samordnare" })
        #expect(renamed.activities.allSatisfy { $0.responsible.first == "lokal-samordnare" })

        try store.undoLast()
        #expect(try store.plan().activities.allSatisfy { $0.responsible.first == "sof-samordnare" })
        try store.apply(ChangeSet(edits: [.remove(.role, "ny-samordnare")]))
        #expect(try store.plan() == BuiltInPlans.stockholm())
    }

    @Test(arguments: TestBackend.allCases) func renameRefusesAnIDInUse(_ backend: TestBackend) throws {
        let store = try backend.open()
        #expect(
            throws: StoreError(
                .invalidChange, "cannot rename role 'tib' to 'origo': the unit 'origo' already has that id",
                editIndex: 0)
        ) {
            try store.apply(ChangeSet(edits: [.rename(.role, "tib", to: "origo")]))
        }
    }

    @Test(arguments: TestBackend.allCases) func undoWalksBackOneChangeSetAtATime(_ backend: TestBackend) throws {
        let store = try backend.open()
        for text in ["Ett", "Två"] {
            var changes = ChangeSet()
            changes.set(.unit, "origo", "description", to: .string(text))
            try store.apply(changes)
        }
        let first = try store.undoLast()
        #expect(first.kind == .undo && first.message?.hasPrefix("Ångrar #") == true)
        #expect(try store.plan().units.first { $0.id == "origo" }?.description == "Ett")
        try store.undoLast()
        #expect(try store.plan() == BuiltInPlans.stockholm())
        #expect(throws: StoreError.self) { try store.undoLast() }
    }

    @Test(arguments: TestBackend.allCases) func aChangeBasedOnAStaleReadIsAConflictNamingTheEntity(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        let read = try store.plan().units.first { $0.id == "origo" }?.description
        var someoneElse = ChangeSet(author: "bertil")
        someoneElse.set(.unit, "origo", "description", to: .string("Bertils text"))
        try store.apply(someoneElse)
        var mine = ChangeSet(author: "anna")
        mine.set(
            .unit, "origo", "description", to: .string("Annas text"), expecting: .value(read.map(PlanValue.string)))
        #expect {
            try store.apply(mine)
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .conflict
                && error?.message.hasPrefix("conflict: unit 'origo' field 'description' was changed by someone else")
                    == true
        }
        #expect(try store.plan().units.first { $0.id == "origo" }?.description == "Bertils text")
    }

    @Test(arguments: TestBackend.allCases) func diffFoldsChangeSetsIntoNetChanges(_ backend: TestBackend) throws {
        let store = try backend.open()
        let start = try #require(store.history().first?.id)
        for text in ["Ett", "Två", "Tre"] {
            var changes = ChangeSet()
            changes.set(.unit, "origo", "description", to: .string(text))
            changes.set(.unit, "mini-maria", "name", to: .string(text == "Tre" ? "Mini Maria" : "Mini-Maria \(text)"))
            try store.apply(changes)
        }
        let net = try store.diff(from: start)
        #expect(net.count == 1, "mini-maria's name is back where it was")
        #expect(net.first?.new == .string("Tre"))
        #expect(net.first?.old?.scalarText.hasPrefix("Origo är") == true)
        #expect(
            try store.diff(from: start + 1, to: start + 2).map(\.new) == [.string("Två"), .string("Mini-Maria Två")])
    }

    @Test(arguments: TestBackend.allCases) func thePlanCanBeReadAsItWasOnADate(_ backend: TestBackend) throws {
        let store = try backend.open()
        var first = ChangeSet()
        first.set(.unit, "origo", "description", to: .string("Före"))
        first.edits.append(.rename(.role, "tib", to: "tjansteman-i-beredskap"))
        try store.apply(first)
        Thread.sleep(forTimeInterval: 0.01)
        let moment = Date()
        Thread.sleep(forTimeInterval: 0.01)
        var second = ChangeSet()
        second.set(.unit, "origo", "description", to: .string("Efter"))
        second.edits.append(.remove(.role, "sig-projektledare"))
        second.edits.append(.rename(.role, "tjansteman-i-beredskap", to: "tib-2"))
        try store.apply(second)

        let then = try store.plan(asOf: moment)
        #expect(then.units.first { $0.id == "origo" }?.description == "Före")
        #expect(then.roles.contains { $0.id == "sig-projektledare" })
        #expect(then.alarmPaths.last?.entry == "tjansteman-i-beredskap")
        #expect(throws: StoreError.self) { try store.plan(asOf: Date(timeIntervalSince1970: 0)) }
    }
}

@Suite struct PlanOwnerTests {
    @Test(arguments: TestBackend.allCases) func anEditOfThePlansOwnerMovesThePlanToThatAdministration(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        let plan = try store.plan()
        #expect(try store.plans().map(\.owner) == ["socialforvaltningen"])
        var changes = ChangeSet(message: "Ny ägare")
        changes.set(
            .plan, plan.id, "owner",
            to: .mapping([
                ("city", .string("Stockholms stad")), ("board", .string("Socialnämnden")),
                ("administration", .string("socialnamnden")),
            ]))
        try store.apply(changes)
        #expect(try store.plans().map(\.owner) == ["socialnamnden"])
        try store.undoLast()
        #expect(try store.plans().map(\.owner) == ["socialforvaltningen"])
    }
}
