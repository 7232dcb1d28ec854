import BeredskapModel
import Foundation

/// Rules that send an incoming CAP alert into one of the plan's alarm paths, as data: a plan carries
/// them in its `alertRules` (``init(plan:)``), a configuration file as JSON (the type is `Codable`), and
/// a city changes them without code.
///
/// The rules are tried in order and the first that matches decides, so put the rules that stop an
/// alert (a cancellation, a draft) before those that route one. An alert that no rule matches is not
/// routed, and the decision says what the alert was, so the rules can be completed.
///
/// ```swift
/// let routing = try AlertRouting(plan: plan)
/// let decision = routing.decide(alert)
/// decision.route      // extraordinary via via-tib
/// decision.isDrill    // false for an Actual alert
///
/// let own = try JSONDecoder().decode(AlertRouting.self, from: routingFile)
/// ```
public struct AlertRouting: Hashable, Sendable, Codable {
    /// The rules, in the order they are tried.
    public var rules: [AlertRoutingRule]

    /// Creates a routing from rules in the order they are tried.
    public init(rules: [AlertRoutingRule]) { self.rules = rules }

    /// Decides what the plan does with `alert`: the first rule that matches, with its own reason, or
    /// that no rule applies (``AlertDecision/Reason``).
    public func decide(_ alert: CAPAlert) -> AlertDecision {
        // Only the status decides drill or real: an Actual alert must never be played as an exercise.
        let isDrill = alert.status == .exercise || alert.status == .test
        for rule in rules {
            guard let matched = rule.match(alert) else { continue }
            return AlertDecision(
                alert: alert, route: rule.route, isDrill: isDrill, cause: .rule(id: rule.id, reason: rule.reason),
                info: matched, eventStart: Self.eventStart(of: alert, info: matched))
        }
        return AlertDecision(
            alert: alert, route: nil, isDrill: isDrill, cause: .noRuleApplies,
            eventStart: Self.eventStart(of: alert, info: alert.infos.first))
    }

    /// The ids of the routes' alarm paths that `plan` does not have, in rule order; empty when every
    /// route leads somewhere.
    public func missingPaths(in plan: Plan) -> [EntityID] {
        let known = Set(plan.alarmPaths.map(\.id))
        var missing: [EntityID] = []
        for path in rules.compactMap(\.route?.path) where !known.contains(path) && !missing.contains(path) {
            missing.append(path)
        }
        return missing
    }

    private static func eventStart(of alert: CAPAlert, info: CAPInfo?) -> Date {
        guard let effective = info?.effective?.date else { return alert.sent.date }
        return max(alert.sent.date, effective)
    }
}
