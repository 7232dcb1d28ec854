import BeredskapModel
import Foundation
import Mustache

/// Renders reports to the terminal, Markdown, HTML, JSON and CSV.
///
/// Terminal, Markdown and HTML go through Mustache templates. The defaults ship with the library; an
/// administration can replace any of them with its own by putting files named like the defaults in a
/// directory — `followup.html.mustache`, `plan.md.mustache`, `style.css.mustache` — and passing it as
/// `templateDirectory`. JSON is the report value encoded as it is, CSV its main table; neither has a
/// template, because both are data for other programs rather than layout.
///
/// ```swift
/// let report = FollowUpReport(plan: plan, asOf: try PartialDate(parsing: "2018-04-30"))
/// let html = try ReportRenderer().render(.followUp(report), format: .html)
/// let english = try ReportRenderer().render(.followUp(report), format: .markdown, language: .en)
/// ```
public struct ReportRenderer: Sendable {
    /// A directory of replacement templates, or `nil` for the defaults only.
    public var templateDirectory: URL?
    /// The width the terminal format wraps text and tables to, in columns.
    public var lineWidth: Int

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - templateDirectory: A directory of replacement templates; files are read at each render.
    ///   - lineWidth: The width of terminal output in columns.
    public init(templateDirectory: URL? = nil, lineWidth: Int = 100) {
        self.templateDirectory = templateDirectory
        self.lineWidth = lineWidth
    }

    /// `report` in `format`.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - format: The output format.
    ///   - language: The language of headings and labels; `nil` for the plan's language.
    ///   - table: For CSV, which of the report's tables (``ReportTable``): its main one when nil. The
    ///     other formats show every table of the report and take none.
    /// - Returns: The rendered text. HTML is one self-contained document; CSV uses CRLF line ends.
    /// - Throws: ``ReportRenderingError`` when a replacement template is unreadable, unknown or does not
    ///   parse, when the report has no form in `format` (the plan document as CSV), or when `table`
    ///   names a table the report does not have or is given with a format other than CSV.
    public func render(
        _ report: Report, format: ReportFormat, language: ReportLanguage? = nil, table: ReportTable? = nil
    ) throws(ReportRenderingError) -> String {
        let language = language ?? ReportLanguage(planLanguage: report.header.language)
        if let table, format != .csv {
            throw ReportRenderingError(
                .formatNotAvailable,
                message: "a table is chosen only for CSV (--table \(table.rawValue)); "
                    + "the \(format.rawValue) form shows every table of the report")
        }
        switch format {
        case .json:
            return try ReportJSON.encode(report)
        case .csv:
            return try ReportCSV.table(report, language: language, table: table ?? .activities).text
        case .terminal, .markdown, .html:
            let templates = try ReportTemplates.load(directory: templateDirectory)
            let builder = ViewModelBuilder(language: language, format: format, lineWidth: lineWidth)
            let name = report.templateName + "." + (format.templateExtension ?? "")
            guard let text = templates.library.render(viewModel(report, builder), withTemplate: name) else {
                throw ReportRenderingError(.unknownTemplate, message: "no template '\(name)'")
            }
            return text
        }
    }

    private func viewModel(_ report: Report, _ builder: ViewModelBuilder) -> [String: Any] {
        switch report {
        case .followUp(let report): FollowUpViewModel(report: report, builder: builder).dictionary
        case .followUpOverview(let report): FollowUpOverviewViewModel(overview: report, builder: builder).dictionary
        case .coverage(let report): CoverageViewModel(report: report, builder: builder).dictionary
        case .alarmList(let report): AlarmListViewModel(report: report, builder: builder).dictionary
        case .planDocument(let report): PlanDocumentViewModel(report: report, builder: builder).dictionary
        case .drill(let report): DrillViewModel(report: report, builder: builder).dictionary
        case .reachability(let report): ReachabilityViewModel(report: report, builder: builder).dictionary
        }
    }
}

/// Reports as JSON: the report value, keys sorted so output diffs well.
enum ReportJSON {
    static func encode(_ report: Report) throws(ReportRenderingError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data: Data
            switch report {
            case .followUp(let value): data = try encoder.encode(value)
            case .followUpOverview(let value): data = try encoder.encode(value)
            case .coverage(let value): data = try encoder.encode(value)
            case .alarmList(let value): data = try encoder.encode(value)
            case .planDocument(let value): data = try encoder.encode(value)
            case .drill(let value): data = try encoder.encode(value)
            case .reachability(let value): data = try encoder.encode(value)
            }
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw ReportRenderingError(.encodingFailed, message: "cannot encode the report as JSON: \(error)")
        }
    }
}
