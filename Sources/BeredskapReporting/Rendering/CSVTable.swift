import BeredskapModel

/// Comma-separated values as RFC 4180 writes them: CRLF between records, each field as
/// `CSVField` (BeredskapModel) quotes it.
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
    static func field(_ value: String) -> String { CSVField.quoted(value) }
}
