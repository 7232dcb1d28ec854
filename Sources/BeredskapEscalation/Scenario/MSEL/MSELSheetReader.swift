import BeredskapModel
internal import CSV
import Foundation

/// Reads the rows of an MSEL sheet into injects, remembering every problem with its row and column.
struct MSELSheetReader {
    let file: String
    private(set) var diagnostics: [ScenarioDiagnostic] = []
    /// The sheet's columns in its order, nil for an empty column without a header.
    private var columns: [MSELColumn?] = []
    /// The headers as the sheet writes them.
    private var headers: [String] = []

    init(file: String) { self.file = file }

    /// The field separator of a sheet: a semicolon when its header row has more of them than commas.
    static func separator(of text: String) -> Unicode.Scalar {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let semicolons = header.filter { $0 == ";" }.count
        return semicolons > 0 && semicolons >= header.filter({ $0 == "," }).count ? ";" : ","
    }

    /// The injects of the rows, each with its row in the sheet; when ``diagnostics`` is not empty, as
    /// far as they could be read.
    mutating func injects(in text: String) -> [(inject: ScenarioInject, row: Int)] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        let rows: [[String]]
        do {
            let reader = try CSVReader(string: String(body), delimiter: Self.separator(of: String(body)))
            rows = Array(AnyIterator { reader.next() })
        } catch {
            fail(row: 1, column: 1, "the sheet cannot be read as CSV: \(error)")
            return []
        }
        guard let header = rows.first, header.contains(where: { !$0.trimmed.isEmpty }) else {
            fail(
                row: 1, column: 1,
                "the sheet is empty; its first row names the columns: "
                    + MSELSheet.headers(language: "sv").joined(separator: ";"))
            return []
        }
        readHeader(header, rows: rows.dropFirst())
        guard diagnostics.isEmpty else { return [] }
        var injects: [(ScenarioInject, Int)] = []
        for (offset, cells) in rows.enumerated().dropFirst() where cells.contains(where: { !$0.isEmpty }) {
            injects.append((readRow(cells, row: offset + 1), offset + 1))
        }
        return injects
    }

    mutating func readHeader(_ header: [String], rows: ArraySlice<[String]>) {
        headers = header.map(\.trimmed)
        var seen: [Int: Int] = [:]  // column in the table → column in the sheet
        let known = MSELColumn.all.flatMap { [$0.swedish, $0.english] }
        for (index, name) in headers.enumerated() {
            guard !name.isEmpty else {
                columns.append(nil)
                if rows.contains(where: { index < $0.count && !$0[index].isEmpty }) {
                    fail(row: 1, column: index + 1, "a column without a header; name it, e.g. one of \(list(known))")
                }
                continue
            }
            guard let found = MSELColumn.all.firstIndex(where: { $0.names.contains(TextFolding.fold(name)) }) else {
                columns.append(nil)
                fail(
                    row: 1, column: index + 1,
                    "unknown column '\(name)'\(Suggestion.didYouMean(name, in: known)); the columns are "
                        + list(MSELSheet.headers(language: "sv")) + " (or in English: "
                        + list(MSELSheet.headers(language: "en")) + ")")
                continue
            }
            if let first = seen[found] {
                fail(row: 1, column: index + 1, "the column '\(name)' appears twice, also as column \(first + 1)")
            }
            seen[found] = index
            columns.append(MSELColumn.all[found])
        }
        for (index, column) in MSELColumn.all.enumerated() where column.required && seen[index] == nil {
            fail(
                row: 1, column: headers.count + 1,
                "missing the column '\(column.swedish)' ('\(column.english)'): every inject needs it; add it to row 1")
        }
    }

    mutating func readRow(_ cells: [String], row: Int) -> ScenarioInject {
        var draft = MSELDraft()
        let before = diagnostics.count
        // A short row's missing cells are empty, so that a required column still says it is missing.
        let cells = cells + Array(repeating: "", count: max(0, columns.count - cells.count))
        for (index, cell) in cells.enumerated() {
            guard index < columns.count else {
                if !cell.isEmpty {
                    fail(
                        row: row, column: index + 1,
                        "a cell beyond the last column, '\(cell)'; give its column a header or empty the cell")
                }
                continue
            }
            guard let column = columns[index] else { continue }
            if let problem = column.read(cell, &draft) {
                fail(row: row, column: index + 1, "\(headers[index]): " + problem)
            }
        }
        func missing(_ path: [String], _ message: String) {
            let index = self.index(of: path)
            fail(
                row: row, column: (index ?? headers.count) + 1,
                "\(index.map { headers[$0] } ?? path.joined(separator: ".")): \(message)")
        }
        if draft.at == nil, draft.start == nil, diagnostics.count == before {
            missing(["at"], "every inject needs its time from the alarm (0:45), or a start condition")
        }
        // A cell that could not be read already says what is wrong with the expected action.
        if diagnostics.count == before, draft.action != nil, draft.role == nil {
            missing(["expectedAction", "role"], "an expected action needs the role it is expected of")
        }
        if diagnostics.count == before, draft.action == nil, draft.role != nil || draft.within != nil {
            missing(["expectedAction", "action"], "give the expected action, or leave its role and minutes empty")
        }
        // A row with a problem is still checked against the plan, on what could be read, so that one
        // pass reports every problem.
        let at = draft.at ?? 0
        let kind = draft.kind ?? .information
        let text = draft.text ?? ""
        let expected = draft.action.flatMap { action in
            draft.role.map { ExpectedAction(role: $0, action: action, withinMinutes: draft.within) }
        }
        return ScenarioInject(
            at: at, from: draft.from, to: draft.to, kind: kind, text: text, expectedAction: expected,
            contingency: draft.contingency, controller: draft.controller, objective: draft.objective, id: draft.id,
            start: draft.start)
    }

    /// The sheet's column for a value of an inject.
    func index(of path: [String]) -> Int? {
        columns.firstIndex { $0?.path == path }
    }

    /// A problem the validator found, at the row and column of the value; `rows` are the sheet's rows
    /// of the injects in order.
    func diagnostic(for issue: ScenarioIssue, rows: [Int]) -> ScenarioDiagnostic {
        guard issue.path.count >= 2, issue.path[0] == "injects", let number = Int(issue.path[1]),
            rows.indices.contains(number)
        else { return ScenarioDiagnostic(file: file, path: issue.dottedPath, message: issue.message) }
        let path = Array(issue.path.dropFirst(2))
        let index = columns.firstIndex { column in
            column.map { !$0.path.isEmpty && path.starts(with: $0.path) } ?? false
        }
        return ScenarioDiagnostic(
            file: file, line: rows[number], column: (index ?? 0) + 1, path: issue.dottedPath,
            message: index.map { "\(headers[$0]): " + issue.message } ?? issue.message)
    }

    mutating func fail(row: Int, column: Int, _ message: String) {
        diagnostics.append(ScenarioDiagnostic(file: file, line: row, column: column, message: message))
    }

    func list(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
