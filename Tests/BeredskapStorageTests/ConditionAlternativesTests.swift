import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// A step's condition with alternatives (`when: {anyOf: […]}`, "or"): read from a file with its
/// problems at their lines, written back byte for byte, kept by the store on both backends, and
/// edited through the path's steps.
@Suite struct ConditionAlternativesTests {
    /// The built-in plan with two steps on the via-socialjouren path whose conditions have
    /// alternatives: one after the POSOM decision for an extraordinary event or an activated POSOM,
    /// one outside office hours with a two-part alternative.
    static func plan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        let index = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        plan.alarmPaths[index].steps += [
            AlarmStep(
                id: "informera-krisledning", kind: .inform, actor: "direktor-berord-forvaltning",
                target: "sof-direktor", after: ["posom-beslut"],
                condition: StepCondition(anyOf: [
                    .init(classification: .extraordinary), .init(decision: "posom-beslut", outcome: "aktivera"),
                ])),
            AlarmStep(
                id: "informera-natt", kind: .inform, actor: "socialjouren", target: "sof-direktor",
                after: ["posom-beslut"],
                condition: StepCondition(
                    officeHours: false,
                    anyOf: [
                        .init(classification: .ordinary, decision: "posom-beslut", outcome: "aktivera-inte"),
                        .init(decision: "posom-beslut", outcome: "aktivera"),
                    ])),
        ]
        return plan
    }

    @Test(arguments: PlanFileFormat.allCases)
    func theyAreReadAndWrittenBackByteForByte(format: PlanFileFormat) throws {
        let plan = try Self.plan()
        #expect(PlanValidator.validate(plan).isEmpty)
        let text = try PlanFileWriter.text(for: plan, format: format)
        if format == .yaml {
            #expect(
                text.contains(
                    """
                        when:
                          anyOf:
                          - classification: extraordinary
                          - decision: posom-beslut
                            outcome: aktivera

                    """))
            #expect(text.contains("    when:\n      officeHours: false\n      anyOf:\n"))
        }
        let reread = try PlanFileReader.read(text, file: "a.\(format.rawValue)").validPlan()
        #expect(reread == plan)
        #expect(try PlanFileWriter.text(for: reread, format: format) == text)
    }

    @Test(arguments: TestBackend.allCases) func theStoreKeepsThem(_ backend: TestBackend) throws {
        let store = try backend.open(seed: false)
        let plan = try Self.plan()
        _ = try store.importPlan(plan)
        #expect(try store.plan() == plan)
        var exported = ""
        try store.export(format: .yaml) { exported += $0 }
        #expect(exported == (try PlanFileWriter.text(for: plan, format: .yaml)))
        #expect(try store.plan().alarmPaths.allSatisfy(\.stepsThatNeverRun.isEmpty))
    }

    /// The path's steps as the plan file writes them, for an edit of its `steps` field.
    static func stepsValue(_ plan: Plan, path: EntityID) throws -> PlanValue {
        let entity = try #require(plan.entities(of: .alarmPath).first { $0.id == path })
        return try #require(entity.value(of: "steps"))
    }

    @Test(arguments: TestBackend.allCases) func aStepsAlternativesAreEditedThroughItsPathsSteps(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(seed: false)
        var plan = try Self.plan()
        _ = try store.importPlan(plan)
        let path = try #require(plan.alarmPaths.firstIndex { $0.id == "via-socialjouren" })
        let step = try #require(plan.alarmPaths[path].steps.firstIndex { $0.id == "informera-krisledning" })
        // A third alternative, and the first made a two-part one.
        plan.alarmPaths[path].steps[step].condition?.anyOf[0].officeHours = true
        plan.alarmPaths[path].steps[step].condition?.anyOf.append(.init(officeHours: false))
        var changes = ChangeSet()
        changes.set(.alarmPath, "via-socialjouren", "steps", to: try Self.stepsValue(plan, path: "via-socialjouren"))
        _ = try store.apply(changes)
        #expect(try store.plan() == plan)
        // None at all: the step's condition is gone, and so are its alternatives' rows.
        plan.alarmPaths[path].steps[step].condition = nil
        changes = ChangeSet()
        changes.set(.alarmPath, "via-socialjouren", "steps", to: try Self.stepsValue(plan, path: "via-socialjouren"))
        _ = try store.apply(changes)
        #expect(try store.plan() == plan)
    }

    @Test(arguments: TestBackend.allCases) func aNestedAlternativeIsRefusedWithAClearMessage(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(seed: false)
        let plan = try Self.plan()
        _ = try store.importPlan(plan)
        let steps = try Self.stepsValue(plan, path: "via-socialjouren")
        guard case .sequence(var items) = steps, case .mapping(var pairs) = items.last else {
            Issue.record("the steps are not a list of mappings")
            return
        }
        let nested = PlanValue.mapping([
            ("anyOf", .sequence([.mapping([("anyOf", .sequence([.mapping([("officeHours", .boolean(true))])]))])]))
        ])
        pairs = pairs.map { $0.0 == "when" ? ("when", nested) : $0 }
        items[items.count - 1] = .mapping(pairs)
        var changes = ChangeSet()
        changes.set(.alarmPath, "via-socialjouren", "steps", to: .sequence(items))
        #expect {
            try store.apply(changes)
        } throws: { error in
            "\(error)".contains("alternatives cannot nest")
        }
        #expect(try store.plan() == plan)
    }

    // MARK: Reading problems

    static let file = """
        formatVersion: 1
        plan:
          id: exempel
          title: Handlingsplan
        roles:
          - id: tib
            title: TiB
          - id: stadsdirektor
            title: Stadsdirektör
        alarmPaths:
          - id: via-tib
            name: Om larm inkommer via TiB
            steps:
              - id: larm
                kind: receive
                actor: tib
              - id: bedom
                kind: decide
                actor: tib
                after: [larm]
                options:
                  - id: eskalera
                    label: Eskalera
                  - id: bevaka
                    label: Fortsätt bevaka
              - id: kontakt-stadsdirektor
                kind: contact
                actor: tib
                target: stadsdirektor
                after: [larm]
              - id: informera
                kind: inform
                actor: tib
                target: stadsdirektor
                after: [bedom]
                when:
                  anyOf:
                    - classification: extraordinary
                    - decision: bedom
                      outcome: eskalera
        """

    @Test func theFileReads() throws {
        let plan = try PlanFileReader.read(Self.file, file: "p.yaml").validPlan()
        #expect(plan.alarmPaths[0].steps[3].condition?.anyOf.count == 2)
        #expect(plan.alarmPaths[0].steps[3].condition?.anyOf[1].outcome == "eskalera")
    }

    @Test func anAlternativesUnknownOutcomeIsReportedAtItsPlaceAndLine() throws {
        let text = Self.file.replacingOccurrences(of: "outcome: eskalera", with: "outcome: eskalerar")
        let result = PlanFileReader.read(text, file: "p.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.issue.path.description == "alarmPaths[0].steps[3].when.anyOf[1].outcome")
        #expect(
            diagnostic.description
                == "p.yaml:40:24: error: decision 'bedom' has no option 'eskalerar'; did you mean 'eskalera'?")
        #expect(result.diagnostics.count == 1)
    }

    @Test func anAlternativesDecisionMustComeBeforeTheStep() throws {
        let text = Self.file.replacingOccurrences(of: "after: [bedom]", with: "after: [larm]")
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.issue.path.description).contains("alarmPaths[0].steps[3].when.anyOf[1].decision"))
        #expect(
            result.diagnostics.contains {
                $0.line == 39
                    && $0.message
                        == "step 'informera' depends on decision 'bedom', which does not come before it; add 'bedom' to its 'after' chain"
            })
    }

    @Test func anAlternativeOfAnUnknownDecisionIsReported() throws {
        let text = Self.file.replacingOccurrences(of: "decision: bedom", with: "decision: bedoem")
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:39:25: error: unknown step 'bedoem' in this path; did you mean 'bedom'?"
            ])
        #expect(result.diagnostics.first?.issue.path.description == "alarmPaths[0].steps[3].when.anyOf[1].decision")
    }

    @Test func alternativesDoNotNest() throws {
        let text = Self.file.replacingOccurrences(
            of: "- classification: extraordinary",
            with: "- anyOf:\n                        - classification: extraordinary")
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:38:15: error: alternatives cannot nest: an alternative of 'anyOf' holds when every part it"
                    + " states holds and has no 'anyOf' of its own; list every alternative in the one 'anyOf' of 'when'"
            ])
        #expect(result.diagnostics.first?.issue.path.description == "alarmPaths[0].steps[3].when.anyOf[0]")
    }

    @Test func anEmptyListOfAlternativesIsAnError() throws {
        let start = try #require(Self.file.range(of: "          anyOf:\n"))
        let text = String(Self.file[..<start.lowerBound]) + "          anyOf: []\n"
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:37:18: error: 'anyOf' lists no alternatives: list those of which one must hold (each a"
                    + " mapping of classification, officeHours, decision and outcome), or leave 'anyOf' out"
            ])
    }

    @Test func anAlternativeThatStatesNothingIsAnError() throws {
        let text = Self.file.replacingOccurrences(of: "- classification: extraordinary", with: "- {}")
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:38:15: error: an alternative of 'anyOf' that states no part always holds, so 'anyOf' asks"
                    + " nothing; give it a classification, officeHours or a decision and outcome"
            ])
    }
}
