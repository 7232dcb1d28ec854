import Foundation
import Testing

/// `--all-plans` as one-shot commands on a store file of three administrations' plans: the built-in
/// one and two copies exported, renamed and imported, each edited to its own owner and statuses.
@Suite struct AllPlansCommandTests {
    let directory: URL
    let store: String

    init() throws {
        directory = try temporaryDirectory()
        store = directory.appendingPathComponent("stad.sqlite").path
        let exported = try Beredskap.run(["--store", store, "export", "--format", "yaml"]).stdout
        let edits: [String: [String]] = [
            "sodermalm": ["log fordjupad-analys postponed on 2017-12-01", "log bilda-arbetsgrupp done on 2017-08-30"],
            "vasastan": ["log kommunikationsplan pågående on 2017-12-01"],
        ]
        for (district, statuses) in edits.sorted(by: { $0.key < $1.key }) {
            let file = directory.appendingPathComponent("\(district).yaml")
            try exported.replacingOccurrences(of: "stockholm-socialforvaltningen-2017-2018", with: district)
                .write(to: file, atomically: true, encoding: .utf8)
            #expect(try Beredskap.run(["--store", store, "import", file.path]).status == 0)
            let owner = [
                "add organization \(district)-sdf name = '\(district.capitalized) stadsdelsförvaltning' kind = administration",
                "set plan \(district) title = 'Plan för \(district.capitalized)' owner = {administration = \(district)-sdf}",
            ]
            let result = try Beredskap.run(
                ["--store", store, "--plan", district, "-1"] + (owner + statuses).flatMap { ["-c", $0] })
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    func beredskap(_ arguments: String...) throws -> Beredskap.Result {
        let result = try Beredskap.run(["--store", store] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test func theReportOfEveryPlanAsCSVEndsWithOneCRLF() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = try beredskap("report", "followup", "--all-plans", "--format", "csv").stdout
        #expect(csv.utf8.suffix(2).elementsEqual("\r\n".utf8) && !csv.utf8.suffix(3).elementsEqual("\n\r\n".utf8))
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.count == 6 && records.last == "")
        #expect(records[1] == "sodermalm,Plan för Sodermalm,Sodermalm stadsdelsförvaltning,1,utkast,9,0,0,1,1,0,7,7")
        #expect(
            records[3].hasPrefix("vasastan,Plan för Vasastan,Vasastan stadsdelsförvaltning,1,utkast,9,0,1,0,0,0,8,"))
        #expect(records[4] == "Totalt,,,,,27,0,1,1,1,0,24,24")
        let file = directory.appendingPathComponent("stad.csv")
        _ = try beredskap("report", "followup", "--all-plans", "--format", "csv", "--out", file.path)
        #expect(try Data(contentsOf: file) == Data(csv.utf8))
    }

    @Test func theReportOfEveryPlanAsJSONInEnglish() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try beredskap("report", "followup", "--all-plans", "--format", "json").stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let plans = try #require(document["plans"] as? [[String: Any]])
        #expect(
            plans.map { $0["planID"] as? String } == [
                "sodermalm", "stockholm-socialforvaltningen-2017-2018", "vasastan",
            ])
        #expect(plans.map { $0["administration"] as? String }.first == "Sodermalm stadsdelsförvaltning")
        let terminal = try beredskap("report", "followup", "--all-plans", "--lang", "en").stdout
        #expect(terminal.hasPrefix("Follow-up\nEvery plan in the store\n"))
        #expect(terminal.contains("Total") && terminal.contains("Overdue"))
    }

    @Test func listAndSearchOfEveryPlanAsOneShotCommands() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let postponed = try beredskap("-c", "list activities where status = postponed --all-plans", "--format", "csv")
        #expect(
            postponed.stdout.hasPrefix("plan,id,name,responsible,starts,followUp,status\nsodermalm,fordjupad-analys,"))
        #expect(postponed.stdout.split(separator: "\n").count == 2)
        let found = try beredskap("-c", "search kommunikationsplan --all-plans", "--format", "json").stdout
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(found.utf8)) as? [[String: Any]])
        #expect(
            Set(hits.compactMap { $0["plan"] as? String }) == [
                "sodermalm", "stockholm-socialforvaltningen-2017-2018", "vasastan",
            ])
        #expect(try beredskap("-c", "count activities where status = done --all-plans").stdout == "1\n")
        let refused = try Beredskap.run(["--store", store, "report", "alarmlist", "--all-plans"])
        #expect(refused.status == 1 && refused.stderr.contains("only `report followup` takes --all-plans"))
    }
}
