import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// `beredskap summary`: what the plan holds, at a glance.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print an overview of a plan: owner, period, units by function, activities, alarm paths."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Read the plan from a plan file instead.", valueName: "file"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The id of the plan in the store.", valueName: "id"))
    var plan: String?

    func run() throws {
        let plan = try PlanSource(global: global, file: from).plan(id: self.plan.map { EntityID($0) })
        print(PlanSummary.text(for: plan))
    }
}

/// A plan's overview as text.
enum PlanSummary {
    static func counts(of plan: Plan) -> String {
        "plan '\(plan.id)': \(plan.units.count) units, \(plan.roles.count) roles, "
            + "\(plan.allActivities.count) activities, \(plan.alarmPaths.count) alarm paths"
    }

    static func text(for plan: Plan) -> String {
        let metadata = plan.metadata
        var lines = [metadata.title]
        let owner = [metadata.owner?.city, metadata.owner?.board].compactMap { $0 }.joined(separator: ", ")
        if !owner.isEmpty { lines.append(owner) }
        if let period = metadata.period {
            lines.append("Period: \(period.start)\(period.end.map { "–\($0)" } ?? "")")
        }
        lines.append("")
        lines.append("Units (\(plan.units.count)):")
        for function in UnitFunction.allCases {
            let count = plan.units.filter { $0.functions.contains(function) }.count
            lines.append("  \(function.swedishLabel) (\(function.rawValue)): \(count)")
        }
        lines.append("Activities: \(plan.allActivities.count)")
        lines.append("Alarm paths: " + plan.alarmPaths.map { "\($0.name) (\($0.id))" }.joined(separator: "; "))
        lines.append(
            "Roles: \(plan.roles.count), definitions: \(plan.definitions.count), milieus: \(plan.milieus.count)")
        lines.append("")
        lines.append("Export it with: beredskap export --format yaml")
        return lines.joined(separator: "\n")
    }
}
