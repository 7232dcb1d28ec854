import BeredskapEscalation
import BeredskapModel
import Foundation

/// The plan's activity starts and follow-ups as an RFC 5545 calendar that calendar programs import.
///
/// Every activity gives an all-day event on the day it starts and, when its follow-up has a date, one
/// on that day; a follow-up at a frequency ("every tertial") is one event that recurs (`RRULE`) from one
/// period after the start until the end of the plan's period. Ordinary follow-up has no date in the
/// plan and gives no event. A date the plan gives only as a month or a year ("2017-08", "2017") is put on
/// the first day of it, and the event's description says so.
///
/// UIDs are stable — `start-bilda-arbetsgrupp@stockholm-socialforvaltningen-2017-2018` — so importing
/// a newer export updates the events instead of duplicating them. No contact details are exported.
///
/// ```swift
/// let ics = ICalendarExport(plan: plan).text
/// try ics.write(toFile: "plan.ics", atomically: true, encoding: .utf8)
/// ```
public struct ICalendarExport: Sendable {
    /// An event of the calendar.
    public struct Event: Hashable, Sendable {
        /// What the event marks.
        public enum Kind: String, Hashable, Sendable {
            /// The activity starts.
            case start
            /// The activity is followed up.
            case followUp = "followup"
        }

        /// The event's UID, stable for the plan, activity and kind.
        public var uid: String
        /// What the event marks.
        public var kind: Kind
        /// The activity's id.
        public var activity: EntityID
        /// The date as the plan gives it.
        public var date: PartialDate
        /// The frequency the event recurs at, for follow-ups at a frequency.
        public var recurrence: Frequency?
        /// The event's title.
        public var summary: String
        /// The event's description.
        public var description: String

        /// The first day of the event: the date's first day, or one period later for a recurring follow-up.
        public var firstDay: (year: Int, month: Int, day: Int) {
            guard let recurrence else { return date.firstDay }
            return CalendarMath.adding(months: recurrence.months, to: date.firstDay) ?? date.firstDay
        }
    }

    /// The plan exported.
    public var plan: Plan
    /// The language of the events' titles and descriptions.
    public var language: ReportLanguage
    /// The time the export is made, written as every event's `DTSTAMP`.
    public var stamp: Date

    /// An export of `plan`.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - language: The language of titles and descriptions; `nil` for the plan's language.
    ///   - stamp: The time of the export, for `DTSTAMP`; pass a fixed time for reproducible output.
    public init(plan: Plan, language: ReportLanguage? = nil, stamp: Date = Date()) {
        self.plan = plan
        self.language = language ?? ReportLanguage(planLanguage: plan.metadata.language)
        self.stamp = stamp
    }

    /// The events, activity by activity in the plan's order: start, then follow-up. An activity
    /// whose start the plan does not state has no start event, nor a recurring follow-up, which counts
    /// from the start.
    public var events: [Event] {
        plan.allActivities.flatMap { activity -> [Event] in
            var events = activity.starts.map { [event(.start, activity, date: $0, recurrence: nil)] } ?? []
            switch activity.followUp {
            case .on(let date): events.append(event(.followUp, activity, date: date, recurrence: nil))
            case .every(let frequency):
                if let starts = activity.starts {
                    events.append(event(.followUp, activity, date: starts, recurrence: frequency))
                }
            case .ordinary, nil: break
            }
            return events
        }
    }

    /// The calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beredskap//Reports//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(plan.metadata.title),
        ]
        let stampText = Self.utcStamp(stamp)
        let until = plan.metadata.period.flatMap { $0.end ?? $0.start }.map { Self.dateValue($0.lastDay) }
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + ICalendarText.escape(event.uid), "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + Self.dateValue(event.firstDay),
            ]
            if let frequency = event.recurrence {
                let rule = frequency == .yearly ? "FREQ=YEARLY" : "FREQ=MONTHLY;INTERVAL=\(frequency.months)"
                lines.append("RRULE:" + rule + (until.map { ";UNTIL=" + $0 } ?? ""))
            }
            lines += [
                "SUMMARY:" + ICalendarText.escape(event.summary),
                "DESCRIPTION:" + ICalendarText.escape(event.description), "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    private func event(_ kind: Event.Kind, _ activity: Activity, date: PartialDate, recurrence: Frequency?) -> Event {
        let summary = (kind == .start ? Label.startsEvent : Label.followUpEvent).text(
            language, ["title": activity.title])
        var lines = [activity.title]
        if let description = activity.description { lines.append(description) }
        lines.append(
            Label.responsible.text(language) + ": " + activity.responsible.map(plan.actorName).joined(separator: ", "))
        if !activity.otherActors.isEmpty {
            lines.append(
                Label.otherActors.text(language) + ": "
                    + activity.otherActors.map(plan.actorName).joined(separator: ", "))
        }
        lines.append(
            Label.starts.text(language) + ": "
                + (activity.starts.map { DateText.long($0, language) } ?? Label.notStated.text(language)))
        if let frequency = recurrence {
            lines.append(Label.followUp.text(language) + ": " + frequency.label(language))
        }
        switch date.precision {
        case .month: lines.append(Label.precisionMonth.text(language, ["date": DateText.long(date, language)]))
        case .year: lines.append(Label.precisionYear.text(language, ["date": DateText.long(date, language)]))
        case .day: break
        }
        lines.append(Label.plan.text(language) + ": " + plan.metadata.title)
        return Event(
            uid: "\(kind.rawValue)-\(activity.id.rawValue)@\(plan.metadata.id.rawValue)", kind: kind,
            activity: activity.id, date: date, recurrence: recurrence, summary: summary,
            description: lines.joined(separator: "\n"))
    }

    private static func dateValue(_ day: (year: Int, month: Int, day: Int)) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    /// `20180430T000000Z`: an instant as a `DTSTAMP`.
    static func utcStamp(_ date: Date) -> String { LocalTimeZone.utc.localDateTime(at: date).basicFormat + "Z" }
}
