import BeredskapModel

/// Breaking text into lines of at most a given number of terminal columns, at spaces where it can.
enum TextWrap {
    /// The lines of `text` at most `width` columns wide. Existing line breaks are kept; a word wider
    /// than `width` is broken between characters. Control characters are escaped first
    /// (BeredskapModel's `VisibleText`), so that what is measured is what the terminal shows.
    static func lines(_ text: String, width: Int) -> [String] {
        let text = VisibleText.escaped(text, keeping: .lineBreaks)
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let (head, rest) = split(word, at: width)
                    result.append(head)
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// `text` wrapped to `width` columns, each line after the first indented by `indent` spaces.
    static func paragraph(_ text: String, width: Int, indent: Int = 0) -> String {
        let padding = String(repeating: " ", count: indent)
        return lines(text, width: width - indent).enumerated()
            .map { $0.offset == 0 ? $0.element : padding + $0.element }
            .joined(separator: "\n")
    }

    private static func split(_ word: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let characterWidth = DisplayWidth.of(String(character))
            if used + characterWidth > width && !head.isEmpty { break }
            head.append(character)
            used += characterWidth
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
