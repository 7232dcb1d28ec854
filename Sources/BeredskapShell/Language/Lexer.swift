/// Splits shell input into tokens, and tells whether input is complete or continues on the next line
/// (an open quote or bracket).
struct Lexer {
    enum Result: Equatable {
        case tokens([Token])
        /// The input ends inside a quote or bracket; more lines are needed.
        case incomplete
        case failure(message: String, line: Int, column: Int)
    }

    static let symbols: Set<Character> = ["=", "<", ">", "~", ",", "(", ")", "[", "]", ";", "!"]

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_.:/+@*".contains(character)
    }

    /// Tokens of `text`, whose first line is line `firstLine` of its source.
    static func tokenize(_ text: String, firstLine: Int = 1) -> Result {
        var tokens: [Token] = []
        var line = firstLine
        var column = 1
        var depth = 0
        var index = text.startIndex
        func advance() {
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "#" {
                while index < text.endIndex && text[index] != "\n" { advance() }
                continue
            }
            if character.isWhitespace {
                advance()
                continue
            }
            let (startLine, startColumn) = (line, column)
            if character == "\"" || character == "'" {
                advance()
                var value = ""
                var closed = false
                while index < text.endIndex {
                    let next = text[index]
                    if next == character {
                        advance()
                        // A doubled quote stands for the quote itself, as in SQL.
                        if index < text.endIndex && text[index] == character {
                            value.append(character)
                            advance()
                            continue
                        }
                        closed = true
                        break
                    }
                    if next == "\\" && character == "\"" {
                        advance()
                        guard index < text.endIndex else { break }
                        let escaped = text[index]
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
                tokens.append(Token(kind: .string, text: value, line: startLine, column: startColumn))
                continue
            }
            if symbols.contains(character) {
                advance()
                var symbol = String(character)
                if (character == "<" || character == ">" || character == "!") && index < text.endIndex
                    && text[index] == "="
                {
                    symbol.append("=")
                    advance()
                }
                if symbol == "!" {
                    return .failure(
                        message: "'!' must be followed by '=' (not equal)", line: startLine, column: startColumn)
                }
                if symbol == "(" || symbol == "[" { depth += 1 }
                if symbol == ")" || symbol == "]" { depth -= 1 }
                tokens.append(Token(kind: .symbol, text: symbol, line: startLine, column: startColumn))
                continue
            }
            if isWordCharacter(character) {
                var word = ""
                while index < text.endIndex && isWordCharacter(text[index]) {
                    word.append(text[index])
                    advance()
                }
                tokens.append(Token(kind: .word, text: word, line: startLine, column: startColumn))
                continue
            }
            return .failure(
                message: "unexpected character '\(character)'; quote text that contains it", line: startLine,
                column: startColumn)
        }
        return depth > 0 ? .incomplete : .tokens(tokens)
    }
}
