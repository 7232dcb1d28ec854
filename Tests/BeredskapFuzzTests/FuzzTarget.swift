import BeredskapEscalation
import BeredskapModel
import Foundation

@testable import BeredskapShell
@testable import BeredskapStorage

/// What the harness feeds: each target takes bytes and returns what a user would see, or records an
/// issue when it sees something that must never happen. A crash ends the process; the input that
/// caused it is in the file ``FuzzRecorder`` writes before each run.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The lexer and parser of the command language.
    case command
    /// Whole statements run by a session on a store in memory, without applying edits.
    case session
    /// The plan file reader, on YAML or JSON text.
    case plan
    /// The CAP alert reader.
    case cap
    /// The MSEL spreadsheet reader, into the built-in scenario on the built-in plan.
    case msel
}

/// Runs inputs against the targets. The session and its store are made once: opening a store costs
/// far more than a statement.
final class FuzzRunner {
    private let output = FuzzOutput()
    private var errors: [String] = []
    // The built-in plan is fixed and its own tests read it; it cannot fail.
    private lazy var plan: Plan = try! BuiltInPlans.stockholm()
    private lazy var session: ShellSession = {
        // A failure to open a memory store is a broken build, not a finding.
        let store = try! PlanStore.open(.memory)
        return ShellSession(store: store, mode: .box, output: output) { [unowned self] in self.errors.append($0) }
    }()

    /// What a run showed: the session's output and errors, a parse error, diagnostics.
    struct Outcome {
        var text: String
        /// Set when the target broke a promise: raw control characters shown to a user.
        var violation: String?
    }

    func run(_ target: FuzzTarget, _ input: [UInt8]) -> Outcome {
        switch target {
        case .command:
            let text = String(decoding: input, as: UTF8.self)
            do {
                let statements = try Parser.parse(text, source: "<fuzz>")
                return Outcome(text: "\(statements.count) statements")
            } catch {
                return Outcome(text: error.description)
            }
        case .session:
            let text = String(decoding: input, as: UTF8.self)
            guard Self.isHarmless(text) else { return Outcome(text: "skipped") }
            output.text = ""
            errors.removeAll()
            session.runScript(text, source: "<fuzz>", dryRun: true)
            let seen = output.text + errors.joined(separator: "\n")
            let raw = seen.unicodeScalars.first { VisibleText.isControl($0) && !"\n\t\r".unicodeScalars.contains($0) }
            return Outcome(
                text: seen, violation: raw.map { "a raw U+\(String($0.value, radix: 16, uppercase: true)) was shown" })
        case .plan:
            let text = String(decoding: input, as: UTF8.self)
            let file = text.first == "{" ? "fuzz.json" : "fuzz.yaml"
            let result = PlanFileReader.read(text, file: file)
            // The reader that takes a file a piece at a time gives the whole reader's plan or nothing.
            let pieces = PlanFileReader.readInPieces(input, blockSize: 13, pieceItems: 1)
            let differs = pieces != nil && (!result.diagnostics.isEmpty || pieces != result.plan)
            return Outcome(
                text: result.diagnostics.map(\.description).joined(separator: "\n"),
                violation: differs ? "read in pieces, the file gave another plan than read whole" : nil)
        case .cap:
            do {
                let alert = try CAPParser.parse(data: Data(input), source: "fuzz.cap")
                return Outcome(text: alert.identifier)
            } catch {
                return Outcome(text: error.description)
            }
        case .msel:
            let text = MSELSheet.text(of: Data(input))
            let base = BuiltInScenarios.benchNight
            let read: Scenario
            do {
                read = try MSELSheet.read(text, file: "fuzz.csv", base: base, plan: plan)
            } catch {
                return Outcome(text: error.description)
            }
            // A sheet that reads is exported and read again to the same scenario.
            let again = try? MSELSheet.read(
                MSELSheet.text(for: read, language: "sv"), file: "f.csv", base: base, plan: plan)
            return Outcome(
                text: "\(read.injects.count) injects",
                violation: again == read ? nil : "the sheet's export did not read back to the same scenario")
        }
    }

    /// Whether a session may run `text` in a test: nothing that writes files, starts a process, reads
    /// other files or runs for minutes (`drill simulate` with a huge `--runs`).
    static func isHarmless(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let refused = [
            "out", "once", "output", "read", "template", "svg", "simulate", "runs", "receive", "shell", "system",
        ]
        if refused.contains(where: lowered.contains) { return false }
        return !lowered.split(separator: "\n").contains { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix(".") }
    }
}

/// The session's results of one input; the runner empties it before each.
final class FuzzOutput: ShellOutput {
    var text = ""

    func write(_ text: String) { self.text += text }
}
