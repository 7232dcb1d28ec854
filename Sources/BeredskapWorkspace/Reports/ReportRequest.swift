import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import Foundation

/// A report asked for: which one, as of when, since when, in which language, format and templates.
///
/// ```swift
/// let html = try workspace.report(ReportRequest(.followUp, format: .html, asOf: try PartialDate(parsing: "2018-04-30")))
/// ```
public struct ReportRequest: Sendable {
    /// Which report.
    public enum Kind: Sendable {
        /// Follow-up of the activities (*uppföljning*).
        case followUp
        /// Which ages and functions the units cover (*täckning*).
        case coverage
        /// The alarm list: who to call, in order, for each entry path (*larmlista*).
        case alarmList
        /// The plan as a document.
        case planDocument
        /// A tabletop drill's after-action report.
        case drill(TabletopSession)
        /// Who can be reached when (*nåbarhet*): the entry paths hour by hour over the week of a day
        /// (this week when nil), as ``Workspace/reachability(week:at:)`` analyses it.
        case reachability(week: CalendarDay?)
    }

    /// Where a follow-up starts counting from.
    public enum Since: Sendable, Equatable {
        /// A date.
        case date(PartialDate)
        /// The day of a change set: the previous follow-up was saved then.
        case changeSet(Int64)
    }

    /// Which report.
    public var kind: Kind
    /// The report's date; for a follow-up, also the day whose plan it reports on. Today when nil.
    public var asOf: PartialDate?
    /// Where a follow-up starts counting from.
    public var since: Since?
    /// The language; the plan's when nil.
    public var language: ReportLanguage?
    /// The format.
    public var format: ReportFormat
    /// A folder of templates that replace the built-in ones.
    public var templateDirectory: URL?
    /// Whether contact details marked sensitive are shown (the alarm list).
    public var includeSensitive: Bool
    /// The plans reported on: the plan in use, or (for the follow-up) every plan of the store, one row
    /// each, as `FollowUpOverview` (BeredskapReporting).
    public var plans: PlanScope
    /// Whether what the plan marks as assumed is left out: the report then shows the plan as its
    /// source gives it (`PlanFileWriter.leavingOutAssumed(_:)`, BeredskapStorage).
    public var leavesOutAssumed: Bool
    /// For CSV, which of the report's tables: its main one when nil (see `ReportTable`,
    /// BeredskapReporting).
    public var table: ReportTable?

    /// Creates a request.
    ///
    /// ```swift
    /// let city = try workspace.report(ReportRequest(.followUp, format: .csv, plans: .all))
    /// ```
    public init(
        _ kind: Kind, format: ReportFormat = .terminal, asOf: PartialDate? = nil, since: Since? = nil,
        language: ReportLanguage? = nil, templateDirectory: URL? = nil, includeSensitive: Bool = false,
        plans: PlanScope = .current, leavesOutAssumed: Bool = false, table: ReportTable? = nil
    ) {
        self.table = table
        self.plans = plans
        self.leavesOutAssumed = leavesOutAssumed
        self.kind = kind
        self.format = format
        self.asOf = asOf
        self.since = since
        self.language = language
        self.templateDirectory = templateDirectory
        self.includeSensitive = includeSensitive
    }
}

/// The ways an alarm path can be drawn.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// Graphviz's DOT language.
    case dot
    /// Mermaid's flowchart.
    case mermaid
    /// SVG, drawn by Graphviz's `dot`.
    case svg
}
