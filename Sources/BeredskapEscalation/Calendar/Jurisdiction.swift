/// Where a plan's clocks and calendars are read: the time zone of its wall times, the holidays its
/// offices close on, and the office hours that hold when the plan states none.
///
/// Every time the escalation layer reads or writes — a rota's shifts, an alarm's start, a timeline's
/// clock, the hours of a coverage analysis — is a wall time in the jurisdiction's zone. The default is
/// a Swedish municipality's: Europe/Stockholm, Swedish public holidays and eves, Monday to Friday
/// 08:00–16:30.
///
/// ```swift
/// let helsinki = try Jurisdiction(timeZone: LocalTimeZone(identifier: "Europe/Helsinki"), holidays: .none)
/// let calendar = try PlanCalendar(plan: plan, jurisdiction: helsinki)
/// calendar.officeHours.timeZone.identifier   // "Europe/Helsinki"
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
