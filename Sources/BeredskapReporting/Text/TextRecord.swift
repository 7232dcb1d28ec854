import BeredskapModel

/// A record for the terminal: a numbered heading, then one field per line with the names lined up by
/// display width and long values wrapped under themselves, as psql's expanded display shows a wide row.
///
/// ```
///  1  Bildande av förvaltningsövergripande arbetsgrupp
///     Ansvarig aktör  Socialförvaltningens samordnare, Förvaltningens avdelningschefer
///     Påbörjas        14 augusti 2017
/// ```
struct TextRecord {
    var number: String
    var title: String
    var fields: [(name: String, value: String)]

    /// The record within `width` columns; `numberWidth` lines up the titles of consecutive records.
    func render(width: Int, numberWidth: Int) -> String {
        let indent = numberWidth + 2
        let padding = String(repeating: " ", count: indent)
        let titleLines = TextWrap.lines(title, width: width - indent)
        var lines = titleLines.enumerated().map { index, line in
            (index == 0 ? DisplayWidth.pad(number, to: numberWidth, alignRight: true) + "  " : padding) + line
        }
        let nameWidth = min(fields.map { DisplayWidth.of($0.name) }.max() ?? 0, 22)
        let valueWidth = max(8, width - indent - nameWidth - 2)
        for field in fields {
            let names = TextWrap.lines(field.name, width: nameWidth)
            let values = TextWrap.lines(field.value, width: valueWidth)
            for index in 0..<max(names.count, values.count) {
                let name = index < names.count ? names[index] : ""
                let value = index < values.count ? values[index] : ""
                lines.append((padding + DisplayWidth.pad(name, to: nameWidth) + "  " + value).trailingSpacesRemoved)
            }
        }
        return lines.joined(separator: "\n")
    }
}
