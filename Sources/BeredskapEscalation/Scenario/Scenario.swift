import BeredskapModel
import Foundation

/// A drill scenario: one event, the alarm path it starts, how quickly people answer, how decisions
/// fall, and what the drill checks.
///
/// A scenario is data, read from a scenario file with ``ScenarioReader`` or built in Swift. It names
/// the plan's path and roles by id; ``ScenarioValidator`` checks them against a plan.
///
/// ```swift
/// let scenario = try ScenarioReader.read(yaml, file: "bench-night.yaml", plan: plan)
/// let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 42)
/// ```
public struct Scenario: Hashable, Sendable {
    /// The scenario's id ("bench-night").
    public var name: String
    /// A title for people ("Larm via Socialjouren en lördagsnatt").
    public var title: String
    /// The plan the scenario was written for, when the file names it.
    public var plan: EntityID?
    /// The alarm path the event enters ("via-socialjouren").
    public var path: EntityID
    /// The event that starts the alarm.
    public var event: ScenarioEvent
    /// How long the event lasts, in minutes from the alarm; recurring steps stop at its end.
    public var durationMinutes: Double
    /// How each role answers when contacted or informed, by role id.
    public var responses: [EntityID: ResponseProfile]
    /// How a role without an entry in ``responses`` answers.
    public var defaultResponse: ResponseProfile
    /// Per-step settings that the plan does not give (a decision's time, a target time), by step id.
    public var steps: [EntityID: StepOverride]
    /// How each decide step chooses, by step id; a decision without a rule picks each option equally often.
    public var decisions: [EntityID: DecisionRule]
    /// Injects (*inspel*) on the drill's timeline.
    public var injects: [ScenarioInject]
    /// What the drill checks.
    public var objectives: [ScenarioObjective]

    /// The event length when a scenario gives none: four hours.
    public static let defaultDurationMinutes = 240.0

    /// Creates a scenario.
    public init(
        name: String, title: String, plan: EntityID? = nil, path: EntityID, event: ScenarioEvent,
        durationMinutes: Double = Scenario.defaultDurationMinutes, responses: [EntityID: ResponseProfile] = [:],
        defaultResponse: ResponseProfile = .standard, steps: [EntityID: StepOverride] = [:],
        decisions: [EntityID: DecisionRule] = [:], injects: [ScenarioInject] = [],
        objectives: [ScenarioObjective] = []
    ) {
        self.name = name
        self.title = title
        self.plan = plan
        self.path = path
        self.event = event
        self.durationMinutes = durationMinutes
        self.responses = responses
        self.defaultResponse = defaultResponse
        self.steps = steps
        self.decisions = decisions
        self.injects = injects
        self.objectives = objectives
    }

    /// How `role` answers: its own profile, or the scenario's default.
    public func response(for role: EntityID) -> ResponseProfile {
        responses[role] ?? defaultResponse
    }
}

/// The event of a scenario: when it happens, how it is classified, and which administration it hits.
public struct ScenarioEvent: Hashable, Sendable {
    /// When the alarm is received.
    public var start: Date
    /// Extraordinary or ordinary.
    public var classification: EventClassification
    /// Whether the alarm comes in office hours, when the scenario says; otherwise the calendar decides.
    public var officeHours: Bool?
    /// The affected administration, as text ("Rinkeby-Kista stadsdelsförvaltning").
    public var administration: String?

    /// Creates an event.
    public init(
        start: Date, classification: EventClassification, officeHours: Bool? = nil, administration: String? = nil
    ) {
        self.start = start
        self.classification = classification
        self.officeHours = officeHours
        self.administration = administration
    }
}

/// How a role answers a contact or a notice: a log-normal answer time, a chance of no answer at all,
/// and how long the caller waits before turning to the plan's deputy for the role (or calling again
/// when the plan names none).
///
/// ```swift
/// let chief = ResponseProfile(answer: LogNormal(median: 5, p90: 20), noAnswer: 0.10, timeout: 15)
/// ```
public struct ResponseProfile: Hashable, Sendable {
    /// The time until the role answers, when it answers.
    public var answer: LogNormal
    /// The probability that the role does not answer the first call at all.
    public var noAnswer: Double
    /// Minutes the caller waits before contacting the deputy, or calling again.
    public var timeout: Double

    /// A profile for roles the scenario says nothing about: LN(10, 30), always answers, 30 minutes' wait.
    public static let standard = ResponseProfile(answer: LogNormal(median: 10, p90: 30), noAnswer: 0, timeout: 30)

    /// Creates a profile.
    public init(answer: LogNormal, noAnswer: Double = 0, timeout: Double) {
        self.answer = answer
        self.noAnswer = noAnswer
        self.timeout = timeout
    }
}

/// How long a step takes: a fixed number of minutes, or a log-normal draw.
public enum StepTime: Hashable, Sendable {
    /// Always the same number of minutes (zero for an instant step).
    case fixed(Double)
    /// A draw from a log-normal distribution.
    case logNormal(LogNormal)
}

/// What a scenario says about one step beyond what the plan says.
///
/// For a decide, activate, assign or receive step, ``time`` is how long the actor takes. For a contact
/// or inform step, ``time``, ``noAnswer`` and ``timeout`` replace the target role's response profile in
/// this step only.
public struct StepOverride: Hashable, Sendable {
    /// How long the step takes, or how long its target takes to answer.
    public var time: StepTime?
    /// The chance the target never answers, in this step.
    public var noAnswer: Double?
    /// Minutes before the deputy is contacted, in this step.
    public var timeout: Double?
    /// The time from the alarm by which the step should have run; replaces the plan's.
    public var targetMinutes: Double?
    /// Minutes between repetitions of a recurring step, when the plan gives no interval.
    public var everyMinutes: Double?

    /// Creates an override.
    public init(
        time: StepTime? = nil, noAnswer: Double? = nil, timeout: Double? = nil, targetMinutes: Double? = nil,
        everyMinutes: Double? = nil
    ) {
        self.time = time
        self.noAnswer = noAnswer
        self.timeout = timeout
        self.targetMinutes = targetMinutes
        self.everyMinutes = everyMinutes
    }
}

/// How a decide step chooses its option.
public enum DecisionRule: Hashable, Sendable {
    /// Always this option: the drill's script says so.
    case scripted(EntityID)
    /// Each option with its probability; the probabilities add up to 1.
    case probabilities([OptionProbability])
}

/// One option of a decision and how likely it is chosen.
public struct OptionProbability: Hashable, Sendable {
    /// The option's id.
    public var option: EntityID
    /// The probability, from 0 to 1.
    public var probability: Double

    /// Creates an entry.
    public init(option: EntityID, probability: Double) {
        self.option = option
        self.probability = probability
    }
}
