/// One field of comma-separated values as RFC 4180 writes it, for every table the project exports.
///
/// A field is quoted when it holds a comma, a quote or a line break (CR, LF or the two together), or
/// starts or ends with a space or tab that a spreadsheet would otherwise drop; quotes inside it are
/// doubled.
///
/// A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` as a formula, and Excel also one
/// that starts with a tab or a carriage return, so a plan's text such as `=HYPERLINK("http://…")` would
/// run when the file is opened (OWASP, "CSV Injection"). Such a field gets a single quote in front, inside
/// the quotes — `"'=HYPERLINK(…)"` — which spreadsheets show as text; a plain number such as `-3` or
/// `-0.5` is left as it is, so a column of numbers stays numbers. Control characters other than TAB, CR
/// and LF are written as ``VisibleText`` escapes (`\u{1B}`), so a spreadsheet never receives a raw ESC.
///
/// ```swift
/// CSVField.quoted("1,5")          // "\"1,5\""
/// CSVField.quoted("säg \"hej\"")  // "\"säg \"\"hej\"\"\""
/// CSVField.quoted("Origo")        // "Origo"
/// CSVField.quoted("=1+2")         // "\"'=1+2\""
/// CSVField.quoted("-3")           // "-3"
/// ```
public enum CSVField {
    /// `text` as a field, quoted only when it must be, and neutralised when a spreadsheet would take it
    /// for a formula.
    public static func quoted(_ text: String) -> String {
        let text = VisibleText.escaped(text, keeping: [.tab, .lineFeed, .carriageReturn])
        // Scalars, not Characters: "\r\n" is one Character, equal neither to "\r" nor to "\n".
        let scalars = text.unicodeScalars
        let isFormula = startsLikeFormula(scalars)
        let needsQuotes =
            isFormula || scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || scalars.first.map(isBlank) == true || scalars.last.map(isBlank) == true
        guard needsQuotes else { return text }
        var result = String.UnicodeScalarView()
        result.append("\"")
        if isFormula { result.append("'") }
        for scalar in scalars {
            if scalar == "\"" { result.append("\"") }
            result.append(scalar)
        }
        result.append("\"")
        return String(result)
    }

    /// Whether a spreadsheet would read the field as a formula: it starts with one of the characters
    /// that begin one, and is not simply a signed number.
    private static func startsLikeFormula(_ scalars: String.UnicodeScalarView) -> Bool {
        guard let first = scalars.first, formulaStarts.contains(first) else { return false }
        return !isSignedNumber(scalars)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-3`, `+12`, `-0.5`: a sign, digits, and at most one decimal point between digits. Nothing in
    /// such a cell can call a function, so a spreadsheet may read it as the number it is.
    private static func isSignedNumber(_ scalars: String.UnicodeScalarView) -> Bool {
        guard let sign = scalars.first, sign == "-" || sign == "+" else { return false }
        var digitsBefore = 0
        var digitsAfter = 0
        var sawPoint = false
        for scalar in scalars.dropFirst() {
            if ("0"..."9").contains(scalar) {
                if sawPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            } else if scalar == ".", !sawPoint {
                sawPoint = true
            } else {
                return false
            }
        }
        return digitsBefore > 0 && (!sawPoint || digitsAfter > 0)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
