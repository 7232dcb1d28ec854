import BeredskapEscalation
import BeredskapModel
import Foundation

/// When an inject reaches the players, as the drill's printed material says it: "Minut 45 · T+0:45 ·
/// kl. 03:15".
///
/// The inject cards and the evaluators' sheets write an inject's time through one function,
/// `text(_:context:)`, so that a new way for an inject to start (after another inject, on a decision,
/// by hand) is added here once: a case, how ``init(_:)`` reads it from the inject, and its words.
///
/// ```swift
/// let schedule = InjectSchedule(inject)   // .atMinute(45)
/// schedule.minute                         // 45
/// ```
public enum InjectSchedule: Hashable, Sendable {
    /// At a set minute from the alarm.
    case atMinute(Double)

    /// The schedule `inject` is given by the scenario.
    public init(_ inject: ScenarioInject) {
        self = .atMinute(inject.at)
    }

    /// The minute from the alarm the inject comes at, when the schedule fixes one; the material
    /// orders injects by it.
    public var minute: Double? {
        switch self {
        case .atMinute(let minute): minute
        }
    }

    /// The time in words in `language`: the minute, the time since the alarm as `T+H:MM` and the
    /// scenario's clock at that minute, in the event's time zone.
    func text(_ language: ReportLanguage, context: EventContext) -> String {
        switch self {
        case .atMinute(let minute):
            let whole = Int(minute.rounded(.down))
            return Label.injectAtMinute.text(
                language,
                [
                    "minute": DrillClock.minutes(minute, language),
                    "offset": "T+\(whole / 60):" + (whole % 60 < 10 ? "0" : "") + String(whole % 60),
                    "clock": context.clock(atMinute: minute),
                ])
        }
    }
}
