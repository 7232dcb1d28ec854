/// The store's SQL text as PostgreSQL takes it: `?` placeholders numbered `$1`, `$2`, …, and a script
/// cut into the statements psql would send one by one. Both read the text as PostgreSQL's lexer does,
/// so that a `?` or `;` inside a quoted string, a quoted identifier, a comment or a dollar-quoted body
/// is left alone.
extension PostgreSQLConnection {
    /// `sql` with each `?` placeholder written as `$1`, `$2`, … in order, and how many there are.
    ///
    /// A `?` inside a single-quoted string (escape strings `E'…'` included), a double-quoted
    /// identifier, a `--` or (nested) `/* */` comment or a dollar-quoted `$tag$…$tag$` body is not a
    /// placeholder. Every other `?` is, so PostgreSQL's `?` operators (jsonb's, geometry's) cannot be
    /// written in the store's SQL; their functions (`jsonb_exists`, …) can.
    package static func translatePlaceholders(_ sql: String) -> (sql: String, placeholders: Int) {
        let bytes = Array(sql.utf8)
        let scan = SQLScan(bytes)
        guard !scan.placeholders.isEmpty else { return (sql, 0) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 2 * scan.placeholders.count)
        var start = 0
        for (number, offset) in scan.placeholders.enumerated() {
            output += bytes[start..<offset]
            output += Array("$\(number + 1)".utf8)
            start = offset + 1
        }
        output += bytes[start...]
        return (String(decoding: output, as: UTF8.self), scan.placeholders.count)
    }

    /// The statements of `sql`, cut at each semicolon that ends one, as psql cuts what it reads: not
    /// inside quotes, comments, dollar-quoted bodies or parentheses, nor inside the `BEGIN ATOMIC … END`
    /// body of a `CREATE FUNCTION` or `CREATE PROCEDURE`. Each statement is without its semicolon and
    /// the blanks around it; a piece with nothing but blanks and comments is left out.
    package static func splitStatements(_ sql: String) -> [String] {
        let bytes = Array(sql.utf8)
        return SQLScan(bytes).statements.map { range in
            String(decoding: bytes[range], as: UTF8.self)
        }
    }
}

/// One pass of PostgreSQL's lexical rules over a statement's UTF-8 bytes: where its placeholders are
/// and where its statements start and end.
private struct SQLScan {
    /// The offsets of the `?` placeholders.
    private(set) var placeholders: [Int] = []
    /// The byte ranges of the statements, trimmed, without their semicolons, empty ones left out.
    private(set) var statements: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        let count = bytes.count
        var index = 0
        var firstToken: Int?
        var lastTokenEnd = 0
        var parenthesisDepth = 0
        var beginDepth = 0
        var identifierCount = 0
        var leadingLetters: [UInt8] = []

        func byte(_ offset: Int) -> UInt8? { offset < count ? bytes[offset] : nil }
        func endStatement() {
            if let first = firstToken { statements.append(first..<lastTokenEnd) }
            firstToken = nil
            parenthesisDepth = 0
            beginDepth = 0
            identifierCount = 0
            leadingLetters = []
        }

        while index < count {
            let current = bytes[index]
            let tokenStart = index
            switch current {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                index += 1
                continue
            case UInt8(ascii: "-") where byte(index + 1) == UInt8(ascii: "-"):
                while index < count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "*"):
                var depth = 0
                while index < count {
                    if bytes[index] == UInt8(ascii: "/") && byte(index + 1) == UInt8(ascii: "*") {
                        depth += 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "*") && byte(index + 1) == UInt8(ascii: "/") {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                    } else {
                        index += 1
                    }
                }
                continue
            case UInt8(ascii: "'"):
                index = Self.endOfString(bytes, from: index, backslashEscapes: false)
            case UInt8(ascii: "\""):
                index = Self.endOfQuoted(bytes, from: index)
            case UInt8(ascii: "$"):
                if let next = byte(index + 1), Self.isDigit(next) {
                    index += 1
                    while let digit = byte(index), Self.isDigit(digit) { index += 1 }
                } else if let tagEnd = Self.dollarTagEnd(bytes, from: index) {
                    let tag = bytes[index...tagEnd]
                    index = tagEnd + 1
                    while index < count {
                        if bytes[index] == UInt8(ascii: "$") && bytes[index...].starts(with: tag) {
                            index += tag.count
                            break
                        }
                        index += 1
                    }
                    if index > count { index = count }
                } else {
                    index += 1
                }
            case UInt8(ascii: "?"):
                placeholders.append(index)
                index += 1
            case UInt8(ascii: "("):
                parenthesisDepth += 1
                index += 1
            case UInt8(ascii: ")"):
                parenthesisDepth = max(0, parenthesisDepth - 1)
                index += 1
            case UInt8(ascii: ";"):
                if parenthesisDepth == 0 && beginDepth == 0 {
                    endStatement()
                    index += 1
                    continue
                }
                index += 1
            case _ where Self.isIdentifierStart(current):
                index += 1
                while let next = byte(index), Self.isIdentifierPart(next) { index += 1 }
                let word = bytes[tokenStart..<index].map { $0 | 0x20 }
                if word == [UInt8(ascii: "e")] && byte(index) == UInt8(ascii: "'") {
                    index = Self.endOfString(bytes, from: index, backslashEscapes: true)
                    break
                }
                // psql's rule: BEGIN and CASE open a block inside CREATE [OR REPLACE] FUNCTION or
                // PROCEDURE, and END closes one; a semicolon inside a block does not end the statement.
                if word == Array("begin".utf8) || word == Array("case".utf8) {
                    if identifierCount > 1 && leadingLetters.first == UInt8(ascii: "c") {
                        let second = leadingLetters.count > 1 ? leadingLetters[1] : 0
                        let third = leadingLetters.count > 2 ? leadingLetters[2] : 0
                        let fourth = leadingLetters.count > 3 ? leadingLetters[3] : 0
                        if second == UInt8(ascii: "f") || second == UInt8(ascii: "p")
                            || (second == UInt8(ascii: "o") && third == UInt8(ascii: "r")
                                && (fourth == UInt8(ascii: "f") || fourth == UInt8(ascii: "p")))
                        {
                            beginDepth += 1
                        }
                    }
                } else if word == Array("end".utf8) && beginDepth > 0 {
                    beginDepth -= 1
                }
                if leadingLetters.count < 4 { leadingLetters.append(word[0]) }
                identifierCount += 1
            default:
                index += 1
            }
            if firstToken == nil { firstToken = tokenStart }
            lastTokenEnd = min(index, count)
        }
        endStatement()
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "$")
    }

    /// The offset after the string literal that opens at `start`; `''` is a quote inside it, and so is
    /// `\'` in an escape string.
    private static func endOfString(_ bytes: [UInt8], from start: Int, backslashEscapes: Bool) -> Int {
        var index = start + 1
        while index < bytes.count {
            let current = bytes[index]
            if backslashEscapes && current == UInt8(ascii: "\\") {
                index += 2
            } else if current == UInt8(ascii: "'") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "'") {
                    index += 2
                } else {
                    return index + 1
                }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The offset after the quoted identifier that opens at `start`; `""` is a quote inside it.
    private static func endOfQuoted(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                    index += 2
                } else {
                    return index + 1
                }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The offset of the `$` that closes a dollar quote's opening tag (`$$` or `$tag$`) at `start`,
    /// or nil when the `$` there opens none.
    private static func dollarTagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "$") { return index }
        guard isIdentifierStart(bytes[index]) else { return nil }
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "$") { return index }
            guard isIdentifierStart(current) || isDigit(current) else { return nil }
            index += 1
        }
        return nil
    }
}
