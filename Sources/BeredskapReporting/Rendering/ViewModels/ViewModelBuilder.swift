import BeredskapModel
import Foundation

/// What the view models of every report share: labels, the title block, how a missing value and a
/// date are given to a template.
///
/// View models are dictionaries and arrays, which Mustache traverses. A missing value is `NSNull`
/// rather than an absent key, so `{{#note}}` inside an activity never picks up a `note` of an
/// enclosing context.
struct ViewModelBuilder {
    let language: ReportLanguage
    let format: ReportFormat
    let lineWidth: Int

    /// Whether the view model is for the terminal, which gets pre-rendered tables and wrapped text.
    var isTerminal: Bool { format == .terminal }

    func label(_ label: Label) -> String { label.text(language) }

    func label(_ label: Label, _ values: [String: String]) -> String { label.text(language, values) }

    /// `text`, or `NSNull` when it is missing or empty.
    func value(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return NSNull() }
        return text
    }

    /// The date written `text` written out ("14 augusti 2017"), or `NSNull`.
    func date(_ text: String?) -> Any {
        value(DateText.long(text, language))
    }

    /// Actor names joined by commas.
    func names(_ actors: [ActorName]) -> String {
        actors.map(\.name).joined(separator: ", ")
    }

    /// Those responsible for an activity, or "ej angivet" when the plan names none.
    func responsible(_ actors: [ActorName]) -> String {
        actors.isEmpty ? label(.notStated) : names(actors)
    }

    /// A date written in plan files as a reader says it, or "ej angivet" when the plan does not state it.
    func statedDate(_ text: String?) -> String {
        guard let text else { return label(.notStated) }
        return DateText.long(text, language) ?? text
    }

    /// A unit's level written `raw`, as a label, or "ej angivet" when the plan does not state it.
    func level(_ raw: String?) -> String {
        guard let raw else { return label(.notStated) }
        return VocabularyText.label(FunctionLevel.self, raw, language) ?? raw
    }

    /// An activity status written `raw`, as a label; "no status reported" for `nil`.
    func status(_ raw: String?) -> String {
        VocabularyText.label(ActivityStatus.self, raw, language) ?? label(.noStatus)
    }

    /// The CSS class of a status: `status-ongoing`, or `status-none`.
    func statusClass(_ raw: String?) -> String {
        "status-" + (raw ?? "none")
    }

    /// A follow-up written as in plan files (`ordinary`, `2017-09-01`, `every tertial`), as a reader says it.
    func followUp(_ text: String?) -> Any {
        guard let text else { return NSNull() }
        if text == "ordinary" { return label(.ordinaryFollowUp) }
        if text.hasPrefix("every "), let frequency = Frequency(rawValue: String(text.dropFirst(6))) {
            return VocabularyText.capitalizedFirst(frequency.label(language))
        }
        return DateText.long(text, language) ?? text
    }

    /// A function written `raw`, as a label.
    func function(_ raw: String) -> String {
        VocabularyText.label(UnitFunction.self, raw, language) ?? raw
    }

    /// A line under a heading for the terminal, as wide as the heading.
    func rule(_ text: String, _ character: Character) -> String {
        String(repeating: character, count: DisplayWidth.of(text))
    }

    /// Paragraphs, each either text or a list of items, for templates; wrapped for the terminal.
    func paragraphs(_ paragraphs: [String]) -> [[String: Any]] {
        paragraphs.map { paragraph in
            if let items = Paragraphs.listItems(paragraph) {
                let wrapped = items.map { "  • " + TextWrap.paragraph($0, width: lineWidth - 4, indent: 4) }
                return [
                    "isList": true, "text": paragraph, "items": items.map { ["text": $0] },
                    "wrapped": wrapped.joined(separator: "\n"),
                ]
            }
            return [
                "isList": false, "text": paragraph, "items": [[String: Any]](),
                "wrapped": TextWrap.paragraph(paragraph.replacingOccurrences(of: "\n", with: " "), width: lineWidth),
            ]
        }
    }

    /// The title block: the plan's title, who owns it, period, version and date, and the report's kind.
    func header(
        _ header: ReportHeader, kind: String?, extra: [(Label, String?)] = [], exercise: Bool = false
    ) -> [String: Any] {
        let rows: [(Label, String?)] =
            [
                (.board, header.board), (.administration, header.administration), (.period, header.period),
                (.version, header.version), (.date, DateText.long(header.date, language)),
            ] + extra
        let meta = rows.compactMap { row -> [String: Any]? in
            guard let text = row.1, !text.isEmpty else { return nil }
            return ["label": label(row.0), "value": text]
        }
        let metaWidth = meta.map { DisplayWidth.of($0["label"] as! String) }.max() ?? 0
        let metaLines = meta.map {
            DisplayWidth.pad(($0["label"] as! String) + ":", to: metaWidth + 2) + ($0["value"] as! String)
        }
        let titleLines = TextWrap.lines(header.title, width: lineWidth)
        let issuer = [header.city, header.administration].compactMap { $0 }.joined(separator: " · ")
        return [
            "kind": value(kind), "title": header.title, "planID": header.planID, "city": value(header.city),
            "board": value(header.board), "administration": value(header.administration),
            "period": value(header.period), "version": value(header.version), "date": date(header.date),
            "issuer": value(issuer), "meta": meta, "metaText": metaLines.joined(separator: "\n"),
            "titleRule": String(repeating: "=", count: titleLines.map { DisplayWidth.of($0) }.max() ?? 0),
            "wrappedTitle": titleLines.joined(separator: "\n"),
            "draftMark": header.status == "draft" ? label(.draftMark) : NSNull(),
            "exerciseMark": exercise ? label(.exerciseMark) : NSNull(),
            "exerciseMarkCSS": exercise ? Self.cssString(label(.exerciseMark)) : NSNull(),
        ]
    }

    /// `text` as the inside of a CSS string, for the stylesheet's running exercise mark: everything but
    /// ASCII letters, digits and spaces as a CSS escape (`\0000C4 `, the space ending it), so that no text
    /// can end the string or the `<style>` element, whatever escaping the stylesheet is rendered with.
    static func cssString(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar.properties.isASCIIHexDigit || (scalar.isASCII && (scalar.properties.isAlphabetic || scalar == " "))
                ? String(scalar)
                : "\\" + String(("00000" + String(scalar.value, radix: 16, uppercase: true)).suffix(6)) + " "
        }.joined()
    }

    /// The keys every view model has: the language, the labels and the format's line width.
    func common() -> [String: Any] {
        ["lang": language.rawValue, "labels": Label.dictionary(language), "lineWidth": lineWidth]
    }
}
