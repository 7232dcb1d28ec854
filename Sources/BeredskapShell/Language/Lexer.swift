/// Splits shell input into tokens, and tells whether input is complete or continues on the next line
/// (an open quote or bracket).
struct Lexer {
    enum Result: Equatable {
        case tokens([Token])
        /// The input ends inside a quote or bracket; more lines are needed.
        case incomplete
        case failure(message: String, line: Int, column: Int)
    }

    static let symbols: Set<Unicode.Scalar> = ["=", "<", ">", "~", ",", "(", ")", "[", "]", "{", "}", ";", "!"]

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII from a table: Unicode's letter and number properties are slow to look up, and a script
        // of 100,000 lines is nearly all ASCII.
        if scalar.isASCII { return asciiWordBytes[Int(scalar.value)] }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.isGraphemeExtend
    }

    private static let asciiWordBytes: [Bool] = (0..<128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        return character.isLetter || character.isNumber || "-_.:/+@*".contains(character)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Tokens of `text`, whose first line is line `firstLine` of its source.
    ///
    /// The lexer walks Unicode scalars, not Characters (grapheme breaking is the slow part of a long
    /// script); columns still count what a person sees, because combining marks do not advance them.
    static func tokenize(_ text: String, firstLine: Int = 1) -> Result {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        var line = firstLine
        var column = 1
        var depth = 0
        var index = scalars.startIndex
        func advance() {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                column = 1
            } else if scalar.isASCII || !scalar.properties.isGraphemeExtend {
                column += 1
            }
            index = scalars.index(after: index)
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "#" {
                while index < scalars.endIndex && scalars[index] != "\n" { advance() }
                continue
            }
            if isSpace(scalar) {
                advance()
                continue
            }
            let (startLine, startColumn) = (line, column)
            if scalar == "\"" || scalar == "'" {
                advance()
                var value = String.UnicodeScalarView()
                var closed = false
                while index < scalars.endIndex {
                    let next = scalars[index]
                    if next == scalar {
                        advance()
                        // A doubled quote stands for the quote itself, as in SQL.
                        if index < scalars.endIndex && scalars[index] == scalar {
                            value.append(scalar)
                            advance()
                            continue
                        }
                        closed = true
                        break
                    }
                    if next == "\\" && scalar == "\"" {
                        advance()
                        guard index < scalars.endIndex else { break }
                        let escaped = scalars[index]
                        switch escaped {
                        case "n": value.append("\n")
                        case "t": value.append("\t")
                        default: value.append(escaped)
                        }
                        advance()
                        continue
                    }
                    value.append(next)
                    advance()
                }
                guard closed else { return .incomplete }
                tokens.append(Token(kind: .string, text: String(value), line: startLine, column: startColumn))
                continue
            }
            if symbols.contains(scalar) {
                advance()
                var symbol = String(scalar)
                if (scalar == "<" || scalar == ">" || scalar == "!") && index < scalars.endIndex
                    && scalars[index] == "="
                {
                    symbol.append("=")
                    advance()
                }
                if symbol == "!" {
                    return .failure(
                        message: "'!' must be followed by '=' (not equal)", line: startLine, column: startColumn)
                }
                if symbol == "(" || symbol == "[" || symbol == "{" { depth += 1 }
                if symbol == ")" || symbol == "]" || symbol == "}" { depth -= 1 }
                tokens.append(Token(kind: .symbol, text: symbol, line: startLine, column: startColumn))
                continue
            }
            if isWordCharacter(scalar) {
                let wordStart = index
                while index < scalars.endIndex && isWordCharacter(scalars[index]) { advance() }
                tokens.append(
                    Token(
                        kind: .word, text: String(scalars[wordStart..<index]), line: startLine, column: startColumn))
                continue
            }
            return .failure(
                message: "unexpected character '\(Character(scalar))'; quote text that contains it", line: startLine,
                column: startColumn)
        }
        return depth > 0 ? .incomplete : .tokens(tokens)
    }
}
