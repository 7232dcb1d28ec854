/// A problem in a scenario: `bench-night.yaml:12:5: error: unknown role 'stadsdirektör'; did you mean
/// 'stadsdirektor'?`.
///
/// A scenario built in Swift has no file; its diagnostics name the scenario and the place inside it
/// (`bench-night: responses.stadsdirektör: error: …`).
public struct ScenarioDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or the scenario's name.
    public var file: String
    /// The line, from 1, when the scenario came from a file.
    public var line: Int?
    /// The column, from 1, when the scenario came from a file.
    public var column: Int?
    /// Where in the scenario the problem is ("decisions.posom-beslut.scripted").
    public var path: String
    /// What is wrong and what to do.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, or `NAME: PATH: error: message` without a position.
    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): error: \(message)" }
        return path.isEmpty ? "\(file): error: \(message)" : "\(file): \(path): error: \(message)"
    }
}

/// A scenario that cannot be read or run; ``diagnostics`` lists every problem found.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// Every problem, in file order.
    public var diagnostics: [ScenarioDiagnostic]

    /// Creates an error.
    public init(diagnostics: [ScenarioDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A problem the validator found, at a path inside the scenario, before it is given a file position.
public struct ScenarioIssue: Hashable, Sendable {
    /// The keys and indices leading to the problem (`["decisions", "posom-beslut", "scripted"]`).
    public var path: [String]
    /// What is wrong and what to do.
    public var message: String

    /// Creates an issue.
    public init(at path: [String], _ message: String) {
        self.path = path
        self.message = message
    }

    /// The path written with dots.
    public var dottedPath: String { path.joined(separator: ".") }
}
