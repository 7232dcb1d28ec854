import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// `PlanStore.export` writes a plan a few hundred entities at a time, and the text is byte for byte
/// what the whole-plan writer gives for the same plan.
@Suite struct StreamedExportTests {
    static func streamed(
        _ store: PlanStore, _ id: EntityID? = nil, version: Int? = nil, format: PlanFileFormat,
        includeSensitive: Bool = false
    ) throws -> (text: String, pieces: Int) {
        var text = ""
        var pieces = 0
        try store.export(id, version: version, format: format, options: .init(includeSensitive: includeSensitive)) {
            text += $0
            pieces += 1
        }
        return (text, pieces)
    }

    static func whole(_ plan: Plan, format: PlanFileFormat, includeSensitive: Bool = false) throws -> String {
        try PlanFileWriter.text(for: plan, format: format, options: .init(includeSensitive: includeSensitive))
    }

    @Test(arguments: [PlanFileFormat.yaml, .json], [false, true])
    func theStockholmPlanStreamsAsTheWriterWritesIt(format: PlanFileFormat, includeSensitive: Bool) throws {
        let store = try PlanStore.open(.memory)
        let expected = try Self.whole(store.plan(), format: format, includeSensitive: includeSensitive)
        let streamed = try Self.streamed(store, format: format, includeSensitive: includeSensitive)
        #expect(streamed.text == expected)
    }

    @Test(arguments: [PlanFileFormat.yaml, .json])
    func aPlanLargerThanAChunkStreamsInPiecesWithTheSameBytes(format: PlanFileFormat) throws {
        let plan = try Self.synthetic(units: PlanStore.exportChunk * 2 + 17)
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(plan, makeDefault: true)
        let streamed = try Self.streamed(store, format: format)
        #expect(streamed.text == (try Self.whole(store.plan(), format: format)))
        #expect(streamed.pieces > 3, "the units are written in chunks, not as one text")
    }

    @Test(arguments: [PlanFileFormat.yaml, .json])
    func editedAndHostileValuesStreamAsTheWriterWritesThem(format: PlanFileFormat) throws {
        let store = try PlanStore.open(.memory)
        var changes = ChangeSet(message: "fientlig text")
        changes.set(.unit, "mini-maria", "description", to: .string("  =HYPERLINK(\"x\")\u{1B}[2J\n\nrad två  "))
        changes.set(.unit, "origo", "name", to: .string("yes"))
        changes.set(.role, "tib", "title", to: .string(String(repeating: "[", count: 300)))
        try store.apply(changes)
        #expect(try Self.streamed(store, format: format).text == (try Self.whole(store.plan(), format: format)))
        // An earlier version streams as it was.
        let first = try Self.streamed(store, version: 1, format: format).text
        #expect(first == (try Self.whole(store.plan(nil, version: 1), format: format)))
    }

    @Test func theMetadataAloneIsThePlansMetadata() throws {
        let store = try PlanStore.open(.memory)
        var changes = ChangeSet(message: "tidszon")
        changes.set(.plan, "stockholm-socialforvaltningen-2017-2018", "timeZone", to: .string("Europe/Helsinki"))
        try store.apply(changes)
        #expect(try store.metadata() == store.plan().metadata)
        #expect(try store.metadata().timeZone == "Europe/Helsinki")
        #expect(throws: StoreError.self) { try store.metadata("okand-plan") }
    }

    @Test func anUnknownPlanIsRefusedBeforeAnythingIsWritten() throws {
        let store = try PlanStore.open(.memory)
        var written = ""
        #expect(throws: StoreError.self) { try store.export("okand-plan", format: .yaml) { written += $0 } }
        #expect(written.isEmpty)
    }

    /// A plan from Scripts/synth-plan.
    static func synthetic(units: Int) throws -> Plan {
        try PlanFileReader.read(syntheticPlanText(units: units), file: "synth.yaml").validPlan()
    }
}
