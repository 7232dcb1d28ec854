import Foundation
import Testing

/// Scenario files through the built executable: `beredskap validate` checks them against the plan,
/// `beredskap drill scaffold` writes one for any plan's alarm path.
@Suite struct ScenarioCommandTests {
    static let scenario = """
        name: natt
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event:
          time: "2017-10-14T02:30"
          classification: extraordinary
        injects:
        - at: 45
          from: SVT Nyheter
          to: sof-direktor
          type: media
          text: En reporter ringer.
          expectedAction:
            role: sof-direktor
            action: hänvisar till presstjänsten
            within: 15
        objectives:
        - id: stadsdirektor-60
          text: Stadsdirektören informerad inom 60 minuter
          rule: {role: stadsdirektor, reachedWithin: 60}

        """

    /// A plan of another administration, with ids nothing of Stockholm's has.
    static let smallPlan = """
        formatVersion: 1
        plan:
          id: lilla-kommunen
          title: Krisplan för Lilla kommunen
        roles:
          - id: jourhavande
            title: Jourhavande tjänsteman
          - id: kommunchef
            title: Kommunchef
        alarmPaths:
          - id: larm-via-jour
            name: Larm via jourhavande
            entry: jourhavande
            steps:
              - id: ta-emot
                kind: receive
                actor: jourhavande
              - id: ring-kommunchef
                kind: contact
                actor: jourhavande
                target: kommunchef
                after: [ta-emot]
                targetMinutes: 20
              - id: krisledning
                kind: decide
                actor: kommunchef
                after: [ring-kommunchef]
                options:
                  - {id: full, label: Full krisledning}
                  - {id: ingen, label: Ingen krisledning}

        """

    static func write(_ text: String, _ name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aGoodScenarioValidates() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.scenario, "natt.yaml", in: directory)
        let result = try Beredskap.run(["validate", "natt.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout
                == "natt.yaml: ok — scenario 'natt' on alarm path 'via-socialjouren' of plan "
                + "'stockholm-socialforvaltningen-2017-2018', 1 injects, 1 objectives\n")
    }

    @Test func aMisspeltKeyIsReportedAtItsLineWithDidYouMean() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Line 13 is `expectedAction:`; its `within` becomes `witin` on line 16, column 5.
        let broken = Self.scenario.replacingOccurrences(of: "    within: 15", with: "    witin: 15")
            .replacingOccurrences(of: "role: stadsdirektor,", with: "role: stadsdirektr,")
        try Self.write(broken, "natt.yaml", in: directory)
        let result = try Beredskap.run(["validate", "natt.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasPrefix("natt.yaml:16:5: error: unknown key 'witin'; did you mean 'within'?") == true,
            "\(lines)")
        #expect(
            lines.contains("natt.yaml:20:16: error: unknown role 'stadsdirektr'; did you mean 'stadsdirektor'?"),
            "\(lines)")
        #expect(lines.last == "2 errors in 1 of 1 file")

        let json = try Beredskap.run(["validate", "--format", "json", "natt.yaml"], in: directory)
        #expect(json.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.first?["line"] as? Int == 16 && entries.first?["code"] as? String == "scenario")
    }

    @Test func aPlanFileAndAScenarioFileValidateTogether() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.scenario, "natt.yaml", in: directory)
        try Self.write(Self.smallPlan, "lilla.yaml", in: directory)
        let result = try Beredskap.run(["validate", "lilla.yaml", "natt.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lilla.yaml: ok — "))
        #expect(result.stdout.contains("natt.yaml: ok — scenario 'natt'"))
    }

    /// A scenario for a plan the store does not have is checked against the plan file given with it.
    @Test func aScenarioIsCheckedAgainstThePlanFileGivenWithIt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.smallPlan, "lilla.yaml", in: directory)
        let scenario = """
            name: lilla-natt
            plan: lilla-kommunen
            path: larm-via-jour
            event: {time: "2018-01-10T03:00", classification: ordinary}
            injects:
            - {at: 5, from: SOS Alarm, to: jourhavande, type: event, text: Brand.,
               expectedAction: {role: jourhavand, action: ringer kommunchefen, within: 10}}

            """
        try Self.write(scenario, "lilla-natt.yaml", in: directory)
        let result = try Beredskap.run(["validate", "lilla-natt.yaml", "lilla.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lilla-natt.yaml:7:"), "\(result.stderr)")
        #expect(result.stderr.contains("unknown role 'jourhavand'; did you mean 'jourhavande'?"), "\(result.stderr)")
        try Self.write(
            scenario.replacingOccurrences(of: "role: jourhavand,", with: "role: jourhavande,"), "lilla-natt.yaml",
            in: directory)
        let fixed = try Beredskap.run(["validate", "lilla-natt.yaml", "lilla.yaml"], in: directory)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(
            fixed.stdout.contains(
                "lilla-natt.yaml: ok — scenario 'lilla-natt' on alarm path 'larm-via-jour' of plan 'lilla-kommunen'"))
    }

    @Test(arguments: ["via-socialjouren", "via-tib"])
    func theScaffoldOfABuiltInPathValidates(_ path: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = try Beredskap.run(
            ["drill", "scaffold", path, "--at", "2017-10-14 02:30", "--out", "ovning.yaml"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: directory.appendingPathComponent("ovning.yaml"), encoding: .utf8)
        #expect(text.contains("\npath: \(path)\n") && text.contains("FILL IN"))
        let validated = try Beredskap.run(["validate", "ovning.yaml"], in: directory)
        #expect(validated.status == 0, "\(validated.stderr)\n\(text)")
        #expect(validated.stdout.hasPrefix("ovning.yaml: ok — scenario '\(path)-drill'"))
    }

    @Test func theScaffoldOfAnotherPlansPathValidatesAgainstThatPlan() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.smallPlan, "lilla.yaml", in: directory)
        let store = ["--store", "s.sqlite"]
        let imported = try Beredskap.run(store + ["import", "lilla.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Beredskap.run(store + ["plans", "default", "lilla-kommunen"], in: directory).status == 0)
        let made = try Beredskap.run(store + ["drill", "scaffold", "larm-via-jour"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("\nplan: lilla-kommunen\n"))
        #expect(
            made.stdout.contains(
                "    role: kommunchef\n    action: 'beslutar: Full krisledning eller Ingen krisledning'\n"
                    + "    within: 15"))
        try Self.write(made.stdout, "ovning.yaml", in: directory)
        let validated = try Beredskap.run(store + ["validate", "ovning.yaml"], in: directory)
        #expect(validated.status == 0, "\(validated.stderr)\n\(made.stdout)")
        #expect(validated.stdout.contains("of plan 'lilla-kommunen', 3 injects, 1 objectives"))
    }

    @Test func anUnknownPathIsAnErrorNamingThePlansPaths() throws {
        let result = try Beredskap.run(["drill", "scaffold", "via-tibb"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "no alarm path 'via-tibb' in plan 'stockholm-socialforvaltningen-2017-2018'; did you mean 'via-tib'? "
                    + "Its alarm paths are 'via-socialjouren', 'via-tib'"), "\(result.stderr)")
    }

    /// The shipped scenario files validate against the built-in plan, all at once.
    @Test func theBuiltInScenarioFilesValidate() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BeredskapEscalation/Resources/Scenarios")
        let names = ["bench-night", "midsommar-tib", "kontorstid-socialjouren", "mediatryck"]
        let result = try Beredskap.run(["validate"] + names.map { folder.appendingPathComponent("\($0).yaml").path })
        #expect(result.status == 0, "\(result.stderr)")
        for name in names {
            #expect(result.stdout.contains("\(name).yaml: ok — scenario '\(name)'"), "\(result.stdout)")
        }
    }

    /// `drill scenarios` through the executable: JSON on the built-in plan; on another plan no rows, and
    /// a note on standard error for each scenario it cannot play.
    @Test func drillScenariosListsThemAndSaysWhenThePlanCannotPlayThem() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", "s.sqlite"]
        let json = try Beredskap.run(store + ["--format", "json", "drill", "scenarios"], in: directory)
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        let midsummer = try #require(rows.first { $0["name"] as? String == "midsommar-tib" })
        #expect(midsummer["event"] as? String == "2018-06-22 23:40 CEST (+02:00)")
        #expect(midsummer["injects"] as? Int == 8)
        let text = try Beredskap.run(store + ["drill", "scenarios"], in: directory)
        #expect(text.stdout.contains("kontorstid-socialjouren"), "\(text.stdout)")
        try Self.write(Self.smallPlan, "lilla.yaml", in: directory)
        #expect(try Beredskap.run(store + ["import", "lilla.yaml"], in: directory).status == 0)
        #expect(try Beredskap.run(store + ["plans", "default", "lilla-kommunen"], in: directory).status == 0)
        let other = try Beredskap.run(store + ["--format", "csv", "drill", "scenarios"], in: directory)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stdout == "name,title,path,event,injects,objectives\n")
        #expect(
            other.stderr.contains(
                "note: the built-in scenario 'mediatryck' is not listed: plan 'lilla-kommunen' cannot play it"),
            "\(other.stderr)")
    }
}
