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
public enum TableRenderer {
    /// Renders `table` in `mode`.
    ///
    /// - Parameters:
    ///   - table: The table to render.
    ///   - mode: The output mode.
    ///   - style: Whether the headers of the box and table modes are set in bold, for a terminal.
    /// - Returns: The rendered text, ending with a line break unless it is empty.
    public static func render(_ table: ResultTable, mode: OutputMode, style: TerminalStyle = .plain) -> String {
        let rows = table.rows.map { normalized($0, count: table.columns.count) }
        switch mode {
        case .box: return grid(table.columns, rows, frame: .box, style: style)
        case .table: return grid(table.columns, rows, frame: .ascii, style: style)
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
        _ columns: [String], _ rows: [[ShellValue]], frame: Frame, style: TerminalStyle
    ) -> String {
        guard !columns.isEmpty else { return "" }
        let header = columns.map(singleLine)
        // A row is as many lines tall as its tallest cell: a list of records has a line per record.
        let cells = rows.map { row in
            let lines = row.map { $0.lines.map(singleLine) }
            let height = max(1, lines.map(\.count).max() ?? 1)
            return (0..<height).map { index in lines.map { index < $0.count ? $0[index] : "" } }
        }
        let widths = widths(header, cells.flatMap { $0 })

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
        var lines = [columns.map(CSVField.quoted).joined(separator: ",")]
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
        case .number(let number): number.isFinite ? ShellValue.shortest(number) : "null"
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
