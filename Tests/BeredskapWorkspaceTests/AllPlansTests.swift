import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Testing

/// A city's store of three administrations' plans, as the central coordinator asks across them: the
/// follow-up of every plan, and the same query in each.
@Suite struct AllPlansTests {
    let workspace: Workspace

    /// The built-in plan and two copies of it as other administrations' plans, with statuses logged.
    init() throws {
        let store = try PlanStore.open(.memory)
        let districts: [(id: String, name: String, statuses: [String: ActivityStatus])] = [
            (
                "norrmalm", "Norrmalm",
                ["bilda-arbetsgrupp": .done, "fordjupad-analys": .postponed, "utbildningsplan": .ongoing]
            ),
            ("kungsholmen", "Kungsholmen", ["kommunikationsplan": .postponed, "organisationsmodell": .cancelled]),
        ]
        for district in districts {
            var plan = try BuiltInPlans.stockholm()
            plan.metadata.id = EntityID("\(district.id)-2017-2018")
            plan.metadata.title = "Handlingsplan för \(district.name)"
            plan.organizations.append(
                Organization(
                    id: EntityID("\(district.id)-sdf"), name: "\(district.name)s stadsdelsförvaltning",
                    kind: .administration))
            plan.metadata.owner?.administration = EntityID("\(district.id)-sdf")
            for index in plan.activities.indices {
                guard let status = district.statuses[plan.activities[index].id.rawValue] else { continue }
                plan.activities[index].statusLog = [
                    StatusEntry(date: try PartialDate(parsing: "2017-12-01"), status: status)
                ]
            }
            _ = try store.importPlan(plan)
        }
        workspace = Workspace(store: store)
    }

    static let stockholm = "stockholm-socialforvaltningen-2017-2018"

    static func status(_ op: ComparisonOperator, _ value: String) -> Condition {
        .comparison(field: "status", op: op, value: .text(value), location: .unknown)
    }

    @Test func theFollowUpOfEveryPlanCountsEachPlanAsItsOwnFollowUpDoes() throws {
        let overview = try workspace.followUpOverview()
        #expect(overview.plans.map(\.planID) == ["kungsholmen-2017-2018", "norrmalm-2017-2018", Self.stockholm])
        #expect(
            overview.plans.map(\.administration) == [
                "Kungsholmens stadsdelsförvaltning", "Norrmalms stadsdelsförvaltning", "Socialförvaltningen",
            ])
        #expect(overview.plans.map(\.title).first == "Handlingsplan för Kungsholmen")
        #expect(
            overview.plans.map(\.tally.summary).map { $0.map(\.count) } == [
                [0, 0, 0, 1, 1, 7], [0, 1, 1, 1, 0, 6], [0, 0, 0, 0, 0, 9],
            ])
        // Done and cancelled are never overdue, nor is a start reported as ongoing or postponed.
        #expect(overview.plans.map(\.tally.overdueCount) == [7, 6, 9])
        #expect(overview.total.activities == 27 && overview.total.overdueCount == 22)
        #expect(overview.total.summary.map(\.count) == [0, 1, 1, 2, 1, 22])
        for plan in overview.plans {
            try workspace.use(EntityReference(text: plan.planID))
            let single = try workspace.report(ReportRequest(.followUp, format: .json))
            let report = try JSONDecoder().decode(FollowUpReport.self, from: Data(single.utf8))
            #expect(report.summary == plan.tally.summary && report.overdueCount == plan.tally.overdueCount)
        }
    }

    @Test func theReportOfEveryPlanParsesAsCSVAndJSON() throws {
        let csv = try workspace.report(ReportRequest(.followUp, format: .csv, language: .en, plans: .all))
        #expect(
            csv.hasSuffix(
                "2017-2018,Handlingsplan mot våldsbejakande extremism 2017–2018,Socialförvaltningen,1,draft,9,0,0,0,0,0,9,9\r\nTotal,,,,,27,0,1,1,2,1,22,22\r\n"
            ))
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 5 && rows.allSatisfy { $0.count == 13 })
        #expect(
            rows[2].prefix(5) == [
                "norrmalm-2017-2018", "Handlingsplan för Norrmalm", "Norrmalms stadsdelsförvaltning", "1", "draft",
            ])
        let json = try workspace.report(ReportRequest(.followUp, format: .json, plans: .all))
        let overview = try JSONDecoder().decode(FollowUpOverview.self, from: Data(json.utf8))
        #expect(overview == (try workspace.followUpOverview()))
    }

    @Test func aDateThatHasPassedLeavesOutThePlansMadeSince() throws {
        let overview = try workspace.followUpOverview(asOf: try PartialDate(parsing: "2017-12-31"))
        #expect(overview.plans.isEmpty && overview.total.activities == 0)
    }

    @Test func onlyTheFollowUpReportsOnEveryPlanAndNotSinceAnEarlierOne() throws {
        let coverage = #expect(throws: WorkspaceError.self) {
            try workspace.report(ReportRequest(.coverage, plans: .all))
        }
        #expect(coverage?.code == .report)
        let since = #expect(throws: WorkspaceError.self) {
            try workspace.report(ReportRequest(.followUp, since: .changeSet(1), plans: .all))
        }
        #expect(since?.message.contains("--since compares two follow-ups of one plan") == true)
    }

    @Test func aQueryOfEveryPlanGivesEachRowItsPlan() throws {
        let postponed = try workspace.select(
            PlanQuery(.activities, where: Self.status(.equal, "senarelagd"), plans: .all))
        #expect(
            postponed.map { "\($0.plan?.rawValue ?? "")/\($0.id)" } == [
                "kungsholmen-2017-2018/kommunikationsplan", "norrmalm-2017-2018/fordjupad-analys",
            ])
        #expect(try workspace.count(.activities, where: Self.status(.equal, "postponed"), plans: .all) == 2)
        #expect(try workspace.count(.activities, plans: .all) == 27)
        #expect(try workspace.select(PlanQuery(.activities, where: Self.status(.equal, "postponed"))).isEmpty)
    }

    @Test func orderAndLimitApplyToTheWholeAnswerThePlansInOrderAmongEquals() throws {
        let ordered = try workspace.select(
            PlanQuery(.activities, orderBy: [SortKey(field: "id")], limit: 4, plans: .all))
        #expect(
            ordered.map(\.id) == ["bilda-arbetsgrupp", "bilda-arbetsgrupp", "bilda-arbetsgrupp", "fordjupad-analys"])
        #expect(
            ordered.map { $0.plan?.rawValue } == [
                "kungsholmen-2017-2018", "norrmalm-2017-2018", Self.stockholm, "kungsholmen-2017-2018",
            ])
        let first = try workspace.select(PlanQuery(.activities, limit: 11, plans: .all))
        #expect(first.map { $0.plan?.rawValue }.filter { $0 == "norrmalm-2017-2018" }.count == 2)
        #expect(first.count == 11)
        let named = try workspace.select(
            PlanQuery(
                .units, where: .comparison(field: "name", op: .contains, value: .text("origo"), location: .unknown),
                plans: .all))
        #expect(named.count == 3)
    }

    @Test func searchFindsTheTextInEveryPlan() throws {
        let found = try workspace.search("Origo", in: .all)
        #expect(
            Set(found.compactMap(\.plan?.rawValue)) == ["kungsholmen-2017-2018", "norrmalm-2017-2018", Self.stockholm])
        #expect(try workspace.search("Origo", in: .current).map(\.hit) == (try workspace.search("Origo")))
    }

    @Test func thePlanInUseIsAskedWithTheEditsOfItsOpenTransaction() throws {
        try workspace.begin()
        try workspace.perform(
            .log(
                EntityReference(text: "bilda-arbetsgrupp"), status: "postponed", note: nil, date: "2018-01-05", by: nil)
        )
        let postponed = try workspace.select(
            PlanQuery(.activities, where: Self.status(.equal, "postponed"), plans: .all))
        #expect(postponed.map { $0.plan?.rawValue } == ["kungsholmen-2017-2018", "norrmalm-2017-2018", Self.stockholm])
        #expect(try workspace.count(.activities, where: Self.status(.equal, "postponed"), plans: .all) == 3)
        #expect(try workspace.followUpOverview().total.summary.map(\.count) == [0, 1, 1, 3, 1, 21])
        _ = try workspace.rollback()
    }

    @Test func thePlansOfTheStoreAreNotInAPlan() {
        let error = #expect(throws: WorkspaceError.self) {
            try workspace.select(PlanQuery(.plans, plans: .all))
        }
        #expect(error?.message.contains("`list plans` lists every one of them") == true)
    }
}
