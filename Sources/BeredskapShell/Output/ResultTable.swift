/// One cell value.
///
/// A value keeps its kind so that each output mode can show it faithfully: numbers are right-aligned in
/// the text modes and written as numbers in JSON, a list becomes a JSON array, and null is `null` in JSON
/// and an empty cell everywhere else.
public enum ShellValue: Sendable, Equatable {
    /// No value.
    case null
    /// A piece of text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number.
    case number(Double)
    /// A yes/no value.
    case boolean(Bool)
    /// A list of texts, such as the functions of a unit.
    case list([String])
}

extension ShellValue {
    /// The value as display text.
    ///
    /// Null is the empty string, numbers are written in their shortest form (`30` for 30.0, `2.5`),
    /// booleans are `true` or `false` and a list is its items joined by `", "`.
    public var text: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): Self.shortest(number)
        case .boolean(let boolean): boolean ? "true" : "false"
        case .list(let items): items.joined(separator: ", ")
        }
    }

    /// Whether the value is a number (integer or decimal), which the text modes right-align.
    var isNumeric: Bool {
        switch self {
        case .integer, .number: true
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
