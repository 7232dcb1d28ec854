import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// `drill scenarios`: the built-in scenarios as a result table, in every output mode, and what it
/// says on a plan they are not written for.
@Suite struct DrillScenariosTests {
    @Test func theTableListsEveryBuiltInScenarioWithItsEventInThePlansTimeZone() throws {
        let shell = try TestShell()
        let lines = shell.run("drill scenarios").split(separator: "\n").map(String.init)
        #expect(lines.first == "name,title,path,event,injects,objectives")
        #expect(lines.count == 5, "\(lines)")
        #expect(
            lines.contains(
                "midsommar-tib,Larm via TIB en midsommaraftonsnatt,via-tib,2018-06-22 23:40 CEST (+02:00),8,"
                    + "\"stadsdirektor-30, sof-direktor-45\""), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("bench-night,Larm via Socialjouren en lördagsnatt,via-socialjouren,") })
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        let box = shell.run("drill scenarios --format box")
        for name in ["bench-night", "midsommar-tib", "kontorstid-socialjouren", "mediatryck"] {
            #expect(box.contains("│ \(name) "), "\(box)")
        }
        #expect(box.contains("2018-04-18 10:15 CEST (+02:00)"))
    }

    @Test func jsonGivesOneObjectPerScenarioWithTheObjectivesAsAList() throws {
        let shell = try TestShell()
        let json = shell.run("drill scenarios --format json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(
            rows.map { $0["name"] as? String } == [
                "bench-night", "midsommar-tib", "kontorstid-socialjouren", "mediatryck",
            ])
        let media = try #require(rows.first { $0["name"] as? String == "mediatryck" })
        #expect(media["path"] as? String == "via-tib")
        #expect(media["injects"] as? Int == 9)
        #expect(media["objectives"] as? [String] == ["stadsdirektor-20", "sof-direktor-30"])
        #expect(media["event"] as? String == "2018-10-16 08:20 CEST (+02:00)")
    }

    /// Scenarios written for the Stockholm plan would fail at `drill start` on another plan: they are
    /// not listed, and a note says so.
    @Test func onAnotherPlanTheScenariosAreNotListedAndANoteSaysWhy() throws {
        let store = try PlanStore.open(.memory)
        var own = try BuiltInPlans.stockholm()
        own.metadata.id = "egen-plan"
        try store.create(own)
        let shell = try TestShell(store: store)
        shell.run("plans default egen-plan")
        #expect(shell.run("drill scenarios") == "name,title,path,event,injects,objectives\n")
        #expect(shell.errors.count == 4, "\(shell.errors)")
        #expect(
            shell.errors.first
                == "note: the built-in scenario 'bench-night' is not listed: plan 'egen-plan' cannot play it "
                + "(the scenario is written for plan 'stockholm-socialforvaltningen-2017-2018', not 'egen-plan')")
    }

    /// Each plays in the shell from `drill start` to `report drill`, and simulates.
    @Test(arguments: ["midsommar-tib", "kontorstid-socialjouren", "mediatryck"])
    func eachPlaysFromStartToReport(_ name: String) throws {
        let shell = try TestShell()
        let played = shell.run(
            "drill start \(name) --id ovning --by Kim\ndrill next\ndrill advance 30m\ndrill status\ndrill end")
        #expect(played.contains("Övningen avslutas vid minut 30,0"), "\(played)")
        #expect(played.contains("Reservinspel"), "nobody acted on inject 1: \(played)")
        let report = shell.run("report drill ovning --format markdown")
        #expect(report.contains("(\(name))"), "\(report)")
        #expect(shell.run("drill simulate \(name) --runs 1000 --seed 1").hasPrefix("id,titel,p50,p90"))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func theNamesCompleteAfterDrillStartRunAndSimulate() {
        let completion = CompletionTests.completion
        #expect(completion.complete("drill start mid").candidates == ["midsommar-tib"])
        #expect(completion.complete("drill run med").candidates == ["mediatryck"])
        #expect(completion.complete("drill simulate ko").candidates == ["kontorstid-socialjouren"])
        #expect(completion.complete("drill sc").candidates == ["scaffold", "scenarios"])
    }
}
