import ArgumentParser
import BeredskapPostgreSQL
import BeredskapShell
import BeredskapStorage
import Foundation

/// `beredskap store`: moving a store between SQLite and PostgreSQL.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Copy a store between an SQLite file and a PostgreSQL database.",
        subcommands: [StoreCopyCommand.self])
}

/// `beredskap store copy --from SOURCE --to DESTINATION`.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Copy every plan, version, change set and drill of a store into an empty one.",
        discussion: """
            SOURCE and DESTINATION are each an SQLite file or a postgresql:// URI (libpq's form; the \
            password from PGPASSWORD or ~/.pgpass). Every id, author and time is kept; the copy is one \
            transaction, so DESTINATION gets everything or nothing. DESTINATION must hold no plans: a new \
            file, or a database whose owner runs the copy (the schema is set up on the way, without the \
            built-in plan). The source is only read.
            """)

    @Option(name: .long, help: ArgumentHelp("The store to copy.", valueName: "store"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The empty store to copy into.", valueName: "store"))
    var to: String

    func run() throws {
        let source = StoreLocation(argument: from)
        let destination = StoreLocation(argument: to)
        if source == destination {
            throw ValidationError("--from and --to name the same store (\(source)); name another destination")
        }
        if case .file(let path) = source, !FileManager.default.fileExists(atPath: path) {
            StandardError.write("beredskap: no store at \(path) to copy; --from names an existing store file")
            throw ExitCode.failure
        }
        let summary = try reportingStoreErrors { () throws(StoreError) in
            let from = try PostgreSQLStore.open(source, seed: false)
            let to = try PostgreSQLStore.open(destination, seed: false)
            return try from.copy(to: to)
        }
        print(
            "Copied \(summary.plans.count) plan\(summary.plans.count == 1 ? "" : "s") "
                + "(\(summary.plans.map(\.rawValue).joined(separator: ", "))), \(summary.versions) versions, "
                + "\(summary.changeSets) change sets and \(summary.drills) drills from \(source) to \(destination).")
    }
}

/// `beredskap access`: who may do what on a shared PostgreSQL store.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access", abstract: "Grant, revoke and list what logins may do on a shared PostgreSQL store.",
        discussion: """
            Run by the database's owner. The database enforces each capability with row-level security: \
            \(PostgreSQLStore.capabilities.map { "\($0.name) \($0.allows)" }.joined(separator: "; ")). \
            Logins are PostgreSQL roles the city's DBA creates (CREATE ROLE anna LOGIN).
            """,
        subcommands: [AccessGrantCommand.self, AccessRevokeCommand.self, AccessListCommand.self])
}

/// `beredskap access grant LOGIN CAPABILITY [ORG]`.
struct AccessGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant", abstract: "Give a login a capability (coordinator takes the administration).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The PostgreSQL login.", valueName: "login"))
    var login: String

    @Argument(help: ArgumentHelp("coordinator, central, approver, trainer or auditor.", valueName: "capability"))
    var capability: String

    @Argument(help: ArgumentHelp("For coordinator: the administration's id.", valueName: "org"))
    var organization: String?

    func run() throws {
        let store = try global.openStore()
        let new = try reportingStoreErrors { () throws(StoreError) in
            try PostgreSQLStore.grant(capability, to: login, organization: organization, in: store)
        }
        let what = capability + (organization.map { " \($0)" } ?? "")
        print(new ? "Granted \(what) to \(login)." : "\(login) has \(what) already.")
    }
}

/// `beredskap access revoke LOGIN [CAPABILITY [ORG]]`.
struct AccessRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Take a capability from a login (every capability when none is named).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The PostgreSQL login.", valueName: "login"))
    var login: String

    @Argument(help: ArgumentHelp("The capability; every one when left out.", valueName: "capability"))
    var capability: String?

    @Argument(help: ArgumentHelp("For coordinator: the administration; every one when left out.", valueName: "org"))
    var organization: String?

    func run() throws {
        let store = try global.openStore()
        let count = try reportingStoreErrors { () throws(StoreError) in
            try PostgreSQLStore.revoke(capability, from: login, organization: organization, in: store)
        }
        print(
            count == 0
                ? "\(login) had no such grant; nothing was revoked."
                : "Revoked \(count) grant\(count == 1 ? "" : "s") from \(login).")
    }
}

/// `beredskap access list`.
struct AccessListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every grant (the owner) or the connected login's own.",
        discussion:
            "--format takes the shell's output modes: box (the default), table, csv, json, markdown, line, html.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let mode = try global.outputMode()
        let store = try global.openStore()
        let grants = try reportingStoreErrors { () throws(StoreError) in try PostgreSQLStore.grants(in: store) }
        let table = ResultTable(
            columns: ["login", "capability", "organization", "granted_at", "granted_by"],
            rows: grants.map { grant in
                [
                    .text(grant.login), .text(grant.capability), grant.organization.map { .text($0) } ?? .null,
                    .text(grant.grantedAt), .text(grant.grantedBy),
                ]
            })
        print(TableRenderer.render(table, mode: mode, style: .detect(for: STDOUT_FILENO)), terminator: "")
    }
}
