import BeredskapModel
import Foundation
import Testing

@testable import BeredskapEscalation

/// Start conditions in a scenario file: read, and every wrong one named at its line.
@Suite struct InjectStartReaderTests {
    let plan = StockholmFixture.plan

    /// Bench night with `injects` replaced by `injects`.
    func scenario(injects: String) -> String {
        let text = BuiltInScenarios.benchNightText
        let start = text.range(of: "injects:\n")!.lowerBound
        let end = text.range(of: "objectives:\n")!.lowerBound
        return String(text[..<start]) + "injects:\n" + injects + String(text[end...])
    }

    static let first = """
        - id: svt
          at: 45
          from: SVT Nyheter
          to: sof-direktor
          type: media
          text: En reporter ringer.
          expectedAction: {role: sof-direktor, action: hänvisar till presstjänsten, within: 15}

        """

    func errors(_ text: String) -> [String] {
        do {
            _ = try ScenarioReader.read(text, file: "s.yaml", plan: plan)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func everyKindOfStartConditionReads() throws {
        let text = scenario(
            injects: Self.first + """
                - {start: {delivered: svt, after: 5}, type: media, text: Igen.}
                - {start: {done: svt}, type: information, text: Tack.}
                - {start: {missed: svt, after: 2}, at: 70, type: media, text: Publicerat.}
                - {start: {decision: posom-beslut, option: aktivera}, type: event, text: POSOM.}
                - {start: {decision: posom-beslut}, type: event, text: Beslut.}
                - {start: manual, type: information, text: Polisen.}

                """)
        let read = try ScenarioReader.read(text, file: "s.yaml", plan: plan)
        #expect(
            read.injects.map(\.start) == [
                nil, InjectStart(.delivered("svt"), after: 5), InjectStart(.done("svt")),
                InjectStart(.missed("svt"), after: 2), InjectStart(.decision(step: "posom-beslut", option: "aktivera")),
                InjectStart(.decision(step: "posom-beslut", option: nil)), InjectStart(.manual),
            ])
        #expect(read.injects[3].at == 70)
        #expect(read.injects[1].at == 0)
        #expect(read.clockInjectMinutes == [0: 45, 1: 50])
    }

    @Test func anUnknownInjectIsNamedWithDidYouMean() {
        let text = scenario(injects: Self.first + "- {start: {delivered: svtt}, type: media, text: Igen.}\n")
        #expect(errors(text).count == 1)
        #expect(errors(text).first?.contains("no inject with id 'svtt'; did you mean 'svt'?") == true)
        #expect(errors(text).first?.hasPrefix("s.yaml:") == true)
    }

    @Test func aConditionMustBeOneThingThatCanHappen() {
        let cases: [(String, String)] = [
            ("{start: {delivered: svt, done: svt}, type: media, text: x}", "waits for one thing"),
            ("{start: {after: 5}, type: media, text: x}", "needs what the inject waits for"),
            ("{start: manuel, type: media, text: x}", "did you mean 'manual'?"),
            ("{start: {delivered: svt, option: aktivera}, type: media, text: x}", "'option' goes with 'decision'"),
            ("{start: {decision: posom}, type: media, text: x}", "its decisions: posom-beslut, uppdrag-beslut"),
            ("{start: {decision: posom-beslut, option: aktiv}, type: media, text: x}", "did you mean 'aktivera'?"),
            ("{start: {delivered: svt, after: -1}, type: media, text: x}", "'after' is a number of minutes from 0"),
            ("{type: media, text: x}", "missing 'at'"),
        ]
        for (inject, message) in cases {
            let problems = errors(scenario(injects: Self.first + "- " + inject + "\n"))
            #expect(problems.contains { $0.contains(message) }, "\(inject): \(problems)")
        }
    }

    @Test func doneAndMissedNeedAnExpectedActionWithADeadline() {
        let noDeadline = Self.first.replacingOccurrences(of: ", within: 15", with: "")
        #expect(
            errors(scenario(injects: noDeadline + "- {start: {missed: svt}, type: media, text: x}\n")).first?.contains(
                "gives its expected action no 'within', so it is never missed") == true)
        let noAction = Self.first.replacingOccurrences(
            of: "  expectedAction: {role: sof-direktor, action: hänvisar till presstjänsten, within: 15}\n", with: "")
        #expect(
            errors(scenario(injects: noAction + "- {start: {done: svt}, type: media, text: x}\n")).first?.contains(
                "expects no action, so it cannot be done") == true)
    }

    @Test func injectsThatWaitForEachOtherAreRefused() {
        let text = scenario(
            injects: """
                - {id: a, start: {delivered: b}, type: media, text: A.}
                - {id: b, start: {delivered: a}, type: media, text: B.}
                - {id: c, start: {delivered: c}, type: media, text: C.}
                - {id: c, at: 5, type: media, text: D.}

                """)
        let problems = errors(text)
        #expect(problems.filter { $0.contains("waits, through its own start condition, for this one") }.count == 2)
        #expect(problems.contains { $0.contains("an inject cannot wait for itself") })
        #expect(problems.contains { $0.contains("duplicate inject id 'c'") })
    }
}
