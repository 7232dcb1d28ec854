import Foundation
import Testing

/// Every input that crashed a target, from Fixtures/crashes, with the first line a user sees now in the
/// `.expected` file beside it. They also prove the harness reports rather than dies on a known-bad input.
@Suite struct FuzzRegressionTests {
    static let directory = Bundle.module.url(forResource: "Fixtures/crashes", withExtension: nil)!

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".txt") }
            .sorted()
    }

    @Test func everyCrashHasARegressionCase() {
        #expect(Self.cases.count >= 5)
    }

    @Test(arguments: cases)
    func aFormerCrashGivesAClearMessage(name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let target = try #require(FuzzTarget(rawValue: String(name.prefix { $0 != "-" })))
        let expected = try String(
            contentsOf: url.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8
        ).trimmingCharacters(in: .newlines)
        let outcome = FuzzRunner().run(target, Array(try Data(contentsOf: url)))
        #expect(outcome.text.prefix { $0 != "\n" } == expected)
        #expect(outcome.violation == nil)
    }
}
