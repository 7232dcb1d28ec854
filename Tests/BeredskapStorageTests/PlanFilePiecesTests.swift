import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// The reader that takes a plan file a piece at a time must give exactly the plan the whole-file
/// reader gives, or give up and leave the file to it: never a different plan, never a plan from a
/// file with a problem.
@Suite struct PlanFilePiecesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Checks the promise on `text` for several block and piece sizes; returns whether any read in
    /// pieces succeeded.
    @discardableResult
    static func check(
        _ text: String, _ comment: Comment? = nil,
        sizes: [(block: Int, items: Int)] = [(1 << 16, 500), (7, 1), (1, 3), (4096, 2)]
    ) -> Bool {
        let whole = PlanFileReader.read(
            text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: "p.yaml")
        var read = false
        for (block, items) in sizes {
            guard let plan = PlanFileReader.readInPieces(Array(text.utf8), blockSize: block, pieceItems: items)
            else { continue }
            read = true
            #expect(whole.diagnostics.isEmpty, "pieces read a plan the whole reader faults")
            #expect(plan == whole.plan, comment ?? "pieces read another plan")
        }
        return read
    }

    static var stockholmText: String {
        get throws {
            try String(contentsOf: #require(BuiltInPlans.resourceURL(BuiltInPlans.stockholmID)), encoding: .utf8)
        }
    }

    @Test func readsTheShippedPlansAndExamplesInPieces() throws {
        #expect(Self.check(try Self.stockholmText))
        let malmo = try String(
            contentsOf: Self.root.appending(path: "Documentation/examples/malmo.yaml"), encoding: .utf8)
        #expect(Self.check(malmo))
        let canonical = try PlanFileWriter.text(for: BuiltInPlans.stockholm(), format: .yaml)
        #expect(Self.check(canonical))
    }

    @Test func readsASyntheticPlanInPieces() throws {
        let text = try syntheticPlanText(units: 700)
        #expect(Self.check(text))
        #expect(PlanFileReader.readInPieces(Array(text.utf8))?.units.count == 700)
        // From the file, as an import reads it, to its end.
        let file = FileManager.default.temporaryDirectory.appending(path: "pieces-\(UUID()).yaml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = PlanFileReader.readInPieces(contentsOf: file.path, checks: [])
        #expect(fromFile != nil)
        #expect(fromFile == PlanFileReader.read(text, file: "p.yaml").plan)
    }

    @Test func linesEndingsMarksAndIndentationReadAlike() throws {
        let text = try Self.stockholmText
        #expect(Self.check(text.replacingOccurrences(of: "\n", with: "\r\n")), "CRLF")
        #expect(Self.check("\u{FEFF}" + text), "byte order mark")
        #expect(
            Self.check(String(text.drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed())), "no final break")
        // Lists indented under their key.
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.first == " " || line.first == "-" ? "  " + line : String(line)
        }.joined(separator: "\n")
        #expect(Self.check(indented), "indented lists")
    }

    static let minimal = """
        formatVersion: 1
        plan:
          id: p
          title: Plan
        """

    @Test func keptBlockTextAtTheEndReadsAsWritten() {
        for ending in ["", "\n", "\n\n"] {
            let text =
                Self.minimal + "\nsections:\n- id: a\n  title: A\n  body: |+\n    rad\n\n    # ingen kommentar\n"
                + "    sist" + ending
            #expect(Self.check(text), "ending \(ending.count) breaks")
        }
    }

    @Test func leavesWhatItCannotCutSafelyToTheWholeReader() {
        let units = """
            units:
            - id: a
              name: &namn A
              level: prevention
              functions: [preventive]
            - id: b
              name: *namn
              level: prevention
              functions: [preventive]
            """
        let cases = [
            "---\n" + Self.minimal,  // a document marker
            #"{"formatVersion": 1, "plan": {"id": "p", "title": "P"}}"#,  // JSON
            Self.minimal + "\n" + units,  // an alias of an anchor in another piece (pieces of one item)
            Self.minimal + "\nunits: []\nunits:\n- id: a\n  name: A\n  level: prevention\n",  // a key twice
            // Quoted text over lines, then a stray indentation.
            Self.minimal + "\nunits:\n- id: a\n  name: \"A\n- id: b\"\n  level: prevention\n",
            Self.minimal + "\nunits:\n  - id: a\n    name: A\n    level: prevention\n - id: b\n",
            Self.minimal + "\nunits:\n- id: a\n\tname: A\n",  // a tab
            Self.minimal + "\nunits:\n- id: a\n  name: A\n  level: sideways\n",  // a value the format lacks
            // A dangling reference.
            Self.minimal + "\nunits:\n- id: a\n  name: A\n  level: prevention\n  department: saknas\n",
            "\"formatVersion\": 1\n" + Self.minimal.dropFirst(16),  // a quoted key
        ]
        for text in cases {
            #expect(PlanFileReader.readInPieces(Array(text.utf8), pieceItems: 1) == nil, "\(text)")
            Self.check(text)
        }
        // The alias case is one the whole reader reads; it is left to it, not refused.
        #expect(PlanFileReader.read(Self.minimal + "\n" + units, file: "p.yaml").diagnostics.isEmpty)
    }

    /// Lines deleted, doubled, moved, re-indented or given a dash or a quote, from a seed: whatever
    /// the pieces read must be what the whole file reads.
    @Test func mutatedPlansNeverReadDifferently() throws {
        let lines = try Self.stockholmText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = SplitMix(seed: 20_261_202)
        var piecesRead = 0
        for _ in 0..<60 {
            var mutated = lines
            for _ in 0..<(1 + random.next(3)) {
                let index = random.next(mutated.count)
                switch random.next(7) {
                case 0: mutated.remove(at: index)
                case 1: mutated.insert(mutated[index], at: index)
                case 2: mutated.swapAt(index, random.next(mutated.count))
                case 3: mutated[index] = " " + mutated[index]
                case 4: mutated[index] = String(mutated[index].drop { $0 == " " })
                case 5: mutated[index] = "- " + mutated[index]
                default: mutated[index] += ["'", "\"", ": x", " #", "&a", "*a", "|"][random.next(7)]
                }
            }
            if Self.check(mutated.joined(separator: "\n"), sizes: [(997, 2)]) { piecesRead += 1 }
        }
        // Most mutations break the plan; some leave it valid (a doubled blank line, a moved comment).
        #expect(piecesRead > 0)
    }
}

/// A small seeded generator, so a failure can be run again.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
