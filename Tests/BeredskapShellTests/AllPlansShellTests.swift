import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// `--all-plans` in the REPL, on a city's store of three administrations' plans: what the central
/// coordinator sees.
@Suite struct AllPlansShellTests {
    let shell: TestShell

    /// The built-in plan, and two copies of it that the shell itself makes other administrations':
    /// their own title and owner, and statuses logged at follow-up.
    init() throws {
        let store = try PlanStore.open(.memory)
        let file = try PlanFileWriter.text(for: BuiltInPlans.stockholm(), format: .yaml)
        for id in ["kungsholmen", "norrmalm"] {
            let copy = file.replacingOccurrences(
                of: "id: stockholm-socialforvaltningen-2017-2018", with: "id: \(id)-2017-2018")
            _ = try store.importPlan(try PlanFileReader.read(copy, file: "\(id).yaml").validPlan())
        }
        shell = try TestShell(store: store)
        let districts = [
            (
                "kungsholmen", "Kungsholmen",
                "log kommunikationsplan postponed on 2017-12-01; log organisationsmodell cancelled on 2017-12-01"
            ),
            (
                "norrmalm", "Norrmalm",
                "log bilda-arbetsgrupp done on 2017-08-30; log fordjupad-analys senarelagd on 2017-12-01; log utbildningsplan ongoing on 2017-12-01"
            ),
        ]
        for (id, name, statuses) in districts {
            shell.run("use \(id)-2017-2018")
            shell.run(
                """
                add organization \(id)-sdf name = '\(name)s stadsdelsförvaltning' kind = administration
                set plan \(id)-2017-2018 title = 'Handlingsplan för \(name)' owner = {city = 'Stockholms stad', administration = \(id)-sdf}
                \(statuses)
                """)
        }
        shell.run("use stockholm-socialforvaltningen-2017-2018")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    /// The lines of CSV, each without its CRLF.
    static func records(_ csv: String) -> [String] {
        csv.components(separatedBy: "\r\n").dropLast()
    }

    @Test func theFollowUpOfEveryPlanIsARowAPlanAndTheTotalInCSV() throws {
        let csv = shell.run("report followup --all-plans --format csv")
        #expect(csv.hasSuffix("\r\n") && !csv.hasSuffix("\n\r\n") && !csv.hasSuffix("\r\n\n"))
        #expect(
            Self.records(csv) == [
                "Plan,Titel,Förvaltning,Version,Planens status,Aktiviteter,Planerad,Pågående,Genomförd,Senarelagd,"
                    + "Avbruten,Ingen status rapporterad,Försenade åtgärder",
                "kungsholmen-2017-2018,Handlingsplan för Kungsholmen,Kungsholmens stadsdelsförvaltning,1,utkast,9,0,0,0,1,1,7,7",
                "norrmalm-2017-2018,Handlingsplan för Norrmalm,Norrmalms stadsdelsförvaltning,1,utkast,9,0,1,1,1,0,6,6",
                "stockholm-socialforvaltningen-2017-2018,Handlingsplan mot våldsbejakande extremism 2017–2018,"
                    + "Socialförvaltningen,1,utkast,9,0,0,0,0,0,9,9",
                "Totalt,,,,,27,0,1,1,2,1,22,22",
            ])
        let english = shell.run("report followup --all-plans --format csv --lang en")
        #expect(Self.records(english).last == "Total,,,,,27,0,1,1,2,1,22,22")
        #expect(english.hasPrefix("Plan,Title,Administration,Version,Plan status,Activities,Planned,Ongoing,Done,"))
    }

    @Test func theJSONHasEachPlansCountsAndTheTotal() throws {
        let json = shell.run("report followup --all-plans --format json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let plans = try #require(document["plans"] as? [[String: Any]])
        #expect(
            plans.map { $0["planID"] as? String } == [
                "kungsholmen-2017-2018", "norrmalm-2017-2018", "stockholm-socialforvaltningen-2017-2018",
            ])
        let counts = plans.map { plan in
            ((plan["tally"] as? [String: Any])?["summary"] as? [[String: Any]])?.map { $0["count"] as? Int }
        }
        #expect(counts == [[0, 0, 0, 1, 1, 7], [0, 1, 1, 1, 0, 6], [0, 0, 0, 0, 0, 9]])
        #expect(plans.map { ($0["tally"] as? [String: Any])?["overdueCount"] as? Int } == [7, 6, 9])
        let total = try #require(document["total"] as? [String: Any])
        #expect(total["activities"] as? Int == 27 && total["overdueCount"] as? Int == 22)
    }

    @Test(arguments: ["terminal", "markdown", "html"])
    func everyFormatNamesEveryPlanAndTheTotal(format: String) {
        let text = shell.run("report followup --all-plans --format \(format)")
        // The terminal wraps a long name within its column: its first word is on the row.
        for id in ["kungsholmen-2017-2018", "norrmalm-2017-2018", "Kungsholmens", "Totalt"] {
            #expect(text.contains(id), "\(id) in \(format)")
        }
        #expect(shell.errors.isEmpty)
    }

    @Test func listOfEveryPlanNamesThePlanOfEachRow() {
        #expect(
            shell.run("list activities where status = postponed --all-plans")
                == "plan,id,name,responsible,starts,followUp,status\n"
                + "kungsholmen-2017-2018,kommunikationsplan,Ta fram kommunikationsplan för spridning av aktuell "
                + "omvärldsbevakning,sof-samordnare,2017,ordinary,postponed\n"
                + "norrmalm-2017-2018,fordjupad-analys,Fördjupad analys av förvaltningens verksamheter,"
                + "\"sof-samordnare, forvaltningsovergripande-arbetsgrupp\",2017-09-01,ordinary,postponed\n")
        #expect(shell.run("list activities where status = postponed") == "id,name,responsible,starts,followUp,status\n")
        #expect(shell.run("count activities where status = senarelagd --all-plans") == "2\n")
        #expect(shell.run("count activities --all-plans") == "27\n")
    }

    @Test func orderLimitAndTheOutputModesWorkOverEveryPlan() throws {
        #expect(
            shell.run("list activities --all-plans where status != null order by status desc, id limit 3")
                == "plan,id,name,responsible,starts,followUp,status\n"
                + "norrmalm-2017-2018,fordjupad-analys,Fördjupad analys av förvaltningens verksamheter,"
                + "\"sof-samordnare, forvaltningsovergripande-arbetsgrupp\",2017-09-01,ordinary,postponed\n"
                + "kungsholmen-2017-2018,kommunikationsplan,Ta fram kommunikationsplan för spridning av aktuell "
                + "omvärldsbevakning,sof-samordnare,2017,ordinary,postponed\n"
                + "norrmalm-2017-2018,utbildningsplan,Etablera utbildningsplan för särskilt berörd personal inom "
                + "förvaltningen,\"sof-samordnare, sof-forvaltningsledning\",2017,ordinary,ongoing\n")
        shell.session.mode = .json
        let json = shell.run("list units where name ~ origo --all-plans")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(
            rows.map { $0["plan"] as? String } == [
                "kungsholmen-2017-2018", "norrmalm-2017-2018", "stockholm-socialforvaltningen-2017-2018",
            ])
        #expect(rows.allSatisfy { $0["id"] as? String == "origo" })
        shell.session.mode = .markdown
        #expect(shell.run("list units where name ~ origo --all-plans limit 1").hasPrefix("| plan "))
    }

    @Test func searchOfEveryPlanGivesEachHitItsPlan() throws {
        shell.session.mode = .json
        let found = shell.run("search kommunikationsplan --all-plans")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(found.utf8)) as? [[String: Any]])
        #expect(
            Set(hits.compactMap { $0["plan"] as? String }) == [
                "kungsholmen-2017-2018", "norrmalm-2017-2018", "stockholm-socialforvaltningen-2017-2018",
            ])
        #expect(hits.count == 3 * (try shell.session.workspace.search("kommunikationsplan").count))
        shell.session.mode = .csv
        #expect(shell.run("search kommunikationsplan").hasPrefix("kind,id,field,text\n"))
    }

    @Test func whatEveryPlanCannotAnswerIsAnErrorAtItsPlace() {
        #expect(shell.run("list activities where status = delayed --all-plans").isEmpty)
        #expect(shell.errors.last?.hasPrefix("t:1:32: error: unknown status 'delayed'") == true)
        #expect(shell.run("list plans --all-plans").isEmpty)
        #expect(shell.errors.last?.hasPrefix("t:1:12: error: the plans are the store's, not a plan's") == true)
        #expect(shell.run("report coverage --all-plans").isEmpty)
        #expect(shell.errors.last?.hasPrefix("t:1:17: error: only `report followup` takes --all-plans") == true)
    }

    @Test func explainSaysTheStatementRunsInEachPlan() {
        let explained = shell.run("explain count activities where status = postponed --all-plans")
        #expect(explained.contains("plans:     the statement runs in each of the store's 3 plans"))
    }
}
