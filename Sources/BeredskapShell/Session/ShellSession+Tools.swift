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
            } catch  where error.location == nil && !error.message.contains(": error: ") {
                // The workspace does not know where its request was written: point at the argument the
                // message quotes, else at the command. A message of diagnostics that name their own file
                // and line (`ovning.csv:3:2: error: …`) is shown as it is.
                var located = error
                located.location = ShellTools.location(named: error.message, in: invocation) ?? location
                throw located
            }
        }
    }

    /// Writes a rendered document to `--out FILE`, or as a result, ended by a line break: CSV's own
    /// CRLF, or a line feed added to a document that has none.
    func write(_ text: String, to file: String?, in invocation: ToolInvocation) throws(ShellError) {
        // By bytes: CSV's "\r\n" is one Character, which `hasSuffix("\n")` does not see.
        let body = text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
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
