import BeredskapModel

/// A problem in a plan file at a line and column: `plan.yaml:12:7: error: unknown key 'functons'; did
/// you mean 'functions'?`.
public struct PlanFileDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column in Unicode scalars, from 1.
    public var column: Int
    /// The problem, with the path inside the plan it concerns.
    public var issue: PlanIssue

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, issue: PlanIssue) {
        self.file = file
        self.line = line
        self.column = column
        self.issue = issue
    }

    /// How serious the problem is.
    public var severity: PlanIssue.Severity { issue.severity }

    /// What is wrong and what to do.
    public var message: String { issue.message }

    /// `FILE:LINE:COLUMN: error: message`, the form compilers and editors understand.
    public var description: String {
        "\(file):\(line):\(column): \(issue.severity.rawValue): \(issue.message)"
    }
}

/// A plan file that could not be read because it has errors; ``diagnostics`` lists every one.
public struct PlanFileError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var diagnostics: [PlanFileDiagnostic]

    /// Creates an error from the problems found.
    public init(diagnostics: [PlanFileDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
