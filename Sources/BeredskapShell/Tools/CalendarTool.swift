import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// `calendar holidays YEAR` and `calendar rota ID [--from DATE] [--to DATE]`.
struct CalendarTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The public holidays and the eves treated as holidays; a rota's shifts and gaps.",
        subcommands: [Holidays.self, Rota.self])

    /// `calendar holidays YEAR`: the public holidays and eves of a year, as a table (`date`, `name`,
    /// `kind`), which the JSON mode prints as an array of objects.
    struct Holidays: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "holidays", abstract: "The public holidays and eves of a year.", aliases: ["helgdagar"])
        static let examples = ["calendar holidays 2025"]

        @Argument(help: ArgumentHelp("A year from 1 to 9999.", valueName: "year"))
        var year: String?

        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in try emitResult(in: session, invocation)
            }
        }

        func emitResult(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            guard let year, let number = Int(year), (1...9999).contains(number) else {
                throw ShellError(
                    "expected a year from 1 to 9999 after 'calendar holidays', e.g. calendar holidays 2025",
                    at: year.flatMap(invocation.location(of:)) ?? invocation.arguments.first?.location)
            }
            // A plan in English gets the holidays' English names.
            let english = (try? session.workspace.plan().metadata.language.hasPrefix("en")) == true
            session.emit(
                ResultTable(
                    columns: ["date", "name", "kind"],
                    rows: session.workspace.jurisdiction.holidays.days(in: number).map {
                        [
                            .text($0.date.description), .text(english ? $0.englishName : $0.name),
                            .text($0.kind.rawValue),
                        ]
                    }))
        }
    }

    /// `calendar rota ID [--from DATE] [--to DATE]`: the rota from the first day to the last (four
    /// weeks from this week's Monday by default) as stretches that are held (`covered`) or a gap, with
    /// the note of the exception that made each.
    struct Rota: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "rota", abstract: "A rota's shifts and gaps, day by day.",
            aliases: ["schema", "beredskapsschema"])
        static let examples = ["calendar rota tib-schema --from 2017-12-18 --to 2017-12-31"]

        @Argument(help: ArgumentHelp("The rota.", valueName: "id"))
        var rota: String?
        @Option(help: ArgumentHelp("The first day (default: this week's Monday).", valueName: "yyyy-mm-dd"))
        var from: String?
        @Option(help: ArgumentHelp("The last day (default: four weeks on).", valueName: "yyyy-mm-dd"))
        var to: String?

        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in try emitResult(in: session, invocation)
            }
        }

        func emitResult(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            guard let rota else {
                throw ShellError(
                    "expected a rota after 'calendar rota'; usage: calendar rota ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
                    at: invocation.arguments.first?.location)
            }
            let location = invocation.location(of: rota) ?? .unknown
            let first = try ShellTools.day(from, option: "from", in: invocation)
            let last = try ShellTools.day(to, option: "to", in: invocation)
            let (zone, periods): (LocalTimeZone, [BeredskapEscalation.Rota.DutyPeriod])
            do {
                (zone, periods) = try session.workspace.dutyPeriods(
                    of: EntityReference(text: rota, location: location), from: first, to: last)
            } catch  where error.location == nil {
                throw ShellError(error.message, at: invocation.location(ofOption: "to"), code: error.code)
            }
            session.emit(
                ResultTable(
                    columns: ["from", "to", "state", "note"],
                    rows: periods.map { period in
                        [
                            .text(zone.localDateTime(at: period.interval.start).description),
                            .text(zone.localDateTime(at: period.interval.end).description),
                            .text(period.isCovered ? "covered" : "gap"),
                            period.override?.note.map(ShellValue.text) ?? .null,
                        ]
                    }))
        }
    }
}
