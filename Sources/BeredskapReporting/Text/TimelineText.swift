import BeredskapEscalation
import BeredskapModel
import Foundation

/// A dry run's timeline written out for a terminal or a file, in a report language: the event, every
/// entry as a sentence, when each role was reached, and the objectives.
///
/// The plan's own names stay as the plan writes them; what the text adds (verbs, headings, dates,
/// decimal marks) follows the language. Control characters from the plan or an alert are written as
/// `VisibleText` escapes.
///
/// ```swift
/// let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 42)
/// print(TimelineText.rendered(timeline, .en))
/// //  Minute  Time     Event
/// //     0.0  02:30    Stockholms stads socialjour receives the alarm
/// //     0.0  02:30    Stockholms stads socialjour contacts Socialjourens enhetschef
/// //     4.2  02:34    Socialjourens enhetschef answers after 4.2 min
/// ```
public enum TimelineText {
    /// `timeline` as text in `language`.
    public static func rendered(_ timeline: Timeline, _ language: ReportLanguage) -> String {
        VisibleText.escaped(lines(timeline, language).joined(separator: "\n") + "\n", keeping: .lineBreaks)
    }

    /// One entry as a sentence in `language`: "Socialjourens enhetschef svarar efter 4,2 min".
    public static func sentence(_ entry: TimelineEntry, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        let actor = entry.actor.map { party($0, language) } ?? ""
        let target = entry.target.map { party($0, language) } ?? ""
        let took = entry.duration.map { minutes($0, language) } ?? ""
        switch entry.kind {
        case .received: return sv ? "\(actor) tar emot larmet" : "\(actor) receives the alarm"
        case .contacted: return "\(actor) \(verb(.contact, language)) \(target)"
        case .informed: return "\(actor) \(verb(.inform, language)) \(target)"
        case .unavailable:
            let missed = entry.missed ?? ""
            guard entry.target != nil else {
                return sv
                    ? "\(missed) är inte tillgänglig och planen anger ingen ställföreträdare — ingen nås"
                    : "\(missed) is not available and the plan names no deputy — nobody is reached"
            }
            return sv
                ? "\(missed) är inte tillgänglig — \(actor) kontaktar \(target) direkt"
                : "\(missed) is not available — \(actor) contacts \(target) at once"
        case .noAnswer:
            let missed = entry.missed ?? ""
            guard entry.target != nil else {
                return sv
                    ? "\(missed) svarar inte inom \(took) min — planen anger ingen ställföreträdare, \(actor) "
                        + "kontaktar \(missed) igen"
                    : "\(missed) does not answer within \(took) min — the plan names no deputy, \(actor) "
                        + "contacts \(missed) again"
            }
            return sv
                ? "\(missed) svarar inte inom \(took) min — \(actor) kontaktar \(target)"
                : "\(missed) does not answer within \(took) min — \(actor) contacts \(target)"
        case .answered: return sv ? "\(target) svarar efter \(took) min" : "\(target) answers after \(took) min"
        case .acknowledged:
            return sv ? "\(target) bekräftar efter \(took) min" : "\(target) acknowledges after \(took) min"
        case .decided:
            let option = entry.option ?? (sv ? "inget beslut" : "no decision")
            return "\(actor) \(verb(.decide, language)): \(option) (\(took) min)"
        case .activated: return "\(actor) \(verb(.activate, language)) \(target)"
        case .assigned: return sv ? "\(actor) ger \(target) i uppdrag" : "\(actor) assigns \(target)"
        case .recorded:
            let into = entry.target == nil ? "" : (sv ? " i " : " in ") + target
            return sv ? "\(actor) dokumenterar\(into)" : "\(actor) records\(into)"
        case .skipped:
            let step = entry.step?.rawValue ?? ""
            let why = entry.skipCause.map { skipCause($0, language) } ?? ""
            return sv ? "Steget \(step) utförs inte (\(why))" : "Step \(step) does not run (\(why))"
        case .repeated:
            let verb = verb(entry.stepKind == .contact ? .contact : .inform, language)
            let time = String(entry.repetition ?? 2)
            return sv
                ? "\(actor) \(verb) \(target) igen (gång \(time))" : "\(actor) \(verb) \(target) again (time \(time))"
        case .inject: return inject(entry, language)
        }
    }

    /// Who acts or is reached: the name the plan or the scenario gives.
    public static func party(_ party: TimelineParty, _ language: ReportLanguage) -> String {
        switch party {
        case .named(let name): name
        }
    }

    /// Minutes with one decimal, with a decimal comma in Swedish: "4,2", "4.2".
    public static func minutes(_ value: Double, _ language: ReportLanguage) -> String {
        NumberText.decimal(value, language)
    }

    /// A local time written out: "lördag 14 oktober 2017 kl. 02:30", "Saturday 14 October 2017 at 02:30".
    public static func longDate(_ time: LocalDateTime, _ language: ReportLanguage) -> String {
        let day = time.day
        let clock = String(format: "%02d:%02d", time.hour, time.minute)
        return language == .sv
            ? "\(day.weekday.swedishName) \(day.day) \(CalendarWords.swedishMonths[day.month - 1]) \(day.year) kl. \(clock)"
            : "\(day.weekday.englishTitle) \(day.day) \(CalendarWords.englishMonths[day.month - 1]) \(day.year) at \(clock)"
    }

    private static func lines(_ timeline: Timeline, _ language: ReportLanguage) -> [String] {
        let sv = language == .sv
        let context = timeline.context
        var lines = [
            "Scenario: \(timeline.scenario) — \(timeline.title)",
            (sv ? "Larmväg: " : "Alarm path: ") + "\(timeline.pathName) (\(timeline.path))",
        ]
        let classification = context.classification.label(language)
        let hours = officeHours(context.officeHours, language)
        lines.append(
            (sv ? "Händelse: " : "Event: ")
                + "\(longDate(context.localTime(atMinute: 0), language)), \(classification), \(hours)")
        if let administration = context.administration {
            lines.append((sv ? "Berörd förvaltning: " : "Affected administration: ") + administration)
        }
        let seed = (sv ? "Frö: " : "Seed: ") + String(timeline.seed)
        lines.append(timeline.run == 0 ? seed : seed + (sv ? ", körning " : ", run ") + String(timeline.run))
        lines.append("")
        lines.append(sv ? "  Minut  Klockan  Händelse" : " Minute  Time     Event")
        for entry in timeline.entries {
            let minute = minutes(entry.minute, language)
            lines.append(
                String(repeating: " ", count: max(0, 7 - minute.count)) + minute
                    + "  \(entry.clock)    \(sentence(entry, language))")
        }
        lines.append("")
        lines.append(sv ? "Nådd:" : "Reached:")
        let width = timeline.reached.map(\.title.count).max() ?? 0
        for role in timeline.reached {
            let padding = String(repeating: " ", count: width - role.title.count)
            let when =
                role.minute.map { (sv ? "efter " : "after ") + minutes($0, language) + " min" }
                ?? (sv ? "nåddes inte" : "not reached")
            let deputy = role.viaDeputy ? (sv ? " (ställföreträdare)" : " (deputy)") : ""
            lines.append("  \(role.title)\(padding)  \(when)\(deputy)")
        }
        if !timeline.objectives.isEmpty {
            lines.append("")
            lines.append(sv ? "Mål:" : "Objectives:")
            for objective in timeline.objectives {
                let outcome =
                    objective.met ? (sv ? "uppfyllt    " : "met     ") : (sv ? "ej uppfyllt " : "not met ")
                let when =
                    objective.minute.map {
                        (sv ? " (nådd efter " : " (reached after ") + minutes($0, language) + " min)"
                    }
                    ?? (sv ? " (nåddes inte)" : " (not reached)")
                lines.append("  \(outcome) \(objective.text)\(when)")
            }
        }
        return lines
    }

    /// "under kontorstid", "outside office hours".
    static func officeHours(_ inOffice: Bool, _ language: ReportLanguage) -> String {
        switch (language, inOffice) {
        case (.sv, true): "under kontorstid"
        case (.sv, false): "utanför kontorstid"
        case (.en, true): "in office hours"
        case (.en, false): "outside office hours"
        }
    }

    private static func verb(_ kind: AlarmStepKind, _ language: ReportLanguage) -> String {
        kind.label(language)
    }

    private static func skipCause(_ cause: TimelineEntry.SkipCause, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        switch cause {
        case .condition(let classification, let officeHours):
            var parts: [String] = []
            if let classification {
                parts.append((sv ? "gäller vid " : "applies at an ") + classification.label(language))
            }
            if let officeHours {
                let hours = self.officeHours(officeHours, language)
                parts.append((sv ? "gäller " : "applies ") + hours)
            }
            return parts.joined(separator: ", ")
        case .decision(let decision, let outcome):
            let named =
                decision.map { (sv ? "beslutet " : "the decision ") + $0.rawValue }
                ?? (sv ? "beslutet" : "the decision")
            let option =
                outcome.map { (sv ? " blev inte " : " was not ") + $0.rawValue }
                ?? (sv ? " fattades inte" : " was not made")
            return named + option
        case .predecessor:
            return sv ? "ett steg före det utfördes inte" : "a step before it did not run"
        case .noAlternative:
            return sv ? "inget av villkorets alternativ gäller" : "none of its condition's alternatives holds"
        }
    }

    private static func inject(_ entry: TimelineEntry, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        guard let inject = entry.inject else { return "" }
        var text = (sv ? "Inspel (\(inject.kind.swedishLabel))" : "Inject (\(inject.kind.rawValue))")
        if let from = entry.actor { text += (sv ? " från " : " from ") + party(from, language) }
        if let to = entry.target { text += (sv ? " till " : " to ") + party(to, language) }
        text += ": \(inject.text)"
        if let role = inject.expectedRole, let action = inject.expectedAction {
            text += (sv ? " Förväntat: " : " Expected: ") + "\(role) — \(action)"
            if let within = inject.expectedWithin {
                text += (sv ? " inom " : " within ") + minutes(within, language) + " min"
            }
            text += "."
        }
        return text
    }
}
