import BeredskapEscalation
import Foundation

/// A time zone as an RFC 5545 `VTIMEZONE`: one `STANDARD` or `DAYLIGHT` component for the offset in
/// force when the calendar's first year begins, then one for every change of the clocks up to the end
/// of its last year, each read from the system's time-zone database.
///
/// Listing the changes one by one, rather than as a yearly rule, writes any zone the way the database
/// knows it — Helsinki's summer time, a zone that has none, a country that stopped changing its
/// clocks — with nothing assumed about the rules.
///
/// ```swift
/// let zone = try LocalTimeZone(identifier: "Europe/Helsinki")
/// ICalendarTimeZone(zone: zone, years: 2017...2017).lines
/// // BEGIN:VTIMEZONE, TZID:Europe/Helsinki, BEGIN:STANDARD, … TZOFFSETTO:+0200 …,
/// // BEGIN:DAYLIGHT, DTSTART:20170326T030000, TZOFFSETFROM:+0200, TZOFFSETTO:+0300, …
/// ```
struct ICalendarTimeZone: Sendable {
    /// The zone.
    var zone: LocalTimeZone
    /// The years whose wall times the calendar writes.
    var years: ClosedRange<Int>

    /// The `VTIMEZONE` block, one content line per element, unfolded.
    var lines: [String] {
        guard let first = instant(startOf: years.lowerBound), let end = instant(startOf: years.upperBound + 1) else {
            return []
        }
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        lines += component(at: first, from: zone.offset(at: first))
        var cursor = first
        while let change = zone.timeZone.nextDaylightSavingTimeTransition(after: cursor), change < end {
            lines += component(at: change, from: zone.offset(at: change.addingTimeInterval(-1)))
            cursor = change
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// The component for the offset that holds from `date`, the clocks having shown `offset` before:
    /// its onset is written in that earlier offset, as RFC 5545 asks.
    private func component(at date: Date, from offset: Int) -> [String] {
        let kind = zone.timeZone.isDaylightSavingTime(for: date) ? "DAYLIGHT" : "STANDARD"
        let onset = LocalTimeZone.utc.localDateTime(at: date.addingTimeInterval(TimeInterval(offset)))
        return [
            "BEGIN:\(kind)", "DTSTART:" + onset.basicFormat, "TZOFFSETFROM:" + Self.offset(offset),
            "TZOFFSETTO:" + Self.offset(zone.offset(at: date)), "TZNAME:" + zone.abbreviation(at: date), "END:\(kind)",
        ]
    }

    /// Midnight starting 1 January of `year` in the zone (or the first moment after it, should the
    /// clocks skip it).
    private func instant(startOf year: Int) -> Date? {
        LocalDateTime(year: year, month: 1, day: 1).flatMap { try? zone.resolve($0, gap: .moveForward).date }
    }

    /// An offset from UTC in seconds as RFC 5545 writes it: `+0200`, `-0330`, `+053030`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + String(format: "%02d%02d", magnitude / 3600, magnitude % 3600 / 60)
        if magnitude % 60 != 0 { text += String(format: "%02d", magnitude % 60) }
        return text
    }
}
