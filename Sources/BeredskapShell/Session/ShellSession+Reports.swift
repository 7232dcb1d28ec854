import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// `report followup|coverage|alarmlist|plan [--as-of DATE] [--since DATE|CHANGESET] [--lang sv|en]
    /// [--template DIR] [--format FORMAT] [--include-sensitive]`.
    func report(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(
            words: tool.words.first?.text.lowercased() == "drill" ? 2 : 1,
            options: ["as-of", "since", "lang", "template", "format", "out"], flags: ["include-sensitive"],
            usage: "report followup|coverage|alarmlist|plan [--as-of DATE] [--since DATE|CHANGESET] [--lang sv|en]",
            at: location)
        guard let name = tool.words.first else {
            throw ShellError(
                "expected a report: followup, coverage, alarmlist or plan, e.g. report followup", at: location)
        }
        let asOf = try tool.date("as-of")
        let kind: ReportRequest.Kind
        switch name.text.lowercased() {
        case "followup", "uppföljning", "uppfoljning": kind = .followUp
        case "coverage", "täckning", "tackning": kind = .coverage
        case "alarmlist", "larmlista": kind = .alarmList
        case "plan", "document": kind = .planDocument
        case "drill", "övning", "ovning":
            kind = .drill(
                try drillToReport(tool.words.count == 2 ? tool.words[1] : nil, plan: try currentPlan(), at: location))
        default:
            throw ShellError(
                "unknown report '\(name.text)'"
                    + (Suggestion.nearest(to: name.text, in: ["followup", "coverage", "alarmlist", "plan", "drill"]).map
                    {
                        "; did you mean '\($0)'?"
                    } ?? "; reports: followup, coverage, alarmlist, plan, drill"),
                at: name.location)
        }
        let request = ReportRequest(
            kind, format: try reportFormat(tool.options["format"]), asOf: asOf, since: try since(tool.options["since"]),
            language: try language(tool.options["lang"]),
            templateDirectory: tool.options["template"].map { URL(fileURLWithPath: resolvePath($0.text)) },
            includeSensitive: tool.flags.contains("include-sensitive"))
        let document: String
        do {
            document = try workspace.report(request)
        } catch {
            throw error.location == nil
                ? ShellError(error.message, at: tool.options["since"]?.location ?? location, code: error.code) : error
        }
        try write(document, to: tool.options["out"])
    }

    /// `--lang sv|en`.
    func language(_ argument: ToolInvocation.Argument?) throws(ShellError) -> ReportLanguage? {
        guard let argument else { return nil }
        guard let language = ReportLanguage(name: argument.text) else {
            throw ShellError("unknown language '\(argument.text)'; use sv or en", at: argument.location)
        }
        return language
    }

    /// `export ics [--rota ID]`: the activities' starts and follow-ups as iCalendar, or a rota's shifts
    /// and exceptions.
    func export(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(
            words: 1, options: ["out", "lang", "rota"], flags: [], usage: "export ics [--rota ID] [--out FILE]",
            at: location)
        guard let what = tool.words.first, what.text.lowercased() == "ics" else {
            throw ShellError(
                "expected 'export ics' (plan files are exported with `beredskap export --format yaml`)",
                at: tool.words.first?.location ?? location)
        }
        let rota = tool.options["rota"].map { EntityReference(text: $0.text, quoted: false, location: $0.location) }
        try write(
            try workspace.iCalendar(
                rota: rota, language: tool.options["lang"].flatMap { ReportLanguage(name: $0.text) }),
            to: tool.options["out"])
    }

    /// `diagram PATH [--format dot|mermaid|svg]`: an alarm path as a graph.
    func diagram(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(
            words: 1, options: ["format", "out", "lang"], flags: [], usage: "diagram PATH [--format dot|mermaid|svg]",
            at: location)
        guard let reference = tool.words.first else {
            throw ShellError("expected an alarm path, e.g. diagram via-socialjouren --format dot", at: location)
        }
        let formatName = tool.options["format"]?.text.lowercased() ?? "dot"
        guard let format = DiagramFormat(rawValue: formatName) else {
            throw ShellError(
                "unknown diagram format '\(formatName)'; use dot, mermaid or svg",
                at: tool.options["format"]?.location ?? location)
        }
        let diagram = try workspace.diagram(
            EntityReference(text: reference.text, quoted: false, location: reference.location), format: format,
            language: tool.options["lang"].flatMap { ReportLanguage(name: $0.text) }, at: location)
        try write(diagram, to: tool.options["out"])
    }

    // MARK: Parts

    /// The report format: `--format` in the command, else the output mode (`--format` on the command
    /// line, `.mode`): box, table and line give the terminal form.
    func reportFormat(_ option: ToolInvocation.Argument?) throws(ShellError) -> ReportFormat {
        if let option {
            guard let format = ReportFormat(name: option.text) else {
                throw ShellError(
                    "unknown report format '\(option.text)'; use terminal, markdown, html, json or csv",
                    at: option.location)
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
    func write(_ text: String, to file: ToolInvocation.Argument?) throws(ShellError) {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        guard let file else {
            emitRendered(body)
            return
        }
        let path = resolvePath(file.text)
        do {
            try OutputFile.write(body, to: path, protecting: store.location)
        } catch {
            throw ShellError(error.message, at: file.location)
        }
    }

    /// `--since`: a date, or a change set whose day is the previous follow-up.
    func since(_ argument: ToolInvocation.Argument?) throws(ShellError) -> ReportRequest.Since? {
        guard let argument else { return nil }
        if let changeSet = Int64(argument.text) { return .changeSet(changeSet) }
        do {
            return .date(try PartialDate(parsing: argument.text))
        } catch {
            throw ShellError(
                "'\(argument.text)' is neither a date (YYYY-MM-DD) nor a change set number", at: argument.location)
        }
    }
}

extension ToolInvocation {
    /// Refuses words, options and flags the command does not take, naming the first one.
    func allowOnly(
        words count: Int, options allowed: Set<String>, flags allowedFlags: Set<String>, usage: String,
        at location: InputLocation
    ) throws(ShellError) {
        if words.count > count {
            throw ShellError("unexpected '\(words[count].text)'; usage: \(usage)", at: words[count].location)
        }
        for (name, argument) in options.sorted(by: { $0.key < $1.key }) where !allowed.contains(name) {
            throw ShellError(
                "'\(command)' has no option '--\(name)'"
                    + (Suggestion.nearest(to: name, in: Array(allowed)).map { "; did you mean '--\($0)'?" }
                        ?? "; usage: \(usage)"),
                at: argument.location)
        }
        for flag in flags.sorted() where !allowedFlags.contains(flag) {
            throw ShellError("'\(command)' has no flag '--\(flag)'; usage: \(usage)", at: location)
        }
    }

    /// The option `name` as a date.
    func date(_ name: String) throws(ShellError) -> PartialDate? {
        guard let argument = options[name] else { return nil }
        do {
            return try PartialDate(parsing: argument.text)
        } catch {
            throw ShellError(
                "'--\(name)' takes a date such as 2018-04-30, not '\(argument.text)'", at: argument.location)
        }
    }
}
