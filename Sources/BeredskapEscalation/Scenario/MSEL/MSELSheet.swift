import BeredskapModel
import Foundation

/// A scenario's injects as a spreadsheet: HSEEP's master scenario events list (MSEL), one row per
/// inject, for a drill's controllers to write and review in Excel or LibreOffice.
///
/// The columns are number, scenario time, type, from, to, inject, expected action, the role it is
/// expected of, within how many minutes, contingency, responsible controller and objective, headed in
/// the plan's language (`Nr;Tid;Typ;Från;Till;Inspel;…` for a Swedish plan). A time is written `h:mm`
/// from the alarm (`0:45`, `1:30`); a sheet may also give minutes (`45`).
///
/// The export is what Swedish Excel writes and opens with a double click: UTF-8 with a byte order mark,
/// semicolons between fields and CRLF between rows, each field as `CSVField` (BeredskapModel) writes
/// it (no cell a spreadsheet would run as a formula, no raw control character). The import reads that, or commas,
/// with or without the mark, and headers in Swedish or English in any order and any case.
///
/// ```swift
/// let sheet = MSELSheet.text(for: scenario, language: plan.metadata.language)
/// let edited = try MSELSheet.read(sheet, file: "ovning.csv", base: scenario, plan: plan)   // == scenario
/// ```
public enum MSELSheet {
    /// How the export separates fields and marks its encoding.
    public struct Format: Hashable, Sendable {
        /// The field separator.
        public var separator: Unicode.Scalar
        /// Whether the text starts with a UTF-8 byte order mark, by which Excel knows it is UTF-8.
        public var byteOrderMark: Bool

        /// Creates a format.
        public init(separator: Unicode.Scalar, byteOrderMark: Bool) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }

        /// As Excel with Swedish settings writes and reads CSV: semicolons and a byte order mark.
        public static let excel = Format(separator: ";", byteOrderMark: true)
        /// RFC 4180's comma-separated values, without a byte order mark.
        public static let commaSeparated = Format(separator: ",", byteOrderMark: false)
    }

    /// The byte order mark as text.
    static let byteOrderMark = "\u{FEFF}"

    /// The MSEL of `scenario`: a header row, then a row per inject in the scenario's order, every row
    /// ended by CRLF.
    ///
    /// - Parameters:
    ///   - scenario: The scenario whose injects are written.
    ///   - language: The plan's language, a BCP 47 tag: English headers and type names for `en`,
    ///     Swedish for every other.
    ///   - format: The separator and the byte order mark; Swedish Excel's unless given.
    public static func text(for scenario: Scenario, language: String, format: Format = .excel) -> String {
        let english = LanguageTag.isEnglish(language)
        let header = MSELColumn.all.map { $0.header(english: english) }
        let rows = scenario.injects.enumerated().map { index, inject in
            MSELColumn.all.map { $0.write(index + 1, inject, english) }
        }
        let lines = ([header] + rows).map { row in
            row.map { CSVField.quoted($0, separator: format.separator) }
                .joined(separator: String(Character(format.separator))) + "\r\n"
        }
        return (format.byteOrderMark ? byteOrderMark : "") + lines.joined()
    }

    /// The text of a sheet's file: UTF-8, as the export writes it and Excel's "CSV UTF-8" saves it, or
    /// else Windows-1252, as Excel's plain "CSV" saves it on a Swedish Windows.
    public static func text(of data: Data) -> String {
        String(validating: data, as: UTF8.self) ?? String(data: data, encoding: .windowsCP1252)
            ?? String(decoding: data, as: UTF8.self)
    }

    /// The headers of the columns in a language, for messages and documentation.
    ///
    /// - Parameter language: A BCP 47 tag; English for `en`, Swedish for every other.
    public static func headers(language: String) -> [String] {
        let english = LanguageTag.isEnglish(language)
        return MSELColumn.all.map { $0.header(english: english) }
    }

    /// `base` with its injects replaced by the sheet's, checked against `plan`.
    ///
    /// Everything but the injects — name, title, path, event, responses, steps, decisions and
    /// objectives — comes from `base`. Every problem is reported at once, at its row (the header is row
    /// 1) and column: `ovning.csv:3:2: error: Tid: '1:75' is not a scenario time; …`.
    ///
    /// - Parameters:
    ///   - text: The sheet's text: semicolons or commas (the header row says which), quoted fields
    ///     with line breaks, with or without a byte order mark.
    ///   - file: The name diagnostics give the sheet.
    ///   - base: The scenario the sheet's injects go into.
    ///   - plan: The plan whose roles the sheet names.
    /// - Throws: ``ScenarioError`` with every problem found: an unknown, missing or repeated column, a
    ///   time, type, number or id that cannot be read, an unknown role or objective.
    public static func read(
        _ text: String, file: String, base: Scenario, plan: Plan
    ) throws(ScenarioError) -> Scenario {
        var reader = MSELSheetReader(file: file)
        let injects = reader.injects(in: text)
        var scenario = base
        scenario.injects = injects.map(\.inject)
        // The rows that were read are checked against the plan too, so one pass reports everything.
        let issues = ScenarioValidator.validate(scenario, against: plan).map {
            reader.diagnostic(for: $0, rows: injects.map(\.row))
        }
        let diagnostics = ScenarioReader.sorted(reader.diagnostics + issues)
        guard diagnostics.isEmpty else { throw ScenarioError(diagnostics: diagnostics) }
        return scenario
    }
}
