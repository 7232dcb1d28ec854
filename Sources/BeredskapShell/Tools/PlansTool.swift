import ArgumentParser
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace

/// `plans [--archived]`, `plans default ID`, `plans remove ID [-m WHY]`, `plans restore ID [-m WHY]`: the
/// store's plans in the shell, as `beredskap plans …` gives them on the command line.
struct PlansTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "List the plans in the store; choose the default; take a plan out of use.",
        subcommands: [List.self, Default.self, Archive<RemovePlan>.self, Archive<RestorePlan>.self],
        defaultSubcommand: List.self)

    /// `plans [list] [--archived]`.
    struct List: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The plans with their current version, status, default and owner.")
        static let examples = ["plans", "plans --archived"]

        @Flag(help: "The archived plans (taken out of use with `plans remove`) instead.")
        var archived = false
        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in
                let plans = try PlanListing.shell(invocation) { () throws(WorkspaceError) in
                    try session.workspace.plans(archived: archived)
                }
                session.emit(PlanListing.table(plans, archived: archived))
            }
        }
    }

    /// `plans default ID`.
    struct Default: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "default", abstract: "Make a plan the one commands use when none is named.")
        static let examples = ["plans default stockholm-socialforvaltningen-2017-2018"]

        @Argument(help: ArgumentHelp("The plan's id, as `plans` lists it.", valueName: "id"))
        var id: String

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let plan = EntityID(id)
            let before = try PlanListing.shell(invocation) { () throws(WorkspaceError) in
                try session.workspace.makeDefault(plan)
            }
            session.emit(PlanListing.madeDefault(plan, before: before) + "\n")
        }
    }

    /// `plans remove ID [-m WHY]` (the plan is archived, never deleted) and `plans restore ID [-m WHY]`.
    struct Archive<Step: ArchiveStepCommand>: ShellTool {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: Step.name, abstract: Step.abstract)
        }
        @OptionGroup var arguments: ArchiveOptions

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try arguments.take(Step.step, in: session, invocation)
        }
    }

    /// The plan `plans remove` and `plans restore` act on, and why.
    struct ArchiveOptions: ParsableArguments {
        @Argument(help: ArgumentHelp("The plan's id, as `plans` lists it.", valueName: "id"))
        var id: String
        @Option(name: [.short, .long], help: ArgumentHelp("Why, for the change log.", valueName: "text"))
        var message: String?

        func take(_ step: PlanArchiveStep, in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let said = try PlanListing.shell(invocation) { () throws(WorkspaceError) in
                try step.take(session.workspace, EntityID(id), message: message)
            }
            session.emit(said + "\n")
        }
    }
}

/// What `plans` shows and says, in the shell and on the command line alike.
public enum PlanListing {
    /// The plans as a table: id, name, version, status, then default (or, for archived plans, when and by
    /// whom they were archived), and the owning administration.
    public static func table(_ plans: [PlanStore.PlanInfo], archived: Bool) -> ResultTable {
        ResultTable(
            columns: ["id", "name", "version", "status"] + (archived ? ["archived", "by"] : ["default"]) + ["owner"],
            rows: plans.map { plan in
                [.text(plan.id.rawValue), .text(plan.title), .integer(plan.version), .text(plan.status.rawValue)]
                    + (archived
                        ? [.text(String(plan.archivedAt?.prefix(10) ?? "")), .text(plan.archivedBy ?? "")]
                        : [.boolean(plan.isDefault)])
                    + [plan.owner.map { .text($0.rawValue) } ?? .null]
            })
    }

    /// What making `id` the default says, given the default before.
    public static func madeDefault(_ id: EntityID, before: EntityID?) -> String {
        before == id
            ? "'\(id)' is the default plan already."
            : "'\(id)' is the default plan now" + (before.map { " (it was '\($0)')" } ?? "") + "."
    }

    /// A workspace step in a tool command, its error the command's.
    static func shell<T>(_ invocation: ToolInvocation, _ body: () throws(WorkspaceError) -> T) throws(ShellError) -> T {
        do {
            return try body()
        } catch {
            throw ShellError(error.message, at: invocation.arguments.first?.location, code: error.code)
        }
    }
}

/// A step of a plan's archiving: `plans remove` or `plans restore`.
public enum PlanArchiveStep: Sendable {
    /// Takes the plan out of use.
    case archive
    /// Brings it back.
    case restore

    /// Takes the step through a workspace, and says what it did.
    public func take(_ workspace: Workspace, _ id: EntityID, message: String?) throws(WorkspaceError) -> String {
        switch self {
        case .archive:
            let record = try workspace.archive(id, message: message)
            return "Archived plan '\(id)' (version \(record.version), change set #\(record.id)): it is no longer "
                + "listed or used; its versions and history are kept. `beredskap plans restore \(id)` brings it back."
        case .restore:
            let record = try workspace.restore(id, message: message)
            return "Restored plan '\(id)' (version \(record.version), change set #\(record.id))."
        }
    }
}

/// A subcommand of `plans` that takes a step of a plan's archiving.
protocol ArchiveStepCommand {
    static var step: PlanArchiveStep { get }
    static var name: String { get }
    static var abstract: String { get }
}

/// `plans remove`.
enum RemovePlan: ArchiveStepCommand {
    static let step = PlanArchiveStep.archive
    static let name = "remove"
    static let abstract = "Take a plan out of use; it is archived with its versions and history."
}

/// `plans restore`.
enum RestorePlan: ArchiveStepCommand {
    static let step = PlanArchiveStep.restore
    static let name = "restore"
    static let abstract = "Bring an archived plan back into use, as it was."
}
