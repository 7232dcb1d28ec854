import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// A session on a fresh store in memory, with its output and errors collected.
final class TestShell {
    let store: PlanStore
    let output = CollectedOutput()
    private(set) var errors: [String] = []
    lazy var session = ShellSession(store: store, mode: .csv, output: output) { [unowned self] in self.errors.append($0)
    }

    init(store: PlanStore? = nil) throws {
        self.store = try store ?? PlanStore.open(.memory)
    }

    /// Runs commands as a script and returns what they printed.
    @discardableResult
    func run(_ text: String) -> String {
        let before = output.text.count
        session.runScript(text, source: "t")
        return String(output.text.dropFirst(before))
    }
}

@Suite struct QueryTests {
    @Test func countPrintsTheBareNumber() throws {
        let shell = try TestShell()
        #expect(shell.run("count units") == "23\n")
        #expect(shell.run("count units where function = detecting") == "21\n")
        #expect(shell.run("count units where function = åtgärdande") == "6\n")
        #expect(shell.run("count verksamheter where functions = upptackande and level = förhindrande arbete") == "")
        #expect(shell.errors.last?.hasPrefix("t:1:") == true)
    }

    @Test func rotasAndAlertRulesAreKindsLikeTheOthers() throws {
        let shell = try TestShell()
        #expect(shell.run("count larmregler where path = via-tib") == "1\n")
        #expect(
            shell.run("list alertrules where classification = ordinary").hasPrefix("id,classification,path,reason\n"))
        #expect(shell.run("count rotas") == "0\n")
        shell.run(
            "add rota tib-schema name = 'TIB-schema' starts = '2017-01-02 12:00' repeats = 'FREQ=WEEKLY' shiftLength = 7d; "
                + "set role tib rota = tib-schema")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        #expect(
            shell.run("list roles where rota = tib-schema")
                == "id,name,kind,organization\ntib,Tjänsteman i beredskap (TIB),post,stadsledningskontoret\n")
        let help = shell.run(".help")
        #expect(help.hasPrefix("Commands (KIND: units, roles, activities, organizations, actors, alarmpaths, "))
        #expect(help.contains("focusareas, indicators, rotas, alertrules, plans):"))
    }

    @Test func renamesFollowDeputiesAndAlertRulesAndRemovingADeputyIsRefused() throws {
        let shell = try TestShell()
        shell.run(
            "add role ersattare title = 'Ersättare'; set role stadsdirektor deputies = [ersattare]; "
                + "rename role ersattare to stallforetradare; rename alarmpath via-tib to via-tjansteman")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        #expect(
            shell.run("show role stadsdirektor").contains(
                "\nstadsdirektor,Stadsdirektör,stadsledningskontoret,stallforetradare,\"[{"))
        #expect(shell.run("count alertrules where path = via-tjansteman") == "1\n")
        #expect(!shell.session.runScript("remove role stallforetradare", source: "t"))
        #expect(
            shell.errors.last?.contains(
                "role 'stallforetradare' is still referred to by role 'stadsdirektor' (deputies)") == true)
    }

    @Test func aFieldAPlanLeavesOutHasItsDefault() throws {
        let shell = try TestShell()
        // Roles are posts unless the plan says group; the plan file writes only the groups' kind.
        #expect(shell.run("count roles where kind = post") == "8\n")
        #expect(shell.run("count roles where kind = group") == "4\n")
        #expect(shell.run("list roles where id = tib").contains("tib,Tjänsteman i beredskap (TIB),post,"))
    }

    @Test func aScriptWithWindowsLineEndingsRunsLineByLine() throws {
        let shell = try TestShell()
        #expect(shell.run("count units\r\ncount roles where name ~ samordnare\r\n") == "23\n2\n")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        shell.run("count units\r\ncount unitz\r\n")
        #expect(shell.errors.last?.hasPrefix("t:2:7: error: unknown kind 'unitz'") == true, "\(shell.errors)")
    }

    @Test func columnsCountWhatAPersonSeesAfterCombiningMarks() throws {
        let shell = try TestShell()
        // "Mo" + U+0308 + "te" is five characters on the screen but six scalars.
        shell.run("search \"Mo\u{308}te\" ?")
        #expect(shell.errors.last?.hasPrefix("t:1:15: error: unexpected character '?'") == true, "\(shell.errors)")
    }

    @Test func listFiltersByAgeFunctionAndDates() throws {
        let shell = try TestShell()
        #expect(
            shell.run("list units where age = 27 and function = remedial")
                == "id,name,level,functions,ages\nsociala-insatsgrupper-unga-vuxna,Sociala insatsgrupper för unga vuxna,intervention,\"detecting, remedial\",19–29\n"
        )
        #expect(shell.run("count units where age = 12") == "4\n")
        #expect(shell.run("count activities where starts <= 2017-09") == "7\n")
        #expect(shell.run("count activities where starts = 2018") == "2\n")
        #expect(shell.run("count activities where starts > 2017-12") == "2\n")
        #expect(shell.run("count roles where name ~ SAMORDNARE") == "2\n")
        #expect(shell.run("count units where not (level = prevention or shortName = null)") == "0\n")
        #expect(shell.run("count units where shortName != null") == "2\n")
    }

    @Test func listOrdersAndLimits() throws {
        let shell = try TestShell()
        #expect(
            shell.run("list units where function = remedial order by name desc limit 2") == """
                id,name,level,functions,ages
                socialjouren,Stockholms stads socialjour,intervention,"detecting, remedial",
                sociala-insatsgrupper-unga-vuxna,Sociala insatsgrupper för unga vuxna,intervention,"detecting, remedial",19–29

                """)
    }

    @Test func jsonListsHaveIDAndName() throws {
        let shell = try TestShell()
        shell.session.mode = .json
        let text = shell.run("list roles where kind = group")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0["id"] is String && $0["name"] is String })
    }

    @Test func showFindsAnEntityByIDOrName() throws {
        let shell = try TestShell()
        shell.session.mode = .line
        let byName = shell.run("show unit \"plus foraldrastod\"")
        #expect(byName.hasPrefix("         id = plus-foraldrastod\n       name = PLUS Föräldrastöd\n"))
        #expect(shell.run("show unit plus-foraldrastod") == byName)
        shell.run("show unit mini-mara")
        #expect(
            shell.errors.last
                == "t:1:11: error: no unit 'mini-mara'; did you mean 'mini-maria'?\nshow unit mini-mara\n          ^")
    }

    @Test func questionsPeopleAsk() throws {
        let shell = try TestShell()
        #expect(
            shell.run("responsible for bilda-arbetsgrupp") == """
                part,id,name
                responsible,sof-samordnare,Socialförvaltningens samordnare
                responsible,sof-avdelningschefer,Förvaltningens avdelningschefer

                """)
        let duties = shell.run("duties stadsdirektor")
        #expect(duties.contains("alarm step,via-socialjouren/informera-stadsdirektor,informed,"))
        #expect(duties.contains("alarm step,via-tib/ckl-beslut,decide,"))
        #expect(shell.run("serves 17 remedial").split(separator: "\n").count == 1 + 1)
        #expect(shell.run("search foraldrastod").contains("unit,plus-foraldrastod,name,PLUS «Föräldrastöd»"))
    }

    @Test func unknownFieldsGetSuggestions() throws {
        let shell = try TestShell()
        shell.run("list units where functon = remedial")
        #expect(
            shell.errors == [
                "t:1:18: error: units have no field 'functon'; did you mean 'function'?\nlist units where functon = remedial\n                 ^"
            ])
    }

    @Test func readOnlySQLRefusesWrites() throws {
        let shell = try TestShell()
        #expect(shell.run(".sql SELECT count(*) AS n FROM units") == "n\n23\n")
        shell.run(".sql DELETE FROM units")
        #expect(shell.errors.last?.hasPrefix("t:1:1: error: only reading is allowed here") == true)
        #expect(shell.run("count units") == "23\n")
    }
}

@Suite struct EditTests {
    func description(_ shell: TestShell, _ id: String) throws -> String? {
        try shell.store.plan().units.first { $0.id.rawValue == id }?.description
    }

    @Test func setChangesOneFieldAndQueriesInTheScriptSeeIt() throws {
        let shell = try TestShell()
        let printed = shell.run(
            """
            set unit mini-maria description = "Öppenvård för unga."
            list units where description ~ öppenvård
            """)
        #expect(printed.contains("mini-maria,Mini Maria"))
        #expect(try description(shell, "mini-maria") == "Öppenvård för unga.")
        let record = try #require(try shell.store.history().first)
        #expect(record.changes.map(\.field) == ["description"])
    }

    @Test func setWhereChangesEveryMatch() throws {
        let shell = try TestShell()
        shell.run("set units where function = remedial department = socialtjanstavdelningen")
        #expect(
            try shell.store.plan().units.filter { $0.functions.contains(.remedial) }.allSatisfy {
                $0.department == "socialtjanstavdelningen"
            })
        #expect(shell.errors.isEmpty)
    }

    @Test func swedishValuesAreStoredAsTheirEnglishValues() throws {
        let shell = try TestShell()
        shell.run("set unit origo functions = [förebyggande, åtgärdande], level = \"förhindrande arbete\"")
        let origo = try #require(try shell.store.plan().units.first { $0.id == "origo" })
        #expect(origo.functions == [.preventive, .remedial] && origo.level == .intervention)
    }

    @Test func addRemoveRenameAndLog() throws {
        let shell = try TestShell()
        shell.run(
            """
            add role ny-roll title = "Ny roll" kind = group
            rename role ny-roll to nyare-roll
            log bilda-arbetsgrupp done "Gruppen bildad." on 2017-08-31 by sof-samordnare
            """)
        #expect(shell.errors.isEmpty)
        let plan = try shell.store.plan()
        #expect(plan.roles.last?.id == "nyare-roll" && plan.roles.last?.kind == .group)
        #expect(
            plan.activities.first?.latestStatus
                == StatusEntry(
                    date: try PartialDate(parsing: "2017-08-31"), status: .done, note: "Gruppen bildad.",
                    by: "sof-samordnare"))
        shell.run("remove role sof-samordnare")
        #expect(
            shell.errors.last?.contains(
                "role 'sof-samordnare' is still referred to by activity 'bilda-arbetsgrupp' (responsible)") == true)
        shell.run("remove role nyare-roll")
        #expect(try shell.store.plan().roles.count == 12)
    }

    @Test func aScriptWithAnErrorOnItsThirdLineChangesNothing() throws {
        let shell = try TestShell()
        let before = try shell.store.plan()
        shell.run(
            """
            set unit mini-maria description = "Ett"
            set unit origo name = "Två"
            set unit kruton level = prevension
            set unit giovannis name = "Fyra"
            """)
        #expect(
            shell.errors == [
                "t:3:17: error: unit 'kruton': unknown level 'prevension'; did you mean 'prevention'? Nothing was applied\nset unit kruton level = prevension\n                ^"
            ])
        #expect(try shell.store.plan() == before)
        #expect(try shell.store.history().count == 1)
    }

    @Test func aScriptThatBreaksAReferenceNamesTheLineAndChangesNothing() throws {
        let shell = try TestShell()
        let before = try shell.store.plan()
        shell.run(
            """
            set unit mini-maria description = "Ett"
            set unit origo department = ingenstans
            count units
            """)
        #expect(shell.errors.first?.hasPrefix("t:2:16: error: the change would make plan") == true)
        #expect(shell.errors.first?.contains("unit 'origo' department: unknown organization 'ingenstans'") == true)
        #expect(try shell.store.plan() == before)
    }

    @Test func dryRunPrintsTheChangesAndAppliesNone() throws {
        let store = try PlanStore.open(.memory)
        let output = CollectedOutput()
        let session = ShellSession(store: store, mode: .csv, output: output)
        #expect(session.runScript("set unit origo name = \"Origo resurscentrum\"", source: "t", dryRun: true))
        #expect(output.text == "unit origo name: \"Origo\" → \"Origo resurscentrum\"\ndry run: 1 change not applied\n")
        #expect(try store.plan().units.first { $0.id == "origo" }?.name == "Origo")
    }

    @Test func transactionsInTheREPLCommitOrRollBack() throws {
        let store = try PlanStore.open(.memory)
        let output = CollectedOutput()
        var errors: [String] = []
        let session = ShellSession(store: store, mode: .csv, interactive: true, output: output) { errors.append($0) }
        session.runInteractive("begin")
        session.runInteractive("set unit origo name = \"Ett\"")
        session.runInteractive("set unit mini-maria name = \"Två\"")
        session.runInteractive("list units where name = Ett")
        #expect(output.text.contains("origo,Ett"))
        #expect(try store.plan().units.first { $0.id == "origo" }?.name == "Origo", "nothing is stored before commit")
        session.runInteractive("commit")
        #expect(output.text.hasSuffix("committed 2 changes (#2)\n"))
        session.runInteractive("begin")
        session.runInteractive("set unit origo name = \"Tre\"")
        session.runInteractive("rollback")
        #expect(try store.plan().units.first { $0.id == "origo" }?.name == "Ett")
        session.runInteractive("undo")
        #expect(try store.plan().units.first { $0.id == "origo" }?.name == "Origo")
        #expect(errors.isEmpty)
    }

    @Test func readIncludesScriptsRelativeToTheIncludingFileAndLimitsNesting() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shell-read-\(UUID())")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("del"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try ".read del/b.bsh\nset unit origo name = \"A\"\n".write(
            to: directory.appendingPathComponent("a.bsh"), atomically: true, encoding: .utf8)
        try "set unit kruton name = \"B\"\n".write(
            to: directory.appendingPathComponent("del/b.bsh"), atomically: true, encoding: .utf8)
        try ".read loop.bsh\n".write(
            to: directory.appendingPathComponent("loop.bsh"), atomically: true, encoding: .utf8)
        let shell = try TestShell()
        shell.session.runScript(".read a.bsh", source: "main", directory: directory.path)
        #expect(shell.errors.isEmpty)
        let plan = try shell.store.plan()
        #expect(
            plan.units.first { $0.id == "origo" }?.name == "A" && plan.units.first { $0.id == "kruton" }?.name == "B")
        #expect(try shell.store.history().count == 2, "the script and what it reads is one change set")
        shell.session.runScript(".read loop.bsh", source: "main", directory: directory.path)
        #expect(shell.errors.contains { $0.contains(".read nests more than 10 deep; does a file read itself?") })
    }

    @Test func outputModesAndRedirection() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shell-out-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let shell = try TestShell()
        shell.run(".mode markdown\n.once \(directory.path)/once.md\nlist definitions\ncount definitions")
        #expect(try String(contentsOf: directory.appendingPathComponent("once.md"), encoding: .utf8).hasPrefix("| id "))
        #expect(shell.output.text == "3\n")
        shell.run(".mode jsn")
        #expect(shell.errors.last?.hasPrefix("t:1:1: error: unknown output mode 'jsn'; did you mean 'json'?") == true)
    }
}

/// The ways out and the SQL hint a psql user reaches for.
@Suite struct PsqlHabitTests {
    @Test(arguments: ["quit", "exit", "\\q", ".quit", "  \\q  "])
    func aWayOutEndsTheSession(_ line: String) throws {
        let shell = try TestShell()
        let printed = shell.run("count units\n\(line)\ncount roles")
        #expect(printed == "23\n", "\(printed)")
        #expect(shell.session.wantsToQuit)
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func aBareSelectSaysToUseDotSQL() throws {
        let shell = try TestShell()
        shell.run("SELECT count(*) FROM units")
        #expect(shell.errors.last?.hasPrefix("t:1:1: error: SQL runs through .sql, read-only: .sql SELECT …") == true)
    }
}
