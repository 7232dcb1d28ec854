internal import Yams

/// Writes a `PlanValue` as YAML with the same bytes as Yams (libyaml's emitter at indent 2, width 100,
/// Unicode allowed, `\n` line breaks) writes for ``PlanValue/yamlNode()``, without building nodes, running
/// the resolver's regular expressions on every string or passing events through the C emitter.
///
/// The writer keeps the emitter's state as libyaml keeps it — the column, whether the last thing
/// written was whitespace or indentation, the indent, the flow level, whether the document ends open —
/// and decides styles by the same rules, for the shapes `yamlNode()` builds: block mappings, block
/// lists, flow lists of scalars, plain, single-quoted and literal scalars, folded at the width.
///
/// What it cannot be sure to write as libyaml does (double-quoted scalars, tabs, control characters,
/// characters outside the Basic Multilingual Plane, line breaks other than `\n`, keys that are not
/// simple) it leaves to Yams: one item of a block list at the top of the document (the whole list,
/// or the value of a key of the top mapping) when the failure is inside one, else the whole document.
struct YAMLWriter {
    /// The width past which libyaml breaks a line at a space.
    private static let bestWidth = 100
    /// The indentation step.
    private static let bestIndent = 2

    private var output: [UInt8] = []
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var indent = -1
    private var flowLevel = 0
    /// Whether the last block scalar kept its final line breaks, so that the document ends with `...`.
    private var openEnded = false
    /// How many units were written by Yams.
    private(set) var fallbacks = 0

    /// A value the writer leaves to Yams.
    private struct Unsupported: Error {}

    /// The YAML text of `value` and how many units of it were written by Yams.
    static func text(for value: PlanValue) throws -> (text: String, fallbacks: Int) {
        var writer = YAMLWriter()
        do {
            try writer.writeDocument(value)
        } catch is Unsupported {
            return (try value.yamsText(), 1)
        }
        return (String(decoding: writer.output, as: UTF8.self), writer.fallbacks)
    }

    // MARK: Structure

    private mutating func writeDocument(_ value: PlanValue) throws {
        switch value {
        case .sequence(let items) where isBlock(items):
            try writeTopSequence(items, mappingContext: false)
        case .mapping(let pairs) where !pairs.isEmpty:
            try writeBlockMapping(pairs, top: true)
        default:
            try writeNode(value, mappingContext: false)
        }
        indent = -1
        writeIndent()
        if openEnded {
            writeIndicator("...", needWhitespace: true, isWhitespace: false, isIndention: false)
            writeIndent()
        }
    }

    /// A block list whose items start at column 0, each written alone by Yams if the writer cannot.
    private mutating func writeTopSequence(_ items: [PlanValue], mappingContext: Bool) throws {
        let saved = indent
        increaseIndent(flow: false, indentless: mappingContext && !indention)
        guard indent == 0 else { throw Unsupported() }
        for item in items {
            let mark = (output.count, column, whitespace, indention, openEnded)
            do {
                writeIndent()
                writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                try writeNode(item, mappingContext: false)
            } catch is Unsupported {
                output.removeSubrange(mark.0...)
                (column, whitespace, indention, openEnded) = (mark.1, mark.2, mark.3, mark.4)
                (indent, flowLevel) = (0, 0)
                try writeItemWithYams(item)
            }
        }
        indent = saved
    }

    /// One item of a block list at column 0, written by Yams as the only item of a block list.
    private mutating func writeItemWithYams(_ item: PlanValue) throws {
        writeIndent()
        var text = try PlanValue.yamsText(of: .sequence(Node.Sequence([item.yamlNode()], .implicit, .block)))
        if let keeps = Self.lastLiteralKeepsBreaks(item) {
            if keeps {
                guard text.hasSuffix("\n...\n") else { throw Unsupported() }
                text.removeLast(4)
            }
            openEnded = keeps
        }
        output.append(contentsOf: text.utf8)
        (column, whitespace, indention) = (0, true, true)
        fallbacks += 1
    }

    private mutating func writeNode(_ value: PlanValue, mappingContext: Bool) throws {
        switch value {
        case .string(let original):
            var text = original
            try text.withUTF8 { try writeString($0, text: original) }
        case .integer, .number, .boolean:
            var text = value.scalarText
            try text.withUTF8 { try writeScalar($0, style: .plain, simpleKey: false) }
        case .sequence(let items):
            if flowLevel > 0 { throw Unsupported() }
            if isBlock(items) {
                let saved = indent
                increaseIndent(flow: false, indentless: mappingContext && !indention)
                for item in items {
                    writeIndent()
                    writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                    try writeNode(item, mappingContext: false)
                }
                indent = saved
            } else {
                try writeFlowSequence(items)
            }
        case .mapping(let pairs):
            if flowLevel > 0 { throw Unsupported() }
            if pairs.isEmpty {
                writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            try writeBlockMapping(pairs, top: false)
        }
    }

    /// A block mapping; at the `top` of the document, its block lists' items fall back one by one.
    private mutating func writeBlockMapping(_ pairs: [(String, PlanValue)], top: Bool) throws {
        let saved = indent
        increaseIndent(flow: false)
        for (key, value) in pairs {
            writeIndent()
            try writeKey(key)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            if top, case .sequence(let items) = value, isBlock(items) {
                try writeTopSequence(items, mappingContext: true)
            } else {
                try writeNode(value, mappingContext: true)
            }
        }
        indent = saved
    }

    private mutating func writeFlowSequence(_ items: [PlanValue]) throws {
        writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
        let saved = indent
        increaseIndent(flow: true)
        flowLevel += 1
        for (index, item) in items.enumerated() {
            guard item.isScalar else { throw Unsupported() }
            if index > 0 { writeIndicator(",", needWhitespace: false, isWhitespace: false, isIndention: false) }
            if column > Self.bestWidth { writeIndent() }
            try writeNode(item, mappingContext: false)
        }
        flowLevel -= 1
        indent = saved
        writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// Whether `yamlNode()` makes a block list of `items`: not empty and not a flow list.
    private func isBlock(_ items: [PlanValue]) -> Bool {
        !items.isEmpty && !PlanValue.isFlowSequence(items)
    }

    // MARK: Scalars

    private enum Style { case plain, singleQuoted, literal }

    private mutating func writeString(_ bytes: UnsafeBufferPointer<UInt8>, text: String) throws {
        let style: Style
        if bytes.contains(UInt8(ascii: "\n")) {
            style = .literal
        } else {
            switch Self.isCertainlyText(bytes) {
            case true?: style = .plain
            case false?: style = .singleQuoted
            case nil: style = Self.resolvesAsText(text) ? .plain : .singleQuoted
            }
        }
        try writeScalar(bytes, style: style, simpleKey: false)
    }

    private mutating func writeKey(_ key: String) throws {
        var key = key
        try key.withUTF8 { bytes in
            // Longer or multi-line keys are written as complex keys (`? key`).
            guard bytes.count <= 128 else { throw Unsupported() }
            try writeScalar(bytes, style: .plain, simpleKey: true)
        }
    }

    /// Writes a scalar in the style libyaml chooses when asked for `style`.
    private mutating func writeScalar(_ bytes: UnsafeBufferPointer<UInt8>, style: Style, simpleKey: Bool) throws {
        let analysis = ScalarAnalysis(bytes)
        guard !analysis.unsupported, !(simpleKey && analysis.multiline) else { throw Unsupported() }
        var style = style
        if style == .plain {
            if flowLevel > 0 ? !analysis.flowPlainAllowed : !analysis.blockPlainAllowed { style = .singleQuoted }
            if bytes.isEmpty && (flowLevel > 0 || simpleKey) { style = .singleQuoted }
        }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { throw Unsupported() }
        if style == .literal && (!analysis.blockAllowed || flowLevel > 0 || simpleKey) { throw Unsupported() }
        let saved = indent
        increaseIndent(flow: true)
        switch style {
        case .plain: writePlain(bytes, analysis, allowBreaks: !simpleKey)
        case .singleQuoted: writeSingleQuoted(bytes, analysis, allowBreaks: !simpleKey)
        case .literal: writeLiteral(bytes)
        }
        indent = saved
    }

    private mutating func writePlain(
        _ bytes: UnsafeBufferPointer<UInt8>, _ analysis: ScalarAnalysis, allowBreaks: Bool
    ) {
        if !whitespace && (!bytes.isEmpty || flowLevel > 0) { put(UInt8(ascii: " ")) }
        if !allowBreaks || column + analysis.characters <= Self.bestWidth + 1 {
            output.append(contentsOf: bytes)
            column += analysis.characters
        } else {
            writeFolding(bytes, quoted: false)
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(
        _ bytes: UnsafeBufferPointer<UInt8>, _ analysis: ScalarAnalysis, allowBreaks: Bool
    ) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        if analysis.apostrophes == 0 && (!allowBreaks || column + analysis.characters <= Self.bestWidth + 1) {
            output.append(contentsOf: bytes)
            column += analysis.characters
        } else {
            writeFolding(bytes, quoted: true, allowBreaks: allowBreaks)
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// Writes a plain or single-quoted scalar without line breaks, breaking the line at a single space
    /// once the column is past the width, as libyaml does.
    private mutating func writeFolding(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool, allowBreaks: Bool = true) {
        let space = UInt8(ascii: " ")
        var spaces = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == space {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                // A quoted scalar is not broken at its first or last character.
                let inside = !quoted || (index != 0 && index != bytes.count - 1)
                if allowBreaks && !spaces && column > Self.bestWidth && inside && next != space {
                    writeIndent()
                } else {
                    put(space)
                }
                spaces = true
                index += 1
                continue
            }
            if quoted && byte == UInt8(ascii: "'") { put(byte) }
            let width = Self.width(of: byte)
            output.append(contentsOf: bytes[index..<index + width])
            column += 1
            indention = false
            spaces = false
            index += width
        }
    }

    private mutating func writeLiteral(_ bytes: UnsafeBufferPointer<UInt8>) {
        let lineBreak = UInt8(ascii: "\n")
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        if bytes.first == UInt8(ascii: " ") || bytes.first == lineBreak {
            // The indentation indicator: the indentation step.
            writeIndicator("2", needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        openEnded = false
        if bytes.last != lineBreak {
            writeIndicator("-", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else if bytes.count == 1 || bytes[bytes.count - 2] == lineBreak {
            writeIndicator("+", needWhitespace: false, isWhitespace: false, isIndention: false)
            openEnded = true
        }
        putBreak()
        indention = true
        whitespace = true
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: lineBreak) ?? bytes.count
            if end > start {
                writeIndent()
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                output.append(contentsOf: line)
                column += ScalarAnalysis.characterCount(line)
                indention = false
            }
            if end < bytes.count {
                putBreak()
                indention = true
            }
            start = end + 1
        }
    }

    /// Whether a string is certainly read as text by Yams' resolver (true), certainly not (false), or
    /// whether only the resolver can tell (nil): every rule but text matches the whole string, and all
    /// of them but a few words start with a digit or a dot, after an optional sign. The rules' `$` also
    /// matches before a final line terminator, so text with one is left to the resolver.
    static func isCertainlyText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        let start = first == UInt8(ascii: "+") || first == UInt8(ascii: "-") ? 1 : 0
        if start < bytes.count {
            let byte = bytes[start]
            if byte == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return nil }
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A...0x0D: return nil
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return nil
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8:
                return nil
            default: continue
            }
        }
        guard bytes.count <= 5 else { return true }
        return !nonTextWords.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether Yams' resolver reads `text`, unquoted, as text.
    static func resolvesAsText(_ text: String) -> Bool {
        Resolver.default.resolveTag(of: Node(text)) == .str
    }

    /// The words Yams' resolver reads as booleans, null, merge or value.
    private static let nonTextWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
        "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<", "=",
    ]

    /// Whether the last scalar of `value` that Yams writes as a literal block keeps its final line
    /// breaks (`|+`); nil when there is none.
    static func lastLiteralKeepsBreaks(_ value: PlanValue) -> Bool? {
        switch value {
        case .string(let text):
            var text = text
            return text.withUTF8 { bytes in
                guard bytes.contains(UInt8(ascii: "\n")), ScalarAnalysis(bytes).blockAllowed else { return nil }
                var last = bytes.count - 1
                while last > 0 && bytes[last] & 0xC0 == 0x80 { last -= 1 }
                guard ScalarAnalysis.isBreak(bytes, at: last) else { return false }
                if last == 0 { return true }
                var previous = last - 1
                while previous > 0 && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                return ScalarAnalysis.isBreak(bytes, at: previous)
            }
        case .integer, .number, .boolean: return nil
        case .sequence(let items): return items.reversed().lazy.compactMap(lastLiteralKeepsBreaks).first
        case .mapping(let pairs): return pairs.reversed().lazy.compactMap { lastLiteralKeepsBreaks($0.1) }.first
        }
    }

    // MARK: Output

    private mutating func put(_ byte: UInt8) {
        output.append(byte)
        column += 1
    }

    private mutating func putBreak() {
        output.append(UInt8(ascii: "\n"))
        column = 0
    }

    private mutating func increaseIndent(flow: Bool, indentless: Bool = false) {
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent += Self.bestIndent
        }
    }

    private mutating func writeIndent() {
        let indent = max(self.indent, 0)
        if !indention || column > indent || (column == indent && !whitespace) { putBreak() }
        while column < indent { put(UInt8(ascii: " ")) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(
        _ indicator: StaticString, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
    ) {
        if needWhitespace && !whitespace { put(UInt8(ascii: " ")) }
        indicator.withUTF8Buffer { output.append(contentsOf: $0) }
        column += indicator.utf8CodeUnitCount
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    /// The length in bytes of the UTF-8 sequence `lead` starts.
    static func width(of lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : 4
    }
}

/// What libyaml's emitter learns about a scalar before choosing its style: which styles can carry it.
private struct ScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true
    /// A character the writer does not write itself: one libyaml would escape, or a line break other
    /// than `\n`.
    var unsupported = false
    /// Unicode scalars, the unit of libyaml's column.
    var characters = 0
    var apostrophes = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0 else {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        var found: Found = []
        var previousSpace = false
        var previousBreak = false
        if count >= 3 && bytes[0] == bytes[1] && bytes[1] == bytes[2]
            && (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "."))
        {
            found.formUnion([.blockIndicators, .flowIndicators])
        }
        var precededByWhitespace = true
        var index = 0
        while index < count {
            let byte = bytes[index]
            let width = YAMLWriter.width(of: byte)
            let next = index + width
            let followedByWhitespace = Self.isBlankOrEnd(bytes, at: next)
            found.formUnion(
                Self.indicators(
                    byte, first: index == 0, precededByWhitespace: precededByWhitespace,
                    followedByWhitespace: followedByWhitespace))
            if byte == UInt8(ascii: "'") { apostrophes += 1 }
            if !Self.isPrintable(bytes, at: index) { found.insert(.special) }
            let isBreak = Self.isBreak(bytes, at: index)
            if isBreak {
                found.insert(.lineBreaks)
                if byte != UInt8(ascii: "\n") { unsupported = true }
            }
            if byte == UInt8(ascii: " ") {
                if index == 0 { found.insert(.leadingSpace) }
                if next == count { found.insert(.trailingSpace) }
                if previousBreak { found.insert(.breakSpace) }
                previousSpace = true
                previousBreak = false
            } else if isBreak {
                if index == 0 { found.insert(.leadingBreak) }
                if next == count { found.insert(.trailingBreak) }
                if previousSpace { found.insert(.spaceBreak) }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlankOrEnd(bytes, at: index)
            characters += 1
            index = next
        }
        multiline = found.contains(.lineBreaks)
        if found.contains(.special) { unsupported = true }
        if !found.isDisjoint(with: [.leadingSpace, .leadingBreak, .trailingSpace, .trailingBreak, .breakSpace]) {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if found.contains(.trailingSpace) { blockAllowed = false }
        if found.contains(.breakSpace) { singleQuotedAllowed = false }
        if !found.isDisjoint(with: [.spaceBreak, .special]) {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if !found.isDisjoint(with: [.lineBreaks, .flowIndicators]) { flowPlainAllowed = false }
        if !found.isDisjoint(with: [.lineBreaks, .blockIndicators]) { blockPlainAllowed = false }
    }

    /// The indicators `byte` makes of a scalar for libyaml, as its first character or a later one:
    /// a flow indicator forbids plain style in flow lists, a block indicator everywhere.
    static func indicators(
        _ byte: UInt8, first: Bool, precededByWhitespace: Bool, followedByWhitespace: Bool
    ) -> Found {
        let both: Found = [.flowIndicators, .blockIndicators]
        switch byte {
        case UInt8(ascii: ":"): return followedByWhitespace ? both : .flowIndicators
        case UInt8(ascii: "?"): return first && followedByWhitespace ? both : .flowIndicators
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return first ? both : .flowIndicators
        case UInt8(ascii: "#"): return first || precededByWhitespace ? both : []
        case UInt8(ascii: "-"): return first && followedByWhitespace ? both : []
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
            UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return first ? both : []
        default: return []
        }
    }

    /// What the analysis found in the scalar.
    struct Found: OptionSet {
        let rawValue: Int
        static let blockIndicators = Found(rawValue: 1 << 0)
        static let flowIndicators = Found(rawValue: 1 << 1)
        static let lineBreaks = Found(rawValue: 1 << 2)
        static let special = Found(rawValue: 1 << 3)
        static let leadingSpace = Found(rawValue: 1 << 4)
        static let leadingBreak = Found(rawValue: 1 << 5)
        static let trailingSpace = Found(rawValue: 1 << 6)
        static let trailingBreak = Found(rawValue: 1 << 7)
        static let breakSpace = Found(rawValue: 1 << 8)
        static let spaceBreak = Found(rawValue: 1 << 9)
    }

    /// libyaml's printable characters: `\n`, printable ASCII, U+00A0 to U+D7FF and U+E000 to U+FFFD
    /// but the byte order mark.
    static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x20...0x7E: return true
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] >= 0xA0
        case 0xC3...0xEC, 0xEE: return true
        case 0xED: return index + 1 < bytes.count && bytes[index + 1] < 0xA0
        case 0xEF:
            guard index + 2 < bytes.count else { return false }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
        default: return false
        }
    }

    /// A line break as libyaml counts them: CR, LF, NEL, U+2028 or U+2029.
    static func isBreak(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        switch bytes[start] {
        case 0x0A, 0x0D: return true
        case 0xC2: return start + 1 < bytes.count && bytes[start + 1] == 0x85
        case 0xE2:
            return start + 2 < bytes.count && bytes[start + 1] == 0x80
                && (bytes[start + 2] == 0xA8 || bytes[start + 2] == 0xA9)
        default: return false
        }
    }

    /// A space, tab, line break, NUL or the end of the scalar.
    static func isBlankOrEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0 || isBreak(bytes, at: index)
    }

    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
