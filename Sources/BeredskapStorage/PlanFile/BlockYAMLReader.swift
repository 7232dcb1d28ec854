internal import Yams

/// Composes the YAML of a plan file's piece — block mappings and sequences of one-line scalars and
/// literal texts, the style ``YAMLWriter`` writes and people usually write — into the same nodes
/// Yams composes with its basic resolver, several times faster, by reading lines instead of
/// passing every token through libyaml's events.
///
/// It returns nil for any text it is not sure of: a tab, a carriage return or a character YAML
/// treats specially anywhere; anchors, aliases, tags, flow collections other than `[]` and `{}`,
/// folded texts, quoted keys, comments after a value, a value continued on the next line, a text
/// with an explicit indentation, a duplicate key. The caller then gives the text to Yams, which
/// reads everything and explains every problem. The nodes carry no marks: the piecewise reader that
/// uses this never reports a place (any problem sends the whole file to the reader that does).
struct BlockYAMLReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Each line's first byte, the byte after its content (its line break), and its indentation.
    private var lines: [(start: Int, end: Int, indent: Int)] = []
    /// The line being read.
    private var line = 0
    /// The constructor every node's tag refers to. Yams makes a new one, with new tables, every
    /// time it is asked for `.implicit` or `Constructor.default`; its parser makes one per text.
    private let constructor = Constructor.default

    /// A new implicit tag with the basic resolver, as Yams' parser gives every plain scalar. Each
    /// needs its own: Yams writes the resolved name into an implicit tag the first time it compares
    /// the node.
    private var tag: Tag { Tag(.implicit, .basic, constructor) }

    /// The tag of a quoted or literal scalar, which libyaml marks as text, and of a key: Yams compares
    /// every mapping's keys for duplicates while composing, which resolves their tags, with the basic
    /// resolver, to text. A tag named text is never written to, so these nodes share one.
    private let textTag: Tag

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        textTag = Tag(.str, .basic, constructor)
    }

    /// The nodes of `text`, or nil when it is not certainly read exactly as Yams reads it.
    static func compose(_ text: [UInt8]) -> Node? {
        text.withUnsafeBufferPointer { buffer in
            var reader = BlockYAMLReader(buffer)
            guard reader.splitLines() else { return nil }
            reader.skipIgnorable()
            guard reader.line < reader.lines.count, reader.lines[reader.line].indent == 0,
                let root = reader.collection(at: 0)
            else { return nil }
            reader.skipIgnorable()
            return reader.line == reader.lines.count ? root : nil
        }
    }

    // MARK: Lines

    /// Cuts the text into lines; false at a byte that needs YAML's own reader, or at text that is not
    /// UTF-8.
    private mutating func splitLines() -> Bool {
        guard bytes.last == UInt8(ascii: "\n"), String(validating: bytes, as: UTF8.self) != nil else { return false }
        var start = 0
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                var first = start
                while bytes[first] == UInt8(ascii: " ") { first += 1 }
                lines.append((start, index, first - start))
                start = index + 1
            case 0..<0x20, 0x7F:
                return false  // a tab, a carriage return, a control character
            case 0xC2:
                // NEL is a line break to YAML and the C1 controls are refused by it.
                if (0x80...0x9F).contains(bytes[index + 1]) { return false }
            case 0xE2:
                // The line and paragraph separators are line breaks to YAML.
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            case 0xEF:
                // A byte order mark, and the non-characters U+FFFE and U+FFFF.
                if (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                    || (bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF))
                {
                    return false
                }
            default: break
            }
        }
        return true
    }

    /// Whether a line holds nothing but spaces or a comment.
    private func isIgnorable(_ line: Int) -> Bool {
        let (start, end, indent) = lines[line]
        return start + indent == end || bytes[start + indent] == UInt8(ascii: "#")
    }

    private mutating func skipIgnorable() {
        while line < lines.count, isIgnorable(line) { line += 1 }
    }

    /// Whether the line's content starts a sequence item: `-` then a space or the line's end.
    private func isItem(_ line: Int) -> Bool {
        let (start, end, indent) = lines[line]
        let first = start + indent
        return bytes[first] == UInt8(ascii: "-") && (first + 1 == end || bytes[first + 1] == UInt8(ascii: " "))
    }

    // MARK: Collections

    /// The block collection whose first line is the current one, at `indent`.
    private mutating func collection(at indent: Int) -> Node? {
        if isItem(line) { return sequence(at: indent) }
        let (start, end, _) = lines[line]
        return mapping(at: indent, firstKeyAt: start + indent, lineEnd: end)
    }

    /// A block sequence whose items start at `indent`; it ends at the first line that is not an item
    /// at that indentation.
    private mutating func sequence(at indent: Int) -> Node? {
        var items: [Node] = []
        while line < lines.count, lines[line].indent == indent, isItem(line) {
            let (start, end, _) = lines[line]
            var content = start + indent + 1
            while content < end, bytes[content] == UInt8(ascii: " ") { content += 1 }
            let item: Node?
            if content == end {
                item = value(after: end, parentIndent: indent, sameIndentSequence: false)
            } else if keyEnd(from: content, to: end) != nil {
                item = mapping(at: content - start, firstKeyAt: content, lineEnd: end)
            } else {
                item = value(after: content, parentIndent: indent, sameIndentSequence: false)
            }
            guard let item else { return nil }
            items.append(item)
            skipIgnorable()
            if line < lines.count, lines[line].indent > indent { return nil }
        }
        return .sequence(Node.Sequence(items, tag, .any))
    }

    /// A block mapping whose keys start at `indent`, the first of them at `firstKey` on the current
    /// line (after a sequence item's `- `, or at the line's indentation).
    private mutating func mapping(at indent: Int, firstKeyAt firstKey: Int, lineEnd firstEnd: Int) -> Node? {
        var pairs: [(Node, Node)] = []
        // A plan's mappings have a few keys each: a scan costs less than hashing them.
        var keys: [String] = []
        var keyStart = firstKey
        var end = firstEnd
        while true {
            guard let colon = keyEnd(from: keyStart, to: end),
                case let key = text(keyStart, colon), !keys.contains(key)
            else { return nil }
            var valueStart = colon + 1
            while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            guard let value = value(after: valueStart, parentIndent: indent, sameIndentSequence: true) else {
                return nil
            }
            keys.append(key)
            pairs.append((.scalar(Node.Scalar(key, textTag, .plain)), value))
            skipIgnorable()
            guard line < lines.count else { break }
            let next = lines[line]
            if next.indent < indent { break }
            guard next.indent == indent, !isItem(line) else { return nil }
            keyStart = next.start + indent
            end = next.end
        }
        return .mapping(Node.Mapping(pairs, tag, .any))
    }

    /// Where a plain key that starts at `start` ends: the `:` followed by a space or the line's end.
    /// Nil unless the line starts with such a key made of letters, digits, `_` and `-`.
    private func keyEnd(from start: Int, to end: Int) -> Int? {
        guard start < end, Self.isKeyStart(bytes[start]) else { return nil }
        var index = start + 1
        while index < end, Self.isKeyByte(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ":"),
            index + 1 == end || bytes[index + 1] == UInt8(ascii: " ")
        else { return nil }
        return index
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    // MARK: Values

    /// The value that starts at `start` on the current line (its end when the value is on the lines
    /// below), in a collection at `parentIndent`. Moves to the line after the value.
    private mutating func value(after start: Int, parentIndent: Int, sameIndentSequence: Bool) -> Node? {
        let end = lines[line].end
        guard start < end else {
            line += 1
            skipIgnorable()
            guard line < lines.count else { return empty }
            let next = lines[line]
            if next.indent > parentIndent { return collection(at: next.indent) }
            if sameIndentSequence, next.indent == parentIndent, isItem(line) { return sequence(at: parentIndent) }
            return empty
        }
        switch bytes[start] {
        case UInt8(ascii: "'"):
            return oneLine(singleQuoted(start + 1, parentIndent: parentIndent), style: .singleQuoted)
        case UInt8(ascii: "\""):
            return oneLine(doubleQuoted(start + 1, end), style: .doubleQuoted)
        case UInt8(ascii: "|"):
            return literal(header: start, end: end, parentIndent: parentIndent)
        case UInt8(ascii: "["):
            return flowSequence(start + 1, parentIndent: parentIndent)
        case UInt8(ascii: "{"):
            guard start + 2 == end, bytes[start + 1] == UInt8(ascii: "}") else { return nil }
            line += 1
            return .mapping(Node.Mapping([], tag, .any))
        default:
            guard let text = plain(start, parentIndent: parentIndent) else { return nil }
            line += 1
            return .scalar(Node.Scalar(text, tag, .plain))
        }
    }

    /// A flow sequence of scalars after its `[` at `start`, as the writer puts a short list of texts:
    /// plain or quoted items on one line each, a line broken only after a comma and going on deeper
    /// than `parentIndent`. Nil for anything else (nested collections, an empty or a multi-line item).
    private mutating func flowSequence(_ start: Int, parentIndent: Int) -> Node? {
        var items: [Node] = []
        var index = start
        var end = lines[line].end
        func skipSpaces() {
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        }
        skipSpaces()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            while true {
                guard index < end else { return nil }
                let item: Node.Scalar
                switch bytes[index] {
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    let single = bytes[index] == UInt8(ascii: "'")
                    let itemLine = line
                    guard
                        let read = single
                            ? singleQuoted(index + 1, parentIndent: Int.max) : doubleQuoted(index + 1, end),
                        line == itemLine
                    else { return nil }
                    item = Node.Scalar(read.text, textTag, single ? .singleQuoted : .doubleQuoted)
                    index = read.closed + 1
                default:
                    var last = index
                    while last < end, bytes[last] != UInt8(ascii: ","), bytes[last] != UInt8(ascii: "]") { last += 1 }
                    guard let text = flowPlain(index, last) else { return nil }
                    item = Node.Scalar(text, tag, .plain)
                    index = last
                }
                items.append(.scalar(item))
                skipSpaces()
                guard index < end else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                skipSpaces()
                if index == end {
                    guard let next = continuation(parentIndent: parentIndent), next >= 0 else { return nil }
                    line += 1
                    index = next
                    end = lines[line].end
                }
                guard bytes[index] != UInt8(ascii: "]") else { return nil }  // a trailing comma
            }
        }
        skipSpaces()
        guard index == end else { return nil }
        line += 1
        return .sequence(Node.Sequence(items, tag, .any))
    }

    /// A plain item of a flow sequence, from `start` to before its `,` or `]`: nil when it is empty or
    /// holds a character that means something in a flow collection.
    private func flowPlain(_ start: Int, _ end: Int) -> String? {
        var last = end
        while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        guard last > start, Self.plainMayStart(bytes[start], next: start + 1 < last ? bytes[start + 1] : nil) else {
            return nil
        }
        for index in start..<last {
            switch bytes[index] {
            case UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "?"):
                return nil
            case UInt8(ascii: "#") where bytes[index - 1] == UInt8(ascii: " "):
                return nil
            default: break
            }
        }
        return text(start, last)
    }

    /// Whether a plain scalar may start with `byte` (followed by `next`) as the writer writes one.
    private static func plainMayStart(_ byte: UInt8, next: UInt8?) -> Bool {
        switch byte {
        case UInt8(ascii: "-"): next != nil && next != UInt8(ascii: " ")
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            false
        default: true
        }
    }

    /// YAML's empty value: a plain scalar without text.
    private var empty: Node { .scalar(Node.Scalar("", tag, .plain)) }

    /// A quoted scalar that closed at `closed`, when only spaces follow it on its line.
    private mutating func oneLine(_ read: (text: String, closed: Int)?, style: Node.Scalar.Style) -> Node? {
        guard let read else { return nil }
        let end = lines[line].end
        var index = read.closed + 1
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index == end else { return nil }
        line += 1
        return .scalar(Node.Scalar(read.text, textTag, style))
    }

    /// A plain scalar that starts at `start` on the current line and may go on on the lines below
    /// deeper than `parentIndent`, each line break read as a space. Nil when it starts with an
    /// indicator, holds `: ` or ` #`, or a line below is empty or a comment where it could go on.
    /// Leaves the current line at its last line.
    private mutating func plain(_ start: Int, parentIndent: Int) -> String? {
        let end = lines[line].end
        guard Self.plainMayStart(bytes[start], next: start + 1 < end ? bytes[start + 1] : nil) else { return nil }
        var output: [UInt8] = []
        var from = start
        while true {
            guard appendPlain(from, lines[line].end, to: &output) else { return nil }
            guard let next = continuation(parentIndent: parentIndent) else { break }
            guard next >= 0 else { return nil }
            line += 1
            output.append(UInt8(ascii: " "))
            from = next
        }
        return Self.string(output)
    }

    /// Appends a line's part of a plain scalar, without its trailing spaces; false where a `: ` or a
    /// ` #` would end the scalar.
    private func appendPlain(_ start: Int, _ end: Int, to output: inout [UInt8]) -> Bool {
        var last = end
        while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        for index in start..<last {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == last || bytes[index + 1] == UInt8(ascii: " ") { return false }
            if byte == UInt8(ascii: "#"), index > start, bytes[index - 1] == UInt8(ascii: " ") { return false }
        }
        output.append(contentsOf: bytes[start..<last])
        return true
    }

    /// Where the next line goes on with a scalar of the current one, deeper than `parentIndent`: the
    /// first byte of its content; nil when the scalar ends here; -1 when only YAML's own rules can
    /// tell (an empty line or a comment line with deeper content below it).
    private func continuation(parentIndent: Int) -> Int? {
        var next = line + 1
        while next < lines.count, isIgnorable(next) { next += 1 }
        guard next < lines.count, lines[next].indent > parentIndent else { return nil }
        return next == line + 1 ? lines[next].start + lines[next].indent : -1
    }

    /// A single-quoted scalar's text after its opening quote at `start`, and where its closing quote
    /// is, on the current line or one below deeper than `parentIndent` (each line break read as a
    /// space); nil when it does not close so. Leaves the current line at the closing quote's.
    private mutating func singleQuoted(_ start: Int, parentIndent: Int) -> (text: String, closed: Int)? {
        var output: [UInt8] = []
        var index = start
        var end = lines[line].end
        while true {
            guard index < end else {
                // A line break inside the quotes: the spaces around it and it read as one space.
                while output.last == UInt8(ascii: " ") { output.removeLast() }
                guard let next = continuation(parentIndent: parentIndent), next >= 0 else { return nil }
                line += 1
                output.append(UInt8(ascii: " "))
                index = next
                end = lines[line].end
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") {
                guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "'") else {
                    return (Self.string(output), index)
                }
                output.append(byte)
                index += 2
                continue
            }
            output.append(byte)
            index += 1
        }
    }

    /// A double-quoted scalar's text after its opening quote, with its escapes, and where its
    /// closing quote is; nil when it does not close on this line or an escape is not YAML's.
    private func doubleQuoted(_ start: Int, _ end: Int) -> (text: String, closed: Int)? {
        var output: [UInt8] = []
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (Self.string(output), index) }
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < end else { return nil }
            let escape = bytes[index + 1]
            index += 2
            if let simple = Self.simpleEscapes[escape] {
                output.append(contentsOf: simple)
                continue
            }
            let digits: Int
            switch escape {
            case UInt8(ascii: "x"): digits = 2
            case UInt8(ascii: "u"): digits = 4
            case UInt8(ascii: "U"): digits = 8
            default: return nil
            }
            guard index + digits <= end else { return nil }
            var code: UInt32 = 0
            for digit in bytes[index..<index + digits] {
                guard let value = Self.hexValue(digit) else { return nil }
                code = code << 4 | value
            }
            index += digits
            // Yams drops an escaped byte order mark: left to it.
            guard code != 0xFEFF, let scalar = Unicode.Scalar(code) else { return nil }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        return nil
    }

    private static let simpleEscapes: [UInt8: [UInt8]] = [
        UInt8(ascii: "0"): [0], UInt8(ascii: "a"): [7], UInt8(ascii: "b"): [8], UInt8(ascii: "t"): [9],
        UInt8(ascii: "n"): [10], UInt8(ascii: "v"): [11], UInt8(ascii: "f"): [12], UInt8(ascii: "r"): [13],
        UInt8(ascii: "e"): [27], UInt8(ascii: " "): [32], UInt8(ascii: "\""): [34], UInt8(ascii: "/"): [47],
        UInt8(ascii: "\\"): [92], UInt8(ascii: "N"): [0xC2, 0x85], UInt8(ascii: "_"): [0xC2, 0xA0],
        UInt8(ascii: "L"): [0xE2, 0x80, 0xA8], UInt8(ascii: "P"): [0xE2, 0x80, 0xA9],
    ]

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A literal text (`|`, `|-` or `|+`) whose header is at `header` on the current line: its lines
    /// are those below indented deeper than `parentIndent`, at the first one's indentation.
    private mutating func literal(header: Int, end: Int, parentIndent: Int) -> Node? {
        var chomping = UInt8(ascii: " ")
        var index = header + 1
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            chomping = bytes[index]
            index += 1
        }
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index == end else { return nil }  // an indentation indicator, or a comment
        line += 1
        guard line < lines.count, lines[line].start + lines[line].indent < lines[line].end,
            lines[line].indent > parentIndent
        else { return nil }
        let indent = lines[line].indent
        var output: [UInt8] = []
        var emptyLines = 0  // empty lines since the last line with content
        while line < lines.count {
            let (start, lineEnd, lineIndent) = lines[line]
            if start == lineEnd {
                emptyLines += 1
            } else if start + lineIndent == lineEnd {
                return nil  // a line of spaces only: left to YAML's own rules
            } else if lineIndent < indent {
                break
            } else {
                if !output.isEmpty {
                    output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: 1 + emptyLines))
                }
                emptyLines = 0
                output.append(contentsOf: bytes[(start + indent)..<lineEnd])
            }
            line += 1
        }
        switch chomping {
        case UInt8(ascii: "-"): break
        case UInt8(ascii: "+"): output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: 1 + emptyLines))
        default: output.append(UInt8(ascii: "\n"))
        }
        return .scalar(Node.Scalar(Self.string(output), textTag, .literal))
    }

    // MARK: Text

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Text already known to be UTF-8: the whole input was checked.
    private static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
