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

/// Which table a CSV report holds, for a report with more than one: a CSV file is one table, so the
/// follow-up's indicators and their measured values are a table of their own beside its activities.
///
/// ```swift
/// let values = try ReportRenderer().render(.followUp(report), format: .csv, table: .indicators)
/// ```
public enum ReportTable: String, Sendable, CaseIterable {
    /// The report's main table: for the follow-up, a row per activity.
    case activities
    /// The follow-up's indicators: a row per value measured up to the follow-up date, and one with
    /// no value for an indicator not yet measured.
    case indicators
}
