import BeredskapModel
import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Testing

/// A city database as Deployment.md sets one up: owned by a login that is not a superuser (so
/// row-level security applies to it too), with the built-in plan of Socialförvaltningen and a plan
/// of Kulturförvaltningen, and logins of the capabilities' holders.
struct City {
    static let password = "hemligt-lösen"
    static let social: EntityID = "stockholm-socialforvaltningen-2017-2018"
    static let culture: EntityID = "kultur-2017-2018"

    let cluster: TestCluster
    let database: String
    let owner: String

    init(_ name: String = #function) throws {
        cluster = try TestCluster.shared
        owner = try cluster.createLogin("owner", password: Self.password)
        try cluster.psql("ALTER ROLE \(owner) CREATEROLE", database: "postgres")
        database = try cluster.createDatabase(name)
        try cluster.psql("ALTER DATABASE \(database) OWNER TO \(owner)", database: "postgres")
        let store = try open(owner)
        _ = try store.importPlan(Self.culturePlan(), author: owner, message: "Kulturförvaltningens plan")
    }

    /// The store as `login`, as `beredskap --store postgresql://LOGIN@…` opens it with PGPASSWORD.
    func open(_ login: String) throws -> PlanStore {
        try PostgreSQLStore.open(
            cluster.location(user: login, database: database),
            environment: ["PGPASSWORD": Self.password, "HOME": NSTemporaryDirectory()])
    }

    /// A new login granted `capability` (on `organization`'s plans for a coordinator).
    func login(_ name: String, _ capability: String, _ organization: String? = nil) throws -> String {
        let login = try cluster.createLogin(name, password: Self.password)
        try PostgreSQLStore.grant(capability, to: login, organization: organization, in: open(owner))
        return login
    }

    /// The built-in plan as Kulturförvaltningen's.
    static func culturePlan(id: EntityID = culture) throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.id = id
        plan.metadata.title = "Kulturförvaltningens handlingsplan"
        // The built-in plan names Kulturförvaltningen as an external actor, `kulturforvaltningen`.
        plan.organizations.append(Organization(id: "kultur", name: "Kulturförvaltningen", kind: .administration))
        plan.metadata.owner?.administration = "kultur"
        return plan
    }

    /// A plan's current version as YAML, read by the owner.
    func export(_ plan: EntityID) throws -> String {
        var text = ""
        try open(owner).export(plan, format: .yaml, options: .init(includeSensitive: true)) { text += $0 }
        return text
    }
}

/// Access per administration, enforced by PostgreSQL's row-level security: two coordinators of two
/// administrations, and the other capabilities.
@Suite struct StoreAccessTests {
    @Test func eachCoordinatorReadsItsOwnAdministrationsPlansAndNotTheOthers() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        let bo = try city.open(city.login("bo", "coordinator", "kultur"))
        #expect(try anna.plans().map(\.id) == [City.social])
        #expect(try bo.plans().map(\.id) == [City.culture])
        #expect(try bo.plans().map(\.owner) == ["kultur"])
        #expect(try anna.plan().id == City.social)
        let refused = #expect(throws: StoreError.self) { try anna.plan(City.culture) }
        #expect(refused?.code == .notPermitted)
        #expect(refused?.message.contains("belongs to kultur") == true)
    }

    @Test func anEditOfAnotherAdministrationsPlanIsRefusedAndChangesNothing() throws {
        let city = try City()
        let annasLogin = try city.login("anna", "coordinator", "socialforvaltningen")
        let anna = try city.open(annasLogin)
        let before = try city.export(City.culture)
        var changes = ChangeSet(plan: City.culture, message: "Fel förvaltning")
        changes.set(.unit, "mini-maria", "description", to: .string("Anna var här"))
        let refused = #expect(throws: StoreError.self) { try anna.apply(changes) }
        #expect(refused?.code == .notPermitted)
        #expect(try city.export(City.culture) == before)
        // Her own plan she edits.
        var own = ChangeSet(message: "Egen plan")
        own.set(.unit, "mini-maria", "description", to: .string("Anna var här"))
        try anna.apply(own)
        #expect(try anna.history(limit: 1).first?.author == annasLogin)
        #expect(try anna.plan().units.first { $0.id == "mini-maria" }?.description == "Anna var här")
    }

    @Test func aCoordinatorCannotMoveItsPlanToAnotherAdministration() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        var changes = ChangeSet(message: "Flytt")
        changes.set(
            .plan, City.social, "owner",
            to: .mapping([("city", .string("Stockholms stad")), ("administration", .string("socialnamnden"))]))
        let refused = #expect(throws: StoreError.self) { try anna.apply(changes) }
        #expect(refused?.code == .notPermitted)
        #expect(try city.open(city.owner).plans().map(\.owner) == ["kultur", "socialforvaltningen"])
    }

    @Test func aCoordinatorArchivesItsOwnPlansOnlyAndEveryLoginSeesItArchived() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        let boLogin = try city.login("bo", "coordinator", "kultur")
        let bo = try city.open(boLogin)
        let central = try city.open(city.login("cecilia", "central"))
        for (store, plan) in [(anna, City.culture), (central, City.culture), (central, City.social)] {
            let refused = #expect(throws: StoreError.self) { try store.archive(plan: plan) }
            #expect(refused?.code == .notPermitted, "\(plan)")
        }
        #expect(try city.open(city.owner).plans(archived: true).isEmpty)
        // Raw SQL cannot archive either: `.sql` is read-only, and the table takes no such update.
        let raw = #expect(throws: StoreError.self) {
            try anna.query("UPDATE plans SET archived_at = 'x' WHERE id = '\(City.culture.rawValue)'")
        }
        #expect(raw != nil)

        try bo.archive(plan: City.culture, message: "Ersatt av 2019")
        #expect(try central.plans().map(\.id) == [City.social])
        #expect(try central.plans(archived: true).map(\.archivedBy) == [boLogin])
        let named = #expect(throws: StoreError.self) { try central.plan(City.culture) }
        #expect(named?.code == .archived)
        #expect(named?.message.contains("`beredskap plans restore \(City.culture)`") == true)
        // Anna cannot bring back what is not hers; Bo can, and the plan is as it was.
        #expect(throws: StoreError.self) { try anna.restore(plan: City.culture) }
        let before = try city.open(city.owner).plans(archived: true)
        #expect(before.map(\.id) == [City.culture])
        try bo.restore(plan: City.culture)
        #expect(try central.plans().map(\.id) == [City.culture, City.social])
        #expect(try bo.history(plan: City.culture, limit: 2).map(\.message) == ["Återställd", "Ersatt av 2019"])
    }

    @Test func anImportOfAnotherAdministrationsPlanIsRefusedAndCreatesNothing() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        // An update of Kulturförvaltningen's plan, and a new plan in its name.
        var changed = try City.culturePlan()
        changed.metadata.title = "Annas version"
        let update = #expect(throws: StoreError.self) { _ = try anna.importPlan(changed) }
        #expect(update?.code == .notPermitted)
        let new = #expect(throws: StoreError.self) { _ = try anna.importPlan(City.culturePlan(id: "kultur-2019")) }
        #expect(new?.code == .notPermitted)
        #expect(try city.open(city.owner).plans().map(\.id) == [City.culture, City.social])
        #expect(try city.export(City.culture).contains("Annas version") == false)
    }

    @Test func rawSQLReadsOnlyTheLoginsOwnRowsAndCannotWrite() throws {
        let city = try City()
        let bo = try city.open(city.login("bo", "coordinator", "kultur"))
        let planOfUnits = "SELECT DISTINCT p.plan_id FROM units u JOIN plan_versions p ON p.row_id = u.version_id"
        #expect(try bo.query(planOfUnits).rows == [[.string(City.culture.rawValue)]])
        #expect(
            try bo.query(
                "SELECT count(*) FROM change_sets WHERE plan_id = ?", arguments: [.string(City.social.rawValue)]
            )
            .rows == [[.integer(0)]])
        for write in [
            "UPDATE units SET name = 'x'", "DELETE FROM units",
            "INSERT INTO plans (id, created_at, owner) VALUES ('x', 'now', 'socialforvaltningen')",
        ] {
            let refused = #expect(throws: StoreError.self) { try bo.query(write) }
            #expect(refused?.message.contains("only reading is allowed") == true, "\(write)")
        }
        #expect(try city.open(city.owner).query("SELECT count(*) FROM units").rows == [[.integer(46)]])
    }

    @Test func aLoginsOwnTableOfGrantsInItsSearchPathGrantsItNothing() throws {
        // The read policies are written out in SQL and bound to the schema's tables when they were
        // made: a temporary `access_grants` first in a session's search_path is never theirs.
        let city = try City()
        let bo = try city.login("bo", "coordinator", "kultur")
        let counted = try city.cluster.psql(
            """
            SET ROLE \(bo);
            CREATE TEMP TABLE access_grants (login text, capability text, organization text);
            INSERT INTO pg_temp.access_grants VALUES (current_user, 'central', NULL), (current_user, 'auditor', NULL);
            SET search_path = pg_temp, public;
            SELECT count(*) FROM public.units;
            SELECT count(*) FROM public.changes;
            SELECT count(DISTINCT plan_id) FROM public.plan_versions;
            """, database: city.database)
        #expect(counted.split(separator: "\n") == ["23", "0", "1"])
        #expect(
            try city.cluster.psql(
                "SELECT count(*) FROM units; SELECT count(DISTINCT plan_id) FROM plan_versions", database: city.database
            ).split(separator: "\n") == ["46", "2"])
    }

    @Test func centralReadsEveryPlanButEditsNoneAndReadsNoHistory() throws {
        let city = try City()
        let cia = try city.open(city.login("cia", "central", nil))
        #expect(try cia.plans().map(\.id) == [City.culture, City.social])
        #expect(try cia.plan(City.culture).units.count == 23)
        var changes = ChangeSet(plan: City.social)
        changes.set(.unit, "origo", "name", to: .string("Central var här"))
        #expect(throws: StoreError.self) { try cia.apply(changes) }
        let history = #expect(throws: StoreError.self) { try cia.history(plan: City.social) }
        #expect(history?.code == .notPermitted)
        let auditor = try city.open(city.login("fia", "auditor", nil))
        #expect(try auditor.history(plan: City.social).map(\.kind) == [.create])
    }

    @Test func anApproverRecordsApprovalAndATrainerRunsDrillsButNeitherEdits() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        try anna.adopt(on: PartialDate(parsing: "2017-05-23"))
        let dan = try city.open(city.login("dan", "approver", nil))
        try dan.approve(plan: City.social, on: PartialDate(parsing: "2017-06-14"))
        #expect(try anna.status() == (1, .approved))
        var changes = ChangeSet(plan: City.culture)
        changes.set(.unit, "origo", "name", to: .string("Godkännaren var här"))
        #expect(throws: StoreError.self) { try dan.apply(changes) }

        let eva = try city.open(city.login("eva", "trainer", nil))
        let session = DrillSessionRecord(
            id: "ovning-1", plan: City.culture, scenario: "bench-night", scenarioText: nil, title: "Övning",
            eventStart: Date(timeIntervalSince1970: 1_500_000_000), state: .running, minute: 0, startedAt: Date(),
            endedAt: nil, participants: [], log: [], actionsNameTheirInject: true)
        #expect(try eva.startDrillSession(session) == "ovning-1")
        #expect(try eva.drillSessions().map(\.id) == ["ovning-1"])
        #expect(throws: StoreError.self) { try eva.apply(changes) }
        // A coordinator edits, but the drills are the trainers'.
        let refused = #expect(throws: StoreError.self) { try anna.startDrillSession(session) }
        #expect(refused?.code == .notPermitted)
    }

    @Test func onlyTheOwnerGrantsAndAnUnknownLoginIsNamedWithTheFix() throws {
        let city = try City()
        let owner = try city.open(city.owner)
        let unknown = #expect(throws: StoreError.self) {
            try PostgreSQLStore.grant("central", to: "ghost", in: owner)
        }
        #expect(unknown?.message.contains("CREATE ROLE ghost LOGIN") == true)
        let missing = #expect(throws: StoreError.self) {
            try PostgreSQLStore.grant("coordinator", to: city.owner, in: owner)
        }
        #expect(missing?.code == .invalidChange)
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        let byAnna = #expect(throws: StoreError.self) { try PostgreSQLStore.grant("central", to: "anna", in: anna) }
        #expect(byAnna?.code == .notPermitted)
        let logins = try PostgreSQLStore.grants(in: owner).map(\.capability)
        #expect(logins == ["coordinator"])
        #expect(try PostgreSQLStore.revoke(nil, from: PostgreSQLStore.grants(in: owner)[0].login, in: owner) == 1)
        #expect(throws: StoreError.self) { try anna.plan() }
    }

    @Test func aLoginThatIsNotTheOwnerIsToldWhoSetsTheStoreUp() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let stranger = try cluster.createLogin("stranger", password: City.password)
        let refused = #expect(throws: StoreError.self) {
            try PostgreSQLStore.open(
                cluster.location(user: stranger, database: database), environment: ["PGPASSWORD": City.password])
        }
        #expect(refused?.code == .notPermitted)
        #expect(refused?.message.contains("only the database's owner postgres does") == true)
        #expect(refused?.message.contains(City.password) == false)
    }
}
