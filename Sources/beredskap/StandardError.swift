import BeredskapShell
import BeredskapStorage
import Foundation

/// Diagnostics go to standard error so that standard output carries only results; on a terminal
/// their `error:` label is in colour, unless `NO_COLOR` is set.
enum StandardError {
    static let style = TerminalStyle.detect(for: STDERR_FILENO)

    static func write(_ line: String) {
        let text = style.diagnostic(line)
        // A diagnostic that cannot be written (standard error on a full disk) is lost; the exit
        // status still tells.
        _ = ResultFileStream.writeAll(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Ends the program with status 1 when a result did not reach standard output (a full disk,
    /// `> /dev/full`): a cut-short export must not look like a whole one.
    static func exitIfStandardOutputFailed() {
        if let failure = StandardOutput.failure {
            write("error: " + failure)
            exit(1)
        }
    }
}

/// The tool's results: within this executable, `print` writes through the shell's checked
/// ``StandardOutput`` instead of the C library's buffered stream, whose write errors go unseen.
func print(_ text: String, terminator: String = "\n") {
    StandardOutput().write(text + terminator)
}

/// A failure already reported on standard error; exits with status 1.
struct ReportedFailure: Error {}

extension ReportedFailure: CustomStringConvertible {
    var description: String { "" }
}
