import BeredskapModel

extension AlertRouting {
    /// The routing a plan declares in its `alertRules`, in order.
    ///
    /// ```swift
    /// let routing = try AlertRouting(plan: plan)
    /// routing.decide(alert).route      // extraordinary via via-tib
    /// ```
    ///
    /// - Throws: ``PlanDataError`` with every value that is not CAP 1.2's spelling (`severe` for
    ///   `Severe`), each at its path in the plan. A plan with no rules gives a routing that routes
    ///   nothing.
    public init(plan: Plan) throws(PlanDataError) {
        let (routing, issues) = Self.read(plan)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty else { throw PlanDataError(issues: errors) }
        self = routing
    }

    /// The routing with every value that could be read, and the problems with the rest.
    static func read(_ plan: Plan) -> (AlertRouting, [PlanIssue]) {
        var issues: [PlanIssue] = []
        var rules: [AlertRoutingRule] = []
        for (index, rule) in plan.alertRules.enumerated() {
            let path = PlanPath(["alertRules", .index(index)])
            func values<Value: CAPVocabulary>(_ key: String, _ texts: [String], as type: Value.Type) -> [Value] {
                texts.enumerated().compactMap { position, text in
                    if let value = Value(rawValue: text) { return value }
                    issues.append(
                        PlanIssue(
                            .error, .invalidValue, at: path.appending(key).appending(position),
                            Value.refusal(of: text)))
                    return nil
                }
            }
            let condition = AlertCondition(
                statuses: values("status", rule.status, as: CAPStatus.self),
                messageTypes: values("msgType", rule.msgType, as: CAPMessageType.self),
                scopes: values("scope", rule.scope, as: CAPScope.self),
                urgencies: values("urgency", rule.urgency, as: CAPUrgency.self),
                severities: values("severity", rule.severity, as: CAPSeverity.self),
                certainties: values("certainty", rule.certainty, as: CAPCertainty.self),
                categories: values("category", rule.category, as: CAPCategory.self),
                eventContains: rule.eventContains)
            var route: AlertRoute?
            if let target = rule.path, let classification = rule.classification {
                route = AlertRoute(classification: classification, path: target)
            }
            rules.append(AlertRoutingRule(id: rule.id.rawValue, when: condition, route: route, reason: rule.reason))
        }
        return (AlertRouting(rules: rules), issues)
    }
}
