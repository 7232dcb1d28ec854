import BeredskapShell
import Foundation

/// Diagnostics go to standard error so that standard output carries only results; on a terminal
/// their `error:` label is in colour, unless `NO_COLOR` is set.
enum StandardError {
    static let style = TerminalStyle.detect(for: STDERR_FILENO)

    static func write(_ line: String) {
        let text = style.diagnostic(line)
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// A failure already reported on standard error; exits with status 1.
struct ReportedFailure: Error {}

extension ReportedFailure: CustomStringConvertible {
    var description: String { "" }
}
