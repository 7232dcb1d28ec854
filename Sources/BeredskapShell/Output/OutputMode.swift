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

/// Whether the box and table modes print each row as a vertical record, like psql's `\x`.
///
/// Set with `.expanded on|off|auto`. A record starts with a `-[ RECORD 1 ]-----` line and has a
/// `column | value` line per column; its values wrap to the width of the terminal.
public enum ExpandedMode: String, CaseIterable, Sendable {
    /// Rows as rows; cells wrap when the table is wider than the terminal.
    case off
    /// Every row as a vertical record.
    case on
    /// Rows as vertical records only when the table would be wider than the terminal even with its
    /// columns shrunk as far as they go; else rows as rows, their cells wrapped.
    case auto
}
