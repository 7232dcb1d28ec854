import ArgumentParser
import BeredskapModel
import BeredskapShell
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// `beredskap plans`: the plans in the store, and which of them are in use.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "List the plans in the store; choose the default; take a plan out of use.",
        subcommands: [
            PlansListCommand.self, PlansDefaultCommand.self, PlansRemoveCommand.self, PlansRestoreCommand.self,
        ],
        defaultSubcommand: PlansListCommand.self)
}

/// `beredskap plans [list]`: the plans as a table in the shell's output modes.
struct PlansListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the plans in the store with their current version and status.",
        discussion: """
            The table has the columns of the shell's `list plans` (id, name, version, status, default) and the \
            administration that owns each plan; with --archived, the plans taken out of use, with when and by \
            whom. --format takes the shell's output modes: box (the default), table, csv, json, markdown, line, \
            html.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "List the archived plans (taken out of use with `plans remove`) instead.")
    var archived = false

    func run() throws {
        let mode = try global.outputMode()
        let workspace = Workspace(store: try global.openStore())
        let plans = try reportingWorkspaceErrors { () throws(WorkspaceError) in
            try workspace.plans(archived: archived)
        }
        let table = PlanListing.table(plans, archived: archived)
        print(TableRenderer.render(table, mode: mode, style: .detect(for: STDOUT_FILENO)), terminator: "")
    }
}

/// The plan a `plans` subcommand acts on.
struct PlanArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The plan's id, as `beredskap plans` lists it.", valueName: "id"))
    var id: String
}

/// `beredskap plans default ID`.
struct PlansDefaultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "default", abstract: "Make a plan the one commands use when --plan names none.",
        discussion: "On a shared PostgreSQL store the default is the login's own; the database owner's is everyone's.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var plan: PlanArgument

    func run() throws {
        let workspace = Workspace(store: try global.openStore())
        let id = EntityID(plan.id)
        let before = try reportingWorkspaceErrors { () throws(WorkspaceError) in try workspace.makeDefault(id) }
        print(PlanListing.madeDefault(id, before: before))
    }
}

/// The plan `plans remove` and `plans restore` act on, and why.
struct ArchiveArguments: ParsableArguments {
    @OptionGroup var plan: PlanArgument

    @Option(name: [.short, .long], help: ArgumentHelp("Why, for the change log.", valueName: "text"))
    var message: String?
}

/// `plans remove` or `plans restore`: a step of a plan's archiving, on the store.
protocol ArchiveCommand: ParsableCommand {
    var global: GlobalOptions { get }
    var arguments: ArchiveArguments { get }
    static var step: PlanArchiveStep { get }
}

extension ArchiveCommand {
    func run() throws {
        let workspace = Workspace(store: try global.openStore())
        print(
            try reportingWorkspaceErrors { () throws(WorkspaceError) in
                try Self.step.take(workspace, EntityID(arguments.plan.id), message: arguments.message)
            })
    }
}

/// `beredskap plans remove ID`: the plan is archived, never deleted.
struct PlansRemoveCommand: ArchiveCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Take a plan out of use; it is archived with its versions and history.",
        discussion: """
            Nothing is deleted: every version (an approved one included), the change log and the drills are kept, \
            `beredskap plans --archived` lists the plan and `beredskap plans restore ID` brings it back as it was.
            """)
    static let step = PlanArchiveStep.archive

    @OptionGroup var global: GlobalOptions
    @OptionGroup var arguments: ArchiveArguments
}

/// `beredskap plans restore ID`.
struct PlansRestoreCommand: ArchiveCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring an archived plan back into use, as it was.")
    static let step = PlanArchiveStep.restore

    @OptionGroup var global: GlobalOptions
    @OptionGroup var arguments: ArchiveArguments
}
