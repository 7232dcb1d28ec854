import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// `calendar holidays YEAR` and `calendar rota ID [--from DATE] [--to DATE]`.
    func calendar(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        switch tool.words.first?.text.lowercased() {
        case "holidays", "helgdagar": try holidays(tool, at: location)
        case "rota", "schema", "beredskapsschema": try rota(tool, at: location)
        default:
            throw ShellError(
                "expected 'calendar holidays YEAR' or 'calendar rota ID', e.g. calendar holidays 2025", at: location)
        }
    }

    /// `calendar holidays YEAR`: the public holidays and eves of a year, as a table (`date`, `name`,
    /// `kind`), which the JSON mode prints as an array of objects.
    func holidays(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(words: 2, options: [], flags: [], usage: "calendar holidays YEAR", at: location)
        guard tool.words.count == 2, let year = Int(tool.words[1].text), (1...9999).contains(year) else {
            throw ShellError(
                "expected a year from 1 to 9999 after 'calendar holidays', e.g. calendar holidays 2025",
                at: tool.words.count == 2 ? tool.words[1].location : tool.words[0].location)
        }
        emit(
            ResultTable(
                columns: ["date", "name", "kind"],
                rows: workspace.jurisdiction.holidays.days(in: year).map {
                    [.text($0.date.description), .text($0.name), .text($0.kind.rawValue)]
                }))
    }

    /// `calendar rota ID [--from DATE] [--to DATE]`: the rota from the first day to the last (four
    /// weeks from this week's Monday by default) as stretches that are held (`covered`) or a gap, with
    /// the note of the exception that made each.
    func rota(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        let usage = "calendar rota ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]"
        try tool.allowOnly(words: 2, options: ["from", "to"], flags: [], usage: usage, at: location)
        guard tool.words.count == 2 else {
            throw ShellError("expected a rota after 'calendar rota'; usage: \(usage)", at: tool.words[0].location)
        }
        let word = tool.words[1]
        let id = try resolveID(EntityReference(text: word.text, quoted: false, location: word.location), in: .rotas)
        let plan = try currentPlan()
        guard let rota = try planCalendar(plan, at: location).rotas[EntityID(id)] else {
            throw ShellError("plan '\(plan.id)' has no rota '\(id)'", at: word.location)
        }
        let zone = rota.timeZone
        let today = zone.day(at: Date())
        let first = try day("from") ?? today.adding(days: -(today.weekday.rawValue - 1))
        let last = try day("to") ?? first.adding(days: 27)
        guard first <= last else {
            throw ShellError("--to \(last) is before --from \(first)", at: tool.options["to"]?.location ?? location)
        }
        func start(of day: CalendarDay) -> Date {
            // `.moveForward` never throws.
            LocalDateTime(day: day).flatMap { try? zone.resolve($0, gap: .moveForward).date } ?? .distantPast
        }
        let periods = rota.dutyPeriods(in: DateInterval(start: start(of: first), end: start(of: last.adding(days: 1))))
        emit(
            ResultTable(
                columns: ["from", "to", "state", "note"],
                rows: periods.map { period in
                    let note = period.override?.note
                    return [
                        .text(zone.localDateTime(at: period.interval.start).description),
                        .text(zone.localDateTime(at: period.interval.end).description),
                        .text(period.isCovered ? "covered" : "gap"), note.map(ShellValue.text) ?? .null,
                    ]
                }))

        func day(_ option: String) throws(ShellError) -> CalendarDay? {
            guard let argument = tool.options[option] else { return nil }
            do {
                return try CalendarDay(parsing: argument.text)
            } catch {
                throw ShellError(error.description, at: argument.location)
            }
        }
    }

    /// A wall time written in a command, in the default jurisdiction's time zone. A time the clocks skip is refused with a message
    /// that says which times exist; a time that happens twice is the first, with a note on standard
    /// error.
    func localInstant(_ argument: ToolInvocation.Argument) throws(ShellError) -> Date {
        do {
            let resolution = try workspace.jurisdiction.timeZone.resolve(parsing: argument.text)
            if let notice = resolution.notice { errors("note: " + notice) }
            return resolution.date
        } catch {
            throw ShellError(error.description, at: argument.location)
        }
    }
}

extension ShellSession {
    /// `coverage [--week YYYY-MM-DD]`: who can be reached at each step of each entry path, hour by hour
    /// over a week and on the year's holidays; the single points of failure; steps that never run.
    func coverage(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(words: 0, options: ["week"], flags: [], usage: "coverage [--week YYYY-MM-DD]", at: location)
        let plan = try currentPlan()
        var week: CalendarDay?
        if let argument = tool.options["week"] {
            do {
                week = try CalendarDay(parsing: argument.text)
            } catch {
                throw ShellError(error.description, at: argument.location)
            }
        }
        let analysis = try workspace.coverage(week: week, at: location)
        let calendar = try workspace.calendar(at: location)
        if mode == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            emit(String(decoding: (try? encoder.encode(analysis)) ?? Data(), as: UTF8.self) + "\n")
            return
        }
        let language = ReportLanguage(planLanguage: plan.metadata.language)
        emit(
            CoverageAnalysisText.heading(
                analysis, calendar: calendar, planStatesHours: !plan.metadata.officeHours.isEmpty, language))
        emit(
            ResultTable(
                columns: ["path", "step", "role", "unreachable hours", "first", "holidays"],
                rows: analysis.steps.map {
                    [
                        .text($0.path), .text($0.step), .text($0.title), .integer($0.unreachableHours),
                        $0.firstUnreachable.map { .text(CoverageAnalysisText.hour($0, language)) } ?? .null,
                        .integer($0.unreachableHolidays.count),
                    ]
                }))
        emit(CoverageAnalysisText.singlePoints(analysis, language))
        if !plan.rotas.isEmpty { emit(CoverageAnalysisText.rotaGaps(analysis, language)) }
        emit(CoverageAnalysisText.neverRun(analysis, language))
    }
}
