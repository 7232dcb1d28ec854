import BeredskapModel

/// An inject (*inspel*): a message that reaches the players at a set minute of the drill.
///
/// ```swift
/// let call = ScenarioInject(
///     at: 45, from: "SVT Nyheter", to: "sof-direktor", kind: .media,
///     text: "SVT ringer och frågar om uppgifterna stämmer.")
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

    /// Minutes from the alarm.
    public var at: Double
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
        contingency: String? = nil, controller: String? = nil, objective: EntityID? = nil
    ) {
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
