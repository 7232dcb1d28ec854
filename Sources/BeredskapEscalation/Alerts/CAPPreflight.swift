/// The checks on a document's bytes that run before any XML parser sees them.
///
/// An alert arrives from outside the city, so the parser must never fetch a file or expand an entity
/// because the document asks it to (XXE, "billion laughs"). CAP has no use for a DTD, so any markup
/// declaration (`<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT` …) is refused outright, and `<!DOCTYPE` and
/// `<!ENTITY` even in comments. The scan reads bytes, so
/// it is only sound for encodings in which `<` and `!` are the ASCII bytes: the encoding is checked
/// first and anything else (UTF-16, UTF-32, EBCDIC) is refused.
enum CAPPreflight {
    /// Refuses a document of `count` bytes when it is larger than `maximumSize`.
    static func sizeRefusal(of count: Int, maximumSize: Int) -> CAPProblem? {
        guard count > maximumSize else { return nil }
        return CAPProblem(
            .tooLarge, "the document is \(sizeText(count)); the limit for a CAP alert is \(sizeText(maximumSize))")
    }

    /// The first reason to refuse `bytes` before parsing, if there is one.
    static func refusal(of bytes: [UInt8]) -> CAPProblem? {
        encodingRefusal(of: bytes) ?? literalDeclarationRefusal(in: bytes) ?? declarationRefusal(in: bytes)
    }

    /// Refuses `<!DOCTYPE` and `<!ENTITY` wherever they are, even in a comment or CDATA section, so the
    /// defence against XXE does not depend on this scan reading XML exactly as the parser does. No real
    /// alert writes either, so the cost is nil.
    private static func literalDeclarationRefusal(in bytes: [UInt8]) -> CAPProblem? {
        let words = ["<!DOCTYPE", "<!ENTITY"].map { Array($0.utf8) }
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            for word in words where bytes[open...].starts(with: word, by: { upper($0) == $1 }) {
                return forbidden(String(decoding: word, as: UTF8.self), at: open, in: bytes)
            }
            index = open + 1
        }
        return nil
    }

    /// The encodings whose bytes for ASCII characters are ASCII, so the declaration scan is sound.
    static let acceptedEncodings: Set<String> = {
        var names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "latin1"]
        for number in 1...16 { names.insert("iso-8859-\(number)") }
        for number in 0...8 { names.insert("windows-125\(number)") }
        return names
    }()

    private static func encodingRefusal(of bytes: [UInt8]) -> CAPProblem? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        {
            return CAPProblem(
                .unsupportedEncoding, line: 1, column: 1,
                "the document is in UTF-16 or UTF-32; send CAP alerts in UTF-8 (or ISO-8859-1)")
        }
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
            return CAPProblem(
                .unsupportedEncoding, line: 1, column: 1,
                "the document is in EBCDIC; send CAP alerts in UTF-8 (or ISO-8859-1)")
        }
        let declared = declaredEncoding(in: bytes)
        if declared == nil || ["utf-8", "utf8"].contains(declared?.lowercased()) {
            return invalidUTF8Refusal(in: bytes)
        }
        guard let declared else { return nil }
        if acceptedEncodings.contains(declared.lowercased()) { return nil }
        return CAPProblem(
            .unsupportedEncoding, line: 1, column: 1,
            "the XML declaration names the encoding '\(declared)'; send CAP alerts in UTF-8 (or ISO-8859-1)")
    }

    /// Refuses a UTF-8 document with a byte sequence that is not UTF-8. libxml2 passes such bytes on in
    /// an element's name, and Foundation's XMLParser then stops the process on them (found by the fuzz
    /// harness), so they are refused here, at their place, as the parser would refuse them in text.
    private static func invalidUTF8Refusal(in bytes: [UInt8]) -> CAPProblem? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error:
                let (line, column) = position(of: min(offset, bytes.count), in: bytes)
                return CAPProblem(
                    .unsupportedEncoding, line: line, column: column,
                    "this byte is not UTF-8, the document's encoding; "
                        + "send the alert in UTF-8, or name its encoding in the XML declaration")
            }
        }
    }

    /// The `encoding` of the XML declaration (`<?xml version="1.0" encoding = 'ISO-8859-1'?>`), if any.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let head = Array(bytes[start..<min(bytes.count, start + 1024)])
        guard head.starts(with: Array("<?xml".utf8)), head.count > 5, isSpace(head[5]),
            let end = find(Array("?>".utf8), in: head, from: 5),
            let key = find(Array("encoding".utf8), in: head[..<end], from: 5)
        else { return nil }
        var index = key + 8
        func skipSpace() { while index < end, isSpace(head[index]) { index += 1 } }
        skipSpace()
        guard index < end, head[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpace()
        guard index < end, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") else { return nil }
        let quote = head[index]
        let valueStart = index + 1
        guard let valueEnd = head[valueStart..<end].firstIndex(of: quote) else { return nil }
        return String(decoding: head[valueStart..<valueEnd], as: UTF8.self)
    }

    /// Refuses the first markup declaration outside comments, CDATA sections and processing
    /// instructions — where a declaration's text is only text.
    private static func declarationRefusal(in bytes: [UInt8]) -> CAPProblem? {
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = open + 1
            if next < bytes.count, bytes[next] == UInt8(ascii: "?") {
                guard let end = find(Array("?>".utf8), in: bytes, from: next) else { return nil }
                index = end + 2
            } else if next < bytes.count, bytes[next] == UInt8(ascii: "!") {
                if bytes[next...].starts(with: Array("!--".utf8)) {
                    // An unterminated comment is malformed; the parser reports it and reads no further.
                    guard let end = find(Array("-->".utf8), in: bytes, from: next + 3) else { return nil }
                    index = end + 3
                } else if bytes[next...].starts(with: Array("![CDATA[".utf8)) {
                    guard let end = find(Array("]]>".utf8), in: bytes, from: next + 8) else { return nil }
                    index = end + 3
                } else {
                    let word = bytes[(next + 1)...].prefix { isNameByte($0) }
                    return forbidden("<!" + String(decoding: word, as: UTF8.self), at: open, in: bytes)
                }
            } else {
                index = next
            }
        }
        return nil
    }

    private static func forbidden(_ what: String, at offset: Int, in bytes: [UInt8]) -> CAPProblem {
        let (line, column) = position(of: offset, in: bytes)
        return CAPProblem(
            .forbiddenDeclaration, line: line, column: column,
            "\(what) is not allowed: a CAP alert has no DTD and no entities, so documents with markup "
                + "declarations are refused before parsing")
    }

    /// The byte in upper case, for ASCII letters.
    private static func upper(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
    }

    /// The 1-based line and byte column of `offset`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return (line, offset - lineStart + 1)
    }

    private static func find<C: Collection<UInt8>>(_ needle: [UInt8], in haystack: C, from start: Int) -> Int?
    where C.Index == Int {
        guard needle.count <= haystack.count else { return nil }
        var index = max(start, haystack.startIndex)
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10) >> 20
            return "\(tenths / 10).\(tenths % 10) MiB (\(bytes) bytes)"
        }
        return "\(bytes) bytes"
    }
}
