import BeredskapEscalation
import BeredskapModel
import Foundation

extension ShellSession {
    /// The office hours alarm paths and availability are judged by: Swedish municipal office hours,
    /// closed on public holidays and their eves.
    static let officeHours = OfficeHours.swedishMunicipalDefault

    /// Whether an instant falls in ``officeHours``.
    static let isOfficeHours: @Sendable (Date) -> Bool = { officeHours.isOfficeHours(at: $0) }

    /// `calendar holidays YEAR`: the public holidays and eves of a year, as a table (`date`, `name`,
    /// `kind`), which the JSON mode prints as an array of objects.
    func calendar(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(words: 2, options: [], flags: [], usage: "calendar holidays YEAR", at: location)
        guard let what = tool.words.first, ["holidays", "helgdagar"].contains(what.text.lowercased()) else {
            throw ShellError("expected 'calendar holidays YEAR', e.g. calendar holidays 2025", at: location)
        }
        guard tool.words.count == 2, let year = Int(tool.words[1].text), (1...9999).contains(year) else {
            throw ShellError(
                "expected a year from 1 to 9999 after 'calendar holidays', e.g. calendar holidays 2025",
                at: tool.words.count == 2 ? tool.words[1].location : what.location)
        }
        emit(
            ResultTable(
                columns: ["date", "name", "kind"],
                rows: SwedishHolidays.days(in: year).map {
                    [.text($0.date.description), .text($0.name), .text($0.kind.rawValue)]
                }))
    }

    /// A Stockholm wall time written in a command. A time the clocks skip is refused with a message
    /// that says which times exist; a time that happens twice is the first, with a note on standard
    /// error.
    func localInstant(_ argument: ToolInvocation.Argument) throws(ShellError) -> Date {
        do {
            let resolution = try LocalTimeZone.stockholm.resolve(parsing: argument.text)
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
        let week: CalendarDay
        if let argument = tool.options["week"] {
            do {
                week = try CalendarDay(parsing: argument.text)
            } catch {
                throw ShellError(error.description, at: argument.location)
            }
        } else {
            week = LocalTimeZone.stockholm.day(at: Date())
        }
        let analysis = CoverageAnalysis(plan: try currentPlan(), week: week)
        if mode == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            emit(String(decoding: (try? encoder.encode(analysis)) ?? Data(), as: UTF8.self) + "\n")
            return
        }
        emit("Veckan från \(analysis.week), kontorstid enligt kommunal standard (mån–fre 08:00–16:30)\n")
        emit(
            ResultTable(
                columns: ["path", "step", "role", "unreachable hours", "first", "holidays"],
                rows: analysis.steps.map {
                    [
                        .text($0.path), .text($0.step), .text($0.title), .integer($0.unreachableHours),
                        $0.firstUnreachable.map(ShellValue.text) ?? .null,
                        .integer($0.unreachableHolidays.count),
                    ]
                }))
        emit(
            analysis.singlePointsOfFailure.isEmpty
                ? "Inga enskilda felpunkter: varje roll som alla larmvägar behöver har en ställföreträdare.\n"
                : "Enskilda felpunkter (roller utan ställföreträdare som alla larmvägar behöver):\n"
                    + analysis.singlePointsOfFailure.map {
                        "  \($0.title) (\($0.role)): \($0.steps.joined(separator: ", "))\n"
                    }
                    .joined())
        emit(
            analysis.neverRun.isEmpty
                ? "Alla steg kan köras.\n"
                : "Steg som aldrig kan köras:\n"
                    + analysis.neverRun.map { "  \($0.path)/\($0.step): \($0.reason)\n" }.joined())
    }
}
