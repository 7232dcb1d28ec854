/// Which public holidays and eves close an office: the calendar of a jurisdiction.
///
/// A plan's office hours are closed on the holidays of its jurisdiction's calendar; `none` keeps the
/// office open on them (a plan whose country's holidays the library does not know yet, written with
/// its closures as rota exceptions instead).
///
/// ```swift
/// HolidayCalendar.swedish.holiday(on: CalendarDay(year: 2017, month: 6, day: 23)!)?.name   // "Midsommarafton"
/// HolidayCalendar.none.days(in: 2017)                                                      // []
/// ```
public enum HolidayCalendar: String, Hashable, Sendable, CaseIterable, Codable {
    /// Swedish public holidays and eves, from ``SwedishHolidays``.
    case swedish
    /// No holidays: every day is an ordinary day of its weekday.
    case none

    /// Every holiday and eve in `year`, sorted by date.
    public func days(in year: Int) -> [Holiday] {
        switch self {
        case .swedish: SwedishHolidays.days(in: year)
        case .none: []
        }
    }

    /// The holiday on `day`, or `nil` on an ordinary day; a public holiday wins over an eve.
    public func holiday(on day: CalendarDay) -> Holiday? {
        switch self {
        case .swedish: SwedishHolidays.holiday(on: day)
        case .none: nil
        }
    }
}
