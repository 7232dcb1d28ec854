import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// `report followup|coverage|alarmlist|plan|drill|reachability [ID] [--as-of DATE] [--since DATE|CHANGESET]
/// [--week DATE] [--all-plans] …`.
struct ReportTool: ShellTool {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The reports, in terminal, Markdown, HTML, JSON or CSV form.")
    static let examples = [
        "report followup --format markdown", "report followup --all-plans --format csv --out stad.csv",
        "report followup --format csv --table indicators --out matt.csv",
        "report plan --format html --out plan.html",
        "report reachability --week 2017-06-19 --format html --out nabarhet.html",
    ]

    /// The reports' names, as `report` takes them.
    static let names = ["followup", "coverage", "alarmlist", "plan", "drill", "reachability"]

    @Argument(help: ArgumentHelp("followup|coverage|alarmlist|plan|drill|reachability", valueName: "report"))
    var report: String
    @Argument(help: ArgumentHelp("For `report drill`: the drill's id (default: the one played last).", valueName: "id"))
    var drill: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The report's date.", valueName: "date"))
    var asOf: String?
    @Option(help: ArgumentHelp("A follow-up counts from this date or change set.", valueName: "date|changeset"))
    var since: String?
    @Option(
        help: ArgumentHelp(
            "For `report reachability`: a day of the week to analyse (default: this week).", valueName: "yyyy-mm-dd"))
    var week: String?
    @OptionGroup var options: ReportOptions
    @Flag(name: .customLong("include-sensitive"), help: "Show contact details marked sensitive.")
    var includeSensitive = false
    @Flag(
        name: .customLong("all-plans"),
        help: "For `report followup`: every plan of the store, a row each with its counts, and the total.")
    var allPlans = false

    func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
        let location = invocation.location(of: report) ?? .unknown
        let kind: ReportRequest.Kind
        let isDrill = ["drill", "övning", "ovning"].contains(report.lowercased())
        if let drill, !isDrill {
            throw ShellError(
                "unexpected '\(drill)'; only `report drill` takes an id", at: invocation.location(of: drill))
        }
        let isFollowUp = ["followup", "uppföljning", "uppfoljning"].contains(report.lowercased())
        if allPlans, !isFollowUp {
            throw ShellError(
                "only `report followup` takes --all-plans", at: invocation.location(of: "--all-plans") ?? location)
        }
        let isReachability = ["reachability", "nåbarhet", "nabarhet"].contains(report.lowercased())
        if week != nil, !isReachability {
            throw ShellError(
                "only `report reachability` takes --week", at: invocation.location(ofOption: "week"))
        }
        switch report.lowercased() {
        case _ where isFollowUp: kind = .followUp
        case "coverage", "täckning", "tackning": kind = .coverage
        case "alarmlist", "larmlista": kind = .alarmList
        case "plan", "document": kind = .planDocument
        case "drill", "övning", "ovning":
            kind = .drill(
                try session.workspace.drills.sessionToReport(
                    drill, playing: session.tabletop?.session,
                    location: drill.flatMap(invocation.location(of:)) ?? location))
        case _ where isReachability:
            kind = .reachability(week: try ShellTools.day(week, option: "week", in: invocation))
        default:
            throw ShellError(
                "unknown report '\(report)'"
                    + (Suggestion.nearest(to: report, in: Self.names).map { "; did you mean '\($0)'?" }
                        ?? "; reports: " + Self.names.joined(separator: ", ")),
                at: location)
        }
        let request = try options.request(
            kind, asOf: try ShellTools.date(asOf, option: "as-of", in: invocation),
            since: try since.map { (text) throws(ShellError) in try Self.since(text, in: invocation) },
            includeSensitive: includeSensitive, plans: allPlans ? .all : .current, in: session, invocation)
        try options.emit(request, in: session, invocation, at: invocation.location(ofOption: "since") ?? location)
        // A CSV file is one table: say where the rest of the follow-up is.
        if case .followUp = kind, request.format == .csv, request.table == nil, !allPlans,
            let plan = try? session.workspace.plan()
        {
            let indicators = plan.focusAreas.reduce(0) { $0 + $1.indicators.count }
            if indicators > 0 {
                session.errors(
                    "note: the values measured for the plan's \(indicators) indicator\(indicators == 1 ? "" : "s") "
                        + "are a table of their own: add --table indicators")
            }
        }
    }

    /// `--since`: a date, or a change set whose day is the previous follow-up.
    static func since(_ text: String, in invocation: ToolInvocation) throws(ShellError) -> ReportRequest.Since {
        if let changeSet = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text) { return .changeSet(changeSet) }
        do {
            return .date(try PartialDate(parsing: text))
        } catch {
            throw ShellError(
                "'\(text)' is neither a date (YYYY-MM-DD) nor a change set number",
                at: invocation.location(ofOption: "since"))
        }
    }
}

/// `export ics [--rota ID] [--out FILE]`: the activities' starts and follow-ups as iCalendar, or a
/// rota's shifts and exceptions.
struct ExportTool: ShellTool {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Activities' starts and follow-ups, or a rota's shifts and exceptions, as iCalendar.")
    static let examples = ["export ics", "export ics --out plan.ics"]

    @Argument(help: ArgumentHelp("ics", valueName: "what"))
    var what: String
    @Option(help: ArgumentHelp("A rota's shifts instead of the activities.", valueName: "id"))
    var rota: String?
    @Option(help: ArgumentHelp("Write the calendar to a file.", valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("sv or en (default: the plan's language).", valueName: "language"))
    var lang: String?

    func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
        guard what.lowercased() == "ics" else {
            throw ShellError(
                "expected 'export ics' (plan files are exported with `beredskap export --format yaml`)",
                at: invocation.location(of: what))
        }
        let reference = rota.map {
            EntityReference(text: $0, location: invocation.location(ofOption: "rota") ?? .unknown)
        }
        try session.write(
            try session.workspace.iCalendar(rota: reference, language: try ShellTools.language(lang, in: invocation)),
            to: out, in: invocation)
    }
}

/// `diagram PATH [--format dot|mermaid|svg]`: an alarm path as a graph.
struct DiagramTool: ShellTool {
    static let configuration = CommandConfiguration(commandName: "diagram", abstract: "An alarm path as a graph.")
    static let examples = ["diagram via-socialjouren --format mermaid"]

    @Argument(help: ArgumentHelp("The alarm path.", valueName: "path"))
    var path: String
    @Option(help: ArgumentHelp("dot, mermaid or svg (default: dot).", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("Write the diagram to a file.", valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("sv or en (default: the plan's language).", valueName: "language"))
    var lang: String?

    func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
        let name = format?.lowercased() ?? "dot"
        guard let diagramFormat = DiagramFormat(rawValue: name) else {
            throw ShellError(
                "unknown diagram format '\(name)'; use dot, mermaid or svg", at: invocation.location(ofOption: "format")
            )
        }
        let location = invocation.location(of: path) ?? .unknown
        let diagram = try session.workspace.diagram(
            EntityReference(text: path, location: location), format: diagramFormat,
            language: try ShellTools.language(lang, in: invocation), at: location)
        try session.write(diagram, to: out, in: invocation)
    }
}
