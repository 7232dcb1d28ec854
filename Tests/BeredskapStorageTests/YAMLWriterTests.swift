import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// The YAML writer against Yams, which it must match byte for byte: on every plan of the repository,
/// on fixed cases that once differed, and on many random trees of hostile text.
@Suite struct YAMLWriterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file of the repository's plans, examples and fixtures.
    static func yamlFiles() throws -> [URL] {
        let folders = ["Sources/BeredskapStorage/Resources/Plans", "Documentation/examples", "Tests"]
        var files: [URL] = []
        for folder in folders {
            let enumerator = FileManager.default.enumerator(
                at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "yaml" { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func expectSame(_ value: PlanValue, _ comment: String = "") throws {
        let ours = try YAMLWriter.text(for: value).text
        let yams = try value.yamsText()
        #expect(ours == yams, "\(comment)\n\(value)")
    }

    @Test func repositoryPlansAreWrittenAsYamsWritesThem() throws {
        let files = try Self.yamlFiles()
        #expect(files.count >= 5)
        var plans = 0
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = PlanFileReader.read(text, file: url.lastPathComponent)
            if let plan = result.plan {
                plans += 1
                for options in [PlanFileWriter.Options(), .init(includeSensitive: true)] {
                    try Self.expectSame(PlanFileWriter.value(for: plan, options: options), url.path)
                }
            }
            // The file's own tree, as read without the plan format: whatever shapes it has.
            if let tree = PlanValue(jsonText: text) { try Self.expectSame(tree, url.path) }
        }
        #expect(plans >= 3)
    }

    @Test func theStockholmAndSyntheticPlansNeedNoFallback() throws {
        let stockholm = PlanFileWriter.value(for: try BuiltInPlans.stockholm())
        #expect(try YAMLWriter.text(for: stockholm).fallbacks == 0)
        let url = Self.repository.appendingPathComponent("Tests/BeredskapStorageTests/Fixtures/synth-40.yaml")
        let synthetic = try PlanFileReader.read(String(contentsOf: url, encoding: .utf8), file: "synth.yaml")
            .validPlan()
        let value = PlanFileWriter.value(for: synthetic)
        #expect(try YAMLWriter.text(for: value).fallbacks == 0)
        try Self.expectSame(value)
    }

    @Test func aHostileItemFallsBackAloneAndTheRestIsWrittenNatively() throws {
        let items = (0..<10).map { index in
            PlanValue.mapping([("id", .string("e\(index)")), ("text", .string(index == 4 ? "tab\there" : "fine"))])
        }
        let result = try YAMLWriter.text(for: .mapping([("roles", .sequence(items))]))
        #expect(result.fallbacks == 1)
        #expect(result.text == (try PlanValue.mapping([("roles", .sequence(items))]).yamsText()))
    }

    /// Cases that differed from Yams while the writer was written.
    static let regressions: [PlanValue] = [
        .string("keep\n\n"), .string("\n"), .string(" lead\n"), .string("\nfirst"),
        .mapping([("a", .string("keep\n\n")), ("b", .string("x"))]),
        .sequence([.mapping([("a", .string("tab\t\n\n"))]), .mapping([("a", .string("keep\n\n"))])]),
        .sequence([.mapping([("a", .string("keep\n\n"))]), .mapping([("a", .string("\u{1}"))])]),
        .sequence([.string("short"), .mapping([("a", .string("x\ty"))])]),
        .mapping([("", .string("")), ("'", .sequence([.string(""), .string("a b")]))]),
        .mapping([("k", .sequence([]))]), .mapping([("k", .mapping([]))]), .sequence([.sequence([])]),
        .sequence([.sequence([.string("a"), .integer(1)]), .sequence([.sequence([.boolean(true)])])]),
    ]

    @Test(arguments: regressions)
    func regressionCase(_ value: PlanValue) throws {
        try Self.expectSame(value)
    }

    @Test func randomTreesOfHostileTextAreWrittenAsYamsWritesThem() throws {
        var generator = HostileTrees(seed: 0x5EED_2026)
        var mismatches: [PlanValue] = []
        var cases = 0
        var native = 0
        for _ in 0..<4_000 {
            let value = generator.tree()
            let ours = try YAMLWriter.text(for: value)
            let yams = try value.yamsText()
            cases += 1
            if ours.fallbacks == 0 { native += 1 }
            if ours.text != yams && mismatches.count < 5 { mismatches.append(value) }
        }
        for _ in 0..<8_000 {
            // One scalar, alone and at several depths, so that folds fall at many columns.
            let text = generator.string()
            for value in [PlanValue.string(text), generator.nest(.string(text)), generator.nest(.string(text))] {
                let ours = try YAMLWriter.text(for: value)
                cases += 1
                if ours.fallbacks == 0 { native += 1 }
                if ours.text != (try value.yamsText()) && mismatches.count < 5 { mismatches.append(value) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.map(\.description).joined(separator: "\n"))")
        // Most random cases are written natively: a writer that fell back everywhere would pass the rest.
        #expect(native * 2 > cases, "\(native) of \(cases) written natively")
    }

    @Test func thePreFilterAgreesWithTheResolver() throws {
        var generator = HostileTrees(seed: 7)
        for _ in 0..<20_000 {
            var text = generator.string()
            let decided = text.withUTF8 { YAMLWriter.isCertainlyText($0) }
            guard let decided else { continue }
            #expect(decided == YAMLWriter.resolvesAsText(text), "\(text.debugDescription)")
        }
    }
}

/// A seeded generator of plan value trees whose text is made to trip a YAML writer.
struct HostileTrees {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let lookAlikes = [
        "", "~", "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "NO", "on", "Off", "true", "False", "<<",
        "=", "0o7", "0o", "1_000", "0x1F", "0b101", "-0b1", "+12", "-3", "12", "007", "08", "1.5", "1.", ".5",
        "1e3", "1E+3", "1e", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "1:30", "1:30:59.5", "190:20:30",
        "2017-01-01", "2017-1-1", "2017-01-01 10:00:00", "2017-01-01T10:00:00Z", "2017-01-01 10:00:00.5 +01:00",
        "2017-01-01t1:00:00-5", "=SUM(A1)", "+46 8 508 25 000", "08-508 25 000", "-", "+", ".", "...", "---",
        "--- x", "... x", "-x", "- x", "?x", "? x", ":x", ": x", "x:", "x: y", "x:y", "x #y", "x#y", "#x",
        "e\u{301}", "Ångström", "åäö ÅÄÖ", "Hälsoförvaltningen", "\u{A0}", "\u{FFFD}", "\u{E000}", "\u{D7FF}",
        "\u{FEFF}x", "\u{FFFE}", "😀", "x😀", "\u{85}", "x\u{2028}y", "x\u{2029}", "tab\tx", "\u{1}", "\u{7F}",
        "\u{9F}", "\r", "x\r\ny", "'", "''", "\"", "\\", "a'b", "it's", "`x`", "@x", "%x", "!x", "&x", "*x",
        "|x", ">x", "[x]", "{x}", "x,y", "x]", "x}", "x[", "x{", "x?", "?", "x ?", " x", "x ", " ", "  ",
    ]

    static let punctuation = Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").map(String.init)

    static let words = [
        "Socialjouren", "kontaktar", "enhetschefen", "vid", "behov", "och", "informerar", "TiB", "om", "läget",
        "a", "i", "x", "krisledningsnämnden", "över", "telefon", "08-508", "25", "000", "kl.", "17:00", "–", "—",
    ]

    /// Text: a look-alike, a sentence around the fold, a long word, lines, or pieces of all of them.
    mutating func string() -> String {
        switch below(10) {
        case 0: return pick(Self.lookAlikes)
        case 1, 2: return sentence(length: 90 + below(131))
        case 3: return String(repeating: pick(["x", "å", "-", "'"]), count: 90 + below(131))
        case 4: return lines()
        case 5: return sentence(length: below(70))
        default:
            var text = ""
            for _ in 0..<below(8) {
                switch below(5) {
                case 0: text += pick(Self.lookAlikes)
                case 1: text += pick(Self.punctuation)
                case 2: text += pick([" ", "  ", ": ", " #", "- ", "? ", "\n", "\n\n", " \n", "\n "])
                default: text += pick(Self.words)
                }
            }
            return text
        }
    }

    mutating func sentence(length: Int) -> String {
        var text = ""
        while text.count < length {
            if !text.isEmpty { text += chance(10) ? "  " : " " }
            text += chance(5) ? pick(Self.lookAlikes) : chance(5) ? pick(Self.punctuation) : pick(Self.words)
        }
        return text
    }

    mutating func lines() -> String {
        var lines: [String] = []
        for _ in 0..<(1 + below(5)) {
            switch below(6) {
            case 0: lines.append("")
            case 1: lines.append("  " + sentence(length: below(40)))
            case 2: lines.append(sentence(length: below(40)) + " ")
            case 3: lines.append(sentence(length: 80 + below(80)))
            default: lines.append(sentence(length: below(50)))
            }
        }
        var text = lines.joined(separator: "\n")
        if chance(30) { text = "\n" + text }
        if chance(50) { text += pick(["\n", "\n\n", "\n\n\n", " \n"]) }
        return text
    }

    mutating func key() -> String {
        chance(85)
            ? pick(["id", "title", "text", "contacts", "a", "steps", "kind", "label", "value", "why-not"])
            : string()
    }

    mutating func scalar() -> PlanValue {
        switch below(12) {
        case 0: return .integer(Int(truncatingIfNeeded: next()) >> below(64))
        case 1: return .number(pick([0.5, -1.25, 1e20, 1e-7, 3, .infinity, -.infinity, 123_456.789]))
        case 2: return .boolean(chance(50))
        case 3: return .string(pick(Self.words))
        default: return .string(string())
        }
    }

    mutating func tree(depth: Int = 0) -> PlanValue {
        let leaf = depth >= 4 || chance(25 + depth * 15)
        if leaf { return scalar() }
        switch below(7) {
        case 0: return .sequence((0..<below(6)).map { _ in scalar() })
        case 6:
            // A long flow list, wrapped at the width.
            return .sequence(
                (0..<(5 + below(30))).map { _ in chance(80) ? .string(pick(Self.words)) : scalar() })
        case 1: return .sequence((0..<(1 + below(4))).map { _ in tree(depth: depth + 1) })
        case 2: return .sequence((0..<below(4)).map { _ in chance(50) ? .string(lines()) : scalar() })
        default: return .mapping((0..<below(6)).map { _ in (key(), tree(depth: depth + 1)) })
        }
    }

    /// `value` in a mapping or list a few levels down, so that its columns change.
    mutating func nest(_ value: PlanValue) -> PlanValue {
        var value = value
        for _ in 0..<(1 + below(5)) {
            switch below(4) {
            case 0: value = .sequence([value])
            case 1: value = .sequence([.string("x"), value])
            default: value = .mapping([(pick(["a", "key", "longer-key-name", "kontaktuppgifter"]), value)])
            }
        }
        return value
    }
}
