import Foundation
import Testing

/// The lifecycle commands follow the decision chain a plan declares, as a coordinator of another
/// administration would use them.
@Suite struct DecisionChainCommandTests {
    static let plan = """
        formatVersion: 1
        plan:
          id: vasteras
          title: Handlingsplan mot våldsbejakande extremism
          owner: {city: Västerås stad, board: Kommunstyrelsen}
          approvals:
          - action: referred
            body: Kommunstyrelsen
          - action: reviewed
            body: Mälardalens universitet
          - action: adopted
            body: Kommunstyrelsen
          - action: approved
            body: Kommunfullmäktige
          - action: published
            body: Stadsledningskontoret

        """

    @Test func eachDecisionIsRecordedInTheChainsOrderAndTheReportsShowWhereThePlanStands() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.plan.write(to: directory.appendingPathComponent("vasteras.yaml"), atomically: true, encoding: .utf8)
        let store = ["BEREDSKAP_STORE": "s.sqlite"]
        let run = { (arguments: [String]) in try Beredskap.run(arguments, in: directory, environment: store) }
        #expect(try run(["import", "vasteras.yaml"]).status == 0)

        let early = try run(["adopt", "--date", "2019-05-02"])
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "beredskap: plan 'vasteras' expects it to be referred by Kommunstyrelsen first; record that (`beredskap refer`), or take it out of the plan's approvals\n"
        )
        let noBodies = try run(["refer", "--date", "2019-02-01"])
        #expect(noBodies.status == 1 && noBodies.stderr.contains("beredskap refer --to BODY --date 2019-02-01"))

        let referred = try run([
            "refer", "--date", "2019-02-01", "--to", "Stadsdelsnämnderna", "--to", "Polismyndigheten", "--deadline",
            "2019-04-15", "--diary-number", "KS 2019/12",
        ])
        #expect(referred.status == 0 && referred.stdout.hasPrefix("vasteras v1: referred 2019-02-01 (change set #"))
        #expect(try run(["review", "--date", "2019-04-20"]).status == 0)
        let middle = try run(["report", "plan", "--format", "md"])
        #expect(middle.stdout.contains("Behandlad av Kommunstyrelsen, väntar"), "\(middle.stdout)")
        #expect(try run(["adopt", "--date", "2019-05-02"]).status == 0)
        let approved = try run([
            "approve", "--date", "2019-06-10", "--condition", "Att uppföljningen redovisas årligen",
        ])
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(try run(["publish", "--date", "2019-07-01"]).status == 0)
        #expect(try run(["plans", "--format", "csv"]).stdout.contains("approved"))

        let document = try run(["report", "plan", "--format", "md"]).stdout
        for line in [
            "Remitterad av Kommunstyrelsen till Stadsdelsnämnderna, Polismyndigheten, 1 februari 2019, svar senast 15 april 2019, Dnr KS 2019/12",
            "Godkänd av Kommunfullmäktige, 10 juni 2019, villkor: Att uppföljningen redovisas årligen",
            "Publicerad av Stadsledningskontoret, 1 juli 2019",
        ] {
            #expect(document.contains(line), "\(line)")
        }
        let summary = try run(["summary", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(
            decisions.map { $0["action"] as? String } == ["referred", "reviewed", "adopted", "approved", "published"])
        #expect(decisions.allSatisfy { $0["taken"] as? Bool == true })
        #expect(try run(["summary"]).stdout.contains("approved by Kommunfullmäktige 2019-06-10 on condition:"))

        // The next version goes through the chain again.
        #expect(try run(["revise"]).status == 0)
        #expect(
            try run(["report", "plan"]).stdout.contains(
                "Remitterad av Kommunstyrelsen till Stadsdelsnämnderna, Polismyndigheten, väntar"))
    }
}
