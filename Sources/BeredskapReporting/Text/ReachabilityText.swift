import BeredskapEscalation
import BeredskapModel
import Foundation

/// A reachability analysis (*nåbarhet*) of the alarm paths written out in a report language: the week and the office
/// hours it was read with, each step's first unreachable hour, the single points of failure, the rota
/// gaps and the steps that never run.
///
/// ```swift
/// let analysis = ReachabilityAnalysis(plan: plan, week: week, calendar: calendar)
/// print(ReachabilityText.heading(analysis, calendar: calendar, planStatesHours: false, .en))
/// // Week from 2017-10-09, office hours by the default (Mon–Fri 08:00–16:30), closed on public holidays and eves
/// ```
public enum ReachabilityText {
    /// The line that says which week was analysed and with which office hours.
    ///
    /// - Parameters:
    ///   - analysis: The analysis.
    ///   - calendar: The calendar it was made with.
    ///   - planStatesHours: Whether the plan gives its own office hours.
    ///   - language: The report language.
    public static func heading(
        _ analysis: ReachabilityAnalysis, calendar: PlanCalendar, planStatesHours: Bool, _ language: ReportLanguage
    ) -> String {
        heading(analysis, officeHours: calendar.officeHours, planStatesHours: planStatesHours, language)
    }

    /// The line that says which week was analysed and with which office hours.
    ///
    /// - Parameters:
    ///   - analysis: The analysis.
    ///   - officeHours: The office hours it was made with.
    ///   - planStatesHours: Whether the plan gives its own office hours.
    ///   - language: The report language.
    public static func heading(
        _ analysis: ReachabilityAnalysis, officeHours: OfficeHours, planStatesHours: Bool,
        _ language: ReportLanguage
    ) -> String {
        let hours = Self.officeHours(officeHours, language)
        switch language {
        case .sv:
            return "Veckan från \(analysis.week), kontorstid "
                + (planStatesHours ? "enligt planen (\(hours))" : "enligt kommunal standard (\(hours))")
                + ", stängt helgdagar och helgdagsaftnar\n"
        case .en:
            return "Week from \(analysis.week), office hours "
                + (planStatesHours ? "as the plan states them (\(hours))" : "by the default (\(hours))")
                + ", closed on public holidays and eves\n"
        }
    }

    /// Office hours as a week: "mån–fre 08:00–16:30", "Mon–Fri 08:00–16:30".
    public static func officeHours(_ hours: OfficeHours, _ language: ReportLanguage) -> String {
        switch language {
        case .sv: hours.swedishSummary
        case .en: hours.summary(naming: { String($0.englishTitle.prefix(3)) }, closed: "closed")
        }
    }

    /// The hour starting at `time`: "lördag 2017-10-14 02:00–03:00", "Saturday 2017-10-14 02:00–03:00".
    public static func hour(_ time: LocalDateTime, _ language: ReportLanguage) -> String {
        let day = time.day
        let name = language == .sv ? day.weekday.swedishName : day.weekday.englishTitle
        return "\(name) \(day) " + String(format: "%02d:00–%02d:00", time.hour, time.hour + 1)
    }

    /// The single points of failure, or the sentence that there are none.
    public static func singlePoints(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        list(singlePointsIntro(analysis, language), analysis.singlePointsOfFailure.map(singlePoint))
    }

    /// The sentence before the single points of failure, or the one that there are none.
    public static func singlePointsIntro(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        if analysis.unchecked.contains(.alarmPaths) {
            return sv
                ? "Enskilda felpunkter: inte kontrollerat, planen har inga larmvägar."
                : "Single points of failure: not checked, the plan has no alarm paths."
        }
        guard !analysis.singlePointsOfFailure.isEmpty else {
            if analysis.unchecked.contains(.deputies) {
                return sv
                    ? "Ingen roll behövs av alla larmvägar, men planen anger inga ställföreträdare: ingen roll i en "
                        + "larmväg har någon som kan ersätta den."
                    : "No role is needed by every alarm path, but the plan names no deputies: no role in an alarm "
                        + "path has anyone to stand in for it."
            }
            return sv
                ? "Inga enskilda felpunkter: varje roll som alla larmvägar behöver har en ställföreträdare."
                : "No single points of failure: every role that all alarm paths need has a deputy."
        }
        return sv
            ? "Enskilda felpunkter (roller utan ställföreträdare som alla larmvägar behöver):"
            : "Single points of failure (roles without a deputy that every alarm path needs):"
    }

    /// A single point of failure: "Direktör (direktor): via-jour/kontakt, via-direktor/tar-emot".
    public static func singlePoint(_ point: ReachabilityAnalysis.SinglePoint) -> String {
        "\(point.title) (\(point.role)): \(point.steps.joined(separator: ", "))"
    }

    /// The gaps in the plan's rotas in the analysed year, or the sentence that there are none.
    public static func rotaGaps(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        list(rotaGapsIntro(analysis, language), analysis.rotaGaps.map { rotaGap($0, language) })
    }

    /// The sentence before the gaps in the plan's rotas, or the one that there are none.
    public static func rotaGapsIntro(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        guard !analysis.rotaGaps.isEmpty else {
            return sv ? "Beredskapsscheman: inga luckor år \(analysis.year)." : "Rotas: no gaps in \(analysis.year)."
        }
        return sv
            ? "Luckor i beredskapsscheman år \(analysis.year) (ingen har beredskap):"
            : "Gaps in the rotas in \(analysis.year) (nobody on duty):"
    }

    /// A gap in a rota: "Jourschema [jour]: 2017-12-24 08:00 – 2017-12-25 08:00 (24 h) — ingen ersättare".
    public static func rotaGap(_ gap: ReachabilityAnalysis.RotaGap, _ language: ReportLanguage) -> String {
        let roles = gap.roles.isEmpty ? "" : " [\(gap.roles.joined(separator: ", "))]"
        let note = gap.note.map { " — \($0)" } ?? ""
        return "\(gap.name)\(roles): \(gap.from) – \(gap.to) (\(hours(gap.hours, language)) h)\(note)"
    }

    /// The steps that can never run, or the sentence that every step can.
    public static func neverRun(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        list(neverRunIntro(analysis, language), analysis.neverRun.map { neverRunStep($0, language) })
    }

    /// The sentence before the steps that can never run, or the one that every step can.
    public static func neverRunIntro(_ analysis: ReachabilityAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        if analysis.unchecked.contains(.alarmPaths) {
            return sv
                ? "Steg som aldrig kan köras: inte kontrollerat, planen har inga larmvägar."
                : "Steps that can never run: not checked, the plan has no alarm paths."
        }
        guard !analysis.neverRun.isEmpty else { return sv ? "Alla steg kan köras." : "Every step can run." }
        return sv ? "Steg som aldrig kan köras:" : "Steps that can never run:"
    }

    /// A step that can never run: "via-jour/natt: det väntar på 'dag', som aldrig kan köras".
    public static func neverRunStep(_ step: ReachabilityAnalysis.NeverRun, _ language: ReportLanguage) -> String {
        "\(step.path)/\(step.step): \(cause(step.cause, language))"
    }

    /// A sentence and its items, each on a line of its own indented by two spaces.
    static func list(_ intro: String, _ items: [String]) -> String {
        intro + "\n" + items.map { "  \($0)\n" }.joined()
    }

    /// Why a step can never run: "det väntar på 'dagtid', som aldrig kan köras", "it waits for 'dagtid',
    /// which can never run".
    public static func cause(_ cause: NeverRunCause, _ language: ReportLanguage) -> String {
        // The English words are the cause's own, which the JSON's `reason` gives too, so both agree.
        guard language == .sv else { return cause.description }
        return switch cause {
        case .conditionNeverHolds: "dess villkor kan aldrig gälla"
        case .waitsForMissingStep(let id): "det väntar på '\(id)', som larmvägen inte har"
        case .waitsForNeverRunStep(let id): "det väntar på '\(id)', som aldrig kan köras"
        case .excludedByStep(let id): "det gäller bara när '\(id)' inte körs"
        case .noCircumstance: "inga omständigheter tillåter det"
        }
    }

    /// Hours as a whole number when they are one, else with one decimal: "36", "1,5", "1.5".
    static func hours(_ value: Double, _ language: ReportLanguage) -> String {
        NumberText.compact(value, language)
    }
}
