import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Testing

@testable import BeredskapShell

@Suite struct CompletionTests {
    static let completion = Completion(
        vocabulary: Completion.Vocabulary(
            ids: [
                .roles: ["stadsdirektor", "sof-direktor"], .alarmPaths: ["via-socialjouren", "via-tib"],
                .units: ["mini-maria", "maria-ungdom"], .organizations: ["socialtjanstavdelningen"],
            ],
            names: [.roles: ["Stadsdirektör", "Direktör vid Socialförvaltningen"], .units: ["Mini-Maria Stockholm"]],
            plans: ["stockholm"],
            decisions: [
                ("posom-beslut", ["aktivera", "aktivera-inte"]), ("ckl-beslut", ["aktivera-ckl", "ingen-ckl"]),
            ]))

    func complete(_ line: String) -> [String] { Self.completion.complete(line).candidates }

    @Test func commandsIncludeTheToolCommands() {
        #expect(complete("dr") == ["drill"])
        #expect(complete("rep") == ["report"])
        #expect(complete("cal") == ["calendar"])
    }

    @Test func drillSubcommandsScenariosRolesAndDecisions() {
        #expect(complete("drill st") == ["start", "status"])
        #expect(complete("drill simulate bench") == ["bench-night"])
        #expect(complete("drill act stads") == ["stadsdirektor"])
        #expect(complete("drill decide po") == ["posom-beslut"])
        #expect(complete("drill decide posom-beslut akt") == ["aktivera", "aktivera-inte"])
        #expect(complete("drill sc") == ["scaffold", "scenarios"])
        #expect(complete("drill scaffold via-s") == ["via-socialjouren"])
        #expect(complete("drill scaffold via-socialjouren --o") == ["--out"])
        #expect(complete("drill ms") == ["msel"])
        #expect(complete("drill msel ") == ["export", "import"])
        #expect(complete("drill msel export bench") == ["bench-night"])
        #expect(complete("drill msel import x.csv --scenario bench") == ["bench-night"])
    }

    @Test func reportsPathsAndOptions() {
        #expect(complete("report fol") == ["followup"])
        #expect(complete("report followup --f") == ["--format"])
        #expect(complete("diagram via-t") == ["via-tib"])
        #expect(complete("calendar h") == ["holidays"])
    }

    /// The tool commands' options come from their declarations, and an option that takes a value is
    /// followed by its values, never by another option.
    @Test func toolOptionsAndTheirValuesComeFromTheDeclarations() {
        #expect(complete("drill simulate bench-night --r") == ["--runs"])
        #expect(complete("drill simulate bench-night --no") == ["--no-progress"])
        #expect(complete("report followup --format h") == ["html"])
        #expect(complete("report followup --lang ") == ["en", "sv"])
        #expect(complete("reachability --format j") == ["json"])
        #expect(complete("reachability --format m") == ["markdown"], "the report's formats, not the output modes")
        #expect(complete("reachability --w") == ["--week", "--without-assumed"])
        #expect(complete("report r") == ["reachability"])
        #expect(complete("reach") == ["reachability"])
        #expect(complete("cover").isEmpty, "the old name is gone")
        #expect(complete("report followup --as-of ").isEmpty)
        #expect(complete("calendar rota --f") == ["--format", "--from"])
    }

    @Test func kindsAndQuotedNamesWithSwedishLetters() {
        #expect(complete("show ro") == ["roles", "rotas"])
        #expect(complete("calendar r") == ["rota"])
        #expect(complete("export ics --r") == ["--rota"])
        #expect(complete("show role \"Stadsd") == ["\"Stadsdirektör\""])
    }

    /// Tab on a prefix that one id starts with completes it, even when a quoted name starts so too.
    @Test func aUniquePrefixCompletesTheID() {
        #expect(complete("show unit mini") == ["mini-maria"])
        #expect(complete("show unit \"Mini") == ["\"Mini-Maria Stockholm\""])
        #expect(Completion.insertion(typed: "mini", candidates: ["mini-maria"])! == (4, "mini-maria "))
        #expect(Completion.insertion(typed: "Mini", candidates: ["mini-maria"])! == (4, "mini-maria "))
        #expect(Completion.insertion(typed: "ro", candidates: ["roles", "rotas"]) == nil)
        #expect(Completion.insertion(typed: "via", candidates: ["via-socialjouren", "via-tib"])! == (3, "via-"))
    }

    /// A condition offers fields, then operators, then the field's values, then what may follow.
    @Test func whereCompletesFieldsThenOperatorsThenValues() {
        let fields = EntityRow.fields(of: .units).sorted()
        #expect(complete("list units where ") == fields)
        #expect(complete("list units where le") == ["level"])
        #expect(complete("list units where level ") == ["!=", "<", "<=", "=", ">", ">=", "~"])
        #expect(complete("list units where level = ") == FunctionLevel.allCases.map(\.rawValue).sorted())
        #expect(complete("list units where level = pre") == ["prevention"])
        #expect(complete("list units where department = ") == ["socialtjanstavdelningen"])
        #expect(complete("list units where level = prevention ") == ["--all-plans", "and", "limit", "or", "order"])
        #expect(complete("list units where level = prevention and ") == fields)
        #expect(complete("count activities where status = pl") == ["planned"])
    }

    @Test func dotFieldsCompletesKinds() {
        #expect(complete(".fi") == [".fields"])
        #expect(complete(".ki") == [".kinds"])
        #expect(complete(".fields un") == ["units"])
    }
}

@Suite struct FileNameCompletionTests {
    /// A completion working in a folder holding `edit.bsh`, `ersatt.yaml`, a folder `scenarier` with
    /// `natt.yaml` in it, and a hidden `.gömd`.
    static func inFolder() throws -> (Completion, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("scenarier"), withIntermediateDirectories: true)
        for name in ["edit.bsh", "ersatt.yaml", "scenarier/natt.yaml", ".gömd"] {
            try "".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var completion = CompletionTests.completion
        completion.directory = folder.path
        return (completion, folder)
    }

    @Test func readOutputAndOnceCompleteFileNamesAndFolders() throws {
        let (completion, folder) = try Self.inFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(completion.complete(".read e").candidates == ["edit.bsh", "ersatt.yaml"])
        #expect(completion.complete(".read ed").candidates == ["edit.bsh"])
        #expect(completion.complete(".once s").candidates == ["scenarier/"])
        #expect(completion.complete(".output scenarier/").candidates == ["scenarier/natt.yaml"])
        #expect(completion.complete(".read ").candidates == ["edit.bsh", "ersatt.yaml", "scenarier/"])
        #expect(completion.complete(".read .g").candidates == [".gömd"])
        // A unique file gets a space after it; a unique folder goes on to its files.
        #expect(Completion.insertion(typed: "ed", candidates: ["edit.bsh"])! == (2, "edit.bsh "))
        #expect(Completion.insertion(typed: "s", candidates: ["scenarier/"])! == (1, "scenarier/"))
    }

    @Test func toolOptionsAndScenariosCompleteFilesToo() throws {
        let (completion, folder) = try Self.inFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(completion.complete("report followup --format html --out e").candidates == ["edit.bsh", "ersatt.yaml"])
        #expect(completion.complete("alarm receive sc").candidates == ["scenarier/"])
        #expect(completion.complete("drill start b").candidates == ["bench-night"])
        #expect(completion.complete("drill start scenarier/n").candidates == ["scenarier/natt.yaml"])
        // Elsewhere, no file names.
        #expect(completion.complete("list units where name = e").candidates.isEmpty)
    }
}

/// What Tab completes is read from the store (ids and names, decisions of the alarm paths) outside a
/// transaction, and from the plan with its pending edits inside one.
@Suite struct CompletionVocabularyTests {
    @Test func theVocabularyIsThePlansIdsNamesAndDecisionsWithPendingEditsIncluded() throws {
        let store = try PlanStore.open(.memory)
        let plan = try store.plan(nil)
        let session = ShellSession(store: store, mode: .csv, interactive: true) { _ in }
        let repl = Repl(session: session, historyFile: nil)
        let words = repl.completionVocabulary()
        #expect(words.ids[.units] == plan.units.map(\.id.rawValue))
        #expect(words.names[.units] == plan.units.map(\.name))
        #expect(words.ids[.roles] == plan.roles.map(\.id.rawValue))
        let decisions = plan.alarmPaths.flatMap(\.steps).filter { $0.kind == .decide }
        #expect(!decisions.isEmpty)
        #expect(words.decisions.map(\.step) == decisions.map(\.id.rawValue))
        #expect(words.plans == [plan.metadata.id.rawValue])

        session.runInteractive("begin")
        session.runInteractive("add unit ny-enhet name = \"Ny enhet\", level = prevention, functions = [preventive]")
        let pending = repl.completionVocabulary()
        #expect(pending.ids[.units]?.last == "ny-enhet")
        #expect(pending.names[.units]?.last == "Ny enhet")
    }
}
