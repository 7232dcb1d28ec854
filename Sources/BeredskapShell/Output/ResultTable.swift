/// One cell value.
///
/// A value keeps its kind so that each output mode can show it faithfully: numbers are right-aligned in
/// the text modes and written as numbers in JSON, a list becomes a JSON array, and null is `null` in JSON
/// and an empty cell everywhere else. A list of records (the target groups of a unit, the status log of an
/// activity) is an array of objects in JSON, compact JSON text in CSV, and one line per record in the
/// other modes.
public indirect enum ShellValue: Sendable, Equatable {
    /// No value.
    case null
    /// A piece of text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number.
    case number(Double)
    /// A decimal number as a report in the plan's language writes it (`12,5` in Swedish): the text in
    /// every mode but JSON, right-aligned as a number is; the number itself in JSON.
    case written(Double, String)
    /// A yes/no value.
    case boolean(Bool)
    /// A list of texts, such as the functions of a unit.
    case list([String])
    /// A list of records, such as the target groups of a unit: each record its named fields in order.
    case records([ShellRecord])
}

/// One item of a ``ShellValue/records(_:)`` list: named values, in order.
///
/// ```swift
/// let group = ShellRecord([("minAge", .integer(13)), ("maxAge", .integer(26))])
/// group.text  // "minAge: 13, maxAge: 26"
/// ```
public struct ShellRecord: Sendable, Equatable {
    /// The fields, in display order.
    public var fields: [(name: String, value: ShellValue)]

    /// Creates a record.
    ///
    /// - Parameter fields: The fields, in display order.
    public init(_ fields: [(name: String, value: ShellValue)]) {
        self.fields = fields
    }

    /// Compares names, values and order.
    public static func == (lhs: ShellRecord, rhs: ShellRecord) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    /// The record on one line, as the text modes show it: `name: value` pairs joined by `", "`, null
    /// fields left out.
    public var text: String {
        fields.filter { $0.value != .null }.map { $0.name + ": " + $0.value.text }.joined(separator: ", ")
    }
}

extension ShellValue {
    /// The value as display text.
    ///
    /// Null is the empty string, numbers are written in their shortest form (`30` for 30.0, `2.5`),
    /// booleans are `true` or `false`, a list is its items joined by `", "` and a list of records is
    /// compact JSON (`[{"minAge": 13}]`), as CSV writes it.
    public var text: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): Self.shortest(number)
        case .written(_, let text): text
        case .boolean(let boolean): boolean ? "true" : "false"
        case .list(let items): items.joined(separator: ", ")
        case .records: TableRenderer.jsonValue(self)
        }
    }

    /// The value as the lines of a cell in the text modes: one line per record for a list of records,
    /// else the one line of ``text``.
    var lines: [String] {
        if case .records(let records) = self { return records.map(\.text) }
        return [text]
    }

    /// Whether the value is a number (integer or decimal), which the text modes right-align.
    var isNumeric: Bool {
        switch self {
        case .integer, .number, .written: true
        default: false
        }
    }

    /// The shortest text that reads back as `number`, without a trailing `.0`.
    static func shortest(_ number: Double) -> String {
        if number == 0 { return "0" }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The result of a command: named columns and rows of values, ready to be rendered by ``TableRenderer``.
public struct ResultTable: Sendable, Equatable {
    /// The column names, in display order.
    public var columns: [String]
    /// The rows; each row holds one value per column, in column order.
    ///
    /// A row shorter than ``columns`` is shown with nulls for the missing values; extra values are ignored.
    public var rows: [[ShellValue]]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - columns: The column names, in display order.
    ///   - rows: The rows, each with one value per column.
    public init(columns: [String], rows: [[ShellValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
