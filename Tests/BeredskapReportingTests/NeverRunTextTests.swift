import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

/// The steps of an alarm path that can never run, and why, in the plan's language and in JSON.
@Suite struct NeverRunTextTests {
    /// The Stockholm plan with three steps added to its first path that can never run: one after a
    /// daytime step that applies only at night, one after that, one after a step the path lacks.
    static func plan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        let first = plan.alarmPaths[0].steps[0]
        let (actor, target) = (first.actor, plan.roles[0].id)
        plan.alarmPaths[0].steps += [
            AlarmStep(
                id: "dagtid", kind: .inform, actor: actor, target: target, after: [first.id],
                condition: StepCondition(officeHours: true)),
            AlarmStep(
                id: "natt-efter-dag", kind: .inform, actor: actor, target: target, after: ["dagtid"],
                condition: StepCondition(officeHours: false)),
            AlarmStep(id: "darefter", kind: .inform, actor: actor, target: target, after: ["natt-efter-dag"]),
            AlarmStep(id: "efter-inget", kind: .inform, actor: actor, target: target, after: ["finns-inte"]),
        ]
        return plan
    }

    static func analysis() throws -> ReachabilityAnalysis {
        try ReachabilityAnalysis(plan: plan(), week: try #require(CalendarDay(year: 2017, month: 10, day: 9)))
    }

    @Test func theCausesReadInSwedish() throws {
        let analysis = try Self.analysis()
        let path = analysis.neverRun[0].path
        #expect(
            ReachabilityText.neverRun(analysis, .sv) == """
                Steg som aldrig kan köras:
                  \(path)/natt-efter-dag: det gäller bara när 'dagtid' inte körs
                  \(path)/darefter: det väntar på 'natt-efter-dag', som aldrig kan köras
                  \(path)/efter-inget: det väntar på 'finns-inte', som larmvägen inte har

                """)
        #expect(ReachabilityText.cause(.conditionNeverHolds, .sv) == "dess villkor kan aldrig gälla")
        #expect(ReachabilityText.cause(.noCircumstance, .sv) == "inga omständigheter tillåter det")
    }

    @Test func theCausesReadInEnglishOnlyForAnEnglishPlan() throws {
        let analysis = try Self.analysis()
        let text = ReachabilityText.neverRun(analysis, .en)
        #expect(text.hasPrefix("Steps that can never run:\n"))
        #expect(text.contains("/natt-efter-dag: it needs circumstances in which 'dagtid' does not run\n"))
        #expect(text.contains("/darefter: it waits for 'natt-efter-dag', which can never run\n"))
        #expect(text.contains("/efter-inget: it waits for 'finns-inte', which the path does not have\n"))
        for word in ["väntar", "aldrig", "körs", "larmvägen", "Steg"] { #expect(!text.contains(word), "\(word)") }
    }

    @Test func theJSONGivesAStableCodeTheStepAndTheEnglishReasonAndReadsBack() throws {
        let analysis = try Self.analysis()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(analysis.neverRun[1]), as: UTF8.self)
        #expect(
            json == #"{"cause":"waits-for-never-run","path":"\#(analysis.neverRun[1].path)","#
                + #""reason":"it waits for 'natt-efter-dag', which can never run","step":"darefter","#
                + #""waitsFor":"natt-efter-dag"}"#)
        let decoded = try JSONDecoder().decode(ReachabilityAnalysis.self, from: try encoder.encode(analysis))
        #expect(decoded == analysis)
        let unknown = Data(#"{"path":"p","step":"s","cause":"unheard-of"}"#.utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ReachabilityAnalysis.NeverRun.self, from: unknown)
        }
    }
}
