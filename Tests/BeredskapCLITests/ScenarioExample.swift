import BeredskapEscalation
import BeredskapStorage
import Testing

/// A `yaml` block of Scenarios.md: a whole scenario file, which the scenario reader must read against the
/// built-in plan with no diagnostics. A diagnostic is reported at the document's line.
enum ScenarioExample {
    static func check(_ block: DocumentationBlock) {
        for problem in problems(in: block) { Issue.record("\(problem)") }
    }

    /// Every diagnostic of the block, as `DOCUMENT:LINE:COLUMN: error: …` with the document's line.
    static func problems(in block: DocumentationBlock) -> [String] {
        guard let plan = try? BuiltInPlans.stockholm() else { return ["\(block): the built-in plan cannot be read"] }
        do {
            _ = try ScenarioReader.read(block.lines.joined(separator: "\n"), file: block.file, plan: plan)
            return []
        } catch {
            return error.diagnostics.map { diagnostic in
                var moved = diagnostic
                moved.line = (diagnostic.line ?? 1) + block.line - 1
                return moved.description
            }
        }
    }
}
