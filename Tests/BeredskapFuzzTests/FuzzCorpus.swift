import BeredskapEscalation
import BeredskapStorage
import Foundation

/// The seeds of each target: the examples of Documentation/Shell.md, the broken-plan corpus of the
/// storage tests, the CAP test data in Fixtures/cap, and MSEL sheets the export writes.
struct FuzzCorpus {
    var seeds: [FuzzTarget: [[UInt8]]]

    /// The repository's root, found from this file, so the seeds are read where they live.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load() throws -> FuzzCorpus {
        let commands = try shellExamples()
        let plans = try files(in: root.appendingPathComponent("Tests/BeredskapStorageTests/Fixtures/broken")) {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".json")
        }
        let fixtures = try require(Bundle.module.url(forResource: "Fixtures/cap", withExtension: nil))
        let alerts = try files(in: fixtures) { $0.hasSuffix(".cap") }
        return FuzzCorpus(seeds: [
            .command: commands, .session: commands, .plan: plans, .cap: alerts, .msel: try sheets(),
        ])
    }

    /// MSEL sheets: the built-in scenario's and the scaffolds' of the built-in plan, with semicolons
    /// and a byte order mark or with commas, and one with every kind of cell.
    static func sheets() throws -> [[UInt8]] {
        let plan = try BuiltInPlans.stockholm()
        let start = Date(timeIntervalSince1970: 1_507_941_000)
        let scenarios =
            [BuiltInScenarios.benchNight]
            + plan.alarmPaths.map {
                ScenarioScaffold.scenario(for: $0, in: plan, at: start)
            }
        let exported = scenarios.flatMap { scenario in
            [MSELSheet.Format.excel, .commaSeparated].map { MSELSheet.text(for: scenario, language: "sv", format: $0) }
        }
        let edited =
            "Inspel;TID;typ;Förväntas av;Förväntad åtgärd;Inom;Övningsmål;Spelledare\r\n"
            + "\"Brand; \"\"stor\"\"\nrad två\";1:30:15;Händelse;socialjouren;ringer;\"7,5\";direktor-30;Anna\r\n"
            + "'=1+2;45;media;;;;;\r\n"
        return (exported + [edited]).map { Array($0.utf8) }
    }

    /// Every line of a code block of Shell.md, without the prompt; shell command lines (`$ …`) are left
    /// out, the grammar's lines are kept, since they are command-like text too.
    static func shellExamples() throws -> [[UInt8]] {
        let text = try String(contentsOf: root.appendingPathComponent("Documentation/Shell.md"), encoding: .utf8)
        var inBlock = false
        var lines: [[UInt8]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            guard inBlock, !line.hasPrefix("$ "), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let command = line.hasPrefix("beredskap> ") ? line.dropFirst("beredskap> ".count) : line[...]
            lines.append(Array(command.utf8))
        }
        return lines
    }

    private static func files(in directory: URL, where include: (String) -> Bool) throws -> [[UInt8]] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter(include).sorted().map {
            Array(try Data(contentsOf: directory.appendingPathComponent($0)))
        }
    }
}

/// `#require` for code outside a test function.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.fileNoSuchFile) }
    return value
}
