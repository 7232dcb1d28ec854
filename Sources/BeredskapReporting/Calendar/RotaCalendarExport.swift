import BeredskapEscalation
import BeredskapModel
import Foundation

/// A rota of the plan as an RFC 5545 calendar, for the people on duty to subscribe to: one recurring
/// event for the shifts, and one event for each exception (a known gap, or extra cover).
///
/// The shifts are the rota's own rule, not a list of dates: the event starts at the first shift in
/// the plan's time zone (with the zone's `VTIMEZONE`, see ``timeZoneYears``), lasts the shift length
/// and repeats by the rota's `RRULE`, so a calendar program shows every future shift. A length in
/// days is nominal in iCalendar as in the rota (a week shift hands over at the same wall time across
/// the change to summer time); a length in hours is exact in iCalendar, so on the two nights a year
/// the clocks change, a calendar program ends such a shift an hour from where the rota does.
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
            "X-WR-TIMEZONE:\(zone)",
        ]
        lines += ICalendarTimeZone(zone: rota.timeZone, years: timeZoneYears).lines
        var description = [entry.description, roles].compactMap { $0 }
        description.append(Label.plan.text(language) + ": " + plan.metadata.title)
        lines += [
            "BEGIN:VEVENT", "UID:\(uid)@\(planID)", "DTSTAMP:" + stampText,
            "DTSTART;TZID=\(zone):" + rota.firstShift.basicFormat, "DURATION:" + duration,
            "RRULE:" + rota.recurrence.untilInUTC(in: rota.timeZone).description,
            "SUMMARY:" + ICalendarText.escape(Label.rotaShift.text(language, ["rota": entry.name])),
            "DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n")), "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
        for (number, override) in rota.overrides.enumerated() {
            let covered = override.coverage != .uncovered
            let summary = (covered ? Label.rotaExtraCover : Label.rotaGap).text(language, ["rota": entry.name])
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)-exception-\(number + 1)@\(planID)", "DTSTAMP:" + stampText,
                "DTSTART;TZID=\(zone):" + basic(override.interval.start),
                "DTEND;TZID=\(zone):" + basic(override.interval.end),
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

    /// The rota's time zone, as `TZID` names it.
    private var zone: String { rota.timeZone.identifier }

    /// The years the `VTIMEZONE` covers: from the year of the first shift or exception to the year
    /// after the last shift of a rule that ends (a shift may run into it) or of the last exception;
    /// for a rule that never ends, ten years past the later of those and the export's year, after
    /// which a calendar program keeps the last offset given.
    public var timeZoneYears: ClosedRange<Int> {
        let zone = rota.timeZone
        let exceptionYears = rota.overrides.flatMap {
            [zone.day(at: $0.interval.start).year, zone.day(at: $0.interval.end).year]
        }
        let first = ([rota.firstShift.day.year] + exceptionYears).min() ?? rota.firstShift.day.year
        var last = exceptionYears.max() ?? first
        switch rota.recurrence.until {
        case .day(let day): last = max(last, day.year + 1)
        case .local(let time), .utc(let time): last = max(last, time.day.year + 1)
        case nil:
            if rota.recurrence.count != nil {
                let final = rota.recurrence.occurrences(from: rota.firstShift, in: zone).reduce(rota.firstShift) {
                    max($0, $1)
                }
                last = max(last, final.day.year + 1)
            } else {
                last = max(last, zone.day(at: stamp).year) + 10
            }
        }
        return first...max(first, last)
    }

    /// An instant as wall time in the rota's zone in RFC 5545's basic form.
    private func basic(_ date: Date) -> String { rota.timeZone.localDateTime(at: date).basicFormat }
}
