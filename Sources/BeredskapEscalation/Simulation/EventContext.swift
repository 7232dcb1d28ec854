import BeredskapModel
import Foundation

/// The circumstances of one alarm: when it came in, how the event is classified, whether it is office
/// hours, and which administration is affected. A step's `AlarmStep.condition` is checked against it.
///
/// ```swift
/// let context = EventContext(
///     start: EventContext.date(fromLocal: "2017-10-14T02:30")!, classification: .extraordinary,
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
    /// When the scenario does not say whether it is office hours, `officeHours` decides (a calendar with
    /// public holidays); without one, office hours are Monday to Friday 08:00–17:00 in Stockholm, which
    /// ignores holidays and their eves.
    public init(scenario: Scenario, officeHours: ((Date) -> Bool)? = nil) {
        let start = scenario.event.start
        self.init(
            start: start, classification: scenario.event.classification,
            officeHours: scenario.event.officeHours ?? officeHours?(start) ?? Self.isWeekdayDaytime(start),
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
        let parts = Self.calendar.dateComponents([.hour, .minute], from: date(atMinute: minute))
        return twoDigits(parts.hour ?? 0) + ":" + twoDigits(parts.minute ?? 0)
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The Gregorian calendar in Europe/Stockholm, which every scenario time is read in.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!
        calendar.locale = Locale(identifier: "sv_SE")
        return calendar
    }()

    /// A Stockholm local time written `2017-10-14T02:30` (a space may replace the `T`, seconds may follow).
    public static func date(fromLocal text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, (2...3).contains(time.count), let year = day[0], let month = day[1],
            let dayOfMonth = day[2],
            let hour = time[0], let minute = time[1], (1...12).contains(month), (1...31).contains(dayOfMonth),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = time.count == 3 ? time[2] : 0
        guard let second, (0...59).contains(second) else { return nil }
        let components = DateComponents(
            year: year, month: month, day: dayOfMonth, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == dayOfMonth
        else { return nil }
        return date
    }

    /// Monday to Friday, 08:00–17:00 in Stockholm.
    static func isWeekdayDaytime(_ date: Date) -> Bool {
        let parts = calendar.dateComponents([.weekday, .hour], from: date)
        guard let weekday = parts.weekday, let hour = parts.hour else { return false }
        return (2...6).contains(weekday) && (8..<17).contains(hour)
    }
}
