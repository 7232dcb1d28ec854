import BeredskapModel
import Foundation

/// The scenario of an alarm path that no scenario file was written for: `drill simulate via-tib`,
/// `drill run via-tib`, `drill start via-tib` on any plan.
///
/// The default response model: an extraordinary event at the time given (or now); every role answers
/// a contact after a log-normal time of median 10 and 90th percentile 30 minutes
/// (``ResponseProfile/standard``), always, and a caller waits 30 minutes before turning to the role's
/// first deputy — or the role's own `deputyAfterMinutes` when the plan gives one, the plan's way of
/// overriding the model per role. Deputies are the plan's alone: a role without one is not stood in
/// for. A decision picks each of its options equally often; the event lasts four hours.
///
/// The scenario is written as a scenario file (``text(for:in:at:timeZone:)``), so that a drill played
/// on it keeps its text and is taken up again as any scenario file's drill; a trainer who wants other
/// times starts from that text.
public enum DefaultScenario {
    /// The scenario file text of the default model for `path` of `plan`, the alarm at `start`, written
    /// as a local time in `timeZone`.
    ///
    /// ```swift
    /// let text = DefaultScenario.text(for: path, in: plan, at: start, timeZone: zone)
    /// let scenario = try ScenarioReader.read(text, file: path.id.rawValue, plan: plan)
    /// ```
    public static func text(for path: AlarmPath, in plan: Plan, at start: Date, timeZone: LocalTimeZone) -> String {
        let time = timeZone.localDateTime(at: start)
        let local = "\(time.day)T" + String(format: "%02d:%02d", time.hour, time.minute)
        let overridden = plan.roles.filter { $0.deputyAfterMinutes != nil }.map(\.id.rawValue)
        return """
            # The default response model (DefaultScenario): every role answers after LN(10, 30) minutes,
            # always; a caller waits 30 minutes for an answer before the role's first deputy is tried, or
            # the role's deputyAfterMinutes where the plan gives it\(overridden.isEmpty ? "" : " (" + overridden.joined(separator: ", ") + ")").
            # Deputies are the plan's own. Each option of a decision is taken equally often.
            name: \(quoted(path.id.rawValue))
            title: \(quoted(path.name))
            plan: \(quoted(plan.id.rawValue))
            path: \(quoted(path.id.rawValue))
            event:
              time: "\(local)"
              classification: extraordinary
            duration: \(Int(Scenario.defaultDurationMinutes))

            """
    }

    /// `text` as a YAML double-quoted scalar: a JSON string, which YAML reads as the same text.
    static func quoted(_ text: String) -> String {
        var result = ""
        JSONValue.quote(text, into: &result)
        return result
    }
}
