import ArgumentParser
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace

/// The options every lifecycle command that records a decision takes.
struct DecisionDate: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The date of the decision (YYYY-MM-DD).", valueName: "date"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("The plan.", valueName: "id"))
    var plan: String?

    @Option(
        name: .customLong("by"),
        help: ArgumentHelp(
            "The body that took it, when the plan's approvals name another or none.", valueName: "body"))
    var body: String?

    @Option(name: .long, help: ArgumentHelp("The decision's diary number.", valueName: "number"))
    var diaryNumber: String?

    func parsed() throws -> PartialDate {
        try Self.date(date, option: "--date")
    }

    static func date(_ text: String, option: String) throws -> PartialDate {
        do {
            return try PartialDate(parsing: text)
        } catch {
            throw ValidationError("\(option): \(error)")
        }
    }
}

/// A command that records a decision of the plan's decision chain.
protocol DecisionCommand: ParsableCommand {
    var global: GlobalOptions { get }
    var decision: DecisionDate { get }
    /// The kind of decision the command records.
    static var action: Approval.Action { get }
    /// What the decision says besides the options every decision takes.
    func details() throws -> DecisionDetails
}

extension DecisionCommand {
    func details() throws -> DecisionDetails { DecisionDetails() }

    func run() throws {
        let date = try decision.parsed()
        var details = try details()
        details.body = decision.body
        details.diaryNumber = decision.diaryNumber
        let workspace = Workspace(store: try global.openStore(), plan: decision.plan.map { EntityID($0) })
        let record = try reportingWorkspaceErrors { () throws(WorkspaceError) in
            try workspace.record(Self.action, on: date, details: details)
        }
        print("\(record.plan) v\(record.version): \(Self.action.rawValue) \(date) (change set #\(record.id))")
    }
}

/// The condition option of the decisions that may be taken on one.
struct ConditionOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The condition, for a decision taken on one, as the decision words it.", valueName: "text"))
    var condition: String?
}

/// `beredskap refer`: the plan went out for consultation (*remiss*).
struct ReferCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer",
        abstract: "Record that the plan was referred for consultation (remiss) to the bodies that answer it.",
        discussion: "The bodies and deadline default to those of the referral the plan's approvals expect.")
    static let action = Approval.Action.referred

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate

    @Option(name: .customLong("to"), help: ArgumentHelp("A body it goes to (repeat for each).", valueName: "body"))
    var bodies: [String] = []

    @Option(name: .long, help: ArgumentHelp("When they are to answer by (YYYY-MM-DD).", valueName: "date"))
    var deadline: String?

    func details() throws -> DecisionDetails {
        DecisionDetails(bodies: bodies, deadline: try deadline.map { try DecisionDate.date($0, option: "--deadline") })
    }
}

/// `beredskap review`: a body outside the administration reviewed the plan.
struct ReviewCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Record that the plan was reviewed (by a university, say).")
    static let action = Approval.Action.reviewed

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate
}

/// `beredskap adopt`: the nämnd adopted the plan.
struct AdoptCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt", abstract: "Record that the owning nämnd adopted the plan (draft → adopted).")
    static let action = Approval.Action.adopted

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate
    @OptionGroup var conditional: ConditionOption

    func details() throws -> DecisionDetails { DecisionDetails(condition: conditional.condition) }
}

/// `beredskap approve`: the approving body (kommunstyrelsen, for most plans) approved the plan.
struct ApproveCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract:
            "Record that the plan was approved (adopted → approved), perhaps on a condition; its content is then fixed."
    )
    static let action = Approval.Action.approved

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate
    @OptionGroup var conditional: ConditionOption

    func details() throws -> DecisionDetails { DecisionDetails(condition: conditional.condition) }
}

/// `beredskap publish`: the plan was published.
struct PublishCommand: DecisionCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "Record that the plan was published.")
    static let action = Approval.Action.published

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: DecisionDate
}

/// `beredskap revise`: the yearly revision starts the next version.
struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Start the next version of an adopted or approved plan, carrying every activity with its status.",
        discussion: """
            The new version is a draft with the plan's labels and period (unless --label or --period changes them) \
            and no decision taken: it goes through the plan's decision chain again, every decision expected.
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
