import BeredskapModel
import Foundation

/// The circumstances of one alarm: when it came in, how the event is classified, whether it is office
/// hours, and which administration is affected. A step's `AlarmStep.condition` is checked against it.
///
/// ```swift
/// let zone = Jurisdiction.default.timeZone
/// let context = EventContext(
///     start: try zone.resolve(parsing: "2017-10-14T02:30").date, classification: .extraordinary,
///     officeHours: false, administration: "Rinkeby-Kista stadsdelsförvaltning", timeZone: zone)
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
    /// The time zone the event's wall times are read in: the plan's jurisdiction's.
    public var timeZone: LocalTimeZone

    /// Creates a context.
    public init(
        start: Date, classification: EventClassification, officeHours: Bool, administration: String? = nil,
        timeZone: LocalTimeZone = Jurisdiction.default.timeZone
    ) {
        self.start = start
        self.classification = classification
        self.officeHours = officeHours
        self.administration = administration
        self.timeZone = timeZone
    }

    /// The context of a scenario's event in a plan's calendar: office hours, when the scenario does
    /// not say, and wall times from the calendar's jurisdiction.
    public init(scenario: Scenario, calendar: PlanCalendar) {
        self.init(
            scenario: scenario, officeHours: { calendar.isOfficeHours(at: $0) },
            timeZone: calendar.jurisdiction.timeZone)
    }

    /// The context of a scenario's event.
    ///
    /// When the scenario does not say whether it is office hours, `officeHours` decides; by default
    /// the default office hours of ``Jurisdiction/default`` (Monday to Friday 08:00–16:30, closed on
    /// public holidays and their eves).
    ///
    /// - Parameters:
    ///   - scenario: The scenario whose event it is.
    ///   - officeHours: Whether an instant is in office hours.
    ///   - timeZone: The time zone of the event's wall times.
    public init(
        scenario: Scenario, officeHours: ((Date) -> Bool)? = nil,
        timeZone: LocalTimeZone = Jurisdiction.default.timeZone
    ) {
        let start = scenario.event.start
        let isOfficeHours = officeHours ?? { Jurisdiction.default.defaultOfficeHours.isOfficeHours(at: $0) }
        self.init(
            start: start, classification: scenario.event.classification,
            officeHours: scenario.event.officeHours ?? isOfficeHours(start),
            administration: scenario.event.administration, timeZone: timeZone)
    }

    /// Whether `condition` can hold in this context whatever the decisions choose: false when the
    /// event's classification or the time of day rules out its own parts, or every one of its
    /// alternatives. Decisions depend on the run; ``circumstance(decision:)`` reads them too.
    public func satisfies(_ condition: StepCondition?) -> Bool {
        condition?.holds(in: circumstance()) != false
    }

    /// The event as a condition reads it (`StepCondition.holds(in:)`), with how each decision
    /// stands; by default none has been settled.
    public func circumstance(
        decision: @escaping (EntityID) -> StepCondition.DecisionState = { _ in .unsettled }
    ) -> StepCondition.Circumstance {
        StepCondition.Circumstance(classification: classification, officeHours: officeHours, decision: decision)
    }

    /// The wall-clock time `minute` minutes after the alarm, for display.
    public func date(atMinute minute: Double) -> Date {
        start.addingTimeInterval(minute * 60)
    }

    /// The local time `minute` minutes after the alarm, in ``timeZone``.
    public func localTime(atMinute minute: Double) -> LocalDateTime {
        timeZone.localDateTime(at: date(atMinute: minute))
    }

    /// The wall-clock time `minute` minutes after the alarm, in ``timeZone``, as "02:35".
    public func clock(atMinute minute: Double) -> String {
        let local = localTime(atMinute: minute)
        return CalendarDay.pad(local.hour, 2) + ":" + CalendarDay.pad(local.minute, 2)
    }
}
