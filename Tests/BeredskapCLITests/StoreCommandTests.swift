import Foundation
import Testing

@Suite struct StoreCommandTests {
    static let secondPlan = """
        formatVersion: 1
        plan:
          id: malmo-exempel
          title: Handlingsplan (exempel)
        organizations:
          - id: forvaltningen
            name: Sociala resursförvaltningen
            kind: administration
        roles:
          - id: samordnare
            title: Samordnare
        activities:
          - id: utbildning
            title: Utbildning
            responsible: [samordnare]
            starts: '2019'
        """

    @Test func exportOnANewStoreCreatesItPrivateAndSeeded() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Beredskap.run(["--store", "s.sqlite", "export", "--format", "yaml"], in: directory)
        #expect(result.status == 0)
        let store = directory.appendingPathComponent("s.sqlite").path
        let mode = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(result.stdout.hasPrefix("formatVersion: 1\nplan:\n  id: stockholm-socialforvaltningen-2017-2018\n"))
        #expect(try Beredskap.run(["export"]).stdout == result.stdout, "a new store exports the built-in plan")
    }

    @Test func aSecondPlanImportsBesideTheFirstAndBothExportUnchanged() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.secondPlan.write(to: directory.appendingPathComponent("malmo.yaml"), atomically: true, encoding: .utf8)
        let direct = try Beredskap.run(["export", "--from", "malmo.yaml"], in: directory)
        let builtIn = try Beredskap.run(["export"], in: directory)

        try Beredskap.makeStore(in: directory)
        let imported = try Beredskap.run(["--store", "s.sqlite", "import", "malmo.yaml"], in: directory)
        #expect(imported.status == 0)
        #expect(imported.stdout == "created plan 'malmo-exempel' (change set #2)\n")
        let plans = try Beredskap.run(["--store", "s.sqlite", "plans", "--format", "csv"], in: directory)
        #expect(plans.stdout.split(separator: "\n").count == 3, "a header and the two plans")

        let second = try Beredskap.run(["--store", "s.sqlite", "export", "--plan", "malmo-exempel"], in: directory)
        #expect(second.stdout == direct.stdout, "import then export is the file exported directly")
        let first = try Beredskap.run(["--store", "s.sqlite", "export"], in: directory)
        #expect(first.stdout == builtIn.stdout, "without --plan, the default plan")

        let again = try Beredskap.run(["--store", "s.sqlite", "import", "malmo.yaml"], in: directory)
        #expect(again.stdout == "plan 'malmo-exempel' is unchanged\n")
    }

    @Test func anInvalidFileImportsNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = Self.secondPlan.replacingOccurrences(
            of: "responsible: [samordnare]", with: "responsible: [samordnar]")
        try broken.write(to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        _ = try Beredskap.run(["--store", "s.sqlite", "plans"], in: directory)
        let before = try Data(contentsOf: directory.appendingPathComponent("s.sqlite"))
        let result = try Beredskap.run(["--store", "s.sqlite", "import", "broken.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("broken.yaml:15:19: error: unknown actor 'samordnar'; did you mean 'samordnare'?"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("s.sqlite")) == before)
        let plans = try Beredskap.run(["--store", "s.sqlite", "plans"], in: directory)
        #expect(!plans.stdout.contains("malmo-exempel"))
    }

    @Test func anUpdatedImportIsOneChangeSetThatUndoReverts() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try Beredskap.run(["export"], in: directory).stdout
        let edited = original.replacingOccurrences(of: "name: Mini Maria\n", with: "name: Mini-Maria Stockholm\n")
        try edited.write(to: directory.appendingPathComponent("edited.yaml"), atomically: true, encoding: .utf8)
        try Beredskap.makeStore(in: directory)
        let imported = try Beredskap.run(
            ["--store", "s.sqlite", "--author", "anna", "import", "edited.yaml"], in: directory)
        #expect(imported.stdout == "updated plan 'stockholm-socialforvaltningen-2017-2018': 1 change (change set #2)\n")
        let history = try Beredskap.run(
            ["--store", "s.sqlite", "history", "--entity", "unit:mini-maria"], in: directory)
        #expect(history.stdout.contains(" anna import v1: Import av edited.yaml\n"))
        #expect(history.stdout.contains("    unit mini-maria name: \"Mini Maria\" → \"Mini-Maria Stockholm\"\n"))
        let undo = try Beredskap.run(["--store", "s.sqlite", "undo"], in: directory)
        #expect(undo.stdout == "undid #2 as #3: 1 change\n")
        #expect(try Beredskap.run(["--store", "s.sqlite", "export"], in: directory).stdout == original)
    }

    /// The messages the tool records in an English plan's change log are English; its confirmations are
    /// the shell's words.
    @Test func anEnglishPlansImportAndUndoAreRecordedInEnglish() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try Beredskap.run(["export"], in: directory).stdout
        let english = original.replacingOccurrences(
            of: "  id: stockholm-socialforvaltningen-2017-2018\n",
            with: "  id: stockholm-socialforvaltningen-2017-2018\n  language: en\n")
        try english.write(to: directory.appendingPathComponent("english.yaml"), atomically: true, encoding: .utf8)
        try Beredskap.makeStore(in: directory)
        let imported = try Beredskap.run(["--store", "s.sqlite", "import", "english.yaml"], in: directory)
        #expect(imported.stdout == "updated plan 'stockholm-socialforvaltningen-2017-2018': 1 change (change set #2)\n")
        let undo = try Beredskap.run(["--store", "s.sqlite", "undo"], in: directory)
        #expect(undo.stdout == "undid #2 as #3: 1 change\n")
        let history = try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout
        // The undo is written in the language of the plan it undoes: English, until the undo reverts it.
        #expect(history.contains(" undo v1: Undoes #2\n"), "\(history)")
        #expect(history.contains(" import v1: Import of english.yaml\n"), "\(history)")
    }

    @Test func aFileThatIsNotAStoreIsRefusedWithExitOne() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "anteckningar\n".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["--store", "notes.txt", "export"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "beredskap: notes.txt is not a Beredskap store (not an SQLite database); it was not changed. Give another --store path, or move the file away to create a new store there.\n"
        )
        #expect(
            try String(contentsOf: directory.appendingPathComponent("notes.txt"), encoding: .utf8) == "anteckningar\n")
    }

    @Test func theLifecycleRunsFromTheCommandLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", "s.sqlite"]
        #expect(
            try Beredskap.run(store + ["approve", "--date", "2017-06-14"], in: directory).stderr.contains(
                "adopt it first"))
        #expect(try Beredskap.run(store + ["adopt", "--date", "2017-05-23"], in: directory).status == 0)
        #expect(try Beredskap.run(store + ["approve", "--date", "2017-06-14"], in: directory).status == 0)
        let revised = try Beredskap.run(store + ["revise", "--period", "2018:2019", "--label", "2"], in: directory)
        #expect(
            revised.stdout == "stockholm-socialforvaltningen-2017-2018: version 2 started as a draft (change set #4)\n")
        let previous = try Beredskap.run(store + ["export", "--version", "1"], in: directory)
        #expect(previous.stdout.contains("  period:\n    start: '2017'\n    end: '2018'\n"))
        let current = try Beredskap.run(store + ["export"], in: directory).stdout
        #expect(current.contains("  version: '2'\n"))
        #expect(current.contains("  period:\n    start: '2018'\n    end: '2019'\n"))
        #expect(try Beredskap.run(store + ["plans", "--format", "csv"], in: directory).stdout.contains(",2,draft,"))
    }
}
