import BeredskapModel
import Testing

/// Text from outside the project — a plan, an alert — as the CSV writer and every text form see it.
@Suite struct HostileTextTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
        ("+46 8 508 00 000", "\"'+46 8 508 00 000\""),
        ("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""),
        ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
        ("-", "\"'-\""),
    ])
    func aCellASpreadsheetWouldRunGetsAQuoteInFront(text: String, field: String) {
        #expect(CSVField.quoted(text) == field)
    }

    @Test(arguments: ["-3", "-0.5", "+12", "42", "2017-09-01", "a=b", "Origo"])
    func numbersAndOrdinaryTextStayAsTheyAre(text: String) {
        #expect(CSVField.quoted(text) == text)
    }

    @Test func aCSVCellNeverHoldsARawEscape() {
        #expect(CSVField.quoted("Larm\u{1B}[2J") == "Larm\\u{1B}[2J")
        #expect(CSVField.quoted("rad 1\r\nrad 2") == "\"rad 1\r\nrad 2\"")
    }

    @Test func controlCharactersAreShownAsSwiftEscapes() {
        #expect(VisibleText.escaped("a\u{1B}]0;titel\u{07}b") == "a\\u{1B}]0;titel\\u{7}b")
        #expect(VisibleText.escaped("\u{9B}2J \u{7F}") == "\\u{9B}2J \\u{7F}")
        #expect(VisibleText.escaped("rad 1\n\trad 2", keeping: .lineBreaks) == "rad 1\n\trad 2")
        #expect(VisibleText.escaped("rad 1\r\n", keeping: .lineBreaks) == "rad 1\\u{D}\n")
        #expect(VisibleText.escaped("Föräldrastöd \\ 東京") == "Föräldrastöd \\ 東京")
        let once = VisibleText.escaped("\u{1B}[31m")
        #expect(VisibleText.escaped(once) == once)
    }

    @Test func aSemicolonSeparatedFieldQuotesItsSemicolons() {
        #expect(CSVField.quoted("a;b", separator: ";") == "\"a;b\"")
        #expect(CSVField.quoted("a;b") == "a;b")
        #expect(CSVField.quoted("1,5", separator: ";") == "\"1,5\"")
    }

    @Test(arguments: [
        "=1+2", "+46 8", "-2+3", "@SUM(A1)", "\t=1", "'=1", "''@x", "'tis", "-3", "'-3", "Origo", "", "'",
    ])
    func theFormulaGuardIsUndone(_ text: String) {
        // What the CSV reader gives back of the field: without its enclosing quotes and doubled quotes.
        var field = CSVField.quoted(text)
        if field.hasPrefix("\"") {
            field = String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        #expect(CSVField.unguarded(field) == text)
    }

    @Test func aGuardedTextIsGuardedAgainSoItComesBack() {
        #expect(CSVField.quoted("'=1") == "\"''=1\"")
        #expect(CSVField.quoted("'tis") == "'tis")
    }

    @Test func escapesOfControlCharactersAreUndone() {
        for text in ["Larm\u{1B}[2J", "a\u{1B}]0;titel\u{07}b", "\u{9B}2J \u{7F}", "rad 1\r\n", "\u{0}"] {
            #expect(VisibleText.unescaped(VisibleText.escaped(text)) == text)
        }
        #expect(VisibleText.unescaped("\\u{41} \\u{} \\u{1B \\u{110000} \\") == "\\u{41} \\u{} \\u{1B \\u{110000} \\")
    }
}
