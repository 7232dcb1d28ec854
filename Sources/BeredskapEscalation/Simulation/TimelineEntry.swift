import BeredskapModel

/// One event of a dry run's timeline: at a minute from the alarm, someone does something.
///
/// An entry says who, what kind of step, whom it reached and why, not a sentence: BeredskapReporting's
/// `TimelineText` writes it in the plan's language.
///
/// ```swift
/// entry.minute     // 4.2
/// entry.time       // 2017-10-14 02:34, local time in the plan's jurisdiction
/// entry.kind       // .answered
/// entry.target     // .named("Socialjourens enhetschef")
/// entry.duration   // 4.2: minutes from the call to the answer
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
        /// The primary did not answer in time; the deputy is called (the entry's target), or the primary
        /// again when the plan names no deputy (no target).
        case noAnswer
        /// The primary was unavailable; the deputy is called at once (the entry's target), or nobody
        /// when the plan names no deputy (no target).
        case unavailable
        /// A decision fell.
        case decided
        /// An organisation or function was activated.
        case activated
        /// A task was given.
        case assigned
        /// What happened was documented (in the lägesbild, a log).
        case recorded
        /// A step did not run.
        case skipped
        /// A recurring notice was sent again.
        case repeated
        /// An inject reached the players.
        case inject
    }

    /// Why a step did not run.
    public enum SkipCause: Hashable, Sendable {
        /// The step's condition does not hold in the event: it applies only at `classification`, or
        /// only in (`true`) or outside (`false`) office hours.
        case condition(classification: EventClassification?, officeHours: Bool?)
        /// The decision `decision` did not choose `outcome` (`nil` when the decision was not made).
        case decision(decision: EntityID?, outcome: EntityID?)
        /// A step it waits for did not run.
        case predecessor
        /// The step's own condition holds, but none of its alternatives (`anyOf`) does.
        case noAlternative
    }

    /// An inject as it reached the players.
    public struct Inject: Hashable, Sendable {
        /// Information, event or media.
        public var kind: ScenarioInject.Kind
        /// What the players are told, in the scenario's words.
        public var text: String
        /// The role whose action is expected, by its title in the plan.
        public var expectedRole: String?
        /// The action expected, in the scenario's words.
        public var expectedAction: String?
        /// Within how many minutes the action is expected.
        public var expectedWithin: Double?
    }

    /// Minutes from the alarm.
    public var minute: Double
    /// The local time, in the time zone of the event's ``EventContext``.
    public var time: LocalDateTime
    /// The step, or `nil` for an inject.
    public var step: EntityID?
    /// The kind of the step, or `nil` for an inject.
    public var stepKind: AlarmStepKind?
    /// What happened.
    public var kind: Kind
    /// Who acted, by the plan's name, or the deputy acting for a role.
    public var actor: TimelineParty?
    /// Who was reached, informed, activated or assigned; for ``Kind/noAnswer`` and
    /// ``Kind/unavailable``, the deputy called instead.
    public var target: TimelineParty?
    /// For ``Kind/noAnswer`` and ``Kind/unavailable``: the primary who was not reached.
    public var missed: String?
    /// Minutes the answer, acknowledgement or decision took; for ``Kind/noAnswer``, how long the
    /// actor waited.
    public var duration: Double?
    /// For ``Kind/decided``: the label of the option chosen, or `nil` when none was.
    public var option: String?
    /// For ``Kind/skipped``: why.
    public var skipCause: SkipCause?
    /// For ``Kind/repeated``: which time the notice goes out (2 the first time it is repeated).
    public var repetition: Int?
    /// For ``Kind/inject``: the inject.
    public var inject: Inject?

    /// Creates an entry.
    public init(
        minute: Double, time: LocalDateTime, step: EntityID?, stepKind: AlarmStepKind? = nil, kind: Kind,
        actor: TimelineParty?, target: TimelineParty?, missed: String? = nil, duration: Double? = nil,
        option: String? = nil,
        skipCause: SkipCause? = nil,
        repetition: Int? = nil, inject: Inject? = nil
    ) {
        self.minute = minute
        self.time = time
        self.step = step
        self.stepKind = stepKind
        self.kind = kind
        self.actor = actor
        self.target = target
        self.missed = missed
        self.duration = duration
        self.option = option
        self.skipCause = skipCause
        self.repetition = repetition
        self.inject = inject
    }

    /// The wall-clock time as "02:35".
    public var clock: String { CalendarDay.pad(time.hour, 2) + ":" + CalendarDay.pad(time.minute, 2) }
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
