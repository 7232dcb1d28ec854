import BeredskapModel
import Foundation
import Testing
import Yams

@testable import BeredskapStorage

/// The line reader of plan file pieces against Yams: whatever it reads, it must read as Yams does,
/// on the repository's plans, on hostile text as Yams writes it, and on those files damaged at random;
/// and it must read the files the tool and people write, or the import gains nothing.
@Suite struct BlockYAMLReaderTests {
    /// Why two trees differ, or nil when they are the same: kinds, texts, styles and order.
    static func difference(_ ours: Node, _ yams: Node, at path: String = "") -> String? {
        switch (ours, yams) {
        case (.scalar(let a), .scalar(let b)):
            if a.string != b.string { return "\(path): \(a.string.debugDescription) ≠ \(b.string.debugDescription)" }
            if a.style != b.style { return "\(path): style \(a.style) ≠ \(b.style)" }
            if a.tag.description != b.tag.description { return "\(path): tag \(a.tag) ≠ \(b.tag)" }
            return nil
        case (.mapping(let a), .mapping(let b)):
            if a.count != b.count { return "\(path): \(a.count) keys ≠ \(b.count)" }
            if a.style != b.style { return "\(path): mapping style \(a.style) ≠ \(b.style)" }
            for ((keyA, valueA), (keyB, valueB)) in zip(a, b) {
                if let difference = difference(keyA, keyB, at: path + "/key") { return difference }
                if let difference = difference(valueA, valueB, at: path + "/" + (keyA.string ?? "?")) {
                    return difference
                }
            }
            return nil
        case (.sequence(let a), .sequence(let b)):
            if a.count != b.count { return "\(path): \(a.count) items ≠ \(b.count)" }
            if a.style != b.style { return "\(path): sequence style \(a.style) ≠ \(b.style)" }
            for (index, (itemA, itemB)) in zip(a, b).enumerated() {
                if let difference = difference(itemA, itemB, at: "\(path)[\(index)]") { return difference }
            }
            return nil
        default:
            return "\(path): \(DecodingContext.shape(of: ours)) ≠ \(DecodingContext.shape(of: yams))"
        }
    }

    /// Whether the reader read `text` (true), left it to Yams (false); records a failure when what it
    /// read is not what Yams reads.
    @discardableResult
    static func check(_ text: String, _ comment: String = "") -> Bool {
        guard let ours = BlockYAMLReader.compose(Array(text.utf8)) else { return false }
        do {
            guard let yams = try Yams.compose(yaml: text, .basic) else {
                Issue.record("Yams reads nothing where the line reader read a tree: \(comment)\n\(text)")
                return true
            }
            if let difference = difference(ours, yams) {
                Issue.record("\(difference) — \(comment)\n\(text.prefix(2_000))")
            }
        } catch {
            Issue.record("Yams refuses what the line reader read: \(error) — \(comment)\n\(text.prefix(2_000))")
        }
        return true
    }

    @Test func theFilesTheToolWritesAreReadAsYamsReadsThem() throws {
        let stockholm = try PlanFileWriter.text(
            for: BuiltInPlans.stockholm(), format: .yaml, options: .init(includeSensitive: true))
        #expect(Self.check(stockholm, "Stockholm"))
        let synthetic = try syntheticPlanText(units: 60)
        #expect(Self.check(synthetic, "synth-plan, as a person would write it"))
        let rewritten = try PlanFileWriter.text(
            for: PlanFileReader.read(synthetic, file: "s.yaml").validPlan(), format: .yaml)
        #expect(Self.check(rewritten, "synth-plan, exported"))
    }

    /// Yams writes an implicit tag's resolved name into the tag the first time it compares a node,
    /// so nodes that shared one implicit tag would take each other's types; a text tag is never
    /// written to.
    @Test func everyNodeWithAnImplicitTagHasATagOfItsOwn() throws {
        let text = "a: 1\nb: [2, x]\nc:\n- d: 3\n  e: 'f'\n"
        let node = try #require(BlockYAMLReader.compose(Array(text.utf8)))
        var implicit: [ObjectIdentifier] = []
        var texts = 0
        func note(_ tag: Yams.Tag) {
            if tag.description == Tag.implicit.description {
                implicit.append(ObjectIdentifier(tag))
            } else {
                #expect(tag.description == Tag(.str).description)
                texts += 1
            }
        }
        func walk(_ node: Node) {
            switch node {
            case .scalar(let scalar): note(scalar.tag)
            case .mapping(let mapping):
                note(mapping.tag)
                for (key, value) in mapping {
                    walk(key)
                    walk(value)
                }
            case .sequence(let sequence):
                note(sequence.tag)
                sequence.forEach(walk)
            case .alias: break
            }
        }
        walk(node)
        // The five keys and 'f' are text; the two mappings, two sequences, 1, 2, x and 3 implicit.
        #expect(texts == 6)
        #expect(implicit.count == 8)
        #expect(Set(implicit).count == implicit.count)
        // Looking a key up leaves the values' tags alone, so a plain number still reads as one.
        _ = node["c"]
        #expect(node["a"]?.scalar?.tag.description == Tag.implicit.description)
        #expect(PlanValue(node: try #require(node["a"])) == .integer(1))
    }

    @Test func everyRepositoryYAMLFileIsReadAsYamsReadsItOrLeftToYams() throws {
        var read = 0
        let files = try YAMLWriterTests.yamlFiles()
        for url in files where Self.check(try String(contentsOf: url, encoding: .utf8), url.path) { read += 1 }
        // The broken fixtures hold tabs, duplicates and bad indentation; the plans are read.
        #expect(read * 2 > files.count, "\(read) of \(files.count)")
    }

    @Test(arguments: [
        ("a: 1\nb:\n- x\n- 'y'\nc:\n  d: \"e\\tf\\u00e5\"\n", true),
        ("a:\n  - b: 1\n    c: |\n      one\n\n      two\n\n    d: x\n", true),
        ("a: |-\n  kept\n\n\nb: |+\n  lines\n\n\nc: 1\n", true),
        ("a: ''\nb: 'it''s'\nc: \"\"\nd:\ne: []\nf: {}\n", true),
        ("a:\n  # a comment\n  b: 1\n# another\nc: -5\n", true),
        ("list:\n-\n  a: 1\n- - nested\n", false),
        ("a: b: c\n", false),
        ("a: x # comment\n", false),
        ("a: first\n  continued\nb: 'open\n  close'\nc: [x, 'y',\n  \"z\"]\n", true),
        ("a: first\n\n  after an empty line\n", false),
        ("a: &anchor 1\nb: *anchor\n", false),
        ("a: !tag 1\n", false),
        ("a: [1, [2]]\n", false),
        ("a: [x: 1]\n", false),
        ("a: [x,]\n", false),
        ("a: [x\n  , y]\n", false),
        ("a: >\n  folded\n", false),
        ("a: |2\n   indented\n", false),
        ("a: 1\na: 2\n", false),
        ("'quoted key': 1\n", false),
        ("a:\tx\n", false),
        ("a: x\r\n", false),
        ("---\na: 1\n", false),
        ("a: 1", false),
    ])
    func eachConstructIsReadOrRefused(text: String, read: Bool) {
        #expect(Self.check(text, text.debugDescription) == read, "\(text.debugDescription)")
    }

    @Test func hostileTextAsYamsWritesItIsReadAsYamsReadsIt() throws {
        var generator = HostileTrees(seed: 0xB10C_2026)
        var cases = 0
        var read = 0
        for _ in 0..<3_000 {
            let tree = PlanValue.mapping([("root", generator.tree())])
            cases += 1
            if Self.check(try tree.yamsText(), tree.description) { read += 1 }
        }
        for _ in 0..<3_000 {
            let text = generator.string()
            let tree = PlanValue.mapping([("a", .string(text)), ("b", .sequence([.string(text), .string("x")]))])
            cases += 1
            if Self.check(try tree.yamsText(), text.debugDescription) { read += 1 }
        }
        // Most are read: a reader that left everything to Yams would pass the rest.
        #expect(read * 3 > cases * 2, "\(read) of \(cases) read")
    }

    @Test func damagedFilesAreReadAsYamsReadsThemOrLeftToYams() throws {
        let stockholm = try PlanFileWriter.text(
            for: BuiltInPlans.stockholm(), format: .yaml, options: .init(includeSensitive: true))
        let originals = [stockholm, try syntheticPlanText(units: 10)].map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        var generator = HostileTrees(seed: 0xDA3A_6E)
        let inserts = [
            " ", "  ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "|", "|-", "|+", ">", "-", "- ", "[", "]", "{",
            "}", "&a", "*a", "!", "%", "@", "`", "?", ",", "~", "\t", "\r", "\u{85}", "\u{FEFF}", "å", "''x'",
        ]
        var read = 0
        let rounds = 1_200
        for round in 0..<rounds {
            var lines = originals[round % originals.count]
            // Damage a stretch near a random place a few times.
            let place = generator.below(lines.count)
            for _ in 0..<(1 + generator.below(3)) {
                let index = min(lines.count - 1, place + generator.below(6))
                var line = Array(lines[index])
                switch generator.below(8) {
                case 0, 1, 2:
                    let at = generator.below(line.count + 1)
                    line.insert(contentsOf: generator.pick(inserts), at: at)
                case 3:
                    if !line.isEmpty { line.remove(at: generator.below(line.count)) }
                case 4:
                    line.insert(contentsOf: generator.pick([" ", "  ", "    "]), at: 0)
                case 5:
                    if line.first == " " { line.removeFirst(min(line.count, 1 + generator.below(2))) }
                case 6:
                    lines.insert(lines[index], at: index)
                default:
                    line = []
                }
                lines[index] = String(line)
            }
            if Self.check(lines.joined(separator: "\n"), "round \(round)") { read += 1 }
        }
        // Some damage leaves a file in the subset (a changed word, an extra key): those are compared.
        #expect(read * 10 > rounds, "\(read) of \(rounds) read")
    }
}
