/// A rule that sends an incoming alert (OASIS CAP 1.2) into one of the plan's alarm paths, or
/// deliberately nowhere: the plan's routing, as data a city edits without code.
///
/// A plan's rules are tried in order and the first that matches decides, so rules that stop an alert
/// (a cancellation, a draft) come before those that route one. The criteria name CAP's elements and
/// take CAP's spellings (`Extreme`, `Immediate`); every stated criterion must hold, and a list holds
/// when the alert has one of its values. The information criteria (urgency, severity, certainty,
/// category, event text) must all hold for the same `<info>` block. BeredskapEscalation checks the
/// spellings and applies the rules.
///
/// ```yaml
/// alertRules:
///   - id: allvarligt-via-tib
///     severity: [Extreme, Severe]
///     urgency: [Immediate, Expected]
///     certainty: [Observed, Likely]
///     classification: extraordinary
///     path: via-tib
///     reason: Ett allvarligt hot som är här eller väntas inom en timme tas emot av TIB.
/// ```
public struct AlertRule: Hashable, Sendable, Identifiable, Grounded {
    /// The rule's id, shown in every decision it makes.
    public var id: EntityID
    /// The alert's `<status>` must be one of these (`Actual`, `Exercise`, `System`, `Test`, `Draft`).
    public var status: [String]
    /// The alert's `<msgType>` must be one of these (`Alert`, `Update`, `Cancel`, `Ack`, `Error`).
    public var msgType: [String]
    /// The alert's `<scope>` must be one of these (`Public`, `Restricted`, `Private`).
    public var scope: [String]
    /// The block's `<urgency>` must be one of these.
    public var urgency: [String]
    /// The block's `<severity>` must be one of these.
    public var severity: [String]
    /// The block's `<certainty>` must be one of these.
    public var certainty: [String]
    /// One of the block's `<category>` values must be one of these.
    public var category: [String]
    /// The block's `<event>` text must contain one of these, ignoring case and diacritics.
    public var eventContains: [String]
    /// The classification of a routed event; with ``path``.
    public var classification: EventClassification?
    /// The alarm path a matching alert enters by; `nil` for a rule that stops alerts.
    public var path: EntityID?
    /// Why the rule decides as it does, in words a duty officer can check against the plan.
    public var reason: String

    /// Every criterion's list, in the file's order; a rule whose lists are all empty matches every alert.
    public var criteria: [[String]] {
        [status, msgType, scope, urgency, severity, certainty, category, eventContains]
    }

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a rule; criteria left empty are not checked.
    public init(
        id: EntityID, status: [String] = [], msgType: [String] = [], scope: [String] = [],
        urgency: [String] = [], severity: [String] = [], certainty: [String] = [], category: [String] = [],
        eventContains: [String] = [], classification: EventClassification? = nil, path: EntityID? = nil,
        reason: String
    ) {
        self.id = id
        self.status = status
        self.msgType = msgType
        self.scope = scope
        self.urgency = urgency
        self.severity = severity
        self.certainty = certainty
        self.category = category
        self.eventContains = eventContains
        self.classification = classification
        self.path = path
        self.reason = reason
    }
}
