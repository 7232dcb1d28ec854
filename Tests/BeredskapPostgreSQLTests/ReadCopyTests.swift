import BeredskapModel
import BeredskapPostgreSQL
import BeredskapStorage
import Foundation
import PostgreSQLTestSupport
import Testing

/// The read copy a PostgreSQL store keeps of every version: a plan read from it is the plan its
/// tables hold, whoever changed them and however, and no login writes a copy.
@Suite struct ReadCopyTests {
    /// What a plan of `city` reads as, for `login`: from its copy, and from its tables with the copies
    /// taken away (which the server makes again at the next change).
    private func bothReadings(_ city: City, _ plan: EntityID, as login: String) throws -> (copy: Plan, tables: Plan) {
        let copy = try city.open(login).plan(plan)
        _ = try city.cluster.psql("DELETE FROM version_documents", database: city.database)
        return (copy, try city.open(login).plan(plan))
    }

    private func copies(_ city: City) throws -> Int {
        Int(
            try city.cluster.psql("SELECT count(*) FROM version_documents", database: city.database)
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func aPlanReadFromItsCopyIsThePlanItsTablesHold() throws {
        let city = try City()
        let anna = try city.login("anna", "coordinator", "socialforvaltningen")
        // Text a copy in JSON must carry as it is: quotes, backslashes, control characters, a formula.
        let hostile = "\"citat\" \\ bak\\nsnedstreck\u{1}\u{7}\t\r\n=HYPERLINK(\"x\")\u{FEFF} 🚨 [[[{{"
        var changes = ChangeSet(message: "Fientlig text")
        changes.set(.unit, "mini-maria", "description", to: .string(hostile))
        try city.open(anna).apply(changes)
        #expect(try copies(city) == 2)
        let (copy, tables) = try bothReadings(city, City.social, as: anna)
        #expect(copy == tables)
        #expect(copy.units.first { $0.id == "mini-maria" }?.description == hostile)
        #expect(
            copy
                == (try BuiltInPlans.stockholm()).with {
                    $0.units[$0.units.firstIndex { $0.id == "mini-maria" }!].description = hostile
                })
    }

    @Test func aChangeOutsideTheToolIsReadAtOnce() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        _ = try anna.plan()
        // The database's owner (or anyone) changing rows with psql: the copy follows the tables.
        _ = try city.cluster.psql(
            "UPDATE units SET description = 'Ändrad med psql' WHERE id = 'mini-maria'", database: city.database)
        #expect(try anna.plan().units.first { $0.id == "mini-maria" }?.description == "Ändrad med psql")
        _ = try city.cluster.psql("DELETE FROM units WHERE id = 'mini-maria'", database: city.database)
        #expect(try anna.plan().units.contains { $0.id == "mini-maria" } == false)
        #expect(try copies(city) == 2)
        // A transaction that fails changes neither the tables nor the copy.
        #expect(throws: (any Error).self) {
            try city.cluster.psql(
                "BEGIN; UPDATE units SET description = 'aldrig' WHERE id = 'plus-foraldrastod'; SELECT 1/0; COMMIT;",
                database: city.database)
        }
        #expect(try anna.plan().units.first { $0.id == "plus-foraldrastod" }?.description != "aldrig")
    }

    @Test func aPlanIsReadFromItsCopyAndNotFromACopyOfAnotherShape() throws {
        let city = try City()
        let anna = try city.login("anna", "coordinator", "socialforvaltningen")
        // What the copy says is what is read (the copy changed here behind the server's back).
        _ = try city.cluster.psql(
            "UPDATE version_documents SET rows = replace(rows, 'PLUS Föräldrastöd', 'Ur kopian')",
            database: city.database)
        #expect(try city.open(anna).plan().units.first { $0.id == "plus-foraldrastod" }?.name == "Ur kopian")
        // A copy another program made, in its own shape: this one reads the tables instead.
        _ = try city.cluster.psql(
            "UPDATE version_documents SET layout = 'another-program', rows = '[]'", database: city.database)
        #expect(try city.open(anna).plan().units.count == (try BuiltInPlans.stockholm()).units.count)
    }

    @Test func noLoginWritesACopyAndEachReadsOnlyThoseOfPlansItMayRead() throws {
        let city = try City()
        let anna = try city.open(city.login("anna", "coordinator", "socialforvaltningen"))
        let bo = try city.open(city.login("bo", "coordinator", "kultur"))
        for statement in [
            "INSERT INTO version_documents (version_id, layout, rows) VALUES (99, 'x', '[]')",
            "UPDATE version_documents SET rows = '[]'",
            "DELETE FROM version_documents",
            "SELECT count(*) FROM version_documents_due",
        ] {
            #expect(throws: StoreError.self, "\(statement)") { try anna.query(statement) }
        }
        let seen = { (store: PlanStore) in
            try store.query("SELECT count(*) FROM version_documents").rows.first?.first??.scalarText
        }
        #expect(try seen(anna) == "1")
        #expect(try seen(bo) == "1")
        #expect(try copies(city) == 2)
        #expect(try anna.plan().id == City.social)
        #expect(try bo.plan().id == City.culture)
    }

    @Test func aNewVersionAndAnImportedPlanHaveCopiesAndARemovedVersionHasNone() throws {
        let city = try City()
        let owner = try city.open(city.owner)
        try owner.adopt(plan: City.culture, on: PartialDate(parsing: "2017-02-01"))
        try owner.approve(plan: City.culture, on: PartialDate(parsing: "2017-03-01"))
        try owner.startRevision(plan: City.culture)
        #expect(try copies(city) == 3)
        var revised = ChangeSet(plan: City.culture, message: "Ny version")
        revised.set(.unit, "mini-maria", "description", to: .string("Version 2"))
        try owner.apply(revised)
        #expect(try owner.plan(City.culture).units.first { $0.id == "mini-maria" }?.description == "Version 2")
        #expect(
            try owner.plan(City.culture, version: 1).units.first { $0.id == "mini-maria" }?.description != "Version 2")
        _ = try city.cluster.psql(
            "DELETE FROM plan_versions WHERE plan_id = '\(City.culture.rawValue)' AND number = 2",
            database: city.database)
        #expect(try copies(city) == 2)
    }
}

extension ReadCopyTests {
    @Test func aPlanOfVeryManyUnitsHasNoCopyAndIsReadFromItsTables() throws {
        let city = try City()
        var plan = try City.culturePlan(id: "stor-plan")
        let extra = PostgreSQLReadCopy.largestCopied + 1 - plan.units.count - plan.allActivities.count
        plan.units += (0..<extra).map {
            ServiceUnit(id: EntityID("enhet-\($0)"), name: "Enhet \($0)", level: .prevention, functions: [.preventive])
        }
        let owner = try city.open(city.owner)
        _ = try owner.importPlan(plan)
        // The culture plan's copy and the built-in plan's; none for the large one.
        #expect(try copies(city) == 2)
        #expect(try owner.plan("stor-plan").units.count == plan.units.count)
    }
}

extension Plan {
    /// The plan with `change` made to it.
    fileprivate func with(_ change: (inout Plan) -> Void) -> Plan {
        var plan = self
        change(&plan)
        return plan
    }
}
