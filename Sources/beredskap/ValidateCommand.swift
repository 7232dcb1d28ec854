import ArgumentParser
import BeredskapModel
import BeredskapStorage
import Foundation

/// `beredskap validate FILE…`: every problem in every file, as FILE:LINE:COLUMN: error: message.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files and report every problem at once.",
        discussion: """
            Problems go to standard error as FILE:LINE:COLUMN: error: message. With --format json, a JSON \
            array of problems goes to standard output instead. Exits 1 when any file has an error.
            """
    )

    enum Format: String, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Plan files (YAML or JSON).", valueName: "file"))
    var files: [String]

    func validate() throws {
        _ = try global.format(Format.self, default: .text)
    }

    func run() throws {
        let format = try global.format(Format.self, default: .text)
        var all: [PlanFileDiagnostic] = []
        var summaries: [String] = []
        for file in files {
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
            }
        }
        switch format {
        case .text:
            for diagnostic in all { StandardError.write(diagnostic.description) }
            for summary in summaries { print(summary) }
            let errors = all.filter { $0.severity == .error }.count
            if errors > 0 {
                StandardError.write(
                    "\(errors) error\(errors == 1 ? "" : "s") in \(Set(all.map(\.file)).count) of \(files.count) file\(files.count == 1 ? "" : "s")"
                )
            }
        case .json:
            print(DiagnosticJSON.array(all))
        }
        if all.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
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

    static func array(_ diagnostics: [PlanFileDiagnostic]) -> String {
        let entries = diagnostics.map { diagnostic in
            Entry(
                file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
                severity: diagnostic.severity.rawValue, code: diagnostic.issue.code.rawValue,
                path: diagnostic.issue.path.description, message: diagnostic.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
