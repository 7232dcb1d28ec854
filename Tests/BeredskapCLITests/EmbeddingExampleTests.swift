import Foundation
import Testing

/// The embedder's program of Examples/Embedding, as `Scripts/example` runs it: the library used without
/// the shell, end to end.
@Suite struct EmbeddingExampleTests {
    static let builtInPlanFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
            "Sources/BeredskapStorage/Resources/Plans/stockholm-socialforvaltningen-2017-2018.yaml")

    @Test func theExampleImportsQueriesDrillsAndWritesTheFollowUpReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("uppfoljning.html")
        let result = try Beredskap.runProduct("EmbeddingExample", [report.path, Self.builtInPlanFile.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("the store holds it already, unchanged"))
        #expect(result.stdout.contains("remedial units: 6"))
        #expect(result.stdout.contains("  socialjouren: Stockholms stads socialjour"))
        #expect(result.stdout.contains("drill 'exempel': 5 log entries saved"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Bildande av förvaltningsövergripande arbetsgrupp"))
    }

    @Test func aBrokenPlanFileIsReportedAtItsLineAndNothingIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("trasig.yaml")
        try "formatVersion: 1\nplan:\n  id: trasig\n  titel: x\n".write(to: plan, atomically: true, encoding: .utf8)
        let report = folder.appendingPathComponent("out.html")
        let result = try Beredskap.runProduct("EmbeddingExample", [report.path, plan.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("trasig.yaml:4:3: error: unknown key 'titel'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}
