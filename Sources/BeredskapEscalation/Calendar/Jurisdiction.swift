import BeredskapModel

/// Where a plan's clocks and calendars are read: the time zone of its wall times, the holidays its
/// offices close on, and the office hours that hold when the plan states none.
///
/// Every time the escalation layer reads or writes — a rota's shifts, an alarm's start, a timeline's
/// clock, the hours of a reachability analysis — is a wall time in the jurisdiction's zone. The default is
/// a Swedish municipality's: Europe/Stockholm, Swedish public holidays and eves, Monday to Friday
/// 08:00–16:30.
///
/// A plan states its own jurisdiction (`plan.timeZone`, `plan.holidays`); ``init(plan:otherwise:)``
/// reads it, and ``PlanCalendar`` does so unless told otherwise.
///
/// ```swift
/// // plan.timeZone: Europe/Helsinki, plan.holidays: none
/// let helsinki = try Jurisdiction(plan: plan)
/// helsinki.timeZone.identifier                      // "Europe/Helsinki"
/// try PlanCalendar(plan: plan).jurisdiction == helsinki   // true
/// ```
public struct Jurisdiction: Hashable, Sendable {
    /// The time zone of every wall time.
    public var timeZone: LocalTimeZone
    /// The holidays and eves offices close on.
    public var holidays: HolidayCalendar
    /// The office hours of a plan that states none, read in ``timeZone`` and closed on ``holidays``.
    public var defaultOfficeHours: OfficeHours

    /// Creates a jurisdiction; its default office hours are Monday to Friday 08:00–16:30 unless
    /// `weeklyOfficeHours` says otherwise.
    ///
    /// - Parameters:
    ///   - timeZone: The time zone of every wall time.
    ///   - holidays: The holidays offices close on.
    ///   - weeklyOfficeHours: The default opening hours per weekday; a missing day is closed.
    public init(
        timeZone: LocalTimeZone, holidays: HolidayCalendar,
        weeklyOfficeHours: [Weekday: [OfficeHours.Interval]] = Self.weekdaysEightToHalfPastFour
    ) {
        self.timeZone = timeZone
        self.holidays = holidays
        defaultOfficeHours = OfficeHours(weekly: weeklyOfficeHours, timeZone: timeZone, holidays: holidays)
    }

    /// The jurisdiction `plan` states: its time zone and holiday calendar, and `fallback`'s for what
    /// it leaves out. The default office hours are `fallback`'s opening hours, read in the plan's
    /// time zone and closed on its holidays.
    ///
    /// - Parameters:
    ///   - plan: The plan whose `timeZone` and `holidays` are read.
    ///   - fallback: The jurisdiction of what the plan does not state; ``default`` unless given.
    /// - Throws: ``PlanDataError`` at `plan.timeZone` when the system's time-zone database does not
    ///   know the plan's time zone.
    public init(plan: Plan, otherwise fallback: Jurisdiction = .default) throws(PlanDataError) {
        var timeZone = fallback.timeZone
        if let identifier = plan.metadata.timeZone {
            if let problem = TimeZoneName.problem(with: identifier) {
                throw PlanDataError(issues: [PlanIssue(.error, .unknownValue, at: ["plan", "timeZone"], problem)])
            }
            timeZone = (try? LocalTimeZone(identifier: identifier)) ?? fallback.timeZone
        }
        self.init(
            timeZone: timeZone, holidays: plan.metadata.holidays ?? fallback.holidays,
            weeklyOfficeHours: fallback.defaultOfficeHours.weekly)
    }

    /// A Swedish municipality's: Europe/Stockholm, Swedish public holidays and eves, offices open
    /// Monday to Friday 08:00–16:30.
    public static let sweden = Jurisdiction(timeZone: .stockholm, holidays: .swedish)

    /// The jurisdiction of a plan that states none: ``sweden``.
    public static let `default` = sweden

    /// Monday to Friday 08:00–16:30, a common default for a Swedish municipal administration.
    public static let weekdaysEightToHalfPastFour: [Weekday: [OfficeHours.Interval]] = {
        let day = OfficeHours.Interval(opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 16, minute: 30)!)!
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        return Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [day]) })
    }()
}
