/// An alarm path (*larmväg*): how an alarm travels from the one who receives it to those who must
/// know, decide and act.
///
/// A path is a graph of ``AlarmStep``s. A step runs once every step in its ``AlarmStep/after`` list has
/// run (or, with ``AlarmStep/join`` `any`, the first of them) and its ``AlarmStep/condition`` holds;
/// steps with nothing in `after` start the path. Several steps
/// after the same one run in parallel, and a decision's outcome can select the steps that follow.
///
/// ```swift
/// let path = plan.alarmPaths.first { $0.id == "via-socialjouren" }!
/// path.startSteps.map(\.id)                       // ["larm-inkommer"]
/// path.steps(after: "kontakt-direktor").map(\.id) // ["posom-beslut", "informera-sof-direktor"]
/// ```
public struct AlarmPath: Hashable, Sendable, Identifiable, Grounded {
    /// The path's id.
    public var id: EntityID
    /// Its name ("Om larm inkommer via Socialjouren").
    public var name: String
    /// The actor that receives the alarm on this path.
    public var entry: EntityID?
    /// More about when the path applies.
    public var description: String?
    /// The routine the path is one entry of, for a routine that alarms arrive at in several ways
    /// ("Orosanmälan" by telephone, by e-mail, in person): paths of the same routine name it alike.
    public var routine: String?
    /// The steps, in the plan's order.
    public var steps: [AlarmStep]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an alarm path.
    public init(
        id: EntityID, name: String, entry: EntityID? = nil, description: String? = nil, routine: String? = nil,
        steps: [AlarmStep] = []
    ) {
        self.id = id
        self.name = name
        self.entry = entry
        self.description = description
        self.routine = routine
        self.steps = steps
    }

    /// The step with `id`, if the path has one.
    public func step(_ id: EntityID) -> AlarmStep? {
        steps.first { $0.id == id }
    }

    /// The steps that start the path: those that wait for no other step.
    public var startSteps: [AlarmStep] {
        steps.filter { $0.after.isEmpty }
    }

    /// The steps that wait for the step `id`, in the plan's order.
    public func steps(after id: EntityID) -> [AlarmStep] {
        steps.filter { $0.after.contains(id) }
    }
}

/// One step of an alarm path: someone receives, contacts, informs, decides, activates, assigns or
/// records.
public struct AlarmStep: Hashable, Sendable, Identifiable, Grounded {
    /// The step's id, unique within its path.
    public var id: EntityID
    /// What happens in the step.
    public var kind: AlarmStepKind
    /// Who acts: the receiver, the caller, the decision maker.
    public var actor: EntityID
    /// Who is contacted, informed, activated or assigned.
    public var target: EntityID?
    /// The steps that must have run before this one: every one of them, or with ``join`` `any` one.
    public var after: [EntityID]
    /// Whether the step waits for every step in ``after`` (`all`, the default when nil) or for the
    /// first of them to run (`any`), as a step after two branches of a decision must.
    public var join: StepJoin?
    /// When the step applies at all.
    public var condition: StepCondition?
    /// For a decision: the options to choose among.
    public var options: [DecisionOption]
    /// For a decision taken jointly: the others who decide with the ``actor`` (a stadsdirektör with the
    /// TiB, the säkerhetsskyddschef and the kommunikationschef). The decision waits for each of them.
    public var jointly: [EntityID]
    /// Rules for how the step handles what it passes on ("Inga personuppgifter via e-post",
    /// "Avidentifierat till samordnaren"), shown with the step in the alarm list and in drills.
    public var handling: [String]
    /// Whether and how often the step recurs ("informerar kontinuerligt").
    public var repeatRule: StepRepeat?
    /// The time from the alarm by which the step should have run, in minutes.
    public var targetMinutes: Double?
    /// The plan's sentence for the step.
    public var text: String?
    /// A remark, e.g. that the step is implied rather than written in the plan.
    public var note: String?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a step.
    public init(
        id: EntityID, kind: AlarmStepKind, actor: EntityID, target: EntityID? = nil, after: [EntityID] = [],
        join: StepJoin? = nil, condition: StepCondition? = nil, options: [DecisionOption] = [],
        jointly: [EntityID] = [], handling: [String] = [], repeatRule: StepRepeat? = nil,
        targetMinutes: Double? = nil, text: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.actor = actor
        self.target = target
        self.after = after
        self.join = join
        self.condition = condition
        self.options = options
        self.jointly = jointly
        self.handling = handling
        self.repeatRule = repeatRule
        self.targetMinutes = targetMinutes
        self.text = text
        self.note = note
    }

    /// Whether the step runs after the first step of ``after`` that runs rather than after all of them.
    public var waitsForAny: Bool { join == .any && !after.isEmpty }

    /// Whether the waits of ``after`` are over and let the step run, given for each step it waits for
    /// whether it ran (true), never will (false) or has not settled yet (nil): with `all`, when every
    /// one ran; with `any`, when one did. Nil while that is not known yet.
    ///
    /// ```swift
    /// let ran: [EntityID: Bool] = ["aktivera-posom": true, "avsta-posom": false]
    /// step.afterAllows { ran[$0] }   // true with join: any, false with all
    /// ```
    public func afterAllows(_ ran: (EntityID) -> Bool?) -> Bool? {
        guard !after.isEmpty else { return true }
        var unsettled = false
        for id in after {
            switch ran(id) {
            case true?: if waitsForAny { return true }
            case false?: if !waitsForAny { return false }
            case nil: unsettled = true
            }
        }
        return unsettled ? nil : !waitsForAny
    }

    /// The actor the step must reach for the path to go on: the one a decision waits for is its
    /// decision maker; for every other step, the one it contacts, informs, activates or assigns, or
    /// its actor when it names no target (a receiving step).
    ///
    /// Reachability asks whether this actor can be reached, the alarm list shows its deputies, and a
    /// simulation or drill counts it reached when a contact or inform step gets its answer.
    ///
    /// ```swift
    /// AlarmStep(id: "ring", kind: .contact, actor: "socialjouren", target: "tib").reachedActor      // "tib"
    /// AlarmStep(id: "posom", kind: .decide, actor: "direktor", target: "posom").reachedActor       // "direktor"
    /// ```
    public var reachedActor: EntityID {
        kind == .decide ? actor : target ?? actor
    }

    /// Every actor the step must reach for the path to go on: its ``reachedActor``, and for a
    /// decision taken jointly the others who take it (``jointly``), each of whom must be reached too.
    public var neededActors: [EntityID] {
        kind == .decide ? [actor] + jointly.filter { $0 != actor } : [reachedActor]
    }
}

/// What happens in an alarm step.
public enum AlarmStepKind: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "step kind"

    /// The alarm arrives.
    case receive
    /// Reach someone who must answer.
    case contact
    /// Send a notice; no answer is needed.
    case inform
    /// A role chooses among options.
    case decide
    /// Start an organisation or function (POSOM, CKL).
    case activate
    /// Give someone a task.
    case assign
    /// Document what happened: the actor writes it down, and the ``AlarmStep/target``, when given, is
    /// where it goes (the lägesbild, a log).
    case record

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .receive: "tar emot"
        case .contact: "kontaktar"
        case .inform: "informerar"
        case .decide: "beslutar"
        case .activate: "aktiverar"
        case .assign: "ger uppdrag"
        case .record: "dokumenterar"
        }
    }

    /// Whether a step of this kind needs a ``AlarmStep/target``.
    public var needsTarget: Bool {
        switch self {
        case .contact, .inform, .activate, .assign: true
        case .receive, .decide, .record: false
        }
    }
}

/// What a step waits for among the steps in its ``AlarmStep/after``.
public enum StepJoin: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "join"

    /// Every step in `after` must have run (the default).
    case all
    /// The first of them to run lets the step run; the others do not run it again.
    case any

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .all: "alla"
        case .any: "något"
        }
    }
}

/// The classification of an event, which changes the alarm path.
public enum EventClassification: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "classification"

    /// An extraordinary event (*extraordinär händelse*, LEH 2006:544).
    case extraordinary
    /// Any other event.
    case ordinary

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .extraordinary: "extraordinär händelse"
        case .ordinary: "ordinär händelse"
        }
    }
}

/// An option of a decide step.
public struct DecisionOption: Hashable, Sendable, Identifiable {
    /// The option's id, unique within its step.
    public var id: EntityID
    /// What choosing it means ("Aktivera POSOM").
    public var label: String

    /// Creates an option.
    public init(id: EntityID, label: String) {
        self.id = id
        self.label = label
    }
}

/// How an alarm step recurs: "informerar kontinuerligt" is every N minutes until the event ends.
public struct StepRepeat: Hashable, Sendable {
    /// When the repetition stops.
    public enum Until: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "repetition end"

        /// When the event is declared over.
        case eventEnd

        /// The Swedish label.
        public var swedishLabel: String { "händelsens slut" }
    }

    /// Minutes between repetitions, when the plan gives an interval.
    public var everyMinutes: Int?
    /// When the repetition stops.
    public var until: Until

    /// Creates a repetition rule.
    public init(everyMinutes: Int? = nil, until: Until = .eventEnd) {
        self.everyMinutes = everyMinutes
        self.until = until
    }
}
