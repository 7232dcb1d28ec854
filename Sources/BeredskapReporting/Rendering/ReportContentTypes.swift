import Mustache

/// How `{{value}}` is escaped in each templated format.
///
/// HTML templates use Mustache's own HTML escaping. Markdown and terminal templates get a content type
/// of their own, which the renderer selects by putting a `CONTENT_TYPE` pragma in front of every
/// template it loads for those formats, so a replacement template cannot forget it.
enum ReportContentTypes {
    /// The name of the Markdown content type.
    static let markdown = "BEREDSKAP_MARKDOWN"
    /// The name of the terminal content type.
    static let terminal = "BEREDSKAP_TERMINAL"

    /// Registers the content types with Mustache; evaluated once, before the first template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: markdown)
        MustacheContentTypes.register(TerminalEscaping(), named: terminal)
    }()

    /// The pragma line that selects the content type for templates with `templateExtension`, or "" for
    /// HTML. It is a line of its own, which Mustache drops from the output as a standalone tag, so a
    /// template's first line stays standalone too; errors are reported one line up to make up for it.
    static func pragma(for templateExtension: String) -> String {
        switch templateExtension {
        case "md": "{{% CONTENT_TYPE: \(markdown) }}\n"
        case "txt": "{{% CONTENT_TYPE: \(terminal) }}\n"
        default: ""
        }
    }
}

/// Markdown escaping: characters that would start emphasis, code, links, HTML or a table cell are
/// backslash-escaped, and line breaks become spaces so a value never breaks a table row or a list item.
struct MarkdownEscaping: MustacheContentType {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"]

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(" ")
            } else {
                if Self.special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}

/// Terminal escaping: control characters other than line breaks and tabs are dropped, so a plan's text
/// cannot move the cursor or change colours.
struct TerminalEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    scalar == "\n" || scalar == "\t"
                        || !(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value))
                }))
    }
}
