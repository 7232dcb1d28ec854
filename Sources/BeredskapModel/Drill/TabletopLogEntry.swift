import Foundation

/// One line of a tabletop drill's log: what happened, as data.
///
/// An entry holds no sentence: it records the kind of line, who it concerns, the inject, step, option
/// or objective it is about, and the words a person typed (an action, a note). The after-action report
/// and the shell write the sentence in the plan's language from these and the drill's scenario.
///
/// ```swift
/// let entry = TabletopLogEntry(
///     sequence: 4, minute: 30, wallTime: Date(), kind: .action, role: "sof-direktor",
///     action: "informerade stadsdirektören", note: nil, enteredBy: "Bo", inject: 0)
/// entry.inject   // 0: it fulfils the first inject's expected action
/// ```
public struct TabletopLogEntry: Hashable, Sendable {
    /// What kind of thing happened.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// The drill started.
        case start
        /// An inject reached the players.
        case inject
        /// An expected action did not come in time and the contingency was given.
        case contingency
        /// A role did something.
        case action
        /// A role decided at a decision step.
        case decision
        /// The leader moved the clock.
        case advance
        /// The drill paused.
        case pause
        /// The drill went on.
        case resume
        /// The drill ended.
        case end
        /// An evaluator rated an objective; allowed after the end too, since evaluators rate after the
        /// hot wash.
        case rating
    }

    /// Its place in the log, from 1.
    public var sequence: Int
    /// The simulated minute.
    public var minute: Double
    /// When it was entered.
    public var wallTime: Date
    /// What happened.
    public var kind: Kind
    /// The role that acted or decided, the role a contingency concerns, or the role of a rated objective.
    public var role: EntityID?
    /// What the role did, in the words the player typed, for an action.
    public var action: String?
    /// Why, or a remark; a decision's rationale; an evaluator's observation, for a rating.
    public var note: String?
    /// Who entered it.
    public var enteredBy: String?
    /// The inject it concerns, by index in the scenario: the inject given, the one whose contingency
    /// fired, or, for an action, the inject whose expected action it fulfils.
    public var inject: Int?
    /// The decision step of the alarm path, for a decision.
    public var step: EntityID?
    /// The option chosen, for a decision.
    public var option: EntityID?
    /// The objective rated, for a rating.
    public var objective: EntityID?
    /// The evaluator's rating, for a rating.
    public var rating: PerformanceRating?
    /// The line, by its ``sequence``, that this action or decision corrects: the log keeps both, and
    /// the corrected line no longer counts.
    public var corrects: Int?

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - sequence: Its place in the log, from 1.
    ///   - minute: The simulated minute.
    ///   - wallTime: When it was entered.
    ///   - kind: What happened.
    ///   - role: The role it concerns.
    ///   - action: What the role did, in the player's words, for an action.
    ///   - note: A remark, a rationale or an observation.
    ///   - enteredBy: Who entered it.
    ///   - inject: The inject it concerns, by index in the scenario.
    ///   - step: The decision step, for a decision.
    ///   - option: The option chosen, for a decision.
    ///   - objective: The objective rated, for a rating.
    ///   - rating: The evaluator's rating, for a rating.
    ///   - corrects: The line this one corrects, by its sequence.
    public init(
        sequence: Int, minute: Double, wallTime: Date, kind: Kind, role: EntityID? = nil, action: String? = nil,
        note: String? = nil, enteredBy: String? = nil, inject: Int? = nil, step: EntityID? = nil,
        option: EntityID? = nil, objective: EntityID? = nil, rating: PerformanceRating? = nil, corrects: Int? = nil
    ) {
        self.corrects = corrects
        self.sequence = sequence
        self.minute = minute
        self.wallTime = wallTime
        self.kind = kind
        self.role = role
        self.action = action
        self.note = note
        self.enteredBy = enteredBy
        self.inject = inject
        self.step = step
        self.option = option
        self.objective = objective
        self.rating = rating
    }
}
