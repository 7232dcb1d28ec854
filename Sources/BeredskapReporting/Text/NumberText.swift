import Foundation

/// Numbers as the reports, timelines and tables write them: one way per language, a decimal comma in
/// Swedish and a point in English, so that one output never mixes the two.
///
/// ```swift
/// NumberText.decimal(4.25, .sv)    // "4,3"
/// NumberText.decimal(45, .en)      // "45.0"
/// NumberText.compact(65, .sv)      // "65"
/// NumberText.compact(7.5, .sv)     // "7,5"
/// NumberText.percent(0.125, .sv)   // "12,5 %"
/// ```
public enum NumberText {
    /// `value` with one decimal: "4,2" in Swedish, "4.2" in English.
    public static func decimal(_ value: Double, _ language: ReportLanguage) -> String {
        marked(String(format: "%.1f", value), language)
    }

    /// `value` as a whole number when it is one, else with one decimal: "65", "7,5", "7.5".
    public static func compact(_ value: Double, _ language: ReportLanguage) -> String {
        if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
        return decimal(value, language)
    }

    /// A share (0…1) as a percentage with one decimal: "12,5 %", "12.5 %".
    public static func percent(_ share: Double, _ language: ReportLanguage) -> String {
        decimal(share * 100, language) + " %"
    }

    /// `text`, written with a point by `String(format:)`, with the language's decimal mark.
    private static func marked(_ text: String, _ language: ReportLanguage) -> String {
        language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
