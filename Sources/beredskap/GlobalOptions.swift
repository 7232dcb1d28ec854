import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapPostgreSQL
import BeredskapStorage
import BeredskapWorkspace

/// Options every subcommand accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: an SQLite file, :memory:, or a shared PostgreSQL database as postgresql://USER@HOST:PORT/DB "
                + "(?host=/socket/dir for a Unix socket; the password from PGPASSWORD or ~/.pgpass). "
                + "Default: $BEREDSKAP_STORE, else $XDG_DATA_HOME/beredskap/beredskap.sqlite.",
            valueName: "store"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Output format; each command lists the formats it supports.", valueName: "format"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("Who changes are recorded as made by (default: $USER).", valueName: "name"))
    var author: String?

    /// The `--format` value if it is one of `allowed`, `defaultFormat` when none was given.
    func format<F: RawRepresentable & CaseIterable>(_ type: F.Type, default defaultFormat: F) throws -> F
    where F.RawValue == String {
        guard let format else { return defaultFormat }
        if let value = F(rawValue: format.lowercased()) { return value }
        let allowed = F.allCases.map(\.rawValue)
        throw ValidationError(
            "Unknown format '\(format)'; use one of: \(allowed.joined(separator: ", ")).")
    }

    /// The store these options name, opened (and created when new, with the built-in Stockholm plan
    /// when `seed` is true), with the escalation layer's check on every change. Reports failures.
    func openStore(seed: Bool = true) throws -> PlanStore {
        let location = store.map(StoreLocation.init(argument:)) ?? StoreLocation.standard()
        return try reportingStoreErrors { () throws(StoreError) in
            try PostgreSQLStore.open(location, author: author, seed: seed, checks: planChecks)
        }
    }
}

/// Runs `body`, printing a store error on standard error and exiting with status 1.
func reportingStoreErrors<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        StandardError.write("beredskap: " + error.message)
        throw ExitCode.failure
    }
}

/// Runs `body`, printing a workspace error on standard error and exiting with status 1.
func reportingWorkspaceErrors<T>(_ body: () throws(WorkspaceError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        StandardError.write("beredskap: " + error.message)
        throw ExitCode.failure
    }
}

/// The checks a plan must pass besides the model's own, wherever the tool reads or changes one: office
/// hours, rotas and alert rules that the escalation layer cannot read.
let planChecks = Workspace.planChecks
