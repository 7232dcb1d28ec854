import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// `--format MODE` of a tool command that prints tables: the output mode for that command only.
struct OutputModeOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The output mode for this command: box, table, csv, json, markdown, line or html.", valueName: "mode"))
    var format: String?

    /// Runs `body` with the session's output mode set to `--format`'s, then puts the mode back.
    func apply(
        to session: ShellSession, _ invocation: ToolInvocation, _ body: () throws(ShellError) -> Void
    )
        throws(ShellError)
    {
        guard let format else { return try body() }
        let saved = session.mode
        session.mode = try ShellSession.outputMode(format, at: invocation.location(ofOption: "format"))
        defer { session.mode = saved }
        try body()
    }
}

/// The options every report shares, and how a report asked for with them is rendered and written:
/// `report …` and `reachability` declare them once here.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("sv or en (default: the plan's language).", valueName: "language"))
    var lang: String?
    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones.", valueName: "dir"))
    var template: String?
    @Option(
        help: ArgumentHelp("terminal, markdown, html, json or csv (default: the output mode).", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("Write the report to a file.", valueName: "file"))
    var out: String?
    @Flag(help: "Leave out what the plan marks as assumed (basis: assumed): the plan as its source gives it.")
    var withoutAssumed = false
    @Option(
        help: ArgumentHelp(
            "For CSV: activities or indicators (the follow-up's measured values; default: activities).",
            valueName: "table"))
    var table: String?

    /// The request for `kind` with these options and the others given.
    func request(
        _ kind: ReportRequest.Kind, asOf: PartialDate? = nil, since: ReportRequest.Since? = nil,
        includeSensitive: Bool = false, plans: PlanScope = .current, in session: ShellSession,
        _ invocation: ToolInvocation
    ) throws(ShellError) -> ReportRequest {
        ReportRequest(
            kind,
            format: try ShellTools.reportFormat(
                format, mode: session.mode, at: invocation.location(ofOption: "format")),
            asOf: asOf, since: since, language: try ShellTools.language(lang, in: invocation),
            templateDirectory: template.map { URL(fileURLWithPath: session.resolvePath($0)) },
            includeSensitive: includeSensitive, plans: plans, leavesOutAssumed: withoutAssumed,
            table: try table.map { (name) throws(ShellError) in
                guard let table = ReportTable(rawValue: name.lowercased()) else {
                    throw ShellError(
                        "unknown table '\(name)'; use activities or indicators",
                        at: invocation.location(ofOption: "table"))
                }
                return table
            })
    }

    /// Renders `request` and writes it to `--out`, or prints it; a message without a place is put at
    /// `location`.
    func emit(
        _ request: ReportRequest, in session: ShellSession, _ invocation: ToolInvocation,
        at location: InputLocation?
    ) throws(ShellError) {
        let document: String
        do {
            document = try session.workspace.report(request)
        } catch {
            throw error.location == nil ? ShellError(error.message, at: location, code: error.code) : error
        }
        try session.write(document, to: out, in: invocation)
    }
}

extension ShellTools {
    /// The report format: `--format` in the command, else the output mode (`--format` on the command
    /// line, `.mode`): box, table and line give the terminal form.
    static func reportFormat(
        _ name: String?, mode: OutputMode, at location: InputLocation?
    ) throws(ShellError)
        -> ReportFormat
    {
        if let name {
            guard let format = ReportFormat(name: name) else {
                throw ShellError(
                    "unknown report format '\(name)'; use terminal, markdown, html, json or csv", at: location)
            }
            return format
        }
        switch mode {
        case .box, .table, .line: return .terminal
        case .markdown: return .markdown
        case .html: return .html
        case .json: return .json
        case .csv: return .csv
        }
    }

    /// `--lang sv|en`.
    static func language(_ name: String?, in invocation: ToolInvocation) throws(ShellError) -> ReportLanguage? {
        guard let name else { return nil }
        guard let language = ReportLanguage(name: name) else {
            throw ShellError("unknown language '\(name)'; use sv or en", at: invocation.location(ofOption: "lang"))
        }
        return language
    }

    /// An option's value as a date.
    static func date(
        _ text: String?, option: String, in invocation: ToolInvocation
    ) throws(ShellError)
        -> PartialDate?
    {
        guard let text else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            throw ShellError(
                "'--\(option)' takes a date such as 2018-04-30, not '\(text)'",
                at: invocation.location(ofOption: option))
        }
    }

    /// An option's value as a calendar day (`2017-06-19`).
    static func day(_ text: String?, option: String, in invocation: ToolInvocation) throws(ShellError) -> CalendarDay? {
        guard let text else { return nil }
        do {
            return try CalendarDay(parsing: text)
        } catch {
            throw ShellError(error.description, at: invocation.location(ofOption: option))
        }
    }

    /// An option's value as a whole number that is not negative; `1_000_000` may be written with underscores.
    static func number(
        _ text: String?, option: String, default value: UInt64, in invocation: ToolInvocation
    )
        throws(ShellError) -> UInt64
    {
        guard let text else { return value }
        guard let number = UInt64(text.replacingOccurrences(of: "_", with: "")) else {
            throw ShellError(
                "'--\(option)' takes a whole number, not '\(text)'", at: invocation.location(ofOption: option))
        }
        return number
    }

    /// A timeline as text in the plan's language.
    static func text(of timeline: Timeline, for plan: Plan) -> String {
        TimelineText.rendered(timeline, ReportLanguage(planLanguage: plan.metadata.language))
    }
}
