import BeredskapWorkspace

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

/// An error of the command language or of what a statement asked for, with where it was written.
public typealias ShellError = WorkspaceError
