import ArgumentParser
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace

/// The date option of the lifecycle commands.
struct DecisionDate: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The date of the decision (YYYY-MM-DD).", valueName: "date"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("The plan.", valueName: "id"))
    var plan: String?

    func parsed() throws -> PartialDate {
        do {
            return try PartialDate(parsing: date)
        } catch {
            throw ValidationError("--date: \(error)")
        }
    }
}

/// A command that records a decision on the plan's way to force.
protocol DecisionCommand: ParsableCommand {
    var global: GlobalOptions { get }
    var decision: DecisionDate { get }
    /// The status the decision gives, for the confirmation.
    static var outcome: String { get }
    /// Records the decision through the workspace.
    static func record(in workspace: Workspace, on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord
}

extension DecisionCommand {
    func run() throws {
        let date = try decision.parsed()
        let workspace = Workspace(store: try global.openStore(), plan: decision.plan.map { EntityID($0) })
        let record = try reportingWorkspaceErrors { () throws(WorkspaceError) in
            try Self.record(in: workspace, on: date)
        }
        print("\(record.plan) v\(record.version): \(Self.outcome) \(date) (change set #\(record.id))")
    }
}

/// `beredskap adopt`: the nämnd adopted the plan.
struct AdoptCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt", abstract: "Record that the owning nämnd adopted the plan (draft → adopted).")
    static let outcome = "adopted"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate

    static func record(in workspace: Workspace, on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord {
        try workspace.adopt(on: date)
    }
}

/// `beredskap approve`: kommunstyrelsen approved the plan.
struct ApproveCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record that kommunstyrelsen approved the plan (adopted → approved); its content is then fixed.")
    static let outcome = "approved"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate

    static func record(in workspace: Workspace, on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord {
        try workspace.approve(on: date)
    }
}

/// `beredskap revise`: the yearly revision starts the next version.
struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Start the next version of an adopted or approved plan, carrying every activity with its status.",
        discussion: """
            The new version is a draft with the plan's labels and period (unless --label or --period changes them) \
            and no decision taken: the dated adoptions and approvals belonged to the previous version.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The plan.", valueName: "id"))
    var plan: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The new period, START:END (2018:2019); default the plan's as it is.", valueName: "start:end"))
    var period: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The new version's own label (the plan's `version`), added to its revision list; default the plan's as it is.",
            valueName: "text"))
    var label: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Why, for the change log.", valueName: "text"))
    var message: String?

    func run() throws {
        var newPeriod: PlanPeriod?
        if let period {
            let parts = period.split(separator: ":").map(String.init)
            guard (1...2).contains(parts.count), let start = try? PartialDate(parsing: parts[0]),
                let end = parts.count == 2 ? try? PartialDate(parsing: parts[1]) : start
            else { throw ValidationError("--period takes START:END with partial dates, e.g. 2018:2019") }
            newPeriod = PlanPeriod(start: start, end: end)
        }
        let workspace = Workspace(store: try global.openStore(), plan: plan.map { EntityID($0) })
        let record = try reportingWorkspaceErrors { () throws(WorkspaceError) in
            try workspace.revise(period: newPeriod, label: label, message: message)
        }
        print("\(record.plan): version \(record.version) started as a draft (change set #\(record.id))")
    }
}
