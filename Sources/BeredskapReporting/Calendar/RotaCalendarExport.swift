import BeredskapEscalation
import BeredskapModel
import Foundation

/// A rota of the plan as an RFC 5545 calendar, for the people on duty to subscribe to: one recurring
/// event for the shifts, and one event for each exception (a known gap, or extra cover).
///
/// The shifts are the rota's own rule, not a list of dates: the event starts at the first shift in
/// Europe/Stockholm time (with the zone's `VTIMEZONE`), lasts the shift length and repeats by the rota's
/// `RRULE`, so a calendar program shows every future shift. A length in days is nominal in iCalendar
/// as in the rota (a week shift hands over at the same wall time across the change to summer time); a
/// length in hours is exact in iCalendar, so on the two nights a year the clocks change, a calendar
/// program ends such a shift an hour from where the rota does.
///
/// UIDs are stable — `rota-tib-schema@stockholm-socialforvaltningen-2017-2018`, and
/// `rota-tib-schema-exception-1@…` for the exceptions — so a newer export updates the events. The rota
/// names no people, and neither does the calendar.
///
/// ```swift
/// let export = try RotaCalendarExport(plan: plan, rota: "tib-schema")
/// try export.text.write(toFile: "tib.ics", atomically: true, encoding: .utf8)
/// ```
public struct RotaCalendarExport: Sendable {
    /// The plan the rota belongs to.
    public var plan: Plan
    /// The rota as the plan writes it.
    public var entry: DutyRota
    /// The rota read from the plan's text.
    public var rota: Rota
    /// The language of the events' titles and descriptions.
    public var language: ReportLanguage
    /// The time the export is made, written as every event's `DTSTAMP`.
    public var stamp: Date

    /// An export of the rota `id` of `plan`.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - id: The rota's id.
    ///   - language: The language of titles and descriptions; `nil` for the plan's language.
    ///   - stamp: The time of the export, for `DTSTAMP`; pass a fixed time for reproducible output.
    /// - Throws: `PlanDataError` (BeredskapEscalation) when the plan has no such rota, or its calendar
    ///   cannot be read.
    public init(
        plan: Plan, rota id: EntityID, language: ReportLanguage? = nil, stamp: Date = Date()
    )
        throws(PlanDataError)
    {
        guard let index = plan.rotas.firstIndex(where: { $0.id == id }) else {
            let known = plan.rotas.map(\.id.rawValue)
            throw PlanDataError(issues: [
                PlanIssue(
                    .error, .unknownReference, at: PlanPath(["rotas"]),
                    "no rota '\(id)'" + Suggestion.didYouMean(id.rawValue, in: known)
                        + (known.isEmpty ? "; the plan has no rotas" : ""))
            ])
        }
        let calendar = try PlanCalendar(plan: plan)
        guard let rota = calendar.rotas[id] else {
            throw PlanDataError(issues: [
                PlanIssue(.error, .invalidValue, at: PlanPath(["rotas", .index(index)]), "the rota cannot be read")
            ])
        }
        self.plan = plan
        self.entry = plan.rotas[index]
        self.rota = rota
        self.language = language ?? ReportLanguage(planLanguage: plan.metadata.language)
        self.stamp = stamp
    }

    /// The calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets.
    public var text: String {
        let uid = "rota-\(entry.id.rawValue)"
        let planID = plan.metadata.id.rawValue
        let stampText = ICalendarExport.utcStamp(stamp)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beredskap//Rota//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(entry.name),
            "X-WR-TIMEZONE:\(Self.zone)",
        ]
        lines += Self.stockholmZone
        var description = [entry.description, roles].compactMap { $0 }
        description.append(Label.plan.text(language) + ": " + plan.metadata.title)
        lines += [
            "BEGIN:VEVENT", "UID:\(uid)@\(planID)", "DTSTAMP:" + stampText,
            "DTSTART;TZID=\(Self.zone):" + rota.firstShift.basicFormat, "DURATION:" + duration,
            "RRULE:" + rota.recurrence.untilInUTC(in: .stockholm).description,
            "SUMMARY:" + ICalendarText.escape(Label.rotaShift.text(language, ["rota": entry.name])),
            "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")), "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
        for (number, override) in rota.overrides.enumerated() {
            let covered = override.coverage != .uncovered
            let summary = (covered ? Label.rotaExtraCover : Label.rotaGap).text(language, ["rota": entry.name])
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)-exception-\(number + 1)@\(planID)", "DTSTAMP:" + stampText,
                "DTSTART;TZID=\(Self.zone):" + Self.basic(override.interval.start),
                "DTEND;TZID=\(Self.zone):" + Self.basic(override.interval.end),
                "SUMMARY:" + ICalendarText.escape(summary),
            ]
            if let note = override.note { lines.append("DESCRIPTION:" + ICalendarText.escape(note)) }
            lines += ["TRANSP:" + (covered ? "OPAQUE" : "TRANSPARENT"), "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// "Roller: Tjänsteman i beredskap (TIB)", or `nil` when no role names the rota.
    private var roles: String? {
        let names = plan.roles.filter { $0.rota == entry.id }.map(\.title)
        return names.isEmpty ? nil : Label.rotaRoles.text(language) + ": " + names.joined(separator: ", ")
    }

    /// The shift length as an RFC 5545 duration: `P7D`, `PT12H`, `P1DT12H30M`.
    var duration: String {
        let length = rota.shiftLength
        var text = "P" + (length.days > 0 ? "\(length.days)D" : "")
        if length.hours > 0 || length.minutes > 0 {
            text +=
                "T" + (length.hours > 0 ? "\(length.hours)H" : "") + (length.minutes > 0 ? "\(length.minutes)M" : "")
        }
        return text == "P" ? "PT0M" : text
    }

    static let zone = "Europe/Stockholm"

    /// Europe/Stockholm since the EU's common rules of 1996: summer time from 02:00 on the last Sunday in
    /// March, back at 03:00 on the last Sunday in October.
    static let stockholmZone = [
        "BEGIN:VTIMEZONE", "TZID:\(zone)", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19960331T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]

    /// An instant as Stockholm wall time in RFC 5545's basic form.
    static func basic(_ date: Date) -> String { LocalTimeZone.stockholm.localDateTime(at: date).basicFormat }
}
