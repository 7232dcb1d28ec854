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
