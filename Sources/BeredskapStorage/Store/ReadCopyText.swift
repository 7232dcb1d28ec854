/// The text of a PostgreSQL read copy: a JSON array of rows, each an array of strings, integers and
/// nulls, as the server's `json_agg(json_build_array(…))` writes them.
///
/// It is read here rather than through `JSONSerialization`, which makes every value an object and
/// cost a third of reading a plan: the rows come out as ``SQLValue``s at once. Anything else a JSON
/// text may hold (objects, fractions, booleans) is not in a copy this program made; the reading then
/// fails and the store reads the version's tables instead.
enum ReadCopyText {
    /// The rows of `text`, or nil when it is not an array of arrays of strings, integers and nulls.
    static func rows(_ text: String) -> [[SQLValue]]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.rows()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// The length of the longest row so far, which the next is made room for.
        var width = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func rows() -> [[SQLValue]]? {
            var rows: [[SQLValue]] = []
            guard take(UInt8(ascii: "[")) else { return nil }
            if take(UInt8(ascii: "]")) { return finished() ? rows : nil }
            repeat {
                guard take(UInt8(ascii: "[")) else { return nil }
                var row: [SQLValue] = []
                row.reserveCapacity(width)
                if !take(UInt8(ascii: "]")) {
                    repeat {
                        guard let value = value() else { return nil }
                        row.append(value)
                    } while take(UInt8(ascii: ","))
                    guard take(UInt8(ascii: "]")) else { return nil }
                }
                width = max(width, row.count)
                rows.append(row)
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "]")), finished() else { return nil }
            return rows
        }

        /// Whether nothing but white space is left.
        private mutating func finished() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        /// Takes `byte` after any white space, when it is next.
        private mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func value() -> SQLValue? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return string().map(SQLValue.text)
            case UInt8(ascii: "n"):
                guard bytes.count - index >= 4, bytes[index + 1] == UInt8(ascii: "u"),
                    bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
                else { return nil }
                index += 4
                return .null
            default:
                return integer().map(SQLValue.integer)
            }
        }

        private mutating func integer() -> Int64? {
            let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var magnitude: Int64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let digit = Int64(bytes[index] - UInt8(ascii: "0"))
                let (times10, over1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, over2) = times10.addingReportingOverflow(digit)
                guard !over1, !over2 else { return nil }
                magnitude = sum
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            return negative ? -magnitude : magnitude
        }

        /// The rest of a string whose opening quote has been taken, with its closing quote.
        private mutating func string() -> String? {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                index += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: utf8, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            // A character beyond the first plane, written as a surrogate pair.
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                                (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        utf8.append(contentsOf: String(Character(unicode)).utf8)
                    default:
                        return nil
                    }
                default:
                    utf8.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 4]), as: UTF8.self)
            index += 4
            return UInt32(digits, radix: 16)
        }
    }
}
