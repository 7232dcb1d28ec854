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
