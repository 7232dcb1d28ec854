import BeredskapEscalation
import BeredskapModel
import Foundation

/// A coverage analysis of the alarm paths written out in a report language: the week and the office
/// hours it was read with, each step's first unreachable hour, the single points of failure, the rota
/// gaps and the steps that never run.
///
/// ```swift
/// let analysis = CoverageAnalysis(plan: plan, week: week, calendar: calendar)
/// print(CoverageAnalysisText.heading(analysis, calendar: calendar, planStatesHours: false, .en))
/// // Week from 2017-10-09, office hours by the default (Mon–Fri 08:00–16:30), closed on public holidays and eves
/// ```
public enum CoverageAnalysisText {
    /// The line that says which week was analysed and with which office hours.
    ///
    /// - Parameters:
    ///   - analysis: The analysis.
    ///   - calendar: The calendar it was made with.
    ///   - planStatesHours: Whether the plan gives its own office hours.
    ///   - language: The report language.
    public static func heading(
        _ analysis: CoverageAnalysis, calendar: PlanCalendar, planStatesHours: Bool, _ language: ReportLanguage
    ) -> String {
        let hours = officeHours(calendar.officeHours, language)
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
    public static func singlePoints(_ analysis: CoverageAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        guard !analysis.singlePointsOfFailure.isEmpty else {
            return sv
                ? "Inga enskilda felpunkter: varje roll som alla larmvägar behöver har en ställföreträdare.\n"
                : "No single points of failure: every role that all alarm paths need has a deputy.\n"
        }
        return
            (sv
            ? "Enskilda felpunkter (roller utan ställföreträdare som alla larmvägar behöver):\n"
            : "Single points of failure (roles without a deputy that every alarm path needs):\n")
            + analysis.singlePointsOfFailure.map { "  \($0.title) (\($0.role)): \($0.steps.joined(separator: ", "))\n" }
            .joined()
    }

    /// The gaps in the plan's rotas in the analysed year, or the sentence that there are none.
    public static func rotaGaps(_ analysis: CoverageAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        guard !analysis.rotaGaps.isEmpty else {
            return sv
                ? "Beredskapsscheman: inga luckor år \(analysis.year).\n" : "Rotas: no gaps in \(analysis.year).\n"
        }
        return
            (sv
            ? "Luckor i beredskapsscheman år \(analysis.year) (ingen har beredskap):\n"
            : "Gaps in the rotas in \(analysis.year) (nobody on duty):\n")
            + analysis.rotaGaps.map { gap in
                let roles = gap.roles.isEmpty ? "" : " [\(gap.roles.joined(separator: ", "))]"
                let note = gap.note.map { " — \($0)" } ?? ""
                return "  \(gap.name)\(roles): \(gap.from) – \(gap.to) (\(hours(gap.hours, language)) h)\(note)\n"
            }
            .joined()
    }

    /// The steps that can never run, or the sentence that every step can.
    public static func neverRun(_ analysis: CoverageAnalysis, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        guard !analysis.neverRun.isEmpty else { return sv ? "Alla steg kan köras.\n" : "Every step can run.\n" }
        return (sv ? "Steg som aldrig kan köras:\n" : "Steps that can never run:\n")
            + analysis.neverRun.map { "  \($0.path)/\($0.step): \(cause($0.cause, language))\n" }.joined()
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
