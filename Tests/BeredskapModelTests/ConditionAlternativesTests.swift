import BeredskapModel
import Testing

/// Conditions with alternatives (`anyOf`): how one is read, how validation checks each alternative,
/// and which steps the never-run analysis finds.
@Suite struct ConditionAlternativesTests {
    static let escalate = StepCondition(
        classification: .extraordinary,
        anyOf: [.init(officeHours: true), .init(decision: "beslut", outcome: "ja")])

    static func circumstance(
        _ classification: EventClassification?, officeHours: Bool?, beslut: StepCondition.DecisionState
    ) -> StepCondition.Circumstance {
        StepCondition.Circumstance(classification: classification, officeHours: officeHours) {
            $0 == "beslut" ? beslut : .notTaken
        }
    }

    @Test func aConditionHoldsWhenItsOwnPartsAndOneAlternativeHold() {
        let condition = Self.escalate
        #expect(condition.holds(in: Self.circumstance(.extraordinary, officeHours: true, beslut: .notTaken)) == true)
        #expect(
            condition.holds(in: Self.circumstance(.extraordinary, officeHours: false, beslut: .chose("ja"))) == true)
        #expect(
            condition.holds(in: Self.circumstance(.extraordinary, officeHours: false, beslut: .chose("nej"))) == false)
        #expect(condition.holds(in: Self.circumstance(.extraordinary, officeHours: false, beslut: .notTaken)) == false)
        // The own part fails: no alternative helps.
        #expect(condition.holds(in: Self.circumstance(.ordinary, officeHours: true, beslut: .chose("ja"))) == false)
    }

    @Test func whatIsNotKnownYetLeavesTheAnswerOpenUntilAnAlternativeDecides() {
        let condition = Self.escalate
        // At night the decision decides; in office hours it need not be waited for.
        #expect(condition.holds(in: Self.circumstance(.extraordinary, officeHours: false, beslut: .unsettled)) == nil)
        #expect(condition.holds(in: Self.circumstance(.extraordinary, officeHours: true, beslut: .unsettled)) == true)
        #expect(condition.holds(in: Self.circumstance(nil, officeHours: true, beslut: .unsettled)) == nil)
        #expect(condition.holds(in: Self.circumstance(.ordinary, officeHours: nil, beslut: .unsettled)) == false)
        // Without alternatives, every part must hold, as before.
        let plain = StepCondition(classification: .extraordinary, decision: "beslut", outcome: "ja")
        #expect(plain.holds(in: Self.circumstance(.extraordinary, officeHours: nil, beslut: .chose("ja"))) == true)
        #expect(plain.holds(in: Self.circumstance(.extraordinary, officeHours: nil, beslut: .unsettled)) == nil)
        #expect(plain.decisions == ["beslut"])
        #expect(
            StepCondition(decision: "a", outcome: "x", anyOf: [.init(decision: "b"), .init(decision: "a")]).decisions
                == ["a", "b"])
    }

    /// The sample plan with a step after the decision.
    static func plan(_ condition: StepCondition, after: [EntityID] = ["beslut"]) -> Plan {
        var plan = samplePlan()
        plan.alarmPaths[0].steps.append(
            AlarmStep(
                id: "informera", kind: .inform, actor: "direktor", target: "samordnare", after: after,
                condition: condition))
        return plan
    }

    @Test func eachAlternativeIsCheckedAtItsPlace() {
        let plan = Self.plan(
            StepCondition(anyOf: [
                .init(outcome: "ja"), .init(decision: "beslut", outcome: "kanske"),
                .init(decision: "kontakt", outcome: "ja"),
                .init(decision: "besult", outcome: "ja"), .init(decision: "beslut"), .init(),
            ]))
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[4].when.anyOf[0]: error: 'outcome' needs a 'decision': the decide step it belongs to",
                "alarmPaths[0].steps[4].when.anyOf[1].outcome: error: decision 'beslut' has no option 'kanske'; its options are 'ja', 'nej'",
                "alarmPaths[0].steps[4].when.anyOf[2].decision: error: step 'kontakt' is a contact step, not a decide step",
                "alarmPaths[0].steps[4].when.anyOf[3].decision: error: unknown step 'besult' in this path; did you mean 'beslut'?",
                "alarmPaths[0].steps[4].when.anyOf[4].decision: error: a condition on decision 'beslut' needs an 'outcome': one of its option ids",
                "alarmPaths[0].steps[4].when.anyOf[5]: error: an alternative of 'anyOf' that states no part always holds, so 'anyOf' asks nothing; give it a classification, officeHours or a decision and outcome",
            ])
    }

    @Test func anAlternativesDecisionMustComeBeforeTheStep() {
        let plan = Self.plan(
            StepCondition(anyOf: [.init(officeHours: true), .init(decision: "beslut", outcome: "ja")]),
            after: ["kontakt"])
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[4].when.anyOf[1].decision: error: step 'informera' depends on decision 'beslut', which does not come before it; add 'beslut' to its 'after' chain"
            ])
    }

    @Test func aStepThatOnlyItsSecondAlternativeLetsRunIsNotNeverRun() {
        // At night by its own part; the first alternative asks for office hours, the second for "nej".
        let plan = Self.plan(
            StepCondition(
                officeHours: false, anyOf: [.init(officeHours: true), .init(decision: "beslut", outcome: "nej")]))
        #expect(plan.alarmPaths[0].stepsThatNeverRun == [])
        #expect(messages(plan) == [])
        // Alone, the first alternative could never hold.
        let first = Self.plan(StepCondition(officeHours: false, anyOf: [.init(officeHours: true)]))
        #expect(first.alarmPaths[0].stepsThatNeverRun == [.init(step: "informera", cause: .conditionNeverHolds)])
    }

    @Test func aStepWhoseAlternativesAreAllImpossibleNeverRuns() {
        let plan = Self.plan(
            StepCondition(
                classification: .extraordinary,
                anyOf: [
                    .init(classification: .ordinary),
                    .init(classification: .ordinary, decision: "beslut", outcome: "ja"),
                ]
            ))
        #expect(plan.alarmPaths[0].stepsThatNeverRun == [.init(step: "informera", cause: .conditionNeverHolds)])
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[4].after: warning: step 'informera' can never run: its condition can never hold; with every alternative of its 'anyOf', its 'when' asks for what cannot be at once"
            ])
    }

    @Test func anAlternativeHoldsOnlyWhereItsDecisionRanAndChoseItsOutcome() {
        // After "aktivera", which runs only when the decision chose "ja": "nej" never holds there.
        let declined = Self.plan(StepCondition(anyOf: [.init(decision: "beslut", outcome: "nej")]), after: ["aktivera"])
        #expect(
            declined.alarmPaths[0].stepsThatNeverRun == [.init(step: "informera", cause: .excludedByStep("aktivera"))])
        // Another alternative that can hold lets it run.
        let either = Self.plan(
            StepCondition(anyOf: [.init(decision: "beslut", outcome: "nej"), .init(classification: .ordinary)]),
            after: ["aktivera"])
        #expect(either.alarmPaths[0].stepsThatNeverRun == [])
    }
}
