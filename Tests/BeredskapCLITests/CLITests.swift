import Foundation
import PostgreSQLTestSupport
import Synchronization
import Testing

/// Runs the built `beredskap` executable as a user would, and checks what it prints and returns.
struct Beredskap {
    typealias Result = Products.Result

    static let executable = Products.directory.appendingPathComponent("beredskap")

    /// Runs beredskap; unless `environment` names a store, on a store in memory, so tests never touch
    /// the user's default store.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: String? = nil
    ) throws -> Result {
        try runProduct(
            "beredskap", arguments, in: directory,
            environment: ["BEREDSKAP_STORE": ":memory:"].merging(environment) { $1 },
            input: input)
    }

    /// Makes the store at `path` (in `directory`) as any first command but `import` makes it: with
    /// the built-in Stockholm plan.
    static func makeStore(_ path: String = "s.sqlite", in directory: URL) throws {
        let made = try run(["--store", path, "plans"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
    }

    /// Runs an executable built with the package (beredskap, StoreStress).
    static func runProduct(
        _ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        try Products.run(name, arguments, in: directory, environment: environment, input: input)
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-cli-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct ExportAndValidateTests {
    @Test func exportValidateAndReExportAreByteIdentical() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try Beredskap.run(["export", "--format", "yaml"])
        #expect(exported.status == 0 && exported.stderr.isEmpty)
        try exported.stdout.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)

        let validated = try Beredskap.run(["validate", "a.yaml"], in: directory)
        #expect(validated.status == 0)
        #expect(validated.stdout.hasPrefix("a.yaml: ok"))

        let again = try Beredskap.run(["export", "--from", "a.yaml", "--format", "yaml"], in: directory)
        #expect(again.status == 0)
        #expect(again.stdout == exported.stdout)
    }

    @Test func jsonExportHasTheDocumentedShape() throws {
        let result = try Beredskap.run(["export", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plan = try #require(document["plan"] as? [String: Any])
        #expect(plan["id"] as? String == "stockholm-socialforvaltningen-2017-2018")
        #expect(plan["title"] as? String == "Handlingsplan mot våldsbejakande extremism 2017–2018")
        let units = try #require(document["units"] as? [[String: Any]])
        #expect(units.count == 23)
        #expect(units.filter { ($0["functions"] as? [String])?.contains("remedial") == true }.count == 6)
        #expect(
            (document["activities"] as? [[String: Any]])?.allSatisfy {
                $0["title"] != nil && $0["responsible"] != nil && $0["starts"] != nil
            } == true)
        #expect(
            (document["alarmPaths"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "via-socialjouren", "via-tib",
            ])
        #expect((document["definitions"] as? [Any])?.count == 3)
    }

    @Test func aPlanWithThreeProblemsIsRejectedWithAllThree() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = """
            formatVersion: 1
            plan:
              id: exempel
              title: Handlingsplan
            units:
              - id: mini-maria
                name: Mini Maria
                level: prevention
                functons: [detecting]
              - id: socialjouren
                name: Socialjouren
                level: intervention
                functions: [detecting, remedia]
            roles:
              - id: sof-samordnare
                title: Samordnare
            activities:
              - id: arbetsgrupp
                title: Bildande av arbetsgrupp
                responsible: [sof-samordnar]
                starts: '2017-08'
            """
        try plan.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["validate", "plan.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                plan.yaml:9:5: error: unknown key 'functons' in a unit; did you mean 'functions'?
                plan.yaml:13:28: error: unknown function 'remedia'; did you mean 'remedial'?
                plan.yaml:20:19: error: unknown actor 'sof-samordnar'; did you mean 'sof-samordnare'?
                3 errors in 1 of 1 file

                """)

        let export = try Beredskap.run(["export", "--from", "plan.yaml"], in: directory)
        #expect(export.status == 1)
        #expect(export.stdout.isEmpty, "nothing is exported from an invalid file")
        #expect(export.stderr.hasSuffix("plan.yaml: not used: fix the errors above, then try again\n"))
    }

    @Test func validateChecksEveryFileAndReportsMissingOnes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try Beredskap.run(["export"]).stdout
        try good.write(to: directory.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["validate", "good.yaml", "missing.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("good.yaml: ok"))
        #expect(result.stderr.hasPrefix("missing.yaml:1:1: error: cannot read the file"))
    }

    @Test func validateWritesJSONDiagnosticsForTools() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "formatVersion: 1\nplan:\n  id: x\n  titel: T\n".write(
            to: directory.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["validate", "--format", "json", "p.yaml"], in: directory)
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["line"] as? Int == 4 && entries.first?["column"] as? Int == 3)
        #expect(entries.first?["code"] as? String == "unknown-key")
    }
}

@Suite struct CommandLineTests {
    @Test(arguments: [
        ["--format", "json", "export"], ["export", "--format", "json"], ["export", "--format=json"],
    ])
    func globalOptionsWorkBeforeAndAfterTheSubcommand(arguments: [String]) throws {
        let result = try Beredskap.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"formatVersion\": 1,"))
    }

    @Test func storeIsAcceptedInEveryPosition() throws {
        for arguments in [
            ["--store", ":memory:", "validate", "x.yaml"], ["validate", "x.yaml", "--store", ":memory:"],
        ] {
            let result = try Beredskap.run(arguments)
            #expect(result.status == 1, "parsed, then failed on the missing file")
            #expect(result.stderr.contains("x.yaml:1:1: error: cannot read the file"))
        }
    }

    @Test func usageErrorsExitWithTwoAndSayWhatToDo() throws {
        let format = try Beredskap.run(["export", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.hasPrefix("Error: Unknown format 'xml'; use one of: yaml, json."))

        let command = try Beredskap.run(["valdate", "plan.yaml"])
        #expect(command.status == 2)
        #expect(command.stderr.hasPrefix("Error: Unknown command 'valdate'. Did you mean 'validate'?"))

        let option = try Beredskap.run(["export", "--formt", "json"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("Unknown option '--formt'"))
    }

    @Test func anUnknownPlanIDIsAnErrorWithTheIDsThatExist() throws {
        let result = try Beredskap.run(["export", "--plan", "stockholm-socialforvaltningen-2017"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("did you mean 'stockholm-socialforvaltningen-2017-2018'?"))
    }

    @Test func summaryOverviewsTheBuiltInPlan() throws {
        let result = try Beredskap.run(["summary"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Handlingsplan mot våldsbejakande extremism 2017–2018\n"))
        #expect(result.stdout.contains("åtgärdande (remedial): 6"))
    }

    @Test func helpGoesToStandardOutputAndSucceeds() throws {
        let result = try Beredskap.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("validate"))
        #expect(result.stdout.contains("export"))
    }
}

@Suite struct SummaryTests {
    /// The built-in plan's file with two focus areas added, in a new directory.
    static func planWithFocusAreas() throws -> URL {
        let directory = try temporaryDirectory()
        let exported = try Beredskap.run(["export"])
        try #require(exported.status == 0)
        let file = directory.appendingPathComponent("plan.yaml")
        try
            (exported.stdout
            + "focusAreas:\n  - id: omrade-samverkan\n    number: 1\n    title: Samverkan\n"
            + "  - id: omrade-kunskap\n    number: 2\n    title: Kunskapshöjande insatser\n")
            .write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theTextNamesFocusAreasAndHowToExportThePlanShown() throws {
        let file = try Self.planWithFocusAreas()
        let fromFile = try Beredskap.run(["summary", "--from", file.path])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(
            fromFile.stdout.contains(
                "Focus areas (2):\n  1 Samverkan (omrade-samverkan)\n  2 Kunskapshöjande insatser (omrade-kunskap)\n"))
        #expect(fromFile.stdout.hasSuffix("add it to the store with: beredskap import \(file.path)\n"))

        let store = file.deletingLastPathComponent().appendingPathComponent("store.sqlite").path
        let other = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "id: stockholm-socialforvaltningen-2017-2018", with: "id: annan-plan")
        try other.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Beredskap.run(["--store", store, "import", file.path]).status == 0)
        let fromStore = try Beredskap.run(["--store", store, "summary", "--plan", "annan-plan"])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(fromStore.stdout.hasSuffix("Export it with: beredskap export --plan annan-plan --format yaml\n"))
        // A store made by the import holds that plan alone: it is the one a summary shows.
        #expect(try Beredskap.run(["--store", store, "summary"]).stdout.contains("Focus areas (2):\n"))
    }

    @Test func jsonCarriesTheSameOverview() throws {
        let result = try Beredskap.run(["summary", "--from", try Self.planWithFocusAreas().path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "stockholm-socialforvaltningen-2017-2018")
        #expect((object["units"] as? [String: Any])?["remedial"] as? Int == 6)
        #expect((object["units"] as? [String: Any])?["count"] as? Int == 23)
        let areas = try #require(object["focusAreas"] as? [[String: Any]])
        #expect(areas.map { $0["title"] as? String } == ["Samverkan", "Kunskapshöjande insatser"])
        #expect((object["alarmPaths"] as? [[String: Any]])?.count == 2)
        #expect((object["period"] as? [String: Any])?["start"] as? String == "2017")
    }

    @Test func anUnknownFormatNamesTheOnesThereAre() throws {
        let result = try Beredskap.run(["summary", "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown format 'csv'; use one of: terminal, json."))
    }
}
