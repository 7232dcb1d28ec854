/// Why a report could not be rendered: a replacement template that does not parse or is not known,
/// a template directory that cannot be read, or a format the report has no form in.
///
/// Match on ``code``; ``description`` is a message a person can act on, naming the template file and
/// the line and column of a syntax error:
///
/// ```
/// templates/followup.html.mustache:12:31: error: the section 'groups' is closed as 'group'
/// ```
public struct ReportRenderingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Code: String, Hashable, Sendable {
        /// A template does not parse.
        case templateSyntax
        /// A file in the template directory looks like a report template but names no report or format.
        case unknownTemplate
        /// A template includes itself, directly or through other partials, so rendering would never end.
        case recursiveTemplate
        /// The template directory or a file in it cannot be read.
        case unreadableTemplate
        /// The report has no form in the format (the plan document as CSV).
        case formatNotAvailable
        /// The report could not be encoded.
        case encodingFailed
    }

    /// The kind of failure.
    public var code: Code
    /// The template file concerned, when there is one.
    public var file: String?
    /// The line in the file, from 1, for a syntax error.
    public var line: Int?
    /// The column in the line, from 1, for a syntax error.
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, with as much of the location as is known.
    public var description: String {
        guard let file else { return "error: " + message }
        let location = [file, line.map(String.init), line == nil ? nil : column.map(String.init)]
            .compactMap { $0 }.joined(separator: ":")
        return location + ": error: " + message
    }
}
