import Foundation
import Testing

@Suite struct ShellCommandTests {
    @Test func listingRemedialUnitsAsJSON() throws {
        let result = try Beredskap.run([
            "--store", ":memory:", "-c", "list units where function = remedial", "--format", "json",
        ])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let units = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(units.count == 6)
        #expect(units.compactMap { $0["id"] as? String }.first == "socialjouren")
        #expect(units.allSatisfy { $0["name"] is String })
    }

    @Test func countingPrintsTheBareNumber() throws {
        let result = try Beredskap.run(["--store", ":memory:", "-c", "count units where function = detecting"])
        #expect(result.stdout == "21\n" && result.status == 0)
    }

    @Test func commandsFromAPipeRunWithoutPromptOrBanner() throws {
        let result = try Beredskap.run(["--store", ":memory:"], input: "count units\n")
        #expect(result.stdout == "23\n")
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0)
    }

    @Test func setEditsOneField() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", "s.sqlite"]
        let edit = try Beredskap.run(
            store + ["-c", "set unit mini-maria description = \"Öppenvård för unga.\""], in: directory)
        #expect(edit.status == 0 && edit.stdout.isEmpty && edit.stderr.isEmpty)
        let shown = try Beredskap.run(store + ["-c", "show unit mini-maria", "--format", "json"], in: directory)
        #expect(shown.stdout.contains("\"description\": \"Öppenvård för unga.\""))
        let history = try Beredskap.run(["--store", "s.sqlite", "history", "--limit", "1"], in: directory)
        #expect(
            history.stdout.hasSuffix(
                "    unit mini-maria description: \"Utredning och behandling vid Mini Maria vänder sig till ungdomar som har ett riskbruk, missbruk eller beroende av alkohol eller droger.\" → \"Öppenvård för unga.\"\n"
            ))
        #expect(history.stdout.split(separator: "\n").count == 2, "one change set with one field")
    }

    @Test func aScriptWithAnErrorOnItsThirdLineNamesItAndChangesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            # uppföljning
            set unit origo name = "Origo resurscentrum"
            set unit kruton levle = prevention
            set unit giovannis name = "Giovannis"
            """
        try script.write(to: directory.appendingPathComponent("edit.bsh"), atomically: true, encoding: .utf8)
        let before = try Beredskap.run(["--store", "s.sqlite", "export"], in: directory).stdout
        let result = try Beredskap.run(["--store", "s.sqlite", "run", "edit.bsh"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                edit.bsh:3:17: error: units have no field 'levle'; did you mean 'level'? Nothing was applied
                set unit kruton levle = prevention
                                ^

                """)
        #expect(try Beredskap.run(["--store", "s.sqlite", "export"], in: directory).stdout == before)
    }

    @Test func aDryRunPrintsTheChangesAndAppliesNone() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "set unit origo name = \"Origo resurscentrum\"\n".write(
            to: directory.appendingPathComponent("edit.bsh"), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(["--store", "s.sqlite", "run", "edit.bsh", "--dry-run"], in: directory)
        #expect(
            result.stdout == "unit origo name: \"Origo\" → \"Origo resurscentrum\"\ndry run: 1 change not applied\n")
        #expect(
            try Beredskap.run(["--store", "s.sqlite", "-c", "show unit origo", "--format", "csv"], in: directory).stdout
                .contains(",Origo,"))
    }

    /// A shell running a 60,000-line script is killed with SIGKILL: the store is as before.
    @Test func aShellKilledMidScriptLeavesNothingHalfApplied() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let units = ["origo", "kruton", "giovannis", "mini-maria", "socialjouren"]
        let script = (0..<60_000).map { "set unit \(units[$0 % units.count]) description = \"Rad \($0)\"" }.joined(
            separator: "\n")
        try script.write(to: directory.appendingPathComponent("big.bsh"), atomically: true, encoding: .utf8)
        let before = try Beredskap.run(["--store", "s.sqlite", "export"], in: directory).stdout
        let process = Process()
        process.executableURL = Beredskap.executable
        process.arguments = ["--store", "s.sqlite", "run", "big.bsh"]
        process.currentDirectoryURL = directory
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the script finished before the kill; make it longer")
        #expect(try Beredskap.run(["--store", "s.sqlite", "export"], in: directory).stdout == before)
        let check = try Beredskap.run(
            ["--store", "s.sqlite", "-c", ".sql PRAGMA integrity_check", "--format", "csv"], in: directory)
        #expect(check.stdout == "integrity_check\nok\n")
    }

    @Test func twoShellsEditingTheSameStoreLoseNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Beredskap.run(["--store", "s.sqlite", "-c", "count units"], in: directory)
        let scripts = [
            ("a.bsh", (0..<300).map { "set unit origo description = \"A \($0)\"" }),
            ("b.bsh", (0..<300).map { "set unit kruton name = \"B \($0)\"" }),
        ]
        let shells = try scripts.map { name, lines in
            try lines.joined(separator: "\n").write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = Beredskap.executable
            process.arguments = ["--store", "s.sqlite", "run", name]
            process.currentDirectoryURL = directory
            return process
        }
        for shell in shells { try shell.run() }
        for shell in shells { shell.waitUntilExit() }
        #expect(shells.map(\.terminationStatus) == [0, 0])
        let result = try Beredskap.run(
            ["--store", "s.sqlite", "-c", "list units where id = origo or id = kruton", "--format", "json"],
            in: directory)
        #expect(result.stdout.contains("\"name\": \"B 299\""))
        let origo = try Beredskap.run(
            ["--store", "s.sqlite", "-c", "show unit origo", "--format", "json"], in: directory)
        #expect(origo.stdout.contains("\"description\": \"A 299\""))
    }

    @Test func unknownCommandsInTheLanguageGetSuggestions() throws {
        let result = try Beredskap.run(["--store", ":memory:", "-c", "cout units"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<command line>:1:1: error: unknown command 'cout'; did you mean 'count'?"))
    }

    /// Each -c is its own change set, as psql runs each -c with ON_ERROR_STOP: B's error stops the run
    /// with exit 1 but leaves A recorded, and says so; C never runs.
    @Test func aFailingCommandKeepsTheChangeSetsOfTheCommandsBeforeIt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", "s.sqlite", "--no-rc"]
        let result = try Beredskap.run(
            store + [
                "-c", "set unit origo name = \"Origo A\"", "-c", "set unit kruton levle = prevention", "-c",
                "set unit giovannis name = \"Giovannis C\"",
            ], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<command line, -c 2>:1:17: error: units have no field 'levle'"))
        #expect(
            result.stderr.contains("note: stopped at -c 2 of 3; the change set of the -c before it (#2) stays applied"))
        let history = try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout
        #expect(history.contains("unit origo name: \"Origo\" → \"Origo A\""))
        #expect(!history.contains("Giovannis C"))
    }

    /// `-1` (`--single-transaction`) makes every -c one change set: B's error leaves nothing recorded.
    @Test(arguments: ["-1", "--single-transaction"])
    func singleTransactionRunsEveryCommandAsOneChangeSet(_ flag: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", "s.sqlite", "--no-rc"]
        let before = try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout
        let result = try Beredskap.run(
            store + [flag, "-c", "set unit origo name = \"Origo A\"", "-c", "set unit kruton levle = prevention"],
            in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<command line>:2:17: error: units have no field 'levle'"))
        #expect(result.stderr.contains("did you mean 'level'? Nothing was applied"))
        #expect(try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout == before)
        let both = try Beredskap.run(
            store + [flag, "-c", "set unit origo name = \"Origo A\"", "-c", "set unit kruton name = \"Kruton B\""],
            in: directory)
        #expect(both.status == 0)
        let last = try Beredskap.run(["--store", "s.sqlite", "history", "--limit", "1"], in: directory).stdout
        #expect(last.contains("Origo A") && last.contains("Kruton B"), "one change set with both edits")
    }

    /// A script is one change set already; `-1` is accepted there and changes nothing.
    @Test func aScriptAcceptsSingleTransaction() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "set unit origo name = \"Origo A\"\nset unit kruton levle = x\n".write(
            to: directory.appendingPathComponent("edit.bsh"), atomically: true, encoding: .utf8)
        let before = try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout
        let result = try Beredskap.run(["--store", "s.sqlite", "run", "-1", "edit.bsh"], in: directory)
        #expect(result.status == 1 && result.stderr.contains("did you mean 'level'? Nothing was applied"))
        let piped = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "--single-transaction"], in: directory,
            input: "set unit origo name = \"Origo A\"\nset unit kruton levle = x\n")
        #expect(piped.status == 1 && piped.stderr.contains("did you mean 'level'? Nothing was applied"))
        #expect(try Beredskap.run(["--store", "s.sqlite", "history"], in: directory).stdout == before)
    }
}
