/// Why a CAP alert was refused: every problem found, each with a stable code and the place it is at.
///
/// A refusal before parsing (too large, a DTD, not XML, not CAP 1.2) has one problem. A CAP 1.2
/// document that breaks the standard's rules has one problem per broken rule, like a validator's report.
///
/// ```swift
/// do {
///     let alert = try CAPParser.parse(data: data, source: "invalid.cap")
/// } catch {
///     print(error)   // invalid.cap: <scope>: required element is missing
///     error.problems.contains { $0.code == .missingElement }   // true
/// }
/// ```
public struct CAPError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier for a kind of problem, to match in `catch` or in tests.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The document is larger than the parser's size limit.
        public static let tooLarge = Code(rawValue: "too-large")
        /// The document is in a character encoding the parser does not accept.
        public static let unsupportedEncoding = Code(rawValue: "unsupported-encoding")
        /// The document contains a DTD or another markup declaration (`<!DOCTYPE`, `<!ENTITY`).
        public static let forbiddenDeclaration = Code(rawValue: "forbidden-declaration")
        /// The document is not well-formed XML.
        public static let malformedXML = Code(rawValue: "malformed-xml")
        /// The elements are nested deeper than any CAP alert needs.
        public static let tooDeep = Code(rawValue: "too-deep")
        /// The root element is not a CAP `<alert>`.
        public static let notCAP = Code(rawValue: "not-cap")
        /// The root is a CAP alert of another version than 1.2.
        public static let unsupportedVersion = Code(rawValue: "unsupported-version")
        /// A required element is missing.
        public static let missingElement = Code(rawValue: "missing-element")
        /// A required element is present but empty.
        public static let emptyElement = Code(rawValue: "empty-element")
        /// An element that may appear once appears more often.
        public static let duplicateElement = Code(rawValue: "duplicate-element")
        /// An element that CAP 1.2 does not define at this place.
        public static let unexpectedElement = Code(rawValue: "unexpected-element")
        /// A value outside one of CAP's closed lists (urgency `Soon`), or a resource size that is not a number.
        public static let invalidValue = Code(rawValue: "invalid-value")
        /// A date and time not in CAP's form `2002-05-24T16:49:00-07:00`.
        public static let invalidDateTime = Code(rawValue: "invalid-date-time")
        /// An identifier or sender with a space, comma, `<` or `&`.
        public static let invalidIdentifier = Code(rawValue: "invalid-identifier")
        /// `<references>` missing where the message type needs it, or not `sender,identifier,sent`.
        public static let invalidReferences = Code(rawValue: "invalid-references")
        /// A list of addresses or incidents with an unclosed quote.
        public static let invalidList = Code(rawValue: "invalid-list")
        /// A polygon, circle, altitude or ceiling that is not a valid number or shape.
        public static let invalidGeometry = Code(rawValue: "invalid-geometry")
        /// `<restriction>` or `<addresses>` missing where the scope needs it.
        public static let missingForScope = Code(rawValue: "missing-for-scope")
    }

    /// The document the problems are in, as the caller named it (a file name, a URL).
    public var source: String
    /// Every problem found, element by element from the alert down.
    public var problems: [CAPProblem]

    /// Creates an error; `problems` should not be empty.
    public init(source: String, problems: [CAPProblem]) {
        self.source = source
        self.problems = problems
    }

    /// The code of the first problem: for a refusal before parsing, the only one.
    public var code: Code { problems.first?.code ?? .malformedXML }

    /// One line per problem: `source: <info>[1]/<urgency>: message` or `source:3:11: message`.
    public var description: String {
        problems.map { problem in
            if let line = problem.line, problem.location == nil {
                let column = problem.column.map { ":\($0)" } ?? ""
                return "\(source):\(line)\(column): \(problem.message)"
            }
            return "\(source): \(problem)"
        }.joined(separator: "\n")
    }
}

/// One problem in a CAP document: what is wrong, and where.
///
/// An element problem has a ``location`` relative to `<alert>`, such as `<info>[1]/<area>[2]/<polygon>[1]`
/// (indexes count from 1 among the elements of that name), and the line the element is on. A problem
/// found in the bytes, before the elements exist, has only a line and column.
public struct CAPProblem: Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public var code: CAPError.Code
    /// The element path, when the problem belongs to an element.
    public var location: String?
    /// The line (from 1), when known.
    public var line: Int?
    /// The column (from 1, in bytes), when known.
    public var column: Int?
    /// What is wrong and, where possible, what CAP 1.2 expects instead.
    public var message: String

    /// Creates a problem.
    public init(
        _ code: CAPError.Code, at location: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String
    ) {
        self.code = code
        self.location = location
        self.line = line
        self.column = column
        self.message = message
    }

    /// `location: message`, or `line:column: message`, or the message alone.
    public var description: String {
        if let location { return "\(location): \(message)" }
        if let line { return "\(line)\(column.map { ":\($0)" } ?? ""): \(message)" }
        return message
    }
}
