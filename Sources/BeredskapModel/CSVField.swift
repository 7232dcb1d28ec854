/// One field of comma-separated values as RFC 4180 writes it, for every table the project exports.
///
/// A field is quoted when it holds a comma, a quote or a line break (CR, LF or the two together), or
/// starts or ends with a space or tab that a spreadsheet would otherwise drop; quotes inside it are
/// doubled.
///
/// ```swift
/// CSVField.quoted("1,5")          // "\"1,5\""
/// CSVField.quoted("säg \"hej\"")  // "\"säg \"\"hej\"\"\""
/// CSVField.quoted("Origo")        // "Origo"
/// ```
public enum CSVField {
    /// `text` as a field, quoted only when it must be.
    public static func quoted(_ text: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character, equal neither to "\r" nor to "\n".
        let scalars = text.unicodeScalars
        let needsQuotes =
            scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || scalars.first.map(isBlank) == true || scalars.last.map(isBlank) == true
        guard needsQuotes else { return text }
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in scalars {
            if scalar == "\"" { result.append("\"") }
            result.append(scalar)
        }
        result.append("\"")
        return String(result)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
