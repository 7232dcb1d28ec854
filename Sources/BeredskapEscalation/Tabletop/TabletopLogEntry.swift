import BeredskapModel
import Foundation

/// One line of a drill's log.
public struct TabletopLogEntry: Hashable, Sendable {
    /// What kind of thing happened.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
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
    /// What happened, in words.
    public var text: String
    /// Why, or a remark; an evaluator's observation, for a rating.
    public var note: String?
    /// Who entered it.
    public var enteredBy: String?
    /// The inject it concerns, by index in the scenario: the inject given, the one whose contingency
    /// fired, or, for an action, the inject whose expected action it fulfils.
    public var inject: Int?
    /// The option chosen, for a decision.
    public var option: EntityID?
    /// The objective rated, for a rating.
    public var objective: EntityID?
    /// The evaluator's rating, for a rating.
    public var rating: PerformanceRating?

    /// Creates an entry.
    public init(
        sequence: Int, minute: Double, wallTime: Date, kind: Kind, role: EntityID?, text: String, note: String?,
        enteredBy: String?, inject: Int? = nil, option: EntityID? = nil, objective: EntityID? = nil,
        rating: PerformanceRating? = nil
    ) {
        self.sequence = sequence
        self.minute = minute
        self.wallTime = wallTime
        self.kind = kind
        self.role = role
        self.text = text
        self.note = note
        self.enteredBy = enteredBy
        self.inject = inject
        self.option = option
        self.objective = objective
        self.rating = rating
    }
}
