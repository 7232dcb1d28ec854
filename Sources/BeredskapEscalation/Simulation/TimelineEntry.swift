import BeredskapModel

/// One line of a dry run's timeline: at a minute from the alarm, someone does something.
///
/// ```swift
/// entry.minute   // 4.2
/// entry.clock    // "02:34"
/// entry.text     // "Socialjourens enhetschef svarar efter 4,2 min"
/// ```
public struct TimelineEntry: Hashable, Sendable {
    /// What happened.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The alarm was received.
        case received
        /// Someone was called.
        case contacted
        /// The called role (or its deputy) answered.
        case answered
        /// Someone was sent a notice.
        case informed
        /// The notice's target (or its deputy) acknowledged it.
        case acknowledged
        /// The primary did not answer in time; the deputy is called.
        case noAnswer
        /// The primary was unavailable; the deputy is called at once.
        case unavailable
        /// A decision fell.
        case decided
        /// An organisation or function was activated.
        case activated
        /// A task was given.
        case assigned
        /// A step did not run.
        case skipped
        /// A recurring notice was sent again.
        case repeated
        /// An inject reached the players.
        case inject
    }

    /// Minutes from the alarm.
    public var minute: Double
    /// The Stockholm wall-clock time, "02:35".
    public var clock: String
    /// The step, or `nil` for an inject.
    public var step: EntityID?
    /// What happened.
    public var kind: Kind
    /// Who acted, by the plan's name (or a deputy's title).
    public var actor: String?
    /// Who was reached, informed, activated or assigned.
    public var target: String?
    /// The line as people read it, in Swedish.
    public var text: String

    /// Creates an entry.
    public init(
        minute: Double, clock: String, step: EntityID?, kind: Kind, actor: String?, target: String?, text: String
    ) {
        self.minute = minute
        self.clock = clock
        self.step = step
        self.kind = kind
        self.actor = actor
        self.target = target
        self.text = text
    }
}

/// When a role was reached in a dry run, and whether it was the deputy who answered.
public struct RoleReach: Hashable, Sendable {
    /// The role's id.
    public var role: EntityID
    /// Its title in the plan.
    public var title: String
    /// Minutes from the alarm, or `nil` when the role was never reached.
    public var minute: Double?
    /// Whether the deputy answered instead of the primary.
    public var viaDeputy: Bool

    /// Creates a record.
    public init(role: EntityID, title: String, minute: Double?, viaDeputy: Bool) {
        self.role = role
        self.title = title
        self.minute = minute
        self.viaDeputy = viaDeputy
    }
}

/// Whether a dry run met one of the scenario's objectives.
public struct ObjectiveResult: Hashable, Sendable {
    /// The objective's id.
    public var id: EntityID
    /// The objective as the scenario states it.
    public var text: String
    /// Whether it was met.
    public var met: Bool
    /// When its role was reached, if it was.
    public var minute: Double?

    /// Creates a result.
    public init(id: EntityID, text: String, met: Bool, minute: Double?) {
        self.id = id
        self.text = text
        self.met = met
        self.minute = minute
    }
}
