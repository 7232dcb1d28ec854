import ArgumentParser
import BeredskapModel
import BeredskapStorage

/// `beredskap summary`: what the plan holds, at a glance.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract:
            "Print an overview of a plan: owner, period, units by function, focus areas, activities, alarm paths.",
        discussion: "--format json prints the same overview as JSON."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Read the plan from a plan file instead.", valueName: "file"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The id of the plan in the store.", valueName: "id"))
    var plan: String?

    func validate() throws {
        _ = try global.format(SummaryFormat.self, default: .terminal)
    }

    func run() throws {
        let plan = try PlanSource(global: global, file: from).plan(id: self.plan.map { EntityID($0) })
        switch try global.format(SummaryFormat.self, default: .terminal) {
        case .terminal:
            print(PlanSummary.text(for: plan, file: from))
        case .json:
            print(PlanSummary.value(of: plan).jsonText())
        }
    }
}

/// The forms `beredskap summary` prints.
enum SummaryFormat: String, CaseIterable {
    case terminal, json
}

/// A plan's overview as text.
enum PlanSummary {
    static func counts(of plan: Plan) -> String {
        "plan '\(plan.id)': \(plan.units.count) units, \(plan.roles.count) roles, "
            + "\(plan.allActivities.count) activities, \(plan.alarmPaths.count) alarm paths"
    }

    /// The overview, ending with how to get the whole plan: the file it was read from (`file`) or
    /// an export of this plan from the store.
    static func text(for plan: Plan, file: String? = nil) -> String {
        let metadata = plan.metadata
        var lines = [metadata.title]
        let owner = [metadata.owner?.city, metadata.owner?.board].compactMap { $0 }.joined(separator: ", ")
        if !owner.isEmpty { lines.append(owner) }
        if let period = metadata.period {
            lines.append("Period: \(period.start)\(period.end.map { "–\($0)" } ?? "")")
        }
        if !metadata.approvals.isEmpty {
            lines.append(
                "Decisions: "
                    + metadata.approvals.map { decision in
                        "\(decision.action.rawValue) by \(decision.body) "
                            + (decision.date.map(\.description) ?? "(pending)")
                            + (decision.condition.map { " on condition: \($0)" } ?? "")
                    }.joined(separator: "; "))
        }
        lines.append("")
        lines.append("Units (\(plan.units.count)):")
        for function in UnitFunction.allCases {
            let count = plan.units.filter { $0.functions.contains(function) }.count
            // A plan in Swedish gets the words its readers know the functions by; any other, the format's.
            let name =
                metadata.language.hasPrefix("sv")
                ? "\(function.swedishLabel) (\(function.rawValue))" : function.rawValue
            lines.append("  \(name): \(count)")
        }
        lines.append("Focus areas (\(plan.focusAreas.count))" + (plan.focusAreas.isEmpty ? "" : ":"))
        for area in plan.focusAreas {
            lines.append("  " + (area.number.map { "\($0) " } ?? "") + "\(area.title) (\(area.id))")
        }
        lines.append("Activities: \(plan.allActivities.count)")
        lines.append(
            "Alarm paths: "
                + (plan.alarmPaths.isEmpty
                    ? "none" : plan.alarmPaths.map { "\($0.name) (\($0.id))" }.joined(separator: "; ")))
        lines.append(
            "Roles: \(plan.roles.count), definitions: \(plan.definitions.count), milieus: \(plan.milieus.count)")
        lines.append("")
        if let file {
            lines.append("The whole plan is in \(file); add it to the store with: beredskap import \(file)")
        } else {
            lines.append("Export it with: beredskap export --plan \(plan.id) --format yaml")
        }
        return lines.joined(separator: "\n")
    }

    /// The overview as JSON: the same content as the text, by key.
    static func value(of plan: Plan) -> PlanValue {
        let metadata = plan.metadata
        var pairs: [(String, PlanValue)] = [("id", .string(plan.id.rawValue)), ("title", .string(metadata.title))]
        if let owner = metadata.owner {
            pairs.append(
                (
                    "owner",
                    .mapping(
                        [
                            ("city", owner.city), ("board", owner.board),
                            ("administration", owner.administration?.rawValue),
                        ].compactMap { key, value in value.map { (key, PlanValue.string($0)) } })
                ))
        }
        if let period = metadata.period {
            pairs.append(
                (
                    "period",
                    .mapping(
                        [("start", .string(period.start.description))]
                            + (period.end.map { [("end", PlanValue.string($0.description))] } ?? []))
                ))
        }
        if !metadata.approvals.isEmpty {
            pairs.append(
                (
                    "decisions",
                    .sequence(
                        metadata.approvals.map { decision in
                            .mapping(
                                [("action", .string(decision.action.rawValue)), ("body", .string(decision.body))]
                                    + [
                                        ("date", decision.date?.description), ("condition", decision.condition),
                                    ].compactMap { key, value in value.map { (key, PlanValue.string($0)) } }
                                    + [("taken", .boolean(decision.isTaken))])
                        })
                ))
        }
        pairs.append(
            (
                "units",
                .mapping(
                    [("count", .integer(plan.units.count))]
                        + UnitFunction.allCases.map { function in
                            (function.rawValue, .integer(plan.units.filter { $0.functions.contains(function) }.count))
                        })
            ))
        pairs.append(
            (
                "focusAreas",
                .sequence(
                    plan.focusAreas.map { area in
                        .mapping(
                            [("id", .string(area.id.rawValue))]
                                + (area.number.map { number in
                                    [
                                        (
                                            "number",
                                            number.isWholeNumber
                                                ? .integer(Int(number.text) ?? 0) : .string(number.text)
                                        )
                                    ]
                                } ?? [])
                                + (area.parent.map { [("parent", .string($0.rawValue))] } ?? [])
                                + [("title", .string(area.title))])
                    })
            ))
        pairs.append(("activities", .integer(plan.allActivities.count)))
        pairs.append(
            (
                "alarmPaths",
                .sequence(
                    plan.alarmPaths.map { .mapping([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })
            ))
        pairs += [
            ("roles", .integer(plan.roles.count)), ("definitions", .integer(plan.definitions.count)),
            ("milieus", .integer(plan.milieus.count)),
        ]
        return .mapping(pairs)
    }
}
