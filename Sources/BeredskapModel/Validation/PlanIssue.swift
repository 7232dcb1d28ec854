/// A problem found in a plan: what is wrong, where, and how to fix it.
///
/// Every check of a plan reports all its problems at once as issues, each with a stable ``Code`` that
/// callers can match and a message that says what to do.
///
/// ```swift
/// for issue in PlanValidator.validate(plan) where issue.code == .unknownReference {
///     print(issue.path, issue.message)   // activities[2].responsible[0] unknown actor 'sof-samordnar' …
/// }
/// ```
public struct PlanIssue: Hashable, Sendable, CustomStringConvertible {
    /// How serious an issue is.
    public enum Severity: String, Sendable, Comparable {
        /// The plan cannot be used until it is fixed.
        case error
        /// The plan works but is probably not what its author meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// A stable identifier for the kind of problem.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The file is not valid YAML or JSON.
        public static let syntax = Code(rawValue: "syntax")
        /// The file's format version is missing or not supported.
        public static let formatVersion = Code(rawValue: "format-version")
        /// A key that the format does not have.
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A required key is missing.
        public static let missingKey = Code(rawValue: "missing-key")
        /// A mapping has the same key twice.
        public static let duplicateKey = Code(rawValue: "duplicate-key")
        /// A value of the wrong type (a list where text belongs).
        public static let typeMismatch = Code(rawValue: "type-mismatch")
        /// A value outside a closed set (`remedia` for a function).
        public static let unknownValue = Code(rawValue: "unknown-value")
        /// An id that does not follow the id syntax.
        public static let invalidID = Code(rawValue: "invalid-id")
        /// Two entities with the same id.
        public static let duplicateID = Code(rawValue: "duplicate-id")
        /// A reference to an id that no entity of the right kind has.
        public static let unknownReference = Code(rawValue: "unknown-reference")
        /// A date that does not exist or does not parse.
        public static let invalidDate = Code(rawValue: "invalid-date")
        /// A number out of range, or a minimum above its maximum.
        public static let invalidRange = Code(rawValue: "invalid-range")
        /// A required text or list is empty.
        public static let emptyValue = Code(rawValue: "empty-value")
        /// An alarm step is missing something its kind needs.
        public static let incompleteStep = Code(rawValue: "incomplete-step")
        /// An alarm step can never run.
        public static let unreachableStep = Code(rawValue: "unreachable-step")
        /// An alarm path whose steps wait for each other in a circle, so it never ends.
        public static let cycle = Code(rawValue: "cycle")
        /// Two values that contradict each other (a rota on a role that is not on duty).
        public static let conflict = Code(rawValue: "conflict")
        /// A rule, a time or a length written in a form that cannot be read (a recurrence rule, a CAP value).
        public static let invalidValue = Code(rawValue: "invalid-value")
    }

    /// How serious the issue is.
    public var severity: Severity
    /// The kind of problem.
    public var code: Code
    /// Where the problem is.
    public var path: PlanPath
    /// What is wrong and, where possible, what to write instead.
    public var message: String

    /// Creates an issue.
    public init(_ severity: Severity = .error, _ code: Code, at path: PlanPath, _ message: String) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: severity: message`.
    public var description: String { "\(path): \(severity.rawValue): \(message)" }
}
