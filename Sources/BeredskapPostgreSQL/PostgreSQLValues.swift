import BeredskapStorage
import PostgresNIO

/// An argument as the connection sends it: in text format and of no declared type (OID 0), so that
/// PostgreSQL gives it the type its place in the statement calls for, as it does a quoted literal.
struct TextArgument: PostgresDynamicTypeEncodable {
    let text: String

    var psqlType: PostgresDataType { .null }  // OID 0: unspecified
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(text)
    }
}

extension SQLValue {
    /// The value in PostgreSQL's text input format; nil for NULL.
    var postgreSQLText: String? {
        switch self {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number):
            if number.isNaN {
                "NaN"
            } else if number.isInfinite {
                number < 0 ? "-Infinity" : "Infinity"
            } else {
                // Swift's description is the shortest text that reads back as the same Double.
                number.description
            }
        case .text(let text): text
        case .blob(let bytes): "\\x" + hexDigits(bytes)
        }
    }
}

extension PostgresBindings {
    /// The arguments of one statement, each in text format and of no declared type.
    init(_ arguments: SQLArguments) {
        self.init(capacity: arguments.values.count)
        for value in arguments.values {
            if let text = value.postgreSQLText { append(TextArgument(text: text)) } else { appendNull() }
        }
    }
}

/// Turns a column PostgreSQL sent in text format (see ``TextResultFormatHandler``) into the store's
/// value by its type: integers, floats, numeric, booleans and bytea as numbers and bytes, the rest as
/// PostgreSQL's text output.
enum ColumnDecoder {
    private static let bool: UInt32 = 16
    private static let bytea: UInt32 = 17
    private static let int8: UInt32 = 20
    private static let int2: UInt32 = 21
    private static let int4: UInt32 = 23
    private static let oid: UInt32 = 26
    private static let float4: UInt32 = 700
    private static let float8: UInt32 = 701
    private static let numeric: UInt32 = 1700

    /// The value of a cell: its bytes in text format (nil for NULL) and its type's OID.
    static func value(_ bytes: ByteBuffer?, type: PostgresDataType) -> SQLValue {
        guard var bytes else { return .null }
        let text = bytes.readString(length: bytes.readableBytes) ?? ""
        switch type.rawValue {
        case int2, int4, int8, oid:
            if let number = Int64(text) { return .integer(number) }
            return .text(text)
        case float4, float8:
            return double(text).map(SQLValue.real) ?? .text(text)
        case numeric:
            return numericValue(text)
        case bool:
            return .integer(text == "t" ? 1 : 0)
        case bytea:
            return byteaValue(text).map(SQLValue.blob) ?? .text(text)
        default:
            return .text(text)
        }
    }

    private static func double(_ text: String) -> Double? {
        switch text {
        case "NaN": .nan
        case "Infinity": .infinity
        case "-Infinity": -.infinity
        default: Double(text)
        }
    }

    /// A numeric's text: an integer when it has no fraction (or only zeros after the point) and fits
    /// in 64 bits, otherwise a Double.
    private static func numericValue(_ text: String) -> SQLValue {
        var whole = Substring(text)
        if let point = text.firstIndex(of: ".") {
            guard text[text.index(after: point)...].allSatisfy({ $0 == "0" }) else {
                return double(text).map(SQLValue.real) ?? .text(text)
            }
            whole = text[..<point]
        }
        if let number = Int64(whole) { return .integer(number) }
        return double(text).map(SQLValue.real) ?? .text(text)
    }

    /// bytea's text output, in the hex format (`\x0102`) or the escape format (`\001\\ab`).
    private static func byteaValue(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        if utf8.starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "x")]) {
            guard utf8.count % 2 == 0 else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count / 2 - 1)
            var index = 2
            while index < utf8.count {
                guard let high = hexValue(utf8[index]), let low = hexValue(utf8[index + 1]) else { return nil }
                bytes.append(high << 4 | low)
                index += 2
            }
            return bytes
        }
        var bytes: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] != UInt8(ascii: "\\") {
                bytes.append(utf8[index])
                index += 1
            } else if index + 1 < utf8.count && utf8[index + 1] == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\"))
                index += 2
            } else if index + 3 < utf8.count {
                let digits = utf8[(index + 1)...(index + 3)]
                guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }) else { return nil }
                bytes.append(digits.reduce(0) { $0 << 3 | ($1 - UInt8(ascii: "0")) })
                index += 4
            } else {
                return nil
            }
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

private func hexDigits(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}
