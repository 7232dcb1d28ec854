import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// Alarm steps of real plans' routines — a step after whichever branch ran (`join: any`), a decision
/// taken jointly, a step that records, rules for handling what a step passes on — and their metadata:
/// several diary numbers, a publication date, an attachment's label. Each is read from a file, written
/// back byte for byte, kept by the store, and checked.
@Suite struct RoutineStepsTests {
    /// The built-in plan with the via-socialjouren path extended by the four.
    static func plan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        let index = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        plan.alarmPaths[index].steps += [
            AlarmStep(
                id: "avsta-posom", kind: .inform, actor: "direktor-berord-forvaltning", target: "sof-direktor",
                after: ["posom-beslut"], condition: StepCondition(decision: "posom-beslut", outcome: "aktivera-inte")),
            AlarmStep(
                id: "dokumentera", kind: .record, actor: "socialjouren", after: ["aktivera-posom", "avsta-posom"],
                join: .any, handling: ["Inga personuppgifter via e-post", "Avidentifierat till samordnaren"]),
            AlarmStep(
                id: "gemensamt-beslut", kind: .decide, actor: "stadsdirektor", after: ["dokumentera"],
                options: [
                    DecisionOption(id: "krisledning", label: "Aktivera central krisledning"),
                    DecisionOption(id: "bevaka", label: "Fortsätt bevaka"),
                ], jointly: ["tib", "sof-direktor"]),
        ]
        plan.metadata.diaryNumbers = ["SLK 2017/1234", "SoF 2017/0567"]
        plan.metadata.publishedOn = try PartialDate(year: 2017, month: 9)
        plan.metadata.approvals[0].otherDiaryNumbers = ["KS 2017/0890"]
        plan.sections[plan.sections.count - 1].attachment = "Bilaga 2"
        return plan
    }

    @Test(arguments: PlanFileFormat.allCases)
    func theyAreReadAndWrittenBackByteForByte(format: PlanFileFormat) throws {
        let plan = try Self.plan()
        #expect(PlanValidator.validate(plan).isEmpty)
        let text = try PlanFileWriter.text(for: plan, format: format)
        if format == .yaml {
            #expect(text.contains("\n    join: any\n"))
            #expect(text.contains("\n    jointly: [tib, sof-direktor]\n"))
            #expect(
                text.contains("\n    handling: [Inga personuppgifter via e-post, Avidentifierat till samordnaren]\n"))
            #expect(text.contains("\n    kind: record\n"))
        }
        let reread = try PlanFileReader.read(text, file: "a.\(format.rawValue)").validPlan()
        #expect(reread == plan)
        #expect(try PlanFileWriter.text(for: reread, format: format) == text)
    }

    @Test(arguments: TestBackend.allCases) func theStoreKeepsThem(_ backend: TestBackend) throws {
        let store = try backend.open(seed: false)
        var plan = try Self.plan()
        plan.focusAreas = [
            FocusArea(
                id: "kompetens", number: AreaNumber(1), title: "Kompetens",
                indicators: [
                    Indicator(
                        id: "utbildade", name: "Utbildade medarbetare", kind: .count, question: "Hur många?",
                        measurements: [
                            Indicator.Measurement(
                                date: try PartialDate(parsing: "2018-04-30"), value: "42", source: "Personalsystemet")
                        ])
                ])
        ]
        _ = try store.importPlan(plan)
        #expect(try store.plan() == plan)
        // Every step of the path can run: the record step after whichever branch ran.
        #expect(try store.plan().alarmPaths.allSatisfy(\.stepsThatNeverRun.isEmpty))
    }

    @Test func aJointDecisionIsADecisionAndNamesOthers() throws {
        var plan = try Self.plan()
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        let record = try #require(plan.alarmPaths[path].steps.firstIndex { $0.id == "dokumentera" })
        let joint = try #require(plan.alarmPaths[path].steps.firstIndex { $0.id == "gemensamt-beslut" })
        plan.alarmPaths[path].steps[record].jointly = ["tib"]
        plan.alarmPaths[path].steps[record].handling.append("  ")
        plan.alarmPaths[path].steps[joint].jointly = ["stadsdirektor", "tibb"]
        let messages = PlanValidator.validate(plan).map(\.description)
        let at = "alarmPaths[\(path)].steps"
        #expect(
            messages.contains(
                "\(at)[\(record)].jointly: error: only a decide step is taken jointly; step 'dokumentera' is a record step"
            ))
        #expect(messages.contains("\(at)[\(record)].handling[2]: error: a handling rule cannot be empty"))
        #expect(
            messages.contains(
                "\(at)[\(joint)].jointly[0]: error: 'stadsdirektor' is the step's actor already; 'jointly' names the others who decide with it"
            ))
        #expect(messages.contains { $0.hasPrefix("\(at)[\(joint)].jointly[1]: error:") && $0.contains("'tibb'") })
    }
}
