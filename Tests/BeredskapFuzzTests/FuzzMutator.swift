import BeredskapEscalation

/// Makes new inputs from the corpus with the project's seeded generator, so a seed names a whole run
/// and any input can be made again.
struct FuzzMutator {
    private var random: Xoshiro256

    init(seed: UInt64) { random = Xoshiro256(seed: seed) }

    /// Text that has broken parsers before, or that a parser must not pass on raw.
    static let fragments: [[UInt8]] = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "\\", ";", "=", "!=", "<=", "~", ",", "\n", "\r\n", "\t", " or ",
        " and ", "not ", " where ", "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{9B}", "\u{0}", "\u{FEFF}", "é", "東",
        "99999999999999999999999", "-9223372036854775808", "1e309", "NaN", "2017-02-30", "24:00", "null", "--",
        "- ", ": ", "&a ", "*a", "!!binary ", "<![CDATA[", "]]>", "<!--", "&amp;", "&#0;", "<alert>", "</info>",
        "=HYPERLINK(\"x\")",
    ].map { Array($0.utf8) }

    /// What opens a level of nesting in one of the languages.
    static let openings: [[UInt8]] = ["(", "not ", "[", "{", "- ", "<info>"].map { Array($0.utf8) }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(random.next() % UInt64(bound)) }

    /// One mutation, or a few, of `input`; `other` is a second corpus entry to splice with.
    mutating func mutate(_ input: [UInt8], splicingWith other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + below(3)) { mutateOnce(&bytes, other) }
        // Keep inputs small: a large one costs the cheap targets as much as a hundred small ones.
        if bytes.count > 16_384 { bytes.removeLast(bytes.count - 16_384) }
        return bytes
    }

    private mutating func mutateOnce(_ bytes: inout [UInt8], _ other: [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(10) {
        case 0 where !bytes.isEmpty:
            bytes[below(bytes.count)] ^= UInt8(1 << below(8))
        case 1:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 2 where !bytes.isEmpty:
            let length = min(bytes.count - position, 1 + below(16))
            bytes.removeSubrange(position..<(position + length))
        case 3 where !bytes.isEmpty:
            let start = below(bytes.count)
            let slice = bytes[start..<min(bytes.count, start + 1 + below(32))]
            bytes.insert(contentsOf: slice, at: position)
        case 4:
            let cut = below(other.count + 1)
            bytes = Array(bytes[..<position]) + other[cut...]
        case 5:
            let opening = Self.openings[below(Self.openings.count)]
            let depth = [10, 255, 257, 1_001][below(4)]
            var nesting: [UInt8] = []
            nesting.reserveCapacity(opening.count * depth)
            for _ in 0..<depth { nesting.append(contentsOf: opening) }
            bytes.insert(contentsOf: nesting, at: position)
        default:
            bytes.insert(contentsOf: Self.fragments[below(Self.fragments.count)], at: position)
        }
    }
}
