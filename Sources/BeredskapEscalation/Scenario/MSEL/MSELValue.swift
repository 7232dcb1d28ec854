import BeredskapModel
import Foundation

/// How the sheet writes and reads values that are not free text.
enum MSELValue {
    /// Free text as the export wrote it (``CSVField``'s guard and ``VisibleText``'s escapes undone);
    /// nil for an empty cell.
    static func text(_ cell: String) -> String? {
        cell.isEmpty ? nil : VisibleText.unescaped(CSVField.unguarded(cell))
    }

    /// An id in a cell, given to `set`; the message when it is not an id.
    static func id(_ cell: String, _ what: String, set: (EntityID) -> Void) -> String? {
        let text = cell.trimmed
        guard !text.isEmpty else { return nil }
        let id = EntityID(text)
        guard id.isWellFormed else {
            return "'\(text)' is not \(what)'s id: ids are lowercase letters a–z, digits and single hyphens"
        }
        set(id)
        return nil
    }

    /// Minutes from the alarm as `h:mm`, with `:ss` when the minute has seconds; a time that is not a
    /// whole second as decimal minutes.
    static func time(_ minutes: Double, english: Bool) -> String {
        let seconds = (minutes * 60).rounded()
        // Only a time that reads back as the same number of minutes (``minutes(_:)`` divides its seconds
        // by 60) is written as a clock time.
        guard seconds >= 0, seconds < 1e12, seconds / 60 == minutes else { return decimal(minutes, english: english) }
        let whole = Int(seconds)
        let text = "\(whole / 3600):" + String(format: "%02d", whole / 60 % 60)
        return whole % 60 == 0 ? text : text + String(format: ":%02d", whole % 60)
    }

    /// A scenario time: minutes (`45`, `7,5`) or hours and minutes (`0:45`, `1:30`, `1:30:15`); nil for
    /// anything else.
    static func minutes(_ cell: String) -> Double? {
        let text = cell.trimmed
        guard text.contains(":") else { return decimal(text).flatMap { $0 >= 0 ? $0 : nil } }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
            let hours = Int(parts[0]), hours < 100_000_000, let minutes = Int(parts[1]), minutes < 60,
            parts[1].count == 2
        else { return nil }
        var seconds = 0
        if parts.count == 3 {
            guard let value = Int(parts[2]), value < 60, parts[2].count == 2 else { return nil }
            seconds = value
        }
        return Double(hours * 3600 + minutes * 60 + seconds) / 60
    }

    /// A number as a Swedish or an English spreadsheet writes it: `7,5` or `7.5`.
    static func decimal(_ text: String) -> Double? {
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return value
    }

    /// A number in the sheet's language: `7,5` in Swedish, `7.5` in English, `15` for a whole number.
    static func decimal(_ value: Double, english: Bool) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        return english ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
