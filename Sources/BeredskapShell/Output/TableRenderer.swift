import BeredskapModel

/// Renders a ``ResultTable`` as text in one of the ``OutputMode``s.
///
/// ```swift
/// let table = ResultTable(columns: ["id", "minAge"], rows: [[.text("origo"), .integer(13)]])
/// print(TableRenderer.render(table, mode: .box), terminator: "")
/// // ┌───────┬────────┐
/// // │ id    │ minAge │
/// // ├───────┼────────┤
/// // │ origo │     13 │
/// // └───────┴────────┘
/// ```
///
/// A list of records (``ShellValue/records(_:)``) shows one record per line: as lines of the row in the
/// box and table modes, lines under the first in the line mode, and `<br>` in Markdown and HTML. Apart
/// from that, in the box, table, markdown and line modes every value stays on one line: a line break is
/// shown as `↵`, and any other control character (ESC, a tab, C1) as its escape from `VisibleText`
/// (BeredskapModel), `\u{1B}`, so a plan's text cannot clear the screen or retitle the window. Columns are
/// as wide as their widest header or value, measured with `DisplayWidth` (BeredskapModel), and
/// numbers are right-aligned. A table without rows still shows its header, except in the line mode.
///
/// Given a `width`, the box and table modes fit the table to it: when the table is wider, its widest
/// columns shrink, in proportion to their widths, while narrow ones keep theirs (never below ``minimumColumnWidth`` columns or their header's width) and their cells
/// wrap at spaces, breaking inside a word only when the word is wider than its column. With
/// ``ExpandedMode/on``, or ``ExpandedMode/auto`` when even the shrunk table is too wide, each row is
/// printed as a vertical record instead, like psql's `\x`:
///
/// ```
/// -[ RECORD 1 ]-------------
/// id     | plus
/// name   | PLUS Föräldrastöd
/// minAge | 13
/// ```
public enum TableRenderer {
    /// The narrowest a column shrinks to when a table is fitted to a width, unless its header or its
    /// widest cell is narrower still.
    public static let minimumColumnWidth = 8

    /// Renders `table` in `mode`.
    ///
    /// - Parameters:
    ///   - table: The table to render.
    ///   - mode: The output mode.
    ///   - style: Whether the headers of the box and table modes are set in bold, for a terminal.
    ///   - width: The width, in terminal columns, that the box and table modes fit their lines to; nil
    ///     for no limit. The other modes ignore it.
    ///   - expanded: Whether the box and table modes print rows as vertical records. The other modes
    ///     ignore it.
    /// - Returns: The rendered text, ending with a line break unless it is empty.
    public static func render(
        _ table: ResultTable, mode: OutputMode, style: TerminalStyle = .plain, width: Int? = nil,
        expanded: ExpandedMode = .off
    ) -> String {
        let rows = table.rows.map { normalized($0, count: table.columns.count) }
        switch mode {
        case .box: return grid(table.columns, rows, frame: .box, style: style, width: width, expanded: expanded)
        case .table: return grid(table.columns, rows, frame: .ascii, style: style, width: width, expanded: expanded)
        case .csv: return csv(table.columns, rows)
        case .json: return json(table.columns, rows)
        case .markdown: return markdown(table.columns, rows)
        case .line: return line(table.columns, rows)
        case .html: return html(table.columns, rows)
        }
    }

    /// The row with exactly `count` values: missing ones are null, extra ones dropped.
    private static func normalized(_ row: [ShellValue], count: Int) -> [ShellValue] {
        if row.count == count { return row }
        if row.count > count { return Array(row.prefix(count)) }
        return row + Array(repeating: .null, count: count - row.count)
    }

    /// `text` with each line break (LF, CR or CRLF) replaced by `↵`, so that it fits on one line, and the
    /// other control characters escaped.
    static func singleLine(_ text: String) -> String {
        VisibleText.escaped(joiningLines(text))
    }

    private static func joiningLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return text }
        var result = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                result.append("↵")
                afterCarriageReturn = true
                continue
            case "\n":
                if !afterCarriageReturn { result.append("↵") }
            default:
                result.append(scalar)
            }
            afterCarriageReturn = false
        }
        return String(result)
    }

    /// The width of each column: the widest of its header and its cells, in terminal columns.
    private static func widths(_ header: [String], _ cells: [[String]]) -> [Int] {
        header.indices.map { column in
            cells.reduce(DisplayWidth.of(header[column])) { max($0, DisplayWidth.of($1[column])) }
        }
    }

    // MARK: box and table

    /// The characters that draw the frame of the box and table modes.
    private struct Frame {
        /// Left corner or tee, horizontal line, crossing and right corner or tee of the top border.
        var top: (String, String, String, String)
        /// The same for the line under the header.
        var middle: (String, String, String, String)
        /// The same for the bottom border.
        var bottom: (String, String, String, String)
        /// The vertical line between cells.
        var vertical: String

        static let box = Frame(
            top: ("┌", "─", "┬", "┐"), middle: ("├", "─", "┼", "┤"), bottom: ("└", "─", "┴", "┘"), vertical: "│")
        static let ascii = Frame(
            top: ("+", "-", "+", "+"), middle: ("+", "-", "+", "+"), bottom: ("+", "-", "+", "+"), vertical: "|")
    }

    private static func grid(
        _ columns: [String], _ rows: [[ShellValue]], frame: Frame, style: TerminalStyle, width: Int?,
        expanded: ExpandedMode
    ) -> String {
        guard !columns.isEmpty else { return "" }
        let header = columns.map(singleLine)
        // The lines of each cell: a list of records has a line per record.
        let cellLines = rows.map { row in row.map { $0.lines.map(singleLine) } }
        let natural = header.indices.map { column in
            cellLines.reduce(DisplayWidth.of(header[column])) { widest, row in
                row[column].reduce(widest) { max($0, DisplayWidth.of($1)) }
            }
        }
        let fitted = width.map { fit(natural, header: header, into: $0) }
        let tooWide = fitted.map { $0.isEmpty } ?? false
        if !rows.isEmpty, expanded == .on || (expanded == .auto && tooWide) {
            return records(header, cellLines, frame: frame, style: style, width: width)
        }
        let widths = fitted.flatMap { $0.isEmpty ? nil : $0 } ?? minimums(natural, header: header, if: width)
        // A row is as many lines tall as its tallest cell, each cell wrapped to its column.
        let cells = cellLines.map { row in
            let lines = row.indices.map { column in row[column].flatMap { wrapped($0, to: widths[column]) } }
            let height = max(1, lines.map(\.count).max() ?? 1)
            return (0..<height).map { index in lines.map { index < $0.count ? $0[index] : "" } }
        }

        func border(_ parts: (String, String, String, String)) -> String {
            parts.0 + widths.map { String(repeating: parts.1, count: $0 + 2) }.joined(separator: parts.2) + parts.3
        }
        func line(_ texts: [String], emphasis: (String) -> String = { $0 }, alignRight: (Int) -> Bool) -> String {
            let padded = texts.indices.map {
                emphasis(DisplayWidth.pad(texts[$0], to: widths[$0], alignRight: alignRight($0)))
            }
            return frame.vertical + " " + padded.joined(separator: " " + frame.vertical + " ") + " " + frame.vertical
        }

        var lines = [border(frame.top), line(header, emphasis: style.bold) { _ in false }]
        if !rows.isEmpty {
            lines.append(border(frame.middle))
            for (row, rowLines) in zip(rows, cells) {
                for texts in rowLines { lines.append(line(texts) { row[$0].isNumeric }) }
            }
        }
        lines.append(border(frame.bottom))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The widths of `natural` shrunk so that a frame of that many columns is at most `width` wide:
    /// the columns wider than an even share, in proportion to their natural widths, and none below its
    /// minimum. Empty when even the minimums are too wide.
    private static func fit(_ natural: [Int], header: [String], into width: Int) -> [Int] {
        let available = width - frameWidth(columns: natural.count)
        let minimums = minimums(natural, header: header, if: width)
        guard minimums.reduce(0, +) <= available else { return [] }
        var widths = natural
        var excess = widths.reduce(0, +) - available
        // Columns no wider than an even share of the room keep their width while wider ones can shrink:
        // an id or a level stays whole and a description wraps.
        let share = available / max(1, natural.count)
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > minimums[$0] }
            let candidates = shrinkable.filter { natural[$0] > share }
            // Of those, the one that has shrunk least for its natural width, the widest of them: they
            // shrink in proportion, so the longest text keeps the most room. There is one, since the
            // minimums fit.
            guard
                let widest = (candidates.isEmpty ? shrinkable : candidates).max(by: {
                    (widths[$0] * natural[$1], widths[$0]) < (widths[$1] * natural[$0], widths[$1])
                })
            else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// The narrowest each column may become when a width is given: ``minimumColumnWidth`` or its
    /// header's width, or its natural width when that is narrower; with no width, the natural widths.
    private static func minimums(_ natural: [Int], header: [String], if width: Int?) -> [Int] {
        guard width != nil else { return natural }
        return natural.indices.map { min(natural[$0], max(minimumColumnWidth, DisplayWidth.of(header[$0]))) }
    }

    /// The columns a box or table frame adds to the widths of its cells: `│ ` before the first, ` │ `
    /// between two and ` │` after the last.
    private static func frameWidth(columns: Int) -> Int {
        3 * columns + 1
    }

    /// `text` broken into lines at most `width` columns wide, at spaces; a word wider than `width` is
    /// broken where it reaches the edge. Text that fits is returned as it is.
    static func wrapped(_ text: String, to width: Int) -> [String] {
        guard DisplayWidth.of(text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ") {
            let wordWidth = DisplayWidth.of(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            current = ""
            currentWidth = 0
            for character in word {
                let characterWidth = DisplayWidth.of(String(character))
                if currentWidth + characterWidth > width, currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The rows as vertical records, like psql's `\x`: a `-[ RECORD 1 ]---` line, then a
    /// `column | value` line per column, the values wrapped to what `width` leaves them.
    private static func records(
        _ header: [String], _ cellLines: [[[String]]], frame: Frame,
        style: TerminalStyle, width: Int?
    ) -> String {
        let nameWidth = header.map(DisplayWidth.of).max() ?? 0
        let separator = " " + frame.vertical
        let valueLimit = width.map { max(minimumColumnWidth, $0 - nameWidth - 3) }
        let records = cellLines.map { row in
            row.map { cell in cell.flatMap { text in valueLimit.map { wrapped(text, to: $0) } ?? [text] } }
        }
        // Every record's rule is as wide as the widest record, or the width.
        let valueWidth = records.joined().joined().map(DisplayWidth.of).max() ?? 0
        var lines: [String] = []
        for (index, values) in records.enumerated() {
            let label = frame.top.1 + "[ RECORD \(index + 1) ]"
            let ruled = max(DisplayWidth.of(label), min(nameWidth + 3 + valueWidth, width ?? .max))
            lines.append(label + String(repeating: frame.top.1, count: ruled - DisplayWidth.of(label)))
            for column in header.indices {
                let valueLines = values[column].isEmpty ? [""] : values[column]
                for (lineIndex, value) in valueLines.enumerated() {
                    let name = lineIndex == 0 ? header[column] : ""
                    let value = value.isEmpty ? "" : " " + value
                    lines.append(style.bold(DisplayWidth.pad(name, to: nameWidth)) + separator + value)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: markdown

    private static func markdown(_ columns: [String], _ rows: [[ShellValue]]) -> String {
        guard !columns.isEmpty else { return "" }
        func escaped(_ text: String) -> String {
            guard text.contains("|") else { return text }
            var result = ""
            for character in text {
                if character == "|" { result += "\\" }
                result.append(character)
            }
            return result
        }
        let header = columns.map { escaped(singleLine($0)) }
        // A list of records has one line per record, which a Markdown cell writes as `<br>`.
        let cells = rows.map { $0.map { $0.lines.map { escaped(singleLine($0)) }.joined(separator: "<br>") } }
        let widths = widths(header, cells)
        let numeric = columns.indices.map { column in
            let values = rows.map { $0[column] }.filter { $0 != .null }
            return !values.isEmpty && values.allSatisfy(\.isNumeric)
        }

        func line(_ texts: [String], alignRight: (Int) -> Bool) -> String {
            let padded = texts.indices.map { DisplayWidth.pad(texts[$0], to: widths[$0], alignRight: alignRight($0)) }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let separator = columns.indices.map { column in
            numeric[column]
                ? String(repeating: "-", count: widths[column] + 1) + ":"
                : String(repeating: "-", count: widths[column] + 2)
        }

        var lines = [line(header) { _ in false }, "|" + separator.joined(separator: "|") + "|"]
        for (row, texts) in zip(rows, cells) {
            lines.append(line(texts) { row[$0].isNumeric })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: html

    private static func html(_ columns: [String], _ rows: [[ShellValue]]) -> String {
        guard !columns.isEmpty else { return "" }
        func cells(_ texts: [[String]], tag: String) -> String {
            "<tr>" + texts.map { "<\(tag)>" + $0.map(htmlEscaped).joined(separator: "<br>") + "</\(tag)>" }.joined()
                + "</tr>"
        }
        var lines = ["<table>", cells(columns.map { [$0] }, tag: "th")]
        for row in rows { lines.append(cells(row.map(\.lines), tag: "td")) }
        lines.append("</table>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `&`, `<`, `>` and `"` escaped for HTML, and control characters other than tab and line
    /// feed as `VisibleText` (BeredskapModel) escapes: a browser shows nothing for most of them, and a
    /// page saved as text would carry them to a terminal.
    static func htmlEscaped(_ text: String) -> String {
        var result = ""
        for character in VisibleText.escaped(text, keeping: .lineBreaks) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: csv

    private static func csv(_ columns: [String], _ rows: [[ShellValue]]) -> String {
        guard !columns.isEmpty else { return "" }
        var lines = [columns.map { CSVField.quoted($0) }.joined(separator: ",")]
        for row in rows {
            lines.append(row.map { CSVField.quoted($0.text) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: json

    private static func json(_ columns: [String], _ rows: [[ShellValue]]) -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let keys = columns.map(jsonString)
        let objects = rows.map { row in
            "  {" + zip(keys, row).map { $0 + ": " + jsonValue($1) }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// `value` as compact JSON: a list of records is an array of objects.
    static func jsonValue(_ value: ShellValue) -> String {
        switch value {
        case .null: "null"
        case .text(let text): jsonString(text)
        case .integer(let integer): String(integer)
        case .number(let number), .written(let number, _): number.isFinite ? ShellValue.shortest(number) : "null"
        case .boolean(let boolean): boolean ? "true" : "false"
        case .list(let items): "[" + items.map(jsonString).joined(separator: ", ") + "]"
        case .records(let records):
            "["
                + records.map { record in
                    "{" + record.fields.map { jsonString($0.name) + ": " + jsonValue($0.value) }.joined(separator: ", ")
                        + "}"
                }.joined(separator: ", ") + "]"
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything else as is.
    static func jsonString(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": result.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": result.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": result.append(contentsOf: #"\t"#.unicodeScalars)
            case "\u{08}": result.append(contentsOf: #"\b"#.unicodeScalars)
            case "\u{0C}": result.append(contentsOf: #"\f"#.unicodeScalars)
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        result.append("\"")
        return String(result)
    }

    // MARK: line

    private static func line(_ columns: [String], _ rows: [[ShellValue]]) -> String {
        guard !columns.isEmpty, !rows.isEmpty else { return "" }
        let names = columns.map(singleLine)
        let width = names.map(DisplayWidth.of).max() ?? 0
        let blocks = rows.map { row in
            zip(names, row).map { name, value in
                // The records of a list go on lines of their own, under the first.
                let continued = "\n" + String(repeating: " ", count: width + 3)
                return DisplayWidth.pad(name, to: width, alignRight: true) + " = "
                    + value.lines.map(singleLine).joined(separator: continued)
            }
            .joined(separator: "\n")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
