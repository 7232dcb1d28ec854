import BeredskapEscalation
import BeredskapModel
import Foundation

/// When an inject reaches the players, as the drill's printed material says it: "Minut 45 · T+0:45 ·
/// kl. 03:15", or what it waits for.
///
/// The inject cards and the evaluators' sheets write an inject's time through one function,
/// `text(_:context:)`.
///
/// ```swift
/// let schedule = InjectSchedule(1, in: scenario)   // .atMinute(45)
/// schedule.minute                                  // 45
/// ```
public enum InjectSchedule: Hashable, Sendable {
    /// At a set minute from the alarm: the inject's own, or the one its start condition gives when
    /// that follows from the clock alone (an inject after another that comes at a minute).
    case atMinute(Double)
    /// When its start condition is met (what players do, a decision, the drill leader): the words
    /// that say what it waits for, in Swedish and in English.
    case waits(swedish: String, english: String)

    /// The schedule of the inject numbered `number` (from 1, as `drill status` numbers them).
    public init(_ number: Int, in scenario: Scenario) {
        let index = number - 1
        if let minute = scenario.clockInjectMinutes[index] {
            self = .atMinute(minute)
        } else {
            self = .waits(
                swedish: DrillLogText.schedule(ofInject: index, in: scenario, language: .sv),
                english: DrillLogText.schedule(ofInject: index, in: scenario, language: .en))
        }
    }

    /// The minute from the alarm the inject comes at, when the schedule fixes one; the material
    /// orders injects by it.
    public var minute: Double? {
        switch self {
        case .atMinute(let minute): minute
        case .waits: nil
        }
    }

    /// The time in words in `language`: the minute, the time since the alarm as `T+H:MM` and the
    /// scenario's clock at that minute, in the event's time zone.
    ///
    /// For the participants (`forParticipants`), an inject that waits says only that the exercise
    /// control gives it: what it waits for (an expected action missed, a decision) is the evaluators'.
    func text(_ language: ReportLanguage, context: EventContext, forParticipants: Bool = false) -> String {
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
        case .waits where forParticipants:
            return Label.injectGivenByControl.text(language)
        case .waits(let swedish, let english):
            return Label.injectWaits.text(language, ["condition": language == .sv ? swedish : english])
        }
    }
}
