import BeredskapModel
import Foundation

/// One column of the MSEL's spreadsheet: its names, how an inject's value is written into it and how a
/// cell is read back.
///
/// ``all`` is the one table of the columns, in the order a sheet gets them; a new inject field is a
/// new entry there and a field of ``MSELDraft``.
struct MSELColumn: Sendable {
    /// The English header.
    let english: String
    /// The Swedish header.
    let swedish: String
    /// Other headers a sheet may give the column.
    let aliases: [String]
    /// Where the value sits in an inject, as ``ScenarioValidator`` names it (`["expectedAction", "role"]`),
    /// so that a problem the validator finds is put in this column.
    let path: [String]
    /// Whether a sheet must have the column.
    let required: Bool
    /// The cell of an inject: its number in the sheet (from 1), the inject, and whether the sheet is
    /// in English.
    let write: @Sendable (_ number: Int, _ inject: ScenarioInject, _ english: Bool) -> String
    /// Reads a cell, given as it stands in the sheet, into the inject being read; the message of a
    /// value that cannot be read.
    let read: @Sendable (_ cell: String, _ draft: inout MSELDraft) -> String?

    /// The header in a sheet's language.
    func header(english: Bool) -> String { english ? self.english : swedish }

    /// The names a header matches, case and diacritics folded.
    var names: [String] { ([english, swedish] + aliases).map(TextFolding.fold) }
}

extension MSELColumn {
    /// The columns of HSEEP's master scenario events list, in the sheet's order.
    static let all: [MSELColumn] = [
        MSELColumn(
            english: "No", swedish: "Nr", aliases: ["Number", "Nummer", "#"], path: [], required: false,
            // The injects keep the rows' order; the number is for the people who talk about them.
            write: { number, _, _ in String(number) }, read: { _, _ in nil }),
        MSELColumn(
            english: "Time", swedish: "Tid", aliases: ["Scenario time", "Scenariotid", "At"], path: ["at"],
            required: true, write: { _, inject, english in MSELValue.time(inject.at, english: english) },
            read: { cell, draft in
                guard !cell.trimmed.isEmpty else { return "every inject needs its time from the alarm (0:45)" }
                guard let minutes = MSELValue.minutes(cell) else {
                    return "'\(cell.trimmed)' is not a scenario time; write the minutes from the alarm (45) "
                        + "or hours and minutes (0:45, 1:30)"
                }
                draft.at = minutes
                return nil
            }),
        MSELColumn(
            english: "Type", swedish: "Typ", aliases: [], path: ["type"], required: true,
            write: { _, inject, english in english ? inject.kind.rawValue : inject.kind.swedishLabel },
            read: { cell, draft in
                guard !cell.trimmed.isEmpty else {
                    return "every inject needs its type: information, händelse or media (information, event or media)"
                }
                let word = TextFolding.fold(cell.trimmed)
                guard
                    let kind = ScenarioInject.Kind.allCases.first(where: {
                        TextFolding.fold($0.rawValue) == word || TextFolding.fold($0.swedishLabel) == word
                    })
                else {
                    let known = ScenarioInject.Kind.allCases.flatMap { [$0.rawValue, $0.swedishLabel] }
                    return "unknown inject type '\(cell.trimmed)'\(Suggestion.didYouMean(cell.trimmed, in: known)); "
                        + "use information, event or media (information, händelse or media)"
                }
                draft.kind = kind
                return nil
            }),
        MSELColumn(
            english: "From", swedish: "Från", aliases: ["Sender", "Avsändare"], path: ["from"], required: false,
            write: { _, inject, _ in inject.from },
            read: { cell, draft in
                draft.from = MSELValue.text(cell) ?? ""
                return nil
            }),
        MSELColumn(
            english: "To", swedish: "Till", aliases: ["Recipient", "Mottagare"], path: ["to"], required: false,
            write: { _, inject, _ in inject.to },
            read: { cell, draft in
                draft.to = MSELValue.text(cell) ?? ""
                return nil
            }),
        MSELColumn(
            english: "Inject", swedish: "Inspel", aliases: ["Text", "Message", "Meddelande"], path: ["text"],
            required: true, write: { _, inject, _ in inject.text },
            read: { cell, draft in
                guard let text = MSELValue.text(cell) else {
                    return "every inject needs its text, the message the players get"
                }
                draft.text = text
                return nil
            }),
        MSELColumn(
            english: "Expected action", swedish: "Förväntad åtgärd", aliases: ["Action", "Åtgärd"],
            path: ["expectedAction", "action"], required: false,
            write: { _, inject, _ in inject.expectedAction?.action ?? "" },
            read: { cell, draft in
                draft.action = MSELValue.text(cell)
                return nil
            }),
        MSELColumn(
            english: "Expected of", swedish: "Förväntas av",
            aliases: ["Expected role", "Förväntad roll", "Role", "Roll"],
            path: ["expectedAction", "role"], required: false,
            write: { _, inject, _ in inject.expectedAction?.role.rawValue ?? "" },
            read: { cell, draft in MSELValue.id(cell, "a role") { draft.role = $0 } }),
        MSELColumn(
            english: "Within (min)", swedish: "Inom (min)", aliases: ["Within", "Inom"],
            path: ["expectedAction", "within"], required: false,
            write: { _, inject, english in
                inject.expectedAction?.withinMinutes.map { MSELValue.decimal($0, english: english) } ?? ""
            },
            read: { cell, draft in
                guard !cell.trimmed.isEmpty else { return nil }
                guard let minutes = MSELValue.decimal(cell.trimmed), minutes >= 0 else {
                    return "'\(cell.trimmed)' is not a number of minutes; write the minutes after the inject (15)"
                }
                draft.within = minutes
                return nil
            }),
        MSELColumn(
            english: "Contingency", swedish: "Alternativt inspel", aliases: ["Alternativ"], path: ["contingency"],
            required: false, write: { _, inject, _ in inject.contingency ?? "" },
            read: { cell, draft in
                draft.contingency = MSELValue.text(cell)
                return nil
            }),
        MSELColumn(
            english: "Responsible controller", swedish: "Ansvarig spelledare", aliases: ["Controller", "Spelledare"],
            path: ["controller"], required: false, write: { _, inject, _ in inject.controller ?? "" },
            read: { cell, draft in
                draft.controller = MSELValue.text(cell)
                return nil
            }),
        MSELColumn(
            english: "Objective", swedish: "Övningsmål", aliases: ["Mål"], path: ["objective"], required: false,
            write: { _, inject, _ in inject.objective?.rawValue ?? "" },
            read: { cell, draft in MSELValue.id(cell, "an objective") { draft.objective = $0 } }),
    ]
}

/// An inject as far as a row of the sheet has been read.
struct MSELDraft {
    var at: Double?
    var kind: ScenarioInject.Kind?
    var from = ""
    var to = ""
    var text: String?
    var action: String?
    var role: EntityID?
    var within: Double?
    var contingency: String?
    var controller: String?
    var objective: EntityID?
}

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
        let seconds = minutes * 60
        guard seconds == seconds.rounded(), seconds >= 0, seconds < 1e12 else {
            return decimal(minutes, english: english)
        }
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
            let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60, parts[1].count == 2
        else { return nil }
        var seconds = 0
        if parts.count == 3 {
            guard let value = Int(parts[2]), value < 60, parts[2].count == 2 else { return nil }
            seconds = value
        }
        return Double(hours * 60 + minutes) + Double(seconds) / 60
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
