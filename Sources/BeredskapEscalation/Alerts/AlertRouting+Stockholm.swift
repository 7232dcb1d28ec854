extension AlertRouting {
    /// The routing for Stockholm stad's plan (Socialförvaltningen, 2017–2018), whose alarm paths are
    /// `via-tib` and `via-socialjouren`.
    ///
    /// In order:
    /// 1. **System** and **Draft** messages are not routed: the first serve the alert network itself,
    ///    the second are not to be acted on.
    /// 2. **Cancel**, **Ack** and **Error** messages are not routed: they are about an earlier message,
    ///    not a new event. Ending a running path is for whoever leads it. (An **Update** is routed like an
    ///    Alert, since it may raise the severity; recognising that it continues a running path is the
    ///    caller's task.)
    /// 3. **Extreme or Severe**, **Immediate or Expected**, **Observed or Likely** → an extraordinary
    ///    event via TIB. An external alarm about a serious threat that is here or within the hour goes to
    ///    the city's official on duty around the clock, who contacts the city director; the director's
    ///    decisions on the path still say whether the crisis organisation is needed.
    /// 4. **Moderate**, **Immediate or Expected**, **Observed or Likely**, category **Safety, Security
    ///    or Health** → an ordinary event via Socialjouren: threats to people's safety or health are
    ///    where the social services may have to act at any hour, and Socialjouren is their emergency
    ///    service.
    /// 5. Anything else (Minor, Past, Possible, Unknown …) is not routed; the decision names the values.
    ///
    /// Status does not decide the route: an Exercise or Test alert takes the same path as an Actual one,
    /// with ``AlertDecision/isDrill`` set.
    public static let stockholm = AlertRouting(rules: [
        AlertRoutingRule(
            id: "system-not-routed", when: AlertCondition(statuses: [.system]), route: nil,
            reason: "a System message serves the alert network itself and is not an event"),
        AlertRoutingRule(
            id: "draft-not-routed", when: AlertCondition(statuses: [.draft]), route: nil,
            reason: "a Draft is not to be acted on"),
        AlertRoutingRule(
            id: "cancel-not-routed", when: AlertCondition(messageTypes: [.cancel]), route: nil,
            reason: "a Cancel withdraws an earlier alert; whoever leads a running alarm path ends it"),
        AlertRoutingRule(
            id: "ack-error-not-routed", when: AlertCondition(messageTypes: [.acknowledgement, .error]), route: nil,
            reason: "an Ack or Error is about another message, not about an event"),
        AlertRoutingRule(
            id: "severe-via-tib",
            when: AlertCondition(
                urgencies: [.immediate, .expected], severities: [.extreme, .severe],
                certainties: [.observed, .likely]),
            route: AlertRoute(classification: .extraordinary, path: "via-tib"),
            reason: "an extreme or severe threat, here or within the hour, observed or likely, may be an "
                + "extraordinary event; TIB, the official on duty around the clock, receives external alarms"),
        AlertRoutingRule(
            id: "moderate-via-socialjouren",
            when: AlertCondition(
                urgencies: [.immediate, .expected], severities: [.moderate], certainties: [.observed, .likely],
                categories: [.safety, .security, .health]),
            route: AlertRoute(classification: .ordinary, path: "via-socialjouren"),
            reason: "a moderate threat to people's safety, security or health may need the social services at "
                + "any hour; Socialjouren, their emergency service, receives it"),
    ])
}
