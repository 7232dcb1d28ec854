import BeredskapModel
import Foundation

/// The circumstances of one alarm: when it came in, how the event is classified, whether it is office
/// hours, and which administration is affected. A step's `AlarmStep.condition` is checked against it.
///
/// ```swift
/// let context = EventContext(
///     start: try LocalTimeZone.stockholm.resolve(parsing: "2017-10-14T02:30").date, classification: .extraordinary,
///     officeHours: false, administration: "Rinkeby-Kista stadsdelsförvaltning")
/// context.clock(atMinute: 5)   // "02:35"
/// ```
public struct EventContext: Hashable, Sendable {
    /// When the alarm was received: minute 0 of the simulation's clock.
    public var start: Date
    /// Extraordinary or ordinary.
    public var classification: EventClassification
    /// Whether the alarm came in office hours.
    public var officeHours: Bool
    /// The affected administration, as text.
    public var administration: String?

    /// Creates a context.
    public init(
        start: Date, classification: EventClassification, officeHours: Bool, administration: String? = nil
    ) {
        self.start = start
        self.classification = classification
        self.officeHours = officeHours
        self.administration = administration
    }

    /// The context of a scenario's event.
    ///
    /// When the scenario does not say whether it is office hours, `officeHours` decides; by default
    /// ``OfficeHours/swedishMunicipalDefault`` (Monday to Friday 08:00–16:30 in Stockholm, closed on
    /// public holidays and their eves).
    public init(scenario: Scenario, officeHours: ((Date) -> Bool)? = nil) {
        let start = scenario.event.start
        let isOfficeHours = officeHours ?? { OfficeHours.swedishMunicipalDefault.isOfficeHours(at: $0) }
        self.init(
            start: start, classification: scenario.event.classification,
            officeHours: scenario.event.officeHours ?? isOfficeHours(start),
            administration: scenario.event.administration)
    }

    /// Whether `condition` holds in this context, leaving out its decision part (which depends on the run).
    public func satisfies(_ condition: StepCondition?) -> Bool {
        guard let condition else { return true }
        if let classification = condition.classification, classification != self.classification { return false }
        if let officeHours = condition.officeHours, officeHours != self.officeHours { return false }
        return true
    }

    /// The wall-clock time `minute` minutes after the alarm, for display.
    public func date(atMinute minute: Double) -> Date {
        start.addingTimeInterval(minute * 60)
    }

    /// The Stockholm wall-clock time `minute` minutes after the alarm, as "02:35".
    public func clock(atMinute minute: Double) -> String {
        let local = LocalTimeZone.stockholm.localDateTime(at: date(atMinute: minute))
        return CalendarDay.pad(local.hour, 2) + ":" + CalendarDay.pad(local.minute, 2)
    }
}
