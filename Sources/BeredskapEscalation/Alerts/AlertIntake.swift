import BeredskapModel

/// What became of an incoming alert: where the plan's rules route it and, when they route it to an
/// entry path, that path run as a simulated timeline. Nothing is sent to anyone.
///
/// The intake is data; BeredskapReporting's `AlertIntakeText` writes it in the plan's language.
///
/// ```swift
/// let intake = try workspace.receive(alert: data, source: "alert.cap")
/// intake.decision.route   // extraordinary via via-tib
/// intake.timeline?.reached.map(\.title)
/// ```
public struct AlertIntake: Sendable {
    /// The alert as read.
    public var alert: CAPAlert
    /// The routing decision: the rule that matched, the entry path, whether it is a drill, and why.
    public var decision: AlertDecision
    /// The entry path the alert is routed to, nil when no rule routes it.
    public var path: AlarmPath?
    /// The entry path run from the alert's event start, nil when no rule routes it.
    public var timeline: Timeline?
    /// Something the receiver should know about how the alert was routed, such as rules taken from the
    /// built-in plan for a store made before alert rules were plan data.
    public var notice: String?

    /// Creates an intake.
    ///
    /// - Parameters:
    ///   - alert: The alert as read.
    ///   - decision: Where the plan's rules route it, and why.
    ///   - path: The entry path it is routed to, if it is.
    ///   - timeline: That path run as a simulated timeline.
    ///   - notice: Something the receiver should know about the routing.
    public init(
        alert: CAPAlert, decision: AlertDecision, path: AlarmPath? = nil, timeline: Timeline? = nil,
        notice: String? = nil
    ) {
        self.alert = alert
        self.decision = decision
        self.path = path
        self.timeline = timeline
        self.notice = notice
    }
}
