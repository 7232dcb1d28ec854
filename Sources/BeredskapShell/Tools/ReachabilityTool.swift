import ArgumentParser
import BeredskapWorkspace

/// `reachability [--week YYYY-MM-DD] [--format FORMAT] [--out FILE]`: who can be reached at each step of
/// each entry path, hour by hour over a week and on the year's holidays; the single points of failure;
/// steps that never run. It is `report reachability`: the same request, the same forms, the HTML one a
/// heat map of each path's week.
struct ReachabilityTool: ShellTool {
    static let configuration = CommandConfiguration(
        commandName: "reachability",
        abstract: "Who can be reached at each alarm step, hour by hour and on holidays; single points of failure.")
    static let examples = [
        "reachability --week 2017-10-09", "reachability --week 2017-06-19 --format html --out nabarhet.html",
    ]

    @Option(help: ArgumentHelp("A day of the week to analyse (default: this week).", valueName: "yyyy-mm-dd"))
    var week: String?
    @OptionGroup var options: ReportOptions

    func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
        let request = try options.request(
            .reachability(week: try ShellTools.day(week, option: "week", in: invocation)), in: session, invocation)
        try options.emit(request, in: session, invocation, at: invocation.arguments.first?.location)
    }
}
