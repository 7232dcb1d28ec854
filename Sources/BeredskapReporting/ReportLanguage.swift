import BeredskapModel

/// The language of a report's headings and labels.
///
/// The plan's own text stays in the plan's language; only what the report adds (headings, column
/// names, status labels, dates written out) follows the report language. By default a report is in the
/// plan's language.
///
/// ```swift
/// ReportLanguage(planLanguage: "sv-SE")   // .sv
/// ReportLanguage(name: "english")         // .en
/// ```
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    /// Swedish: "Uppföljning", "Ansvarig aktör".
    case sv
    /// English: "Follow-up", "Responsible".
    case en

    /// The report language for a plan written in `planLanguage` (a BCP 47 tag such as `sv` or
    /// `en-GB`). Plans in a language the reports have no labels for get Swedish labels, the language
    /// the plan format comes from.
    public init(planLanguage: String) {
        self = LanguageTag.isEnglish(planLanguage) ? .en : .sv
    }

    /// The language named `name`: `sv`, `svenska`, `swedish`, `en`, `engelska` or `english`, in any case.
    public init?(name: String) {
        switch name.lowercased() {
        case "sv", "svenska", "swedish": self = .sv
        case "en", "engelska", "english": self = .en
        default: return nil
        }
    }
}
