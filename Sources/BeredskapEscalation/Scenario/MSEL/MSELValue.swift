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
    /// A problem with a cell, in words.
    struct Problem: Error {
        let message: String
    }

    /// The words of a start condition's trigger, as a cell writes them (English, as the scenario file's
    /// keys) and the Swedish ones a cell may have instead.
    static let triggerWords: [(key: String, swedish: [String])] = [
        ("delivered", ["getts", "givet", "levererat"]), ("done", ["gjord", "gjort", "utförd"]),
        ("missed", ["missad", "missat", "uteblev", "utebliven"]), ("decision", ["beslut"]),
        ("manual", ["manuell", "manuellt"]),
    ]

    /// A start condition as a cell writes it: `manual`, `delivered ID`, `done ID`, `missed ID` or
    /// `decision STEP` / `decision STEP=OPTION`, then `+N` for the minutes after it.
    static func start(_ start: InjectStart, english: Bool) -> String {
        var text: String
        switch start.trigger {
        case .manual: text = "manual"
        case .delivered(let id): text = "delivered \(id)"
        case .done(let id): text = "done \(id)"
        case .missed(let id): text = "missed \(id)"
        case .decision(let step, let option): text = "decision \(step)" + (option.map { "=\($0)" } ?? "")
        }
        if start.afterMinutes > 0 { text += " +" + decimal(start.afterMinutes, english: english) }
        return text
    }

    /// A start condition read from a cell (see ``start(_:english:)``; the Swedish words too).
    static func start(_ cell: String) -> Result<InjectStart, Problem> {
        let form = "write manual, delivered ID, done ID, missed ID or decision STEP=OPTION, then +MINUTES if later"
        var words = cell.split(whereSeparator: \.isWhitespace).map(String.init)
        var after = 0.0
        if let last = words.last, last.hasPrefix("+") {
            guard let minutes = decimal(String(last.dropFirst())), minutes >= 0 else {
                return .failure(Problem(message: "'\(last)' is not a number of minutes after the condition (+5)"))
            }
            after = minutes
            words.removeLast()
        }
        guard let first = words.first else { return .failure(Problem(message: "no start condition; " + form)) }
        let folded = TextFolding.fold(first)
        guard let key = triggerWords.first(where: { $0.key == folded || $0.swedish.contains(folded) })?.key else {
            let known = triggerWords.flatMap { [$0.key] + $0.swedish }
            return .failure(
                Problem(
                    message: "unknown start condition '\(first)'\(Suggestion.didYouMean(first, in: known)); " + form))
        }
        if key == "manual" {
            guard words.count == 1 else {
                return .failure(Problem(message: "'manual' names nothing after it; " + form))
            }
            return .success(InjectStart(.manual, after: after))
        }
        guard words.count == 2 else {
            return .failure(Problem(message: "'\(first)' names one inject or decision after it; " + form))
        }
        let parts = words[1].split(separator: "=", maxSplits: 1).map(String.init)
        let ids = parts.map { EntityID($0) }
        guard ids.allSatisfy(\.isWellFormed), key == "decision" || ids.count == 1 else {
            return .failure(
                Problem(message: "'\(words[1])' is not an id (lowercase letters, digits and hyphens); " + form))
        }
        let trigger: InjectStart.Trigger =
            switch key {
            case "delivered": .delivered(ids[0])
            case "done": .done(ids[0])
            case "missed": .missed(ids[0])
            default: .decision(step: ids[0], option: ids.count > 1 ? ids[1] : nil)
            }
        return .success(InjectStart(trigger, after: after))
    }

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
