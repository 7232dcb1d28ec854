import BeredskapModel

/// An inject (*inspel*): a message that reaches the players at a set minute of the drill, or when
/// its start condition is met (``InjectStart``): after another inject, after an expected action was
/// done or missed, on a decision's outcome, or when the drill leader plays it.
///
/// ```swift
/// let call = ScenarioInject(
///     at: 45, from: "SVT Nyheter", to: "sof-direktor", kind: .media,
///     text: "SVT ringer och frågar om uppgifterna stämmer.")
/// var followUp = ScenarioInject(
///     at: 0, from: "SVT Nyheter", to: "sof-direktor", kind: .media, text: "SVT ringer igen.")
/// followUp.start = InjectStart(.missed("svt-ringer"), after: 5)
/// ```
public struct ScenarioInject: Hashable, Sendable {
    /// What kind of message an inject is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// New information about the event.
        case information
        /// Something happens.
        case event
        /// The media call or publish.
        case media

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .information: "information"
            case .event: "händelse"
            case .media: "media"
            }
        }
    }

    /// The inject's id, which another inject's start condition names it by; nil when none does.
    public var id: EntityID?
    /// Minutes from the alarm; for an inject with a ``start`` condition, the earliest minute it may
    /// come (0 when the file gives none).
    public var at: Double
    /// What the inject waits for; nil for one that comes at the minute ``at``.
    public var start: InjectStart?
    /// Who sends it: a role id or free text ("SVT Nyheter").
    public var from: String
    /// Who receives it: a role id or free text.
    public var to: String
    /// Information, event or media.
    public var kind: Kind
    /// The message.
    public var text: String
    /// What the players are expected to do.
    public var expectedAction: ExpectedAction?
    /// What the drill leader does if the players go another way.
    public var contingency: String?
    /// The controller (*spelledare*) who plays the inject in, as free text ("Anna, övningsledningen").
    public var controller: String?
    /// The id of the scenario's objective the inject serves (``ScenarioObjective/id``).
    public var objective: EntityID?

    /// Creates an inject.
    public init(
        at: Double, from: String, to: String, kind: Kind, text: String, expectedAction: ExpectedAction? = nil,
        contingency: String? = nil, controller: String? = nil, objective: EntityID? = nil, id: EntityID? = nil,
        start: InjectStart? = nil
    ) {
        self.id = id
        self.start = start
        self.at = at
        self.from = from
        self.to = to
        self.kind = kind
        self.text = text
        self.expectedAction = expectedAction
        self.contingency = contingency
        self.controller = controller
        self.objective = objective
    }
}

/// What an inject waits for before it reaches the players (a start condition, as in DRIVER+'s trial
/// management tool), and how many minutes after it.
///
/// An inject with a start condition comes ``afterMinutes`` after the condition is met, and not before
/// its own `at` minute. One that waits for the drill leader (``Trigger/manual``) comes only with
/// `drill inject N`.
///
/// ```swift
/// InjectStart(.delivered("brand"), after: 10)          // ten minutes after the inject 'brand'
/// InjectStart(.decision(step: "posom-beslut", option: "aktivera"))
/// InjectStart(.manual)
/// ```
public struct InjectStart: Hashable, Sendable {
    /// The event an inject waits for.
    public enum Trigger: Hashable, Sendable {
        /// The inject of this id has reached the players.
        case delivered(EntityID)
        /// The expected action of the inject of this id has been done.
        case done(EntityID)
        /// The expected action of the inject of this id did not come in time: its contingency fired.
        case missed(EntityID)
        /// The decision at this step of the alarm path was logged, with this option when one is given.
        case decision(step: EntityID, option: EntityID?)
        /// The drill leader plays the inject (`drill inject N`).
        case manual

        /// The inject the trigger waits for, if it waits for one.
        public var inject: EntityID? {
            switch self {
            case .delivered(let id), .done(let id), .missed(let id): id
            case .decision, .manual: nil
            }
        }
    }

    /// What the inject waits for.
    public var trigger: Trigger
    /// Minutes after the trigger.
    public var afterMinutes: Double

    /// Creates a start condition.
    public init(_ trigger: Trigger, after minutes: Double = 0) {
        self.trigger = trigger
        self.afterMinutes = minutes
    }
}

/// What a role is expected to do after an inject, and within how many minutes.
public struct ExpectedAction: Hashable, Sendable {
    /// The role that should act.
    public var role: EntityID
    /// The action, in the scenario's words.
    public var action: String
    /// Minutes after the inject.
    public var withinMinutes: Double?

    /// Creates an expected action.
    public init(role: EntityID, action: String, withinMinutes: Double? = nil) {
        self.role = role
        self.action = action
        self.withinMinutes = withinMinutes
    }
}

/// Something the drill checks, in words and as a rule ("Stadsdirektören informerad inom 60 minuter").
public struct ScenarioObjective: Hashable, Sendable, Identifiable {
    /// The objective's id.
    public var id: EntityID
    /// The objective as people state it.
    public var text: String
    /// The role that must be reached.
    public var role: EntityID
    /// Minutes from the alarm within which the role must be reached.
    public var reachedWithinMinutes: Double

    /// Creates an objective.
    public init(id: EntityID, text: String, role: EntityID, reachedWithinMinutes: Double) {
        self.id = id
        self.text = text
        self.role = role
        self.reachedWithinMinutes = reachedWithinMinutes
    }
}

extension Scenario {
    /// The minute of each inject whose time follows from the clock alone, by index: one without a
    /// start condition at its minute, and one that waits for such an inject to be given at that
    /// inject's minute plus its delay. Injects that wait for what players do, for a decision or for
    /// the drill leader have none; a simulation without players never gives them.
    public var clockInjectMinutes: [Int: Double] {
        var minutes: [Int: Double] = [:]
        func minute(of index: Int, seen: Set<Int>) -> Double? {
            if let known = minutes[index] { return known }
            let inject = injects[index]
            guard let start = inject.start else { return inject.at }
            guard case .delivered(let id) = start.trigger, !seen.contains(index),
                let parent = injects.firstIndex(where: { $0.id == id }),
                let since = minute(of: parent, seen: seen.union([index]))
            else { return nil }
            return max(since + start.afterMinutes, inject.at)
        }
        for index in injects.indices {
            if let value = minute(of: index, seen: []) { minutes[index] = value }
        }
        return minutes
    }
}
