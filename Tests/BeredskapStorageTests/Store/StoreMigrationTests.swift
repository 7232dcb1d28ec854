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

    /// A copy of the store file `fixture` in `scratch`, for a test to migrate; the fixture stays as it is.
    static func copy(_ fixture: String, into scratch: ScratchDirectory) throws -> String {
        let path = scratch.path(fixture)
        try FileManager.default.copyItem(atPath: directory.appendingPathComponent(fixture).path, toPath: path)
        return path
    }

    @Test func thereIsAFixtureForEverySchemaVersion() {
        #expect(Set(Self.fixtures) == Set(StoreSchema.migrationIdentifiers.map { "\($0).sqlite" }))
    }

    @Test(arguments: fixtures)
    func aStoreFromAnEarlierVersionOpensWithEverythingInIt(fixture: String) throws {
        let scratch = try ScratchDirectory()
        let path = try Self.copy(fixture, into: scratch)
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
        // Alert rules, rotas and office hours came with v3; older plans read as having none.
        let hasAlertRules = Int(fixture.dropFirst().prefix { $0.isNumber })! >= 3
        #expect(current.alertRules.map(\.id.rawValue).first == (hasAlertRules ? "system-ej-larm" : nil))
        #expect(current.alertRules.count == (hasAlertRules ? 6 : 0))
        // What entries rest on came with v10, and the revision keeps the decisions' basis.
        #expect(current.basisNotes.count == (["v10.sqlite": 37, "v11.sqlite": 38][fixture] ?? 0))
        #expect(
            current.rotas.isEmpty && current.metadata.officeHours.isEmpty && current.roles.allSatisfy { $0.rota == nil }
        )
        // A plan's jurisdiction came with v5; no fixture's plan states one, so each has the default.
        #expect(current.metadata.timeZone == nil && current.metadata.holidays == nil)
        // A plan's owning administration is the plan's own from v6; older ones get it from the plan.
        #expect(try store.plans().map(\.owner) == ["socialforvaltningen"])
        // Archiving came with v7; every plan of an older store is in use, and can be archived.
        #expect(try store.plans(archived: true).isEmpty)
        try store.archive(plan: current.id)
        #expect(try store.plans(archived: true).map(\.id) == [current.id])
        try store.restore(plan: current.id)
        // Areas numbered by chapter and area came with v8: a migrated store takes a label and a parent.
        try store.apply(
            ChangeSet(
                message: "Kapitel",
                edits: [
                    .add(
                        .focusArea,
                        .mapping([("id", .string("kap-3")), ("number", .integer(3)), ("title", .string("Stöd"))]),
                        position: nil),
                    .add(
                        .focusArea,
                        .mapping([
                            ("id", .string("anhorig")), ("number", .string("3:1")), ("parent", .string("kap-3")),
                            ("title", .string("Anhörigstöd")),
                        ]), position: nil),
                ]))
        #expect(
            try store.plan().focusAreas.map { "\($0.number?.text ?? "") \($0.parent?.rawValue ?? "-")" } == [
                "3 -", "3:1 kap-3",
            ])
        try store.undoLast()
        // A step that runs after the first of its steps came with v9; a migrated store's wait for all.
        #expect(current.alarmPaths.flatMap(\.steps).allSatisfy { $0.join == nil })
        let alarmPath = try #require(current.alarmPaths.first)
        let joined = try #require(alarmPath.steps.last { $0.after.count == 1 })
        var steps = alarmPath.steps
        steps[steps.firstIndex { $0.id == joined.id }!].join = StepJoin.any
        var change = ChangeSet(message: "Efter det första")
        change.set(
            .alarmPath, alarmPath.id, "steps",
            to: .sequence(steps.compactMap { $0.encode(PlanFileWriter.Options()) }))
        try store.apply(change)
        #expect(try store.plan().alarmPaths.first?.step(joined.id)?.join == StepJoin.any)
        try store.undoLast()
        let first = try store.plan(nil, version: 1)
        #expect(first.metadata.approvals.compactMap { $0.date?.description } == ["2017-05-23", "2017-06-14"])

        // Drill sessions came with v2: a migrated store keeps them like a new one.
        var drill = DrillSessionRecord(
            id: "ovning-1", plan: current.id, scenario: "bench-night", scenarioText: nil, title: "Natt",
            eventStart: Date(timeIntervalSince1970: 1_507_941_000), state: .running, minute: 0, startedAt: Date(),
            endedAt: nil, participants: [.init(role: "stadsdirektor", person: "Anna")],
            log: [TabletopLogEntry(sequence: 1, minute: 0, wallTime: Date(), kind: .start, enteredBy: "Kim")])
        try store.saveDrillSession(drill)
        drill.state = .ended
        drill.minute = 45
        drill.log.append(TabletopLogEntry(sequence: 2, minute: 45, wallTime: Date(), kind: .end, enteredBy: "Kim"))
        try store.saveDrillSession(drill)
        let saved = try store.drillSession("ovning-1")
        #expect(saved.state == .ended && saved.minute == 45)
        #expect(saved.log.map(\.kind) == [.start, .end])
        #expect(saved.participants == [.init(role: "stadsdirektor", person: "Anna")])
        #expect(throws: StoreError.self) { try store.drillSession("ovning-2") }
        do {
            _ = try store.drillSession("ovning-2")
        } catch {
            #expect(error.message == "no drill session 'ovning-2'; did you mean 'ovning-1'?")
        }

        var changes = ChangeSet(message: "efter migrering")
        changes.set(.unit, "origo", "description", to: .string("Migrerad"))
        try store.apply(changes)
        try store.undoLast()
        #expect(try store.plan().units.first { $0.id == "origo" }?.description != "Migrerad")
    }

    @Test func aDrillSessionOfAV2StoreKeepsItsMeaningAfterTheMigration() throws {
        let scratch = try ScratchDirectory()
        let path = try Self.copy("v2.sqlite", into: scratch)
        // A session as v2 saved it, its action naming no inject.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    INSERT INTO drill_sessions (id, plan_id, scenario, title, event_start, state, minute, started_at)
                    VALUES ('gammal', 'stockholm-socialforvaltningen-2017-2018', 'bench-night', 'Natt',
                        '2017-10-14T00:30:00.000Z', 'running', 50, '2018-03-14T08:00:00.000Z');
                    INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind, role, text)
                    VALUES ('gammal', 1, 50, '2018-03-14T08:10:00.000Z', 'action', 'sof-direktor', 'ringde pressen');
                    """)
        }
        let store = try PlanStore.open(.file(path))
        let old = try store.drillSession("gammal")
        #expect(old.actionsNameTheirInject == false)
        #expect(old.log.map(\.action) == ["ringde pressen"])
        var new = old
        new.id = "ny"
        new.actionsNameTheirInject = true
        try store.saveDrillSession(new)
        #expect(try store.drillSession("ny").actionsNameTheirInject)
        #expect(try store.drillSession("gammal").actionsNameTheirInject == false)
    }

    /// A v3 store kept a drill's log as Swedish sentences, with a rating as `OBJECTIVE:RATING` in the
    /// option column; after the migration the same drill reads back as data with the same meaning.
    @Test func aDrillWithADecisionAndARatingOfAV3StoreReadsBackTheSameAfterTheMigration() throws {
        let scratch = try ScratchDirectory()
        let path = try Self.copy("v3.sqlite", into: scratch)
        // The session as v3 saved it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    INSERT INTO drill_sessions (id, plan_id, scenario, title, event_start, state, minute, started_at,
                        ended_at, actions_name_inject)
                    VALUES ('v3-ovning', 'stockholm-socialforvaltningen-2017-2018', 'bench-night', 'Natt',
                        '2017-10-14T00:30:00.000Z', 'ended', 70, '2018-03-14T08:00:00.000Z',
                        '2018-03-14T09:00:00.000Z', 1);
                    INSERT INTO drill_participants (session_id, position, role, person)
                    VALUES ('v3-ovning', 0, 'direktor-berord-forvaltning', 'Bo');
                    INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind, role, text, note,
                        entered_by, inject, option)
                    VALUES
                        ('v3-ovning', 1, 0, '2018-03-14T08:00:00.000Z', 'start', NULL,
                            'Övningen startar: Natt. Deltagare: Bo (direktor-berord-forvaltning)', NULL, 'Kim', NULL,
                            NULL),
                        ('v3-ovning', 2, 30, '2018-03-14T08:20:00.000Z', 'action', 'sof-direktor',
                            'Direktör vid Socialförvaltningen: informerade stadsdirektören', 'via telefon', 'Ann', 0,
                            NULL),
                        ('v3-ovning', 3, 65, '2018-03-14T08:40:00.000Z', 'decision', 'direktor-berord-forvaltning',
                            'Direktör på berörd förvaltning beslutar (posom-beslut): Aktivera POSOM',
                            'Många drabbade', 'Bo', NULL, 'aktivera'),
                        ('v3-ovning', 4, 70, '2018-03-14T09:10:00.000Z', 'rating', 'direktor-berord-forvaltning',
                            'Utvärdering av målet ”Direktören nådd inom 30 minuter” (direktor-30): M – genomfört med stora svårigheter',
                            'Nådd vid tredje samtalet', 'Eva Lind', NULL, 'direktor-30:M');
                    """)
        }
        let store = try PlanStore.open(.file(path))
        let drill = try store.drillSession("v3-ovning")
        #expect(drill.state == .ended && drill.minute == 70)
        #expect(drill.participants == [DrillParticipant(role: "direktor-berord-forvaltning", person: "Bo")])
        #expect(drill.log.map(\.kind) == [.start, .action, .decision, .rating])
        let action = drill.log[1]
        #expect(action.role == "sof-direktor" && action.action == "informerade stadsdirektören")
        #expect(action.note == "via telefon" && action.inject == 0 && action.enteredBy == "Ann")
        let decision = drill.log[2]
        #expect(decision.step == "posom-beslut" && decision.option == "aktivera")
        #expect(decision.objective == nil && decision.rating == nil)
        #expect(decision.note == "Många drabbade" && decision.enteredBy == "Bo")
        let rating = drill.log[3]
        #expect(rating.objective == "direktor-30" && rating.rating == .majorChallenges && rating.option == nil)
        #expect(rating.note == "Nådd vid tredje samtalet" && rating.enteredBy == "Eva Lind")
        #expect(rating.role == "direktor-berord-forvaltning" && rating.minute == 70)

        // Saved again and read back, it is the same drill.
        var copy = drill
        copy.id = "kopia"
        try store.saveDrillSession(copy)
        #expect(try store.drillSession("kopia").log == drill.log)
        let columns = try store.query(
            "SELECT option, objective, rating FROM drill_log WHERE session_id = 'v3-ovning' ORDER BY sequence")
        #expect(
            columns.rows == [
                [nil, nil, nil], [nil, nil, nil], [.string("aktivera"), nil, nil],
                [nil, .string("direktor-30"), .string("M")],
            ])
    }

    /// A v4 store has no place for a plan's jurisdiction; after the migration its plan reads as the
    /// default one and takes a time zone and a holiday calendar like any other plan field, which the
    /// store keeps in columns of their own and refuses when the time zone is unknown.
    @Test func aPlanOfAV4StoreTakesATimeZoneAndHolidaysAfterTheMigration() throws {
        let scratch = try ScratchDirectory()
        let store = try PlanStore.open(.file(try Self.copy("v4.sqlite", into: scratch)))
        let id = try store.plan().id
        var changes = ChangeSet(message: "Helsingfors")
        changes.set(.plan, id, "timeZone", to: .string("Europe/Helsinki"))
        changes.set(.plan, id, "holidays", to: .string("none"))
        try store.apply(changes)
        let plan = try store.plan()
        #expect(plan.metadata.timeZone == "Europe/Helsinki" && plan.metadata.holidays == HolidayCalendar.none)
        let columns = try store.query("SELECT time_zone, holidays FROM plan_metadata ORDER BY row_id DESC LIMIT 1")
        #expect(columns.rows == [[.string("Europe/Helsinki"), .string("none")]])

        var misspelt = ChangeSet(message: "stavfel")
        misspelt.set(.plan, id, "timeZone", to: .string("Europe/Helsingfors"))
        #expect {
            try store.apply(misspelt)
        } throws: { error in
            ((error as? StoreError)?.message ?? "").contains(
                "unknown time zone 'Europe/Helsingfors'; did you mean 'Europe/Helsinki'?")
        }
        #expect(try store.plan().metadata.timeZone == "Europe/Helsinki")
    }
}
