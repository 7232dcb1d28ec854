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
            required: true,
            // An inject that waits for its start condition has a time only when it gives an earliest one.
            write: { _, inject, english in
                inject.start != nil && inject.at == 0 ? "" : MSELValue.time(inject.at, english: english)
            },
            read: { cell, draft in
                // Empty only with a start condition, which readRow checks once every cell is read.
                guard !cell.trimmed.isEmpty else { return nil }
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
        // Beyond HSEEP's columns: the inject's id, which a start condition names, and what it waits for.
        MSELColumn(
            english: "Id", swedish: "Id", aliases: [], path: ["id"], required: false,
            write: { _, inject, _ in inject.id?.rawValue ?? "" },
            read: { cell, draft in MSELValue.id(cell, "an inject") { draft.id = $0 } }),
        MSELColumn(
            english: "Start condition", swedish: "Startvillkor", aliases: ["Start", "Villkor", "Condition"],
            path: ["start"], required: false,
            write: { _, inject, english in inject.start.map { MSELValue.start($0, english: english) } ?? "" },
            read: { cell, draft in
                guard !cell.trimmed.isEmpty else { return nil }
                switch MSELValue.start(cell) {
                case .success(let start): draft.start = start
                case .failure(let problem): return problem.message
                }
                return nil
            }),
    ]
}

/// An inject as far as a row of the sheet has been read.
struct MSELDraft {
    var id: EntityID?
    var start: InjectStart?
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

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
