import BeredskapModel

/// The text rules of RFC 5545: TEXT escaping, line folding and CRLF line ends.
enum ICalendarText {
    /// A TEXT value escaped: backslash, semicolon and comma get a backslash, line breaks become `\n`.
    /// RFC 5545 allows no other control character in TEXT, so those are `VisibleText` (BeredskapModel) escapes.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in VisibleText.escaped(text, keeping: [.lineFeed, .carriageReturn]) {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// One content line folded so no line is longer than 75 octets of UTF-8: continuation lines start
    /// with a space, and a fold never falls inside a character. Each line ends with CRLF.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit && !current.isEmpty {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.enumerated().map { ($0.offset == 0 ? "" : " ") + $0.element + "\r\n" }.joined()
    }
}
