import BeredskapEscalation
import BeredskapModel

/// Who can be reached when (*nåbarhet*): a `ReachabilityAnalysis` (BeredskapEscalation) of the plan's alarm paths as a
/// report, whose HTML form draws each entry path's week as a heat map of hours × days, with the week's
/// holidays and eves marked.
///
/// The report is the analysis with a title block and the office hours it was made with; its JSON is
/// the analysis's own fields (`week`, `year`, `steps`, `paths`, `singlePointsOfFailure`, `rotaGaps`,
/// `neverRun`, `unchecked`) with `header` and `officeHours` beside them.
///
/// ```swift
/// let calendar = try PlanCalendar(plan: plan)
/// let analysis = ReachabilityAnalysis(plan: plan, week: CalendarDay(year: 2017, month: 6, day: 19)!, calendar: calendar)
/// let report = ReachabilityReport(plan: plan, analysis: analysis, calendar: calendar)
/// let html = try ReportRenderer().render(.reachability(report), format: .html)
/// ```
public struct ReachabilityReport: Hashable, Sendable, Encodable {
    /// The title block.
    public var header: ReportHeader
    /// The analysis.
    public var analysis: ReachabilityAnalysis
    /// The office hours the analysis was made with.
    public var officeHours: OfficeHours
    /// Whether the plan states its office hours, or the default was used.
    public var planStatesHours: Bool
    /// Whether the plan has rotas, so that their gaps are worth a section even when there are none.
    public var hasRotas: Bool

    /// The report of `analysis`, made of `plan` with `calendar`.
    ///
    /// - Parameters:
    ///   - plan: The plan analysed.
    ///   - analysis: Its analysis.
    ///   - calendar: The calendar the analysis was made with.
    ///   - date: The date the report speaks for; see ``ReportHeader/init(plan:date:)``.
    public init(plan: Plan, analysis: ReachabilityAnalysis, calendar: PlanCalendar, date: PartialDate? = nil) {
        header = ReportHeader(plan: plan, date: date)
        self.analysis = analysis
        officeHours = calendar.officeHours
        planStatesHours = !plan.metadata.officeHours.isEmpty
        hasRotas = !plan.rotas.isEmpty
    }

    /// The titles of the roles the steps need, by id.
    var roleTitles: [String: String] {
        Dictionary(analysis.steps.map { ($0.role, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// The titles of the roles an hour leaves unreached, joined by commas.
    func unreachedTitles(_ hour: ReachabilityAnalysis.HourReach) -> String {
        let titles = roleTitles
        return hour.unreachable.map { titles[$0] ?? $0 }.joined(separator: ", ")
    }

    private enum CodingKeys: String, CodingKey {
        case header, officeHours
    }

    /// Writes the analysis's fields, then `header` and `officeHours` (in English words) beside them.
    public func encode(to encoder: any Encoder) throws {
        try analysis.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(ReachabilityText.officeHours(officeHours, .en), forKey: .officeHours)
    }
}
