import BeredskapModel
import Mustache

/// How `{{value}}` is escaped in each templated format.
///
/// Each format gets a content type of its own, which the renderer selects by putting a `CONTENT_TYPE`
/// pragma in front of every template it loads for that format, so a replacement template cannot forget
/// it. All three write control characters other than tab and line feed as `VisibleText` (BeredskapModel)
/// escapes (`\u{1B}`): a plan's text or an alert's headline must not clear a terminal or retitle its window,
/// whichever form it is read in.
enum ReportContentTypes {
    /// The name of the Markdown content type.
    static let markdown = "BEREDSKAP_MARKDOWN"
    /// The name of the terminal content type.
    static let terminal = "BEREDSKAP_TERMINAL"
    /// The name of the HTML content type.
    static let html = "BEREDSKAP_HTML"

    /// Registers the content types with Mustache; evaluated once, before the first template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: markdown)
        MustacheContentTypes.register(TerminalEscaping(), named: terminal)
        MustacheContentTypes.register(HTMLEscaping(), named: html)
    }()

    /// The pragma line that selects the content type for templates with `templateExtension`, or "" for
    /// the style sheets, which Mustache renders with its own HTML escaping. It is a line of its own, which Mustache drops from the output as a standalone tag, so a
    /// template's first line stays standalone too; errors are reported one line up to make up for it.
    static func pragma(for templateExtension: String) -> String {
        switch templateExtension {
        case "md": "{{% CONTENT_TYPE: \(markdown) }}\n"
        case "txt": "{{% CONTENT_TYPE: \(terminal) }}\n"
        case "html": "{{% CONTENT_TYPE: \(html) }}\n"
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
        for character in VisibleText.escaped(text, keeping: [.lineFeed, .carriageReturn]) {
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

/// Terminal escaping: control characters other than line breaks and tabs are written as visible
/// escapes, so a plan's text cannot move the cursor or change colours.
struct TerminalEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        VisibleText.escaped(text, keeping: .lineBreaks)
    }
}

/// HTML escaping: Mustache's (`<`, `>`, `&`, `"`, `'`), after control characters have been written as
/// visible escapes; a browser would show most of them as nothing at all.
struct HTMLEscaping: MustacheContentType {
    private static let entities: [Character: String] = [
        "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;",
    ]

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in VisibleText.escaped(text, keeping: .lineBreaks) {
            if let entity = Self.entities[character] {
                result += entity
            } else {
                result.append(character)
            }
        }
        return result
    }
}
