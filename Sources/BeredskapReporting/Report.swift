import BeredskapModel

/// Any of the reports, for ``ReportRenderer``.
///
/// ```swift
/// let html = try ReportRenderer().render(.coverage(CoverageReport(plan: plan)), format: .html)
/// ```
public enum Report: Hashable, Sendable {
    /// The follow-up of the activities.
    case followUp(FollowUpReport)
    /// The follow-up of every plan of a store: each plan's counts by status and of overdue activities.
    case followUpOverview(FollowUpOverview)
    /// The units' coverage of functions and ages.
    case coverage(CoverageReport)
    /// The alarm list.
    case alarmList(AlarmListReport)
    /// The whole plan as a document.
    case planDocument(PlanDocumentReport)
    /// The after-action report of a tabletop drill.
    case drill(DrillReport)
    /// Who can be reached when: the alarm paths' weeks hour by hour (*nåbarhet*).
    case reachability(ReachabilityReport)

    /// The name the report's templates start with: `followup`, `followup-plans`, `coverage`, `alarmlist`,
    /// `plan`, `drill` or `reachability`.
    public var templateName: String {
        switch self {
        case .followUp: "followup"
        case .followUpOverview: "followup-plans"
        case .coverage: "coverage"
        case .alarmList: "alarmlist"
        case .planDocument: "plan"
        case .drill: "drill"
        case .reachability: "reachability"
        }
    }

    /// The report's title block; the follow-up of every plan has one with its date and language only.
    public var header: ReportHeader {
        switch self {
        case .followUp(let report): report.header
        case .followUpOverview(let report): report.header(title: "")
        case .coverage(let report): report.header
        case .alarmList(let report): report.header
        case .planDocument(let report): report.header
        case .drill(let report): report.header
        case .reachability(let report): report.header
        }
    }

    /// The report with its title block naming the reported version's `status` in the store (`draft`,
    /// `adopted`, `approved`); the follow-up of every plan, which has each plan's status in its rows,
    /// is left as it is.
    public func with(status: String?) -> Report {
        switch self {
        case .followUp(var report):
            report.header.status = status
            return .followUp(report)
        case .coverage(var report):
            report.header.status = status
            return .coverage(report)
        case .alarmList(var report):
            report.header.status = status
            return .alarmList(report)
        case .planDocument(var report):
            report.header.status = status
            return .planDocument(report)
        case .drill(var report):
            report.header.status = status
            return .drill(report)
        case .reachability(var report):
            report.header.status = status
            return .reachability(report)
        case .followUpOverview:
            return self
        }
    }

    /// Whether the report is a table and so has a CSV form. The plan document is not; the drill report's
    /// CSV is its timeline, the reachability report's its paths' hours.
    public var isTabular: Bool {
        if case .planDocument = self { return false }
        return true
    }

    /// The template names of every report.
    static let templateNames = ["followup", "followup-plans", "coverage", "alarmlist", "plan", "drill", "reachability"]
}

extension ReportFormat {
    /// The extension of the format's templates (`followup.md.mustache`), or `nil` for formats written
    /// without a template (JSON and CSV are data, not layout).
    public var templateExtension: String? {
        switch self {
        case .terminal: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json, .csv: nil
        }
    }
}
