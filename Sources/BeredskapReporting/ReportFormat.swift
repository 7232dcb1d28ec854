/// The formats a report renders to.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Plain text for a terminal.
    case terminal
    /// Markdown.
    case markdown
    /// One self-contained, printable HTML file (inline CSS, no external references).
    case html
    /// JSON.
    case json
    /// Comma-separated values, for reports that are tables.
    case csv

    /// The format named `name` (`md` is short for Markdown, `text` and `table` mean the terminal).
    public init?(name: String) {
        switch name.lowercased() {
        case "terminal", "text", "table", "box": self = .terminal
        case "markdown", "md": self = .markdown
        case "html": self = .html
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}
