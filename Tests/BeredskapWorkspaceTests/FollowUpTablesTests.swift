import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapWorkspace

/// The follow-up of every plan reads the store's tables for speed: what it reads must be what the
/// store's typed queries give, so that the counts are the follow-up report's.
@Suite struct FollowUpTablesTests {
    static let synthetic = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BeredskapStorageTests/Fixtures/synth-40.yaml")

    @Test(arguments: ["2017-09-01", "2018-04-30", "2031-12-31"])
    func theTablesGiveTheCountsTheTypedQueriesGive(asOf: String) throws {
        let store = try PlanStore.open(.memory)
        _ = try store.importPlan(try PlanFileReader.read(contentsOf: Self.synthetic.path).validPlan())
        var logged = try BuiltInPlans.stockholm()
        logged.metadata.id = "loggad"
        logged.activities[0].statusLog = [
            StatusEntry(date: try PartialDate(parsing: "2018-05"), status: .done),
            StatusEntry(date: try PartialDate(parsing: "2017-09-01"), status: .ongoing),
            StatusEntry(date: try PartialDate(parsing: "2017-09-01"), status: .postponed),
        ]
        _ = try store.importPlan(logged)
        let date = try PartialDate(parsing: asOf)
        let tables = try FollowUpTables.read(store)
        #expect(tables.count == 3)
        for info in try store.plans() {
            let row = try #require(tables[info.id])
            let activities = try store.entities(.activity, where: nil, plan: info.id).compactMap {
                $0.model as? Activity
            }
            let typed = FollowUpOverview.PlanFollowUp(
                planID: info.id.rawValue, title: info.title, administration: nil, version: 1, status: "draft",
                activities: activities, asOf: date)
            let read = FollowUpOverview.PlanFollowUp(
                planID: info.id.rawValue, title: row.title, administration: nil, version: 1, status: "draft",
                activities: row.activities, asOf: date)
            #expect(read == typed, "\(info.id)")
            #expect(row.activities.map(\.statusLog.count) == activities.map(\.statusLog.count))
        }
        #expect(tables["loggad"]?.administration == "Socialförvaltningen")
    }
}
