import BeredskapModel

/// A table for the terminal: columns lined up by display width, long cells wrapped within their column,
/// and the whole table kept within a line width by narrowing the widest columns first.
///
/// ```
/// Åtgärd                         Ansvarig aktör           Påbörjas
/// ─────────────────────────────  ───────────────────────  ──────────────
/// Bildande av förvaltnings-      Socialförvaltningens     14 augusti 2017
/// ```
struct TextTable {
    /// A column: its heading, and whether numbers in it are right-aligned.
    struct Column {
        var heading: String
        var alignRight = false
        var minimumWidth = 6
    }

    var columns: [Column]
    var rows: [[String]]

    /// The space between columns.
    static let gap = "  "

    /// The table as lines of at most `width` columns (wider only if even the narrowest columns do not fit).
    func render(width: Int) -> String {
        let widths = columnWidths(total: width)
        var lines: [String] = []
        lines.append(line(columns.map(\.heading), widths: widths).joined(separator: "\n"))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap))
        for row in rows {
            lines.append(line(row, widths: widths).joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = widths.indices.map { index in
            TextWrap.lines(index < cells.count ? cells[index] : "", width: widths[index])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            widths.indices.map { index in
                let text = lineIndex < wrapped[index].count ? wrapped[index][lineIndex] : ""
                let isLast = index == widths.count - 1
                return isLast && !columns[index].alignRight
                    ? text : DisplayWidth.pad(text, to: widths[index], alignRight: columns[index].alignRight)
            }
            .joined(separator: Self.gap)
            .trailingSpacesRemoved
        }
    }

    /// Each column as wide as its widest line if that fits; otherwise every column gets the width of
    /// its longest word (up to 20 columns) and the space left is shared in proportion to how much more
    /// each column would need, so long texts get the room and short codes keep theirs.
    private func columnWidths(total: Int) -> [Int] {
        let cells = columns.indices.map { index in rows.map { index < $0.count ? $0[index] : "" } }
        let natural = columns.indices.map { index in
            (cells[index] + [columns[index].heading]).flatMap { $0.split(separator: "\n") }
                .map { DisplayWidth.of($0) }.max() ?? 0
        }
        let available = total - Self.gap.count * max(0, columns.count - 1)
        guard natural.reduce(0, +) > available else { return natural }
        let minimal = columns.indices.map { index in
            let longestWord =
                (cells[index] + [columns[index].heading]).flatMap { $0.split(whereSeparator: \.isWhitespace) }
                .map { DisplayWidth.of($0) }.max() ?? 0
            return min(natural[index], max(columns[index].minimumWidth, min(longestWord, 20)))
        }
        var spare = available - minimal.reduce(0, +)
        guard spare > 0 else {
            var widths = minimal
            while spare < 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 {
                widths[widest] -= 1
                spare += 1
            }
            return widths
        }
        let wanted = zip(natural, minimal).map { $0 - $1 }
        let totalWanted = wanted.reduce(0, +)
        var widths = zip(minimal, wanted).map { $0 + $1 * spare / max(totalWanted, 1) }
        var left = available - widths.reduce(0, +)
        for index in wanted.indices.sorted(by: { wanted[$0] > wanted[$1] })
        where left > 0 && widths[index] < natural[index] {
            widths[index] += 1
            left -= 1
        }
        return widths
    }
}

extension String {
    /// The string without spaces at its end.
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
