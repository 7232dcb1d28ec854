import BeredskapStorage
import Foundation
import Testing

/// Each file in Fixtures/broken is a plan with problems; the `.expected` file beside it holds the
/// diagnostics a user must see, one per line, exactly.
@Suite struct BrokenPlanCorpusTests {
    static let directory = Bundle.module.url(forResource: "Fixtures/broken", withExtension: nil)!

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }

    @Test func theCorpusCoversEveryKindOfProblem() {
        #expect(Self.cases.count >= 17)
    }

    @Test(arguments: cases)
    func reportsEveryProblemWithFileLineAndColumn(name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = try PlanFileReader.read(contentsOf: url.path)
        let actual = result.diagnostics.map { diagnostic in
            var relative = diagnostic
            relative.file = name
            return relative.description
        }
        #expect(actual == expected)
        #expect(result.hasErrors)
        #expect(throws: PlanFileError.self) { try result.validPlan() }
    }
}
