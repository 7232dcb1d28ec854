import BeredskapModel

/// Something an actor does in the plan: an activity it is responsible for or takes part in, or an
/// alarm step it acts in or is reached by.
public struct Duty: Equatable, Sendable {
    /// The actor's part.
    public enum Part: Equatable, Sendable {
        /// Responsible for an activity.
        case responsible
        /// Takes part in an activity.
        case takesPart
        /// Acts in an alarm step of this kind (receives, contacts, decides …).
        case acts(AlarmStepKind)
        /// Is the one an alarm step of this kind reaches (is contacted, informed, activated …).
        case reached(AlarmStepKind)
    }

    /// One actor of an activity, with its part and name.
    public struct Actor: Equatable, Sendable {
        /// Responsible, or taking part.
        public var part: Part
        /// The actor's id.
        public var id: EntityID
        /// Its name, nil when the plan names no actor with that id.
        public var name: String?
    }

    /// The activity, for a duty in an activity.
    public var activity: EntityID?
    /// The alarm path, for a duty in an alarm path.
    public var path: EntityID?
    /// The step of the alarm path.
    public var step: EntityID?
    /// The actor's part.
    public var part: Part
    /// The activity's title, or the step's text.
    public var text: String

    init(activity: EntityID, part: Part, text: String) {
        self.activity = activity
        self.part = part
        self.text = text
    }

    init(path: EntityID, step: AlarmStep, part: Part) {
        self.path = path
        self.step = step.id
        self.part = part
        self.text = step.text ?? ""
    }
}
