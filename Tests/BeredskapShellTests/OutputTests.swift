import BeredskapModel
import Foundation
import Testing

@testable import BeredskapShell

/// Golden tests of the table renderer: every expected string below is written out by hand.
struct OutputTests {
    /// Swedish text, a combining diaeresis ("Mo" + U+0308 + "te"), wide CJK text, integers, a null and lists.
    static let plans = ResultTable(
        columns: ["id", "name", "minAge", "functions"],
        rows: [
            [.text("plus"), .text("PLUS Föräldrastöd"), .integer(13), .list(["stöd", "råd", "krisstöd"])],
            [.text("mote"), .text("Mo\u{0308}te"), .null, .list(["samverkan"])],
            [.text("tokyo"), .text("東京"), .integer(7), .list([])],
        ])

    /// Joins lines with line breaks and ends the text with one, as the renderer does.
    static func lines(_ lines: String...) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    // MARK: Golden tests, one per mode

    @Test func box() {
        let expected = Self.lines(
            "┌───────┬───────────────────┬────────┬─────────────────────┐",
            "│ id    │ name              │ minAge │ functions           │",
            "├───────┼───────────────────┼────────┼─────────────────────┤",
            "│ plus  │ PLUS Föräldrastöd │     13 │ stöd, råd, krisstöd │",
            "│ mote  │ Mo\u{0308}te              │        │ samverkan           │",
            "│ tokyo │ 東京              │      7 │                     │",
            "└───────┴───────────────────┴────────┴─────────────────────┘")
        #expect(TableRenderer.render(Self.plans, mode: .box) == expected)
    }

    @Test func table() {
        let expected = Self.lines(
            "+-------+-------------------+--------+---------------------+",
            "| id    | name              | minAge | functions           |",
            "+-------+-------------------+--------+---------------------+",
            "| plus  | PLUS Föräldrastöd |     13 | stöd, råd, krisstöd |",
            "| mote  | Mo\u{0308}te              |        | samverkan           |",
            "| tokyo | 東京              |      7 |                     |",
            "+-------+-------------------+--------+---------------------+")
        #expect(TableRenderer.render(Self.plans, mode: .table) == expected)
    }

    @Test func csv() {
        let expected = Self.lines(
            "id,name,minAge,functions",
            "plus,PLUS Föräldrastöd,13,\"stöd, råd, krisstöd\"",
            "mote,Mo\u{0308}te,,samverkan",
            "tokyo,東京,7,")
        #expect(TableRenderer.render(Self.plans, mode: .csv) == expected)
    }

    @Test func json() {
        let expected = Self.lines(
            "[",
            #"  {"id": "plus", "name": "PLUS Föräldrastöd", "minAge": 13, "functions": ["stöd", "råd", "krisstöd"]},"#,
            #"  {"id": "mote", "name": "Mo\#u{0308}te", "minAge": null, "functions": ["samverkan"]},"#,
            #"  {"id": "tokyo", "name": "東京", "minAge": 7, "functions": []}"#,
            "]")
        #expect(TableRenderer.render(Self.plans, mode: .json) == expected)
    }

    @Test func markdown() {
        let expected = Self.lines(
            "| id    | name              | minAge | functions           |",
            "|-------|-------------------|-------:|---------------------|",
            "| plus  | PLUS Föräldrastöd |     13 | stöd, råd, krisstöd |",
            "| mote  | Mo\u{0308}te              |        | samverkan           |",
            "| tokyo | 東京              |      7 |                     |")
        #expect(TableRenderer.render(Self.plans, mode: .markdown) == expected)
    }

    @Test func line() {
        let expected = Self.lines(
            "       id = plus",
            "     name = PLUS Föräldrastöd",
            "   minAge = 13",
            "functions = stöd, råd, krisstöd",
            "",
            "       id = mote",
            "     name = Mo\u{0308}te",
            "   minAge = ",
            "functions = samverkan",
            "",
            "       id = tokyo",
            "     name = 東京",
            "   minAge = 7",
            "functions = ")
        #expect(TableRenderer.render(Self.plans, mode: .line) == expected)
    }

    @Test func htmlIsATableWithEscapedCells() {
        let table = ResultTable(
            columns: ["id", "name"], rows: [[.text("a&b"), .text("<Föräldrastöd> \"x\"")], [.integer(7), .null]])
        let expected = Self.lines(
            "<table>",
            "<tr><th>id</th><th>name</th></tr>",
            "<tr><td>a&amp;b</td><td>&lt;Föräldrastöd&gt; &quot;x&quot;</td></tr>",
            "<tr><td>7</td><td></td></tr>",
            "</table>")
        #expect(TableRenderer.render(table, mode: .html) == expected)
    }

    // MARK: Display width

    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("PLUS Föräldrastöd", 17),
        ("Föräldrastöd", 12),
        ("Fo\u{0308}ra\u{0308}ldrasto\u{0308}d", 12),
        ("åäöÅÄÖ", 6),
        ("a\u{030A}a\u{0308}o\u{0308}", 3),
        ("東京", 4),
        ("한국어", 6),
        ("ＡＢ", 4),
        ("ｱｲ", 2),
        ("😀", 2),
        ("🤔", 2),
        ("🚀", 2),
        ("a😀b", 4),
        ("e\u{20DD}", 1),
        ("zero\u{200B}width", 9),
        ("\u{303F}", 1),
        ("↵", 1),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func precomposedAndDecomposedAreEquallyWide() {
        let precomposed = "F\u{00F6}r\u{00E4}ldrast\u{00F6}d"
        let decomposed = "Fo\u{0308}ra\u{0308}ldrasto\u{0308}d"
        #expect(precomposed.unicodeScalars.count == 12)
        #expect(decomposed.unicodeScalars.count == 15)
        #expect(DisplayWidth.of(precomposed) == 12)
        #expect(DisplayWidth.of(decomposed) == 12)
    }

    @Test(arguments: [
        ("ab", 4, false, "ab  "),
        ("ab", 4, true, "  ab"),
        ("東京", 6, false, "東京  "),
        ("7", 3, true, "  7"),
        ("Mo\u{0308}te", 6, false, "Mo\u{0308}te  "),
        ("toolong", 3, false, "toolong"),
        ("東京", 4, true, "東京"),
    ])
    func pad(text: String, width: Int, alignRight: Bool, expected: String) {
        let padded = DisplayWidth.pad(text, to: width, alignRight: alignRight)
        #expect(padded == expected)
        #expect(padded.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    // MARK: Values

    @Test(arguments: [
        (ShellValue.null, ""),
        (.text("Origo"), "Origo"),
        (.integer(13), "13"),
        (.integer(-4), "-4"),
        (.number(30), "30"),
        (.number(2.5), "2.5"),
        (.number(-0.25), "-0.25"),
        (.number(0), "0"),
        (.boolean(true), "true"),
        (.boolean(false), "false"),
        (.list(["stöd", "råd"]), "stöd, råd"),
        (.list([]), ""),
    ])
    func valueText(value: ShellValue, text: String) {
        #expect(value.text == text)
    }

    @Test func numbersRightAlignedAndBooleansLeftAligned() {
        let table = ResultTable(
            columns: ["n", "ok"], rows: [[.number(2.5), .boolean(true)], [.integer(100), .boolean(false)]])
        let expected = Self.lines(
            "┌─────┬───────┐",
            "│ n   │ ok    │",
            "├─────┼───────┤",
            "│ 2.5 │ true  │",
            "│ 100 │ false │",
            "└─────┴───────┘")
        #expect(TableRenderer.render(table, mode: .box) == expected)
    }

    // MARK: Line breaks

    @Test(arguments: [
        (OutputMode.box, lines("┌───────────┐", "│ note      │", "├───────────┤", "│ two↵lines │", "└───────────┘")),
        (.table, lines("+-----------+", "| note      |", "+-----------+", "| two↵lines |", "+-----------+")),
        (.markdown, lines("| note      |", "|-----------|", "| two↵lines |")),
        (.line, lines("note = two↵lines")),
        (.csv, lines("note", "\"two\nlines\"")),
        (.json, lines("[", #"  {"note": "two\nlines"}"#, "]")),
    ])
    func lineBreaks(mode: OutputMode, expected: String) {
        let table = ResultTable(columns: ["note"], rows: [[.text("two\nlines")]])
        #expect(TableRenderer.render(table, mode: mode) == expected)
    }

    @Test func carriageReturnsBecomeOneArrow() {
        let table = ResultTable(columns: ["n"], rows: [[.text("a\r\nb\rc")]])
        #expect(TableRenderer.render(table, mode: .line) == "n = a↵b↵c\n")
    }

    // MARK: CSV

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("Föräldrastöd", "Föräldrastöd"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("windows\r\nline", "\"windows\r\nline\""),
        (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""),
        ("inner space", "inner space"),
    ])
    func csvQuoting(text: String, field: String) {
        let table = ResultTable(columns: ["v"], rows: [[.text(text)]])
        #expect(TableRenderer.render(table, mode: .csv) == "v\n" + field + "\n")
    }

    @Test func csvValueKinds() {
        let table = ResultTable(
            columns: ["a,b", "n", "x", "ok", "items", "none"],
            rows: [[.text("t"), .integer(13), .number(2.5), .boolean(false), .list(["a", "b"]), .null]])
        let expected = Self.lines(
            "\"a,b\",n,x,ok,items,none",
            "t,13,2.5,false,\"a, b\",")
        #expect(TableRenderer.render(table, mode: .csv) == expected)
    }

    // MARK: JSON

    @Test func jsonEscaping() {
        let table = ResultTable(
            columns: ["say \"hi\"", "text"],
            rows: [[.text("q\"b\\s/"), .text("n\nr\rt\tb\u{08}f\u{0C}bell\u{07}esc\u{1B} åäö 東京 😀")]])
        let expected = Self.lines(
            "[",
            #"  {"say \"hi\"": "q\"b\\s/", "text": "n\nr\rt\tb\bf\fbell\u0007esc\u001b åäö 東京 😀"}"#,
            "]")
        #expect(TableRenderer.render(table, mode: .json) == expected)
    }

    @Test func jsonValueKinds() {
        let table = ResultTable(
            columns: ["i", "x", "whole", "inf", "ok", "none", "items"],
            rows: [
                [.integer(-3), .number(2.5), .number(30), .number(.infinity), .boolean(true), .null, .list(["a\"b"])],
                [.integer(0), .number(-0.5), .number(1e20), .number(.nan), .boolean(false), .null, .list([])],
            ])
        let expected = Self.lines(
            "[",
            #"  {"i": -3, "x": 2.5, "whole": 30, "inf": null, "ok": true, "none": null, "items": ["a\"b"]},"#,
            #"  {"i": 0, "x": -0.5, "whole": 1e+20, "inf": null, "ok": false, "none": null, "items": []}"#,
            "]")
        #expect(TableRenderer.render(table, mode: .json) == expected)
    }

    // MARK: Markdown

    @Test func markdownEscapesPipesAndRightAlignsNumericColumns() {
        let table = ResultTable(
            columns: ["a|b", "n", "note", "mixed"],
            rows: [
                [.text("x|y"), .number(2.5), .null, .integer(1)],
                [.text("z"), .integer(10), .null, .text("one")],
                [.text("w"), .null, .null, .integer(22)],
            ])
        let expected = Self.lines(
            #"| a\|b | n   | note | mixed |"#,
            #"|------|----:|------|-------|"#,
            #"| x\|y | 2.5 |      |     1 |"#,
            #"| z    |  10 |      | one   |"#,
            #"| w    |     |      |    22 |"#)
        #expect(TableRenderer.render(table, mode: .markdown) == expected)
    }

    // MARK: Empty tables

    @Test(arguments: [
        (OutputMode.box, lines("┌────┬──────┐", "│ id │ name │", "└────┴──────┘")),
        (.table, lines("+----+------+", "| id | name |", "+----+------+")),
        (.csv, lines("id,name")),
        (.json, lines("[]")),
        (.markdown, lines("| id | name |", "|----|------|")),
        (.line, ""),
    ])
    func emptyTable(mode: OutputMode, expected: String) {
        let table = ResultTable(columns: ["id", "name"], rows: [])
        #expect(TableRenderer.render(table, mode: mode) == expected)
    }

    @Test(arguments: OutputMode.allCases)
    func tableWithoutColumns(mode: OutputMode) {
        let table = ResultTable(columns: [], rows: [])
        #expect(TableRenderer.render(table, mode: mode) == (mode == .json ? "[]\n" : ""))
    }

    @Test func shortRowsAreFilledWithNulls() {
        let table = ResultTable(columns: ["id", "n"], rows: [[.text("a")], [.text("b"), .integer(2), .integer(3)]])
        #expect(TableRenderer.render(table, mode: .csv) == Self.lines("id,n", "a,", "b,2"))
    }

    @Test func everyModeHasAName() {
        #expect(OutputMode.allCases.map(\.rawValue) == ["box", "table", "csv", "json", "markdown", "line", "html"])
        #expect(OutputMode(rawValue: "markdown") == .markdown)
    }
}

@Suite struct TerminalStyleTests {
    @Test func headersAreBoldOnlyWhenStyled() {
        let table = ResultTable(columns: ["id"], rows: [[.text("origo")]])
        #expect(TableRenderer.render(table, mode: .box, style: TerminalStyle(colored: true)).contains("\u{1B}[1mid"))
        #expect(!TableRenderer.render(table, mode: .box).contains("\u{1B}"))
        #expect(!TableRenderer.render(table, mode: .csv, style: TerminalStyle(colored: true)).contains("\u{1B}"))
    }

    @Test func onlyTheDiagnosticLabelIsColoured() {
        let message = "edit.bsh:3:17: error: no unit 'origoo'"
        #expect(
            TerminalStyle(colored: true).diagnostic(message)
                == "edit.bsh:3:17: \u{1B}[1;31merror:\u{1B}[0m no unit 'origoo'")
        #expect(TerminalStyle.plain.diagnostic(message) == message)
    }

    @Test func aPipeIsNeverColouredAndNoColorWins() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer {
            close(descriptors[0])
            close(descriptors[1])
        }
        #expect(TerminalStyle.detect(for: descriptors[1], environment: [:]) == .plain)
        #expect(TerminalStyle.detect(for: descriptors[1], environment: ["NO_COLOR": "1"]) == .plain)
    }
}
