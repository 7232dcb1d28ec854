import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// The follow-up of every plan: each plan's counts are the follow-up report's own, and every format
/// shows the same table.
@Suite struct FollowUpOverviewTests {
    /// The shipped plan and the one with follow-ups logged, as two administrations' plans.
    static func overview() throws -> FollowUpOverview {
        let plain = try Fixtures.stockholm()
        let logged = try Fixtures.stockholmLogged()
        return FollowUpOverview(
            plans: [
                .init(
                    planID: "a-plan", title: plain.metadata.title, administration: "Socialförvaltningen", version: 1,
                    status: "draft", activities: plain.allActivities, asOf: Fixtures.asOf),
                .init(
                    planID: "b-plan", title: "Plan, med | och *", administration: nil, version: 3,
                    status: "approved", activities: logged.allActivities, asOf: Fixtures.asOf),
            ], asOf: Fixtures.asOf, language: "sv")
    }

    @Test func eachPlanIsCountedAsItsFollowUpReportCountsIt() throws {
        let overview = try Self.overview()
        for (plan, row) in zip([try Fixtures.stockholm(), try Fixtures.stockholmLogged()], overview.plans) {
            let report = FollowUpReport(plan: plan, asOf: Fixtures.asOf)
            #expect(row.tally.summary == report.summary)
            #expect(row.tally.overdueCount == report.overdueCount)
            #expect(row.tally.activities == report.activities.count)
        }
        #expect(overview.plans[1].tally.summary.map(\.count) == [1, 1, 1, 1, 0, 5])
        #expect(overview.total.activities == 18)
        #expect(
            overview.total.summary.map(\.count)
                == zip(overview.plans[0].tally.summary, overview.plans[1].tally.summary).map { $0.count + $1.count })
        #expect(overview.total.overdueCount == overview.plans.map(\.tally.overdueCount).reduce(0, +))
    }

    @Test func csvIsOneRowAPlanAndTheTotalEndingInOneCRLF() throws {
        let overview = try Self.overview()
        let csv = try ReportRenderer().render(.followUpOverview(overview), format: .csv)
        #expect(csv.hasSuffix("\r\n") && !csv.hasSuffix("\r\n\r\n") && !csv.hasSuffix("\r\n\n"))
        let lines = csv.dropLast(2).components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "Plan,Titel,Förvaltning,Version,Planens status,Aktiviteter,Planerad,Pågående,Genomförd,Senarelagd,"
                + "Avbruten,Ingen status rapporterad,Försenade åtgärder")
        #expect(lines.count == 4)
        let overdue = overview.plans.map { String($0.tally.overdueCount) }
        #expect(lines[2] == "b-plan,\"Plan, med | och *\",,3,godkänd,9,1,1,1,1,0,5,\(overdue[1])")
        #expect(lines[3].hasPrefix("Totalt,,,,,18,"))
        let english = try ReportRenderer().render(.followUpOverview(overview), format: .csv, language: .en)
        #expect(english.hasPrefix("Plan,Title,Administration,Version,Plan status,Activities,Planned,Ongoing,Done,"))
        #expect(english.contains("\r\nb-plan,\"Plan, med | och *\",,3,approved,9,"))
    }

    @Test func jsonHasEveryPlanAndTheTotal() throws {
        let overview = try Self.overview()
        let json = try ReportRenderer().render(.followUpOverview(overview), format: .json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["asOf"] as? String == "2018-04-30")
        let plans = try #require(document["plans"] as? [[String: Any]])
        #expect(plans.map { $0["planID"] as? String } == ["a-plan", "b-plan"])
        #expect(plans[0]["administration"] as? String == "Socialförvaltningen")
        let tally = try #require(plans[1]["tally"] as? [String: Any])
        let summary = try #require(tally["summary"] as? [[String: Any]])
        #expect(summary.map { $0["count"] as? Int } == [1, 1, 1, 1, 0, 5])
        #expect(
            summary.map { $0["status"] as? String } == ["planned", "ongoing", "done", "postponed", "cancelled", nil])
        let total = try #require(document["total"] as? [String: Any])
        #expect(total["activities"] as? Int == 18)
        #expect(total["overdueCount"] as? Int == overview.total.overdueCount)
    }

    @Test(arguments: [ReportFormat.terminal, .markdown, .html])
    func theTemplatedFormatsShowTheSameTable(format: ReportFormat) throws {
        let overview = try Self.overview()
        let table = FollowUpOverviewTable(overview, language: .sv)
        let text = try ReportRenderer().render(.followUpOverview(overview), format: format)
        for heading in table.headings where format != .terminal { #expect(text.contains(heading), "\(heading)") }
        // The terminal wraps long cells within their column: their words are there, lines apart.
        for cell in table.rows.joined() + table.total where !cell.isEmpty && !cell.contains("|") && !cell.contains("*")
        {
            let parts = format == .terminal ? cell.split(separator: " ").map(String.init) : [cell]
            #expect(parts.allSatisfy { text.contains($0) }, "\(cell) in \(format)")
        }
        #expect(text.contains("Alla planer i lagret"))
        let english = try ReportRenderer().render(.followUpOverview(overview), format: format, language: .en)
        #expect(english.contains("Every plan in the store") && english.contains("Total"))
    }

    @Test func markdownIsAPipeTableWithTheTotalInBold() throws {
        let markdown = try ReportRenderer().render(.followUpOverview(try Self.overview()), format: .markdown)
        #expect(markdown.contains("| b-plan | Plan, med \\| och \\* |  | 3 | godkänd | 9 | 1 | 1 | 1 | 1 | 0 | 5 |"))
        #expect(markdown.contains("| **Totalt** |  |  |  |  | **18** |"))
        #expect(markdown.contains("|---|---|---|--:|---|--:|"))
    }

    @Test func aStoreWithoutPlansHasATotalOfNothing() throws {
        let empty = FollowUpOverview(plans: [], asOf: Fixtures.asOf, language: "en")
        #expect(empty.total.summary.map(\.count) == [0, 0, 0, 0, 0, 0])
        let csv = try ReportRenderer().render(.followUpOverview(empty), format: .csv)
        #expect(csv.hasSuffix("\r\nTotal,,,,,0,0,0,0,0,0,0,0\r\n"))
        let terminal = try ReportRenderer().render(.followUpOverview(empty), format: .terminal)
        #expect(terminal.contains("Plans: 0") && terminal.contains("Total"))
    }
}
