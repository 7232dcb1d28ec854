/// One field of comma-separated values as RFC 4180 writes it, for every table the project exports.
///
/// A field is quoted when it holds a comma, a quote or a line break (CR, LF or the two together), or
/// starts or ends with a space or tab that a spreadsheet would otherwise drop; quotes inside it are
/// doubled.
///
/// A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` as a formula, and Excel also one
/// that starts with a tab or a carriage return, so a plan's text such as `=HYPERLINK("http://…")` would
/// run when the file is opened (OWASP, "CSV Injection"). Such a field gets a single quote in front, inside
/// the quotes — `"'=HYPERLINK(…)"` — which spreadsheets show as text (and so does a text that starts
/// with such a quote already, so that ``unguarded(_:)`` can undo it); a plain number such as `-3` or
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
    ///
    /// - Parameters:
    ///   - text: The field's text.
    ///   - separator: The file's field separator: a comma, or the semicolon of a spreadsheet in a
    ///     language that writes decimals with a comma (Swedish Excel); a field holding it is quoted.
    public static func quoted(_ text: String, separator: Unicode.Scalar = ",") -> String {
        let text = VisibleText.escaped(text, keeping: [.tab, .lineFeed, .carriageReturn])
        // Scalars, not Characters: "\r\n" is one Character, equal neither to "\r" nor to "\n".
        let scalars = text.unicodeScalars
        let isFormula = isGuarded(scalars)
        let needsQuotes =
            isFormula || scalars.contains { $0 == "," || $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
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

    /// A field's text as it was before ``quoted(_:separator:)`` guarded it: the single quote put in
    /// front of a formula taken away. For a program that reads back a file the project wrote (the
    /// MSEL's spreadsheet); a field read by the CSV reader, without its enclosing quotes.
    ///
    /// ```swift
    /// CSVField.unguarded("'=1+2")   // "=1+2"
    /// CSVField.unguarded("'tis")    // "'tis"
    /// ```
    public static func unguarded(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.first == "'", isGuarded(String.UnicodeScalarView(scalars.dropFirst())) else { return field }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }

    /// Whether a field gets the single quote in front: it starts like a formula, or it is a guarded
    /// field already (`'=1+2`), so that ``unguarded(_:)`` gives every text back as it was.
    private static func isGuarded(_ scalars: String.UnicodeScalarView) -> Bool {
        var rest = Substring.UnicodeScalarView(scalars)
        while rest.first == "'" { rest = rest.dropFirst() }
        return startsLikeFormula(String.UnicodeScalarView(rest))
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
