import BeredskapModel

/// The days of each holiday calendar a plan can name.
///
/// ```swift
/// HolidayCalendar.swedish.holiday(on: CalendarDay(year: 2017, month: 6, day: 23)!)?.name   // "Midsommarafton"
/// HolidayCalendar.none.days(in: 2017)                                                      // []
/// ```
extension HolidayCalendar {
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
