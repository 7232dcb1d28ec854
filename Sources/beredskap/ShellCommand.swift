import ArgumentParser
import BeredskapModel
import BeredskapShell
import BeredskapStorage
import Foundation

/// `beredskap` with no subcommand: the shell. On a terminal, the REPL; with `-c`, those commands;
/// with standard input from a pipe or file, the commands read from it, with no prompt or banner.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "The command language: a REPL on a terminal, or commands from -c or standard input.",
        discussion: """
            Each -c runs on its own, as its own change set: an error in one stops there with exit 1, and the \
            change sets of the -c before it stay applied (the shell names them). With -1 \
            (--single-transaction) every -c runs as one change set: all or nothing. Commands from standard \
            input are a script: one change set, all or nothing (-1 changes nothing there). The init file \
            $XDG_CONFIG_HOME/beredskap/rc (or ~/.beredskaprc) runs first unless --no-rc is given. \
            Contact details marked sensitive show as [känslig uppgift] in diff, dry runs and errors unless \
            --include-sensitive is given. Type .help in the shell for the commands.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: [.customShort("c"), .long],
        help: ArgumentHelp("Run a command and exit (repeatable).", valueName: "command"))
    var command: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("The plan to open (default: the store's only or default plan).", valueName: "id"))
    var plan: String?

    @Flag(name: .long, help: "Do not run the init file.")
    var noRC = false

    @Flag(
        name: [.customShort("1"), .long],
        help: "Run every -c as one change set: all or nothing (standard input always is one).")
    var singleTransaction = false

    @Flag(name: .long, help: "Show contact details marked sensitive in diff, dry runs and errors.")
    var includeSensitive = false

    /// Set when `beredskap TOOL …` (a report, a drill …) runs as this shell's `-c`: a usage error then
    /// exits 2, as for every other subcommand.
    @Flag(name: .customLong("tool-command"), help: .hidden)
    var toolCommand = false

    func run() throws {
        let store = try global.openStore()
        let interactive = command.isEmpty && isatty(STDIN_FILENO) == 1
        let session = ShellSession(
            store: store, plan: plan.map { EntityID($0) }, mode: try global.outputMode(), interactive: interactive,
            style: .detect(for: STDOUT_FILENO))
        session.includeSensitive = includeSensitive
        if !noRC, let rc = Self.initFile() {
            guard ScriptFile.run(rc, in: session) else { throw ExitCode.failure }
        }
        if !command.isEmpty {
            guard session.runCommands(command, singleTransaction: singleTransaction) else {
                throw toolCommand && session.lastError?.code == .syntax ? ExitCode.validationFailure : ExitCode.failure
            }
            return
        }
        if interactive {
            // The plan's metadata alone: a large plan is not read whole to greet.
            let name = (try? store.metadata(plan.map { EntityID($0) }).id.rawValue) ?? "?"
            Repl(session: session, historyFile: Repl.standardHistoryFile()).run(
                banner: "beredskap \(BeredskapCommand.configuration.version) — plan '\(name)' in \(store.location)\n"
                    + "Type .help for the commands, .quit or Ctrl-D to leave.")
            return
        }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        guard session.runScript(input, source: "<stdin>") else { throw ExitCode.failure }
    }

    /// `$XDG_CONFIG_HOME/beredskap/rc`, else `~/.beredskaprc`, if it exists.
    static func initFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [configHome + "/beredskap/rc", home + "/.beredskaprc"].first {
            FileManager.default.fileExists(atPath: $0)
        }
    }
}

/// `beredskap run FILE`: a script, as one change set.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script file as one change set: all or nothing.",
        discussion: """
            An error stops the script with FILE:LINE:COLUMN: error: …, the line and a caret, and nothing is \
            applied (-1, --single-transaction, says the same and is accepted for psql's sake). A script that \
            changes the plan says so on standard error: committed 2 changes (#5). With --dry-run, \
            every change is printed (entity, field, old → new) and none is applied; contact details marked \
            sensitive show as [känslig uppgift] unless --include-sensitive is given.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The script.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The plan to work on.", valueName: "id"))
    var plan: String?

    @Flag(name: .long, help: "Print the changes the script would make; apply none.")
    var dryRun = false

    @Flag(name: [.customShort("1"), .long], help: "Run the script as one change set (it always is).")
    var singleTransaction = false

    @Flag(name: .long, help: "Show contact details marked sensitive in dry runs and errors.")
    var includeSensitive = false

    func run() throws {
        let store = try global.openStore()
        let session = ShellSession(store: store, plan: plan.map { EntityID($0) }, mode: try global.outputMode())
        session.includeSensitive = includeSensitive
        session.confirmsChangeSets = true
        guard ScriptFile.run(file, in: session, dryRun: dryRun) else { throw ExitCode.failure }
    }
}

/// Reading and running a script file.
enum ScriptFile {
    static func run(_ path: String, in session: ShellSession, dryRun: Bool = false) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardError.write("beredskap: cannot read \(path): \(String(cString: strerror(errno)))")
            return false
        }
        guard let text = String(data: data, encoding: .utf8) else {
            StandardError.write("beredskap: \(path) is not UTF-8 text; save it as UTF-8")
            return false
        }
        return session.runScript(
            text, source: path, directory: (path as NSString).deletingLastPathComponent, dryRun: dryRun)
    }
}

extension GlobalOptions {
    /// The shell's output mode from `--format` (box when none is given).
    func outputMode() throws -> OutputMode {
        try format(OutputMode.self, default: .box)
    }
}
