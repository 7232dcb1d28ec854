import BeredskapStorage
import Testing

/// Plan files nested far deeper than any plan: refused at the place with the limit named, never a
/// crash in the parser or in the recursive reading of its tree. The place is where libyaml stops: the
/// start of the collection it was reading when the limit was passed.
@Suite struct PlanFileNestingTests {
    @Test(arguments: [("plan.yaml", "YAML"), ("plan.json", "JSON")])
    func fiftyThousandBracketsAreASyntaxErrorNamingTheLimit(file: String, format: String) {
        let depth = 50_000
        let text =
            "formatVersion: 1\nplan: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = PlanFileReader.read(text, file: file)
        #expect(result.plan == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "\(file):2:8: error: \(format) syntax error: lists and mappings nest at most 1000 deep"
            ])
    }

    @Test func deepBlockIndentationIsRefusedTheSameWay() {
        let lines = (1..<1_200).map { String(repeating: "  ", count: $0) + "- " }
        let result = PlanFileReader.read("formatVersion: 1\nplan:\n" + lines.joined(separator: "\n"), file: "plan.yaml")
        #expect(result.diagnostics.first?.description.hasSuffix("lists and mappings nest at most 1000 deep") == true)
    }

    @Test func nestingJustUnderTheLimitIsReadAndReportedAsTheWrongShape() {
        let depth = 990
        let text =
            "formatVersion: 1\nplan: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = PlanFileReader.read(text, file: "plan.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "plan.yaml:2:7: error: expected a mapping of keys for 'plan', found a list"
            ])
    }
}
