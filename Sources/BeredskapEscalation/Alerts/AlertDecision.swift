import BeredskapModel
import Foundation

/// What the plan does with an incoming alert: the alarm path it enters by, or why it enters none; and
/// whether it runs for real or as a drill.
///
/// ```swift
/// let decision = try AlertRouting(plan: plan).decide(alert)
/// switch decision.outcome {
/// case .routed(let route): print("\(route.path) (\(route.classification.swedishLabel))")
/// case .unrouted(let reason): print("not routed: \(reason)")
/// }
/// ```
///
/// The decision holds its reason as data (``Reason``); BeredskapReporting's `AlertIntakeText` writes
/// it in the plan's language.
public struct AlertDecision: Hashable, Sendable {
    /// What became of the alert.
    public enum Outcome: Hashable, Sendable {
        /// The alert enters the plan by this route.
        case routed(AlertRoute)
        /// The alert enters no alarm path, for this reason.
        case unrouted(reason: Reason)
    }

    /// Why an alert was routed as it was.
    public enum Reason: Hashable, Sendable {
        /// The rule with this id matched first; `reason` is the rule's own reason, in the plan's words.
        /// The `<info>` block it matched, if it looked at one, is the decision's ``AlertDecision/info``.
        case rule(id: String, reason: String)
        /// No rule of the plan applies to the alert. The values the rules test are the alert's own
        /// (``AlertDecision/alert``): its status, message type and scope, and each block's severity,
        /// urgency, certainty, categories and event.
        case noRuleApplies
    }

    /// The alert decided on.
    public var alert: CAPAlert
    /// Where it enters the plan; `nil` when it is not routed.
    public var route: AlertRoute?
    /// Whether the path runs as a drill: the alert's status is Exercise or Test. An Actual alert never
    /// runs as a drill.
    public var isDrill: Bool
    /// Why: the deciding rule and its reason, or that no rule applied.
    public var cause: Reason
    /// The id of the rule that decided, or `nil` when none matched.
    public var ruleID: String? {
        guard case .rule(let id, _) = cause else { return nil }
        return id
    }
    /// The `<info>` block the rule matched, when it looked at one.
    public var info: CAPInfo?
    /// When the alarm enters the plan: the alert's `sent`, or the matched block's `effective` when that
    /// is later, since the alert is not in force before it. `onset` is when the hazard begins, which may
    /// be long before (an earthquake) or after (a storm) the alarm, so it does not move the start.
    public var eventStart: Date

    /// Creates a decision.
    public init(
        alert: CAPAlert, route: AlertRoute?, isDrill: Bool, cause: Reason, info: CAPInfo? = nil, eventStart: Date
    ) {
        self.alert = alert
        self.route = route
        self.isDrill = isDrill
        self.cause = cause
        self.info = info
        self.eventStart = eventStart
    }

    /// The event's classification when the alert is routed.
    public var classification: EventClassification? { route?.classification }

    /// Routed and where, or unrouted and why.
    public var outcome: Outcome {
        route.map { .routed($0) } ?? .unrouted(reason: cause)
    }
}
