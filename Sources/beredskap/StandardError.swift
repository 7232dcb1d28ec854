import Foundation

/// Diagnostics go to standard error so that standard output carries only results.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }
}

/// A failure already reported on standard error; exits with status 1.
struct ReportedFailure: Error {}

extension ReportedFailure: CustomStringConvertible {
    var description: String { "" }
}
