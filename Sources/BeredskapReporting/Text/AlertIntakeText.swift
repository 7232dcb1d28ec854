import BeredskapEscalation
import BeredskapModel
import Foundation

/// An incoming alert's intake written out in a report language: which alert it is, where the plan's
/// rules route it and why, and the entry path run as a simulated timeline (``TimelineText``).
///
/// An Exercise or Test alert is a drill, and every line of it is marked as one ("ÖVNING", "DRILL"), with
/// the mark of a tabletop drill's lines. A real alert's timeline says that nothing has been sent. The
/// alert's values and the plan's names and reasons stay as written; control characters in them are
/// written as `VisibleText` escapes.
///
/// ```swift
/// let intake = try workspace.receive(alert: data, source: "storm.cap")
/// print(AlertIntakeText.rendered(intake, .en), terminator: "")
/// // Alert SE-1 from smhi@example.se, real alert (Actual)
/// // Event: Thunderstorm
/// // Alarm path: Alarm via TIB (extraordinary event) — rule 'severe-via-tib': Severe alerts go to TIB.
/// //
/// // Simulated timeline: no alarm has been sent to anyone.
/// // Scenario: cap-SE-1 — …
/// ```
public enum AlertIntakeText {
    /// The whole intake, every line ending in a line break: the header and, when the alert is routed,
    /// the timeline.
    public static func rendered(_ intake: AlertIntake, _ language: ReportLanguage) -> String {
        let decision = intake.decision
        var lines = header(intake, language)
        if let timeline = intake.timeline, intake.path != nil, decision.route != nil {
            lines.append("")
            if !decision.isDrill {
                lines.append(
                    language == .sv
                        ? "Simulerad tidslinje: inget larm har skickats till någon."
                        : "Simulated timeline: no alarm has been sent to anyone.")
            }
            var timelineLines = TimelineText.rendered(timeline, language).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            if timelineLines.last == "" { timelineLines.removeLast() }
            lines += timelineLines
        }
        let mark = decision.isDrill ? DrillLogPhrase.mark.text(language) + "  " : ""
        return lines.map { $0.isEmpty ? $0 : mark + $0 }.joined(separator: "\n") + "\n"
    }

    /// The lines before the timeline, unmarked: the alert, its event, and its alarm path with the
    /// reason, or that it has none and why. A line break in the alert's values is written as an escape,
    /// so each line stays one line.
    ///
    /// ```swift
    /// AlertIntakeText.header(intake, .sv)
    /// // ["Larm SE-1 från smhi@example.se, skarpt larm (Actual)", "Händelse: Åska",
    /// //  "Larmväg: Larm via TIB (extraordinär händelse) — regel 'allvarligt-via-tib': …"]
    /// ```
    public static func header(_ intake: AlertIntake, _ language: ReportLanguage) -> [String] {
        let sv = language == .sv
        let (alert, decision) = (intake.alert, intake.decision)
        let status = alert.status.rawValue
        let kind =
            decision.isDrill
            ? (sv ? "övning (\(status))" : "drill (\(status))")
            : (sv ? "skarpt larm (\(status))" : "real alert (\(status))")
        let event = decision.info?.event ?? alert.infos.first?.event ?? "–"
        var lines = [
            (sv
                ? "Larm \(alert.identifier) från \(alert.sender), "
                : "Alert \(alert.identifier) from \(alert.sender), ")
                + kind,
            (sv ? "Händelse: " : "Event: ") + event,
        ]
        if let route = decision.route, let path = intake.path, intake.timeline != nil {
            lines.append(
                (sv ? "Larmväg: " : "Alarm path: ")
                    + "\(path.name) (\(route.classification.label(language))) — \(reason(decision, language))")
        } else {
            lines.append((sv ? "Ingen larmväg: " : "No alarm path: ") + reason(decision, language))
        }
        return lines.map { VisibleText.escaped($0) }
    }

    /// Why the alert was routed as it was: `regel 'allvarligt-via-tib': …` with the rule's own reason,
    /// or that no rule applies, with the values the rules test.
    ///
    /// ```swift
    /// AlertIntakeText.reason(decision, .en)
    /// // "no rule in the plan applies to Actual Alert (Public); info 1: Minor, Expected, Observed, Fire/Met, 'Fire'"
    /// ```
    public static func reason(_ decision: AlertDecision, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        switch decision.cause {
        case .rule(let id, let reason):
            return (sv ? "regel '\(id)': " : "rule '\(id)': ") + reason
        case .noRuleApplies:
            return (sv ? "ingen regel i planen gäller " : "no rule in the plan applies to ")
                + testedValues(decision.alert, language)
        }
    }

    /// `Actual Alert (Public); info 1: Minor, Expected, Observed, Fire, 'Fire'`: the values the rules
    /// test, in CAP's own spelling.
    static func testedValues(_ alert: CAPAlert, _ language: ReportLanguage) -> String {
        let head = "\(alert.status.rawValue) \(alert.messageType.rawValue) (\(alert.scope.rawValue))"
        guard !alert.infos.isEmpty else { return head + (language == .sv ? " utan <info>" : " without <info>") }
        let infos = alert.infos.enumerated().map { index, info in
            let categories = info.categories.map(\.rawValue).joined(separator: "/")
            return "info \(index + 1): \(info.severity.rawValue), \(info.urgency.rawValue), "
                + "\(info.certainty.rawValue), \(categories), '\(info.event)'"
        }
        return head + "; " + infos.joined(separator: "; ")
    }
}
