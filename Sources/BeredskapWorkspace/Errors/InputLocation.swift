/// A place in the input a request came from: a script's line and column, a command-line argument.
///
/// The workspace does not read input itself; a front end that parses a command language passes the
/// location of each part along, so that an error can point at it.
public struct InputLocation: Sendable, Equatable, CustomStringConvertible {
    /// The source's name as messages show it (`plan.bsh`, `<command line>`, `<stdin>`).
    public var source: String
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// Creates a location.
    public init(source: String, line: Int, column: Int) {
        self.source = source
        self.line = line
        self.column = column
    }

    /// `SOURCE:LINE:COLUMN`.
    public var description: String { "\(source):\(line):\(column)" }
}
