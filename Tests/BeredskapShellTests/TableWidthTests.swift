import BeredskapModel
import Testing

@testable import BeredskapShell

/// Tables fitted to the width of the terminal: wrapped cells and `.expanded` records.
struct TableWidthTests {
    /// A `search`-like result whose text cell is 300 characters of Swedish words.
    static let search: ResultTable = {
        var words: [String] = []
        var index = 0
        while words.joined(separator: " ").count < 300 {
            words.append(["räddningstjänst", "krisstöd", "föräldrar", "samverkan", "ö"][index % 5] + String(index))
            index += 1
        }
        let text = String(words.joined(separator: " ").prefix(300))
        return ResultTable(
            columns: ["kind", "id", "field", "text"],
            rows: [
                [.text("unit"), .text("plus-foraldrastod"), .text("description"), .text(text)],
                [.text("unit"), .text("origo"), .text("name"), .text("Origo")],
            ])
    }()

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The words of the cells of the `text` column, read back from the frame's lines in order.
    static func textColumnWords(_ rendered: String) -> [String] {
        lines(rendered).filter { $0.hasPrefix("│") }.dropFirst().flatMap { line in
            line.split(separator: "│", omittingEmptySubsequences: false).dropFirst(4).first.map {
                $0.split(separator: " ").map(String.init)
            } ?? []
        }
    }

    @Test(arguments: [OutputMode.box, .table])
    func aLongCellWrapsToTheWidth(mode: OutputMode) {
        let rendered = TableRenderer.render(Self.search, mode: mode, width: 80)
        let lines = Self.lines(rendered)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { DisplayWidth.of($0) == 80 })
        #expect(lines.count > 8)
    }

    @Test func everyWordOfTheCellStaysInOrder() throws {
        let rendered = TableRenderer.render(Self.search, mode: .box, width: 80)
        let text = try #require(
            {
                if case .text(let text) = Self.search.rows[0][3] { return text }
                return nil
            }())
        #expect(Self.textColumnWords(rendered) == text.split(separator: " ").map(String.init) + ["Origo"])
    }

    @Test func aWordWiderThanItsColumnBreaksAtTheEdge() {
        #expect(TableRenderer.wrapped("ab räddningstjänsten", to: 8) == ["ab", "räddning", "stjänste", "n"])
        #expect(TableRenderer.wrapped("en två tre", to: 7) == ["en två", "tre"])
        #expect(TableRenderer.wrapped("ryms", to: 8) == ["ryms"])
    }

    @Test func swedishLettersAndWideCharactersCountByDisplayWidth() {
        // "ö" decomposed takes one column, and each of 東京 two: a line of 東京 at width 3 holds one.
        #expect(TableRenderer.wrapped("Mo\u{0308}te Mo\u{0308}te", to: 9) == ["Mo\u{0308}te Mo\u{0308}te"])
        #expect(TableRenderer.wrapped("東京東京", to: 5) == ["東京", "東京"])
        let table = ResultTable(
            columns: ["id", "name"],
            rows: [[.text("plus"), .text(String(repeating: "Föräldrastöd 東京 Mo\u{0308}te ", count: 6))]])
        let lines = Self.lines(TableRenderer.render(table, mode: .box, width: 40))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(lines.contains { DisplayWidth.of($0) == 40 })
        #expect(lines.count > 5)
    }

    @Test func numbersStayRightAligned() {
        let table = ResultTable(
            columns: ["id", "minAge", "text"],
            rows: [[.text("plus"), .integer(13), .text(String(repeating: "krisstöd ", count: 10))]])
        let lines = Self.lines(TableRenderer.render(table, mode: .table, width: 40))
        #expect(lines[3].hasPrefix("| plus |     13 | krisstöd"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func aTableThatFitsIsUnchanged() {
        for mode in OutputMode.allCases {
            #expect(
                TableRenderer.render(OutputTests.plans, mode: mode, width: 200)
                    == TableRenderer.render(OutputTests.plans, mode: mode))
        }
    }

    @Test func otherModesIgnoreTheWidth() {
        for mode in [OutputMode.csv, .json, .markdown, .line, .html] {
            #expect(
                TableRenderer.render(Self.search, mode: mode, width: 80, expanded: .on)
                    == TableRenderer.render(Self.search, mode: mode))
        }
    }

    @Test func expandedOnPrintsRecords() {
        let table = ResultTable(
            columns: ["id", "minAge", "functions"],
            rows: [
                [.text("plus"), .integer(13), .list(["stöd", "råd"])],
                [.text("tokyo"), .null, .list(["東京"])],
            ])
        let expected = OutputTests.lines(
            "-[ RECORD 1 ]--------",
            "id        | plus",
            "minAge    | 13",
            "functions | stöd, råd",
            "-[ RECORD 2 ]--------",
            "id        | tokyo",
            "minAge    |",
            "functions | 東京")
        #expect(TableRenderer.render(table, mode: .table, expanded: .on) == expected)
        let box = TableRenderer.render(table, mode: .box, expanded: .on)
        #expect(box.hasPrefix("─[ RECORD 1 ]────────\nid        │ plus\n"))
    }

    @Test func expandedRecordsWrapToTheWidth() {
        let rendered = TableRenderer.render(Self.search, mode: .box, width: 60, expanded: .on)
        let lines = Self.lines(rendered)
        #expect(lines.first?.hasPrefix("─[ RECORD 1 ]────") == true)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines.filter { $0.hasPrefix("text  │ ") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("      │ ") }.count > 3)
    }

    @Test func expandedAutoSwitchesWhereTheShrunkTableNoLongerFits() {
        // Minimum widths: kind 4 (all its cells), id 8, field 8, text 8, and a frame of 13: 41 columns.
        let fits = TableRenderer.render(Self.search, mode: .box, width: 41, expanded: .auto)
        #expect(fits.hasPrefix("┌"))
        #expect(Self.lines(fits).allSatisfy { DisplayWidth.of($0) <= 41 })
        let tooNarrow = TableRenderer.render(Self.search, mode: .box, width: 40, expanded: .auto)
        #expect(tooNarrow.hasPrefix("─[ RECORD 1 ]"))
        // Off, the too narrow table keeps its minimum widths and runs past the width.
        let off = TableRenderer.render(Self.search, mode: .box, width: 40)
        #expect(Self.lines(off).allSatisfy { DisplayWidth.of($0) == 41 })
        // With no width, auto never expands.
        #expect(
            TableRenderer.render(Self.search, mode: .box, expanded: .auto)
                == TableRenderer.render(Self.search, mode: .box))
    }

    @Test func aSessionFitsTablesToItsWidthAndSetsExpanded() throws {
        let shell = try TestShell()
        shell.run(".mode box")
        let unlimited = shell.run("search foraldrastod")
        #expect(Self.lines(unlimited).contains { DisplayWidth.of($0) > 60 })
        shell.session.tableWidth = 60
        #expect(Self.lines(shell.run("search foraldrastod")).allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(shell.run(".expanded") == "expanded display: off\n")
        shell.run(".expanded on")
        #expect(shell.run(".expanded") == "expanded display: on\n")
        #expect(shell.run("search foraldrastod").hasPrefix("─[ RECORD 1 ]"))
        shell.run(".expanded sideways")
        #expect(shell.errors.last?.contains(".expanded takes on, off or auto") == true)
        #expect(shell.session.expanded == .on)
    }
}
