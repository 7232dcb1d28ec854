import Foundation
import Testing

/// `beredskap plans` and its subcommands, and a store made by `import`, as an administration that
/// adopts the tool for its own plan uses them.
@Suite struct PlansCommandTests {
    static let stockholm = "stockholm-socialforvaltningen-2017-2018"

    /// The built-in plan's file under another id, in a new directory, with the store's path beside it.
    static func otherPlan() throws -> (file: String, store: String) {
        let directory = try temporaryDirectory()
        let exported = try Beredskap.run(["export"])
        try #require(exported.status == 0)
        let file = directory.appendingPathComponent("egen.yaml").path
        try exported.stdout.replacingOccurrences(of: "id: \(stockholm)", with: "id: egen-plan")
            .write(toFile: file, atomically: true, encoding: .utf8)
        return (file, directory.appendingPathComponent("store.sqlite").path)
    }

    @Test func aStoreMadeByImportHoldsTheImportedPlanAlone() throws {
        let (file, store) = try Self.otherPlan()
        let imported = try Beredskap.run(["--store", store, "import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "created plan 'egen-plan' (change set #1)\n")
        let plans = try Beredskap.run(["--store", store, "plans", "--format", "csv"])
        #expect(
            plans.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) } == ["egen-plan"])
        let summary = try Beredskap.run(["--store", store, "summary"])
        #expect(summary.stdout.hasSuffix("beredskap export --plan egen-plan --format yaml\n"))
    }

    @Test func theDemoIsMadeDefaultRemovedAndRestoredWithoutLosingIt() throws {
        let (file, store) = try Self.otherPlan()
        #expect(try Beredskap.run(["--store", store, "plans"]).status == 0)  // made with the demo
        #expect(try Beredskap.run(["--store", store, "import", file]).status == 0)
        let before = try Beredskap.run(["--store", store, "export", "--plan", Self.stockholm]).stdout

        let made = try Beredskap.run(["--store", store, "plans", "default", "egen-plan"])
        #expect(made.stdout == "'egen-plan' is the default plan now (it was '\(Self.stockholm)').\n")
        #expect(try Beredskap.run(["--store", store, "summary"]).stdout.contains("--plan egen-plan"))

        let removed = try Beredskap.run(["--store", store, "--author", "anna", "plans", "remove", Self.stockholm])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("Archived plan '\(Self.stockholm)' (version 1, change set #"))
        let listed = try Beredskap.run(["--store", store, "plans", "--format", "csv"]).stdout
        #expect(!listed.contains(Self.stockholm))
        let followUp = try Beredskap.run(["--store", store, "report", "followup", "--all-plans", "--format", "csv"])
        #expect(followUp.status == 0, "\(followUp.stderr)")
        #expect(followUp.stdout.contains("egen-plan") && !followUp.stdout.contains(Self.stockholm))
        let archived = try Beredskap.run(["--store", store, "plans", "--archived", "--format", "csv"]).stdout
        #expect(archived.hasPrefix("id,name,version,status,archived,by,owner\n\(Self.stockholm),"))
        #expect(archived.contains(",anna,socialforvaltningen"))

        let named = try Beredskap.run(["--store", store, "export", "--plan", Self.stockholm])
        #expect(named.status == 1)
        #expect(named.stderr.contains("was removed on"))
        #expect(named.stderr.contains("`beredskap plans restore \(Self.stockholm)` brings it back"))

        let restored = try Beredskap.run(["--store", store, "plans", "restore", Self.stockholm])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try Beredskap.run(["--store", store, "export", "--plan", Self.stockholm]).stdout == before)
    }

    @Test func anUnknownPlanIsNamedWithTheOnesThereAre() throws {
        for command in ["default", "remove", "restore"] {
            let result = try Beredskap.run(["plans", command, "stockholm"])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("no plan 'stockholm'"), "\(command): \(result.stderr)")
        }
        let missing = try Beredskap.run(["plans", "remove"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '<id>'"))
    }
}
