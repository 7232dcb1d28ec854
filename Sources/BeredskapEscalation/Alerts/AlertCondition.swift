import BeredskapModel

/// What an alert must be for a routing rule to apply. Every stated part must hold; an empty list
/// states nothing.
///
/// The alert-level parts (status, message type, scope) are checked on the alert. The information parts
/// (urgency, severity, certainty, category, event text) must all hold for one and the same `<info>`
/// block; an alert without blocks matches no condition that states one.
///
/// In a routing file the keys are CAP's element names and the values CAP's spellings:
/// ```json
/// {"severity": ["Extreme", "Severe"], "urgency": ["Immediate", "Expected"], "certainty": ["Observed", "Likely"]}
/// ```
public struct AlertCondition: Hashable, Sendable, Codable {
    /// The alert's status must be one of these.
    public var statuses: [CAPStatus]
    /// The alert's message type must be one of these.
    public var messageTypes: [CAPMessageType]
    /// The alert's scope must be one of these.
    public var scopes: [CAPScope]
    /// The block's urgency must be one of these.
    public var urgencies: [CAPUrgency]
    /// The block's severity must be one of these.
    public var severities: [CAPSeverity]
    /// The block's certainty must be one of these.
    public var certainties: [CAPCertainty]
    /// One of the block's categories must be one of these.
    public var categories: [CAPCategory]
    /// The block's event text must contain one of these, ignoring case and diacritics ("hot" matches
    /// "Bombhot").
    public var eventContains: [String]

    /// Creates a condition; what is left out is not checked.
    public init(
        statuses: [CAPStatus] = [], messageTypes: [CAPMessageType] = [], scopes: [CAPScope] = [],
        urgencies: [CAPUrgency] = [], severities: [CAPSeverity] = [], certainties: [CAPCertainty] = [],
        categories: [CAPCategory] = [], eventContains: [String] = []
    ) {
        self.statuses = statuses
        self.messageTypes = messageTypes
        self.scopes = scopes
        self.urgencies = urgencies
        self.severities = severities
        self.certainties = certainties
        self.categories = categories
        self.eventContains = eventContains
    }

    /// Whether the condition states anything about the `<info>` blocks.
    public var concernsInfo: Bool {
        !urgencies.isEmpty || !severities.isEmpty || !certainties.isEmpty || !categories.isEmpty
            || !eventContains.isEmpty
    }

    /// Whether `alert`'s own elements hold.
    public func matchesAlert(_ alert: CAPAlert) -> Bool {
        (statuses.isEmpty || statuses.contains(alert.status))
            && (messageTypes.isEmpty || messageTypes.contains(alert.messageType))
            && (scopes.isEmpty || scopes.contains(alert.scope))
    }

    /// Whether the information parts hold for `info`.
    public func matchesInfo(_ info: CAPInfo) -> Bool {
        guard urgencies.isEmpty || urgencies.contains(info.urgency),
            severities.isEmpty || severities.contains(info.severity),
            certainties.isEmpty || certainties.contains(info.certainty),
            categories.isEmpty || info.categories.contains(where: categories.contains)
        else { return false }
        guard !eventContains.isEmpty else { return true }
        let event = TextFolding.fold(info.event)
        return eventContains.contains { event.contains(TextFolding.fold($0)) }
    }

    private enum CodingKeys: String, CodingKey {
        case statuses = "status"
        case messageTypes = "msgType"
        case scopes = "scope"
        case urgencies = "urgency"
        case severities = "severity"
        case certainties = "certainty"
        case categories = "category"
        case eventContains = "eventContains"
    }

    /// Reads a condition; a missing key states nothing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statuses = try container.decodeIfPresent([CAPStatus].self, forKey: .statuses) ?? []
        messageTypes = try container.decodeIfPresent([CAPMessageType].self, forKey: .messageTypes) ?? []
        scopes = try container.decodeIfPresent([CAPScope].self, forKey: .scopes) ?? []
        urgencies = try container.decodeIfPresent([CAPUrgency].self, forKey: .urgencies) ?? []
        severities = try container.decodeIfPresent([CAPSeverity].self, forKey: .severities) ?? []
        certainties = try container.decodeIfPresent([CAPCertainty].self, forKey: .certainties) ?? []
        categories = try container.decodeIfPresent([CAPCategory].self, forKey: .categories) ?? []
        eventContains = try container.decodeIfPresent([String].self, forKey: .eventContains) ?? []
    }

    /// Writes the stated parts only, so a routing file stays short.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func write<Value: Encodable>(_ values: [Value], _ key: CodingKeys) throws {
            if !values.isEmpty { try container.encode(values, forKey: key) }
        }
        try write(statuses, .statuses)
        try write(messageTypes, .messageTypes)
        try write(scopes, .scopes)
        try write(urgencies, .urgencies)
        try write(severities, .severities)
        try write(certainties, .certainties)
        try write(categories, .categories)
        try write(eventContains, .eventContains)
    }
}
