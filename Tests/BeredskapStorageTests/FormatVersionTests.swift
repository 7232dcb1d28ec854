import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

/// Plan files of format version 1 written before later additions to it keep reading, as they did.
@Suite struct FormatVersionTests {
    static let folder = Bundle.module.url(forResource: "Fixtures/plans", withExtension: nil)!

    /// The value with every `basis` list left out, at any depth.
    static func withoutBasis(_ value: PlanValue) -> PlanValue {
        switch value {
        case .mapping(let pairs): .mapping(pairs.filter { $0.0 != "basis" }.map { ($0.0, withoutBasis($0.1)) })
        case .sequence(let items): .sequence(items.map(withoutBasis))
        case .string, .integer, .number, .boolean: value
        }
    }

    @Test func aFileFromBeforeTheDecisionChainAndBasisReadsAsTheSamePlan() throws {
        let path = Self.folder.appendingPathComponent("stockholm-2026-11.yaml").path
        let result = try PlanFileReader.read(contentsOf: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let old = try #require(result.plan)
        // Its decisions read as the chain's expected adoption and approval, not yet taken.
        #expect(old.metadata.approvals.map(\.action) == [.adopted, .approved])
        #expect(old.metadata.approvals.allSatisfy { !$0.isTaken })
        #expect(old.metadata.pendingDecision?.action == .adopted)
        #expect(old.basisNotes.isEmpty)
        // Everything else is the plan as shipped today.
        let current = try BuiltInPlans.stockholm()
        #expect(
            Self.withoutBasis(PlanFileWriter.value(for: old))
                == Self.withoutBasis(PlanFileWriter.value(for: current)))
    }
}
