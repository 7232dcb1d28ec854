import BeredskapModel
import BeredskapWorkspace

extension ShellSession {
    /// Runs a command written as on a command line: calendars, drills, alerts, reports, exports, diagrams.
    func runTool(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        switch tool.command {
        case "calendar": try calendar(tool, at: location)
        case "coverage": try coverage(tool, at: location)
        case "report": try report(tool, at: location)
        case "drill": try drill(tool, at: location)
        case "alarm": try alarm(tool, at: location)
        case "export": try export(tool, at: location)
        case "diagram": try diagram(tool, at: location)
        default:
            // The parser makes tool statements only of Parser.toolCommands, which all have a case above.
            throw ShellError("unknown command '\(tool.command)'; type .help", at: location)
        }
    }
}
