/// A value as the store's SQL writes and reads it, whichever database holds the store.
package enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// Whether the value is SQL NULL.
    package var isNull: Bool { if case .null = self { true } else { false } }
}

/// A Swift value that can be an argument of the store's SQL or be read from a column.
package protocol SQLConvertible {
    /// The value as SQL.
    var sqlValue: SQLValue { get }
    /// The value a column holds; nil when it cannot be this type (NULL included).
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLConvertible {
    package var sqlValue: SQLValue { self }
    package init?(sqlValue: SQLValue) { self = sqlValue }
}

extension String: SQLConvertible {
    package var sqlValue: SQLValue { .text(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .text(let text): self = text
        case .integer(let number): self = String(number)
        case .real(let number): self = String(number)
        case .null, .blob: return nil
        }
    }
}

extension Int64: SQLConvertible {
    package var sqlValue: SQLValue { .integer(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .integer(let number): self = number
        case .real(let number):
            guard let exact = Int64(exactly: number.rounded(.towardZero)) else { return nil }
            self = exact
        case .text(let text):
            guard let number = Int64(text) else { return nil }
            self = number
        case .null, .blob: return nil
        }
    }
}

extension Int: SQLConvertible {
    package var sqlValue: SQLValue { .integer(Int64(self)) }
    package init?(sqlValue: SQLValue) {
        guard let number = Int64(sqlValue: sqlValue) else { return nil }
        self = Int(number)
    }
}

extension Double: SQLConvertible {
    package var sqlValue: SQLValue { .real(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let number): self = number
        case .integer(let number): self = Double(number)
        case .text(let text):
            guard let number = Double(text) else { return nil }
            self = number
        case .null, .blob: return nil
        }
    }
}

extension Bool: SQLConvertible {
    /// Booleans are 1 and 0, as SQLite stores them; PostgreSQL's connection binds them to boolean
    /// columns as its own.
    package var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .integer(let number): self = number != 0
        case .real(let number): self = number != 0
        case .text(let text):
            switch text.lowercased() {
            case "true", "t", "1": self = true
            case "false", "f", "0": self = false
            default: return nil
            }
        case .null, .blob: return nil
        }
    }
}

extension Optional: SQLConvertible where Wrapped: SQLConvertible {
    package var sqlValue: SQLValue { self?.sqlValue ?? .null }
    /// NULL reads as nil; any other value as the wrapped type would read it.
    package init?(sqlValue: SQLValue) {
        if sqlValue.isNull {
            self = .none
        } else if let value = Wrapped(sqlValue: sqlValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}

/// The arguments of one statement, in the order of its `?` placeholders.
package struct SQLArguments: Sendable, ExpressibleByArrayLiteral {
    package var values: [SQLValue]

    package init(_ values: [SQLValue]) { self.values = values }

    package init(_ values: [any SQLConvertible]) { self.values = values.map(\.sqlValue) }

    package init(arrayLiteral elements: (any SQLConvertible)?...) {
        values = elements.map { $0?.sqlValue ?? .null }
    }

    package static func + (lhs: SQLArguments, rhs: SQLArguments) -> SQLArguments {
        SQLArguments(lhs.values + rhs.values)
    }
}

/// One row of a result: its values by position, and the result's column names.
package struct SQLRow: Sendable {
    package let columns: [String]
    package let values: [SQLValue]

    package init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value at `index` as `T`; a NULL or a value that is not a `T` stops the program, as for a
    /// column the schema declares NOT NULL of that type, which is the only way the store reads one.
    package subscript<T: SQLConvertible>(_ index: Int) -> T {
        guard let value = T(sqlValue: values[index]) else {
            preconditionFailure("column \(columns[index]) holds \(values[index]), not a \(T.self)")
        }
        return value
    }

    /// The value of the column named `name` as `T`.
    package subscript<T: SQLConvertible>(_ name: String) -> T {
        guard let index = columns.firstIndex(of: name) else { preconditionFailure("no column \(name)") }
        return self[index]
    }

    /// The value at `index`, whatever its type.
    package func value(_ index: Int) -> SQLValue { values[index] }

    /// The value of the column named `name`, whatever its type; NULL when there is no such column.
    package func value(named name: String) -> SQLValue {
        columns.firstIndex(of: name).map { values[$0] } ?? .null
    }
}
