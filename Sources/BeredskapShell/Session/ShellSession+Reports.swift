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
        let date = try tool.date("as-of") ?? Self.today()
        let plan = try currentPlan()
        let report: Report
        switch name.text.lowercased() {
        case "followup", "uppföljning", "uppfoljning":
            report = .followUp(
                FollowUpReport(
                    plan: try planForFollowUp(asOf: tool.options["as-of"] == nil ? nil : date, current: plan),
                    asOf: date, since: try since(tool.options["since"]), previous: try previousVersion()))
        case "coverage", "täckning", "tackning":
            report = .coverage(CoverageReport(plan: plan, date: date))
        case "alarmlist", "larmlista":
            report = .alarmList(
                AlarmListReport(plan: plan, includeSensitive: tool.flags.contains("include-sensitive"), date: date))
        case "plan", "document":
            report = .planDocument(PlanDocumentReport(plan: plan, date: date))
        case "drill", "övning", "ovning":
            let session = try drillToReport(tool.words.count == 2 ? tool.words[1] : nil, plan: plan, at: location)
            report = .drill(
                DrillReport(session: session, plan: plan, date: tool.options["as-of"] == nil ? nil : date))
        default:
            throw ShellError(
                "unknown report '\(name.text)'"
                    + (Suggestion.nearest(to: name.text, in: ["followup", "coverage", "alarmlist", "plan", "drill"]).map
                    {
                        "; did you mean '\($0)'?"
                    } ?? "; reports: followup, coverage, alarmlist, plan, drill"),
                at: name.location)
        }
        let format = try reportFormat(tool.options["format"])
        let language = try tool.options["lang"].map { (argument) throws(ShellError) -> ReportLanguage in
            guard let language = ReportLanguage(name: argument.text) else {
                throw ShellError("unknown language '\(argument.text)'; use sv or en", at: argument.location)
            }
            return language
        }
        let renderer = ReportRenderer(
            templateDirectory: tool.options["template"].map { URL(fileURLWithPath: resolvePath($0.text)) })
        do {
            try write(try renderer.render(report, format: format, language: language), to: tool.options["out"])
        } catch let error as ReportRenderingError {
            throw ShellError(error.description, at: location)
        } catch let error as ShellError {
            throw error
        } catch {
            throw ShellError("\(error)", at: location)
        }
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
        let language = tool.options["lang"].flatMap { ReportLanguage(name: $0.text) }
        let plan = try currentPlan()
        guard let rota = tool.options["rota"] else {
            try write(ICalendarExport(plan: plan, language: language).text, to: tool.options["out"])
            return
        }
        let id = try resolveID(EntityReference(text: rota.text, quoted: false, location: rota.location), in: .rotas)
        do {
            try write(
                RotaCalendarExport(plan: plan, rota: EntityID(id), language: language).text, to: tool.options["out"])
        } catch let error as PlanDataError {
            throw ShellError("rota '\(id)' cannot be exported: \(error.description)", at: rota.location)
        } catch let error as ShellError {
            throw error
        } catch {
            throw ShellError("\(error)", at: location)
        }
    }

    /// `diagram PATH [--format dot|mermaid|svg]`: an alarm path as a graph.
    func diagram(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(
            words: 1, options: ["format", "out", "lang"], flags: [], usage: "diagram PATH [--format dot|mermaid|svg]",
            at: location)
        guard let reference = tool.words.first else {
            throw ShellError("expected an alarm path, e.g. diagram via-socialjouren --format dot", at: location)
        }
        let plan = try currentPlan()
        let id = try resolve(
            EntityReference(text: reference.text, quoted: false, location: reference.location), in: .alarmPaths
        ).id
        guard let path = plan.alarmPaths.first(where: { $0.id.rawValue == id }) else {
            throw ShellError("no alarm path '\(id)'", at: reference.location)
        }
        let diagram = AlarmPathDiagram(
            path: path, in: plan, language: tool.options["lang"].flatMap { ReportLanguage(name: $0.text) })
        let format = tool.options["format"]?.text.lowercased() ?? "dot"
        switch format {
        case "dot": try write(diagram.dot, to: tool.options["out"])
        case "mermaid": try write(diagram.mermaid, to: tool.options["out"])
        case "svg":
            do {
                try write(try diagram.svg(), to: tool.options["out"])
            } catch let error as GraphvizError {
                throw ShellError(error.message, at: location)
            } catch let error as ShellError {
                throw error
            } catch {
                throw ShellError("\(error)", at: location)
            }
        default:
            throw ShellError(
                "unknown diagram format '\(format)'; use dot, mermaid or svg",
                at: tool.options["format"]?.location ?? location)
        }
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

    /// The plan as it was at the end of `date`, when a follow-up looks back; the current plan otherwise.
    func planForFollowUp(asOf date: PartialDate?, current: Plan) throws(ShellError) -> Plan {
        guard let date, !workspace.hasPendingEdits else { return current }
        let end = Self.endOfDay(date)
        guard end < Date() else { return current }
        do {
            return try store.plan(planID, asOf: end)
        } catch {
            throw ShellError(error.message)
        }
    }

    /// `--since`: a date, or a change set whose day is the previous follow-up.
    func since(_ argument: ToolInvocation.Argument?) throws(ShellError) -> PartialDate? {
        guard let argument else { return nil }
        if let changeSet = Int64(argument.text) {
            do {
                guard let record = try store.history(plan: planID).first(where: { $0.id == changeSet }) else {
                    throw ShellError(
                        "no change set #\(changeSet) in this plan; `history` lists them", at: argument.location)
                }
                return Self.day(of: record.date)
            } catch let error as ShellError {
                throw error
            } catch {
                throw ShellError("\(error)", at: argument.location)
            }
        }
        do {
            return try PartialDate(parsing: argument.text)
        } catch {
            throw ShellError(
                "'\(argument.text)' is neither a date (YYYY-MM-DD) nor a change set number", at: argument.location)
        }
    }

    /// The plan's previous yearly version, whose measures a revised plan's follow-up reports on.
    func previousVersion() throws(ShellError) -> Plan? {
        do {
            let (version, _) = try store.status(plan: planID)
            return version > 1 ? try store.plan(planID, version: version - 1) : nil
        } catch {
            throw ShellError(error.message)
        }
    }

    static func today() -> PartialDate { day(of: Date()) }

    /// The calendar day of an instant in the default jurisdiction, as a plan date.
    static func day(of date: Date) -> PartialDate {
        let day = Jurisdiction.default.timeZone.day(at: date)
        return (try? PartialDate(year: day.year, month: day.month, day: day.day)) ?? PartialDate(year: day.year)
    }

    /// The last second of a plan date (of its last day, for a month or a year) in the default jurisdiction.
    static func endOfDay(_ date: PartialDate) -> Date {
        let last = date.lastDay
        guard
            let local = LocalDateTime(
                year: last.year, month: last.month, day: last.day, hour: 23, minute: 59, second: 59),
            let resolved = try? Jurisdiction.default.timeZone.resolve(local)
        else { return Date() }
        return resolved.date
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
