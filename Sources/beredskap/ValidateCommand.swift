import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation

/// `beredskap validate FILE…`: every problem in every file, as FILE:LINE:COLUMN: error: message.
///
/// A plan file is checked on its own; a drill scenario file (one with `path` or `event` at the top and
/// no `formatVersion`, ``ScenarioReader/looksLikeScenario(_:)``) is read against a plan file given with
/// it — the one of the plan it names, or the only one when it names none — else the plan of the store
/// it names, else the store's default plan.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files and drill scenario files and report every problem at once.",
        discussion: """
            Problems go to standard error as FILE:LINE:COLUMN: error: message. With --format json, a JSON \
            array of problems goes to standard output instead. Exits 1 when any file has an error. A file \
            with 'path' or 'event' at the top and no 'formatVersion' is a drill scenario; it is checked \
            against a plan file given with it (`validate ovning.yaml plan.yaml`: the plan file of the plan \
            it names, or the only plan file when it names none), else the plan it names in the store (the built-in plan when \
            the store lacks it), else the store's default plan.
            """
    )

    enum Format: String, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Plan files or scenario files (YAML or JSON).", valueName: "file"))
    var files: [String]

    func validate() throws {
        _ = try global.format(Format.self, default: .text)
    }

    func run() throws {
        let format = try global.format(Format.self, default: .text)
        var all: [PlanFileDiagnostic] = []
        var scenarioProblems: [ScenarioDiagnostic] = []
        var summaries: [String] = []
        var plans = ScenarioPlans(global: global)
        var scenarios: [(file: String, text: String)] = []
        for file in files {
            if let text = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }),
                ScenarioReader.looksLikeScenario(text)
            {
                scenarios.append((file, text))
                continue
            }
            let result: PlanFileReadResult
            do {
                result = try PlanFileReader.read(contentsOf: file, checks: planChecks)
            } catch {
                all += error.diagnostics
                continue
            }
            all += result.diagnostics
            if !result.hasErrors, let plan = result.plan {
                summaries.append("\(file): ok — \(PlanSummary.counts(of: plan))")
                plans.given.append(plan)
            }
        }
        // Scenarios after the plan files, so that each is read against a plan file given with it.
        for (file, text) in scenarios {
            let plan = try plans.plan(for: text)
            do {
                let scenario = try ScenarioReader.read(text, file: file, plan: plan)
                summaries.append(
                    "\(file): ok — scenario '\(scenario.name)' on alarm path '\(scenario.path)' of plan "
                        + "'\(plan.id)', \(scenario.injects.count) injects, \(scenario.objectives.count) objectives")
            } catch {
                scenarioProblems += error.diagnostics
            }
        }
        switch format {
        case .text:
            for diagnostic in all { StandardError.write(diagnostic.description) }
            for diagnostic in scenarioProblems { StandardError.write(diagnostic.description) }
            for summary in summaries { print(summary) }
            let errors = all.filter { $0.severity == .error }.count + scenarioProblems.count
            let failed = Set(all.filter { $0.severity == .error }.map(\.file) + scenarioProblems.map(\.file)).count
            if errors > 0 {
                StandardError.write(
                    "\(errors) error\(errors == 1 ? "" : "s") in \(failed) of \(files.count) file\(files.count == 1 ? "" : "s")"
                )
            }
        case .json:
            print(DiagnosticJSON.array(all, scenarioProblems))
        }
        if all.contains(where: { $0.severity == .error }) || !scenarioProblems.isEmpty { throw ExitCode.failure }
    }
}

/// Diagnostics as JSON objects for editors and CI annotations.
enum DiagnosticJSON {
    struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let path: String
        let message: String
    }

    static func array(_ diagnostics: [PlanFileDiagnostic], _ scenario: [ScenarioDiagnostic] = []) -> String {
        let entries =
            diagnostics.map { diagnostic in
                Entry(
                    file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
                    severity: diagnostic.severity.rawValue, code: diagnostic.issue.code.rawValue,
                    path: diagnostic.issue.path.description, message: diagnostic.message)
            }
            + scenario.map { diagnostic in
                Entry(
                    file: diagnostic.file, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1,
                    severity: "error", code: "scenario", path: diagnostic.path, message: diagnostic.message)
            }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

/// The plans scenario files are checked against: a plan file given on the same command line (the
/// one of the plan a scenario names, or the only one when it names none), else the
/// one a scenario names from the store (or the built-in plan when the store lacks it), else the
/// store's default plan. The store is opened only when a scenario needs it.
struct ScenarioPlans {
    let global: GlobalOptions
    /// The plans of the plan files given, that read without errors.
    var given: [Plan] = []
    private var store: PlanStore?
    private var read: [EntityID?: Plan] = [:]

    init(global: GlobalOptions) { self.global = global }

    mutating func plan(for scenarioText: String) throws -> Plan {
        let named = ScenarioReader.namedPlan(in: scenarioText)
        if let plan = given.first(where: { $0.id == named }) ?? (named == nil && given.count == 1 ? given.first : nil) {
            return plan
        }
        if let plan = read[named] { return plan }
        let store = try self.store ?? global.openStore()
        self.store = store
        let ids = try reportingStoreErrors { () throws(StoreError) in try store.plans().map(\.id) }
        let plan: Plan
        if let named, ids.contains(named) {
            plan = try reportingStoreErrors { () throws(StoreError) in try store.plan(named) }
        } else if let named, named == BuiltInPlans.stockholmID, let builtIn = try? BuiltInPlans.stockholm() {
            plan = builtIn
        } else {
            plan = try reportingStoreErrors { () throws(StoreError) in try store.plan(nil) }
        }
        read[named] = plan
        return plan
    }
}
