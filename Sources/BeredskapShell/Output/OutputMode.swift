/// How the shell prints results, modelled on the output modes of the sqlite3 shell (`.mode box` and so on).
public enum OutputMode: String, CaseIterable, Sendable {
    /// Columns framed with Unicode box-drawing characters, like sqlite3's `.mode box`.
    case box
    /// Columns framed with ASCII `+`, `-` and `|`, like sqlite3's `.mode table`.
    case table
    /// Comma-separated values (RFC 4180) with a header line, one line per row.
    case csv
    /// A JSON array with one object per row, keyed by column name.
    case json
    /// A GitHub-flavoured Markdown table; numeric columns are right-aligned.
    case markdown
    /// One `name = value` line per column, with a blank line between rows, like sqlite3's `.mode line`.
    case line
    /// An HTML `<table>` with a header row, like sqlite3's `.mode html`; reports render as whole documents.
    case html
}
