import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// Runs a command written as on a command line: calendars, drills, alerts, reports, exports, diagrams.
    func runTool(_ invocation: ToolInvocation, at location: InputLocation) throws(ShellError) {
        switch try ShellTools.parse(invocation, at: location) {
        case .help(let text): emit(text)
        case .command(let tool, let invocation):
            do {
                try tool.run(in: self, invocation)
            } catch  where error.location == nil {
                // The workspace does not know where its request was written: point at the argument the
                // message quotes, else at the command.
                var located = error
                located.location = ShellTools.location(named: error.message, in: invocation) ?? location
                throw located
            }
        }
    }

    // MARK: The options tools share

    /// The report format: `--format` in the command, else the output mode (`--format` on the command
    /// line, `.mode`): box, table and line give the terminal form.
    func reportFormat(_ name: String?, at location: InputLocation?) throws(ShellError) -> ReportFormat {
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

    /// Writes a rendered document to `--out FILE`, or as a result.
    func write(_ text: String, to file: String?, in invocation: ToolInvocation) throws(ShellError) {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        guard let file else {
            emitRendered(body)
            return
        }
        do {
            try OutputFile.write(body, to: resolvePath(file), protecting: store.location)
        } catch {
            throw ShellError(error.message, at: invocation.location(ofOption: "out"))
        }
    }
}
