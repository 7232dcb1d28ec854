/// Why a step of an alarm path can never run (``AlarmPath/stepsThatNeverRun``), as data:
/// BeredskapReporting's `ReachabilityText` writes it in the plan's language.
///
/// ```swift
/// path.stepsThatNeverRun.first?.cause        // .waitsForNeverRunStep("dagtid")
/// path.stepsThatNeverRun.first?.cause.code   // "waits-for-never-run"
/// ```
public enum NeverRunCause: Hashable, Sendable, CustomStringConvertible {
    /// The step's own condition holds in no circumstance.
    case conditionNeverHolds
    /// The step waits for a step, or depends on a decision, that the path does not have.
    case waitsForMissingStep(EntityID)
    /// The step waits for a step that itself can never run.
    case waitsForNeverRunStep(EntityID)
    /// The step applies only in circumstances in which a step it waits for does not run: another
    /// branch of a decision, another time of day or another classification.
    case excludedByStep(EntityID)
    /// No circumstance allows the step, for no single reason above.
    case noCircumstance

    /// The stable code of the cause, as JSON writes it: `condition-never-holds`, `waits-for-missing-step`,
    /// `waits-for-never-run`, `excluded-by-step`, `no-circumstance`.
    public var code: String {
        switch self {
        case .conditionNeverHolds: "condition-never-holds"
        case .waitsForMissingStep: "waits-for-missing-step"
        case .waitsForNeverRunStep: "waits-for-never-run"
        case .excludedByStep: "excluded-by-step"
        case .noCircumstance: "no-circumstance"
        }
    }

    /// The step the cause names, for the causes that name one.
    public var waitsFor: EntityID? {
        switch self {
        case .waitsForMissingStep(let id), .waitsForNeverRunStep(let id), .excludedByStep(let id): id
        case .conditionNeverHolds, .noCircumstance: nil
        }
    }

    /// The cause with `code`, naming `waitsFor` when the code needs a step; `nil` for an unknown code
    /// or a missing step.
    public init?(code: String, waitsFor: EntityID?) {
        switch (code, waitsFor) {
        case ("condition-never-holds", _): self = .conditionNeverHolds
        case ("no-circumstance", _): self = .noCircumstance
        case ("waits-for-missing-step", let id?): self = .waitsForMissingStep(id)
        case ("waits-for-never-run", let id?): self = .waitsForNeverRunStep(id)
        case ("excluded-by-step", let id?): self = .excludedByStep(id)
        default: return nil
        }
    }

    /// The cause in English words, as the JSON's `reason` has always given it:
    /// "it waits for 'dagtid', which can never run".
    public var description: String {
        switch self {
        case .conditionNeverHolds: "its condition can never hold"
        case .waitsForMissingStep(let id): "it waits for '\(id)', which the path does not have"
        case .waitsForNeverRunStep(let id): "it waits for '\(id)', which can never run"
        case .excludedByStep(let id): "it needs circumstances in which '\(id)' does not run"
        case .noCircumstance: "no circumstance allows it"
        }
    }
}
