/// A place in shell input: the source (a file, `-c`, standard input), line and column, from 1.
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

/// A word, a quoted string or a symbol of the command language.
struct Token: Equatable {
    enum Kind: Equatable {
        /// Letters, digits and `-_.:/+@` — keywords, ids, numbers, dates.
        case word
        /// Text in double or single quotes, unescaped.
        case string
        /// `= != < <= > >= ~ , ( ) [ ] { } ;`
        case symbol
    }

    let kind: Kind
    let text: String
    let line: Int
    let column: Int

    /// Whether the token is the keyword `word` (written in lowercase ASCII), in any case.
    func isKeyword(_ word: String) -> Bool {
        guard kind == .word, text.utf8.count == word.utf8.count else { return false }
        // Byte by byte, without making a lowercased copy: this runs for every keyword the parser tries.
        return zip(text.utf8, word.utf8).allSatisfy { typed, keyword in
            typed == keyword || (typed >= 0x41 && typed <= 0x5A && typed + 0x20 == keyword)
        }
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Why input is not a command: what and where.
public struct ShellError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public var message: String
    /// Where, when the error comes from a place in the input.
    public var location: InputLocation?

    /// Creates an error.
    public init(_ message: String, at location: InputLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `SOURCE:LINE:COLUMN: error: message`, or `error: message`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "error: " + message
    }
}
