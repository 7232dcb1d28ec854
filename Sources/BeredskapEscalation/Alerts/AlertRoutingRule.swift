/// One rule of an ``AlertRouting``: when an alert fits ``condition``, it goes to ``route``, or, with no
/// route, deliberately nowhere.
///
/// In a routing file:
/// ```json
/// {"id": "cancel-not-routed", "when": {"msgType": ["Cancel"]},
///  "reason": "a cancellation ends an alert; it does not start an alarm path"}
/// ```
public struct AlertRoutingRule: Hashable, Sendable, Codable, Identifiable {
    /// A short name for the rule, shown in every decision it makes.
    public var id: String
    /// What the alert must be.
    public var condition: AlertCondition
    /// Where a matching alert goes; `nil` for a rule that stops an alert from being routed.
    public var route: AlertRoute?
    /// Why the rule decides as it does, in words a duty officer can check against the plan.
    public var reason: String

    /// Creates a rule.
    public init(id: String, when condition: AlertCondition, route: AlertRoute?, reason: String) {
        self.id = id
        self.condition = condition
        self.route = route
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case condition = "when"
        case route, reason
    }

    /// Reads a rule; a missing `when` matches every alert.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        condition = try container.decodeIfPresent(AlertCondition.self, forKey: .condition) ?? AlertCondition()
        route = try container.decodeIfPresent(AlertRoute.self, forKey: .route)
        reason = try container.decode(String.self, forKey: .reason)
    }

    /// Writes the rule; a rule without a route has no `route` key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(condition, forKey: .condition)
        try container.encodeIfPresent(route, forKey: .route)
        try container.encode(reason, forKey: .reason)
    }

    /// The first `<info>` block of `alert` that the rule matches, or `nil` for a rule that matches the
    /// alert without looking at its blocks; `.none` when the rule does not match at all.
    func match(_ alert: CAPAlert) -> CAPInfo?? {
        guard condition.matchesAlert(alert) else { return .none }
        guard condition.concernsInfo else { return .some(nil) }
        guard let info = alert.infos.first(where: condition.matchesInfo) else { return .none }
        return .some(info)
    }
}
