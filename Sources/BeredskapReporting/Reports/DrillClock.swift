import BeredskapEscalation
import BeredskapModel
import Foundation

/// The times of a drill report: every instant written as local time in the plan's time zone with its
/// offset from UTC (`2018-03-14T09:02:05+01:00` in Stockholm), so JSON keeps the exact instant and a
/// reader sees the time the people in the room saw on the wall.
enum DrillClock {
    /// `date` as a local time stamp in `zone` with its offset: `2018-03-14T09:02:05+01:00`.
    static func stamp(_ date: Date, in zone: LocalTimeZone) -> String {
        let local = zone.localDateTime(at: date)
        let offset = zone.offset(at: date) / 60
        let sign = offset < 0 ? "-" : "+"
        return "\(local.day)T\(pad(local.hour)):\(pad(local.minute)):\(pad(local.second))"
            + "\(sign)\(pad(abs(offset) / 60)):\(pad(abs(offset) % 60))"
    }

    /// The calendar day in `zone` at `date`, as a day date.
    static func day(_ date: Date, in zone: LocalTimeZone) -> PartialDate {
        let day = zone.day(at: date)
        // A calendar day from the zone always exists, so the partial date is valid.
        return try! PartialDate(year: day.year, month: day.month, day: day.day)
    }

    /// The day `days` days after the first day of `date`.
    static func adding(days: Int, to date: PartialDate) -> PartialDate {
        let first = date.firstDay
        // The first day of a valid partial date is a valid calendar day.
        let day = CalendarDay(year: first.year, month: first.month, day: first.day)!.adding(days: days)
        return try! PartialDate(year: day.year, month: day.month, day: day.day)
    }

    /// The clock time of a stamp: `09:02`.
    static func clock(_ stamp: String) -> String {
        String(stamp.dropFirst(11).prefix(5))
    }

    /// The day of a stamp, as written in plan files: `2018-03-14`.
    static func day(_ stamp: String) -> String {
        String(stamp.prefix(10))
    }

    /// A stamp as a spreadsheet sorts it: `2018-03-14 09:02`.
    static func dayAndClock(_ stamp: String) -> String {
        day(stamp) + " " + clock(stamp)
    }

    /// A number of minutes as a reader writes it: `65`, or `7,5` in Swedish and `7.5` in English.
    static func minutes(_ value: Double, _ language: ReportLanguage) -> String {
        NumberText.compact(value, language)
    }

    private static func pad(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
