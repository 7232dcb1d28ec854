/// Comma-separated values as RFC 4180 writes them: CRLF between records, and a field quoted, with its
/// quotes doubled, when it holds a comma, a quote or a line break.
///
/// ```swift
/// CSVTable(header: ["a", "b"], rows: [["1,5", "say \"hi\""]]).text
/// // "a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n"
/// ```
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    /// The table as CSV text, the header first, every record ended by CRLF.
    var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be.
    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
