import ArgumentParser

/// `beredskap`: the plan against violent extremism, as data.
struct BeredskapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beredskap",
        abstract: "Query, check and export a city administration's action plan against violent extremism.",
        discussion: """
            Without a subcommand, the shell: a REPL on a terminal, or the commands of -c or standard input. \
            The shell's tool commands run as subcommands too: report, drill, reachability, calendar, alarm, \
            diagram and export ics (beredskap report followup --format html --out f.html; \
            beredskap drill act --help). Exit status: 0 ok, 1 error, 2 usage.
            """,
        version: "0.1.0",
        subcommands: [
            ShellCommand.self, RunCommand.self, SummaryCommand.self, ValidateCommand.self, ExportCommand.self,
            ImportCommand.self, PlansCommand.self, HistoryCommand.self, UndoCommand.self, ReferCommand.self,
            ReviewCommand.self, AdoptCommand.self, ApproveCommand.self, PublishCommand.self, ReviseCommand.self,
            StoreCommand.self, AccessCommand.self,
        ],
        defaultSubcommand: ShellCommand.self
    )

    @OptionGroup var global: GlobalOptions
}
