import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    // MARK: Tables

    /// The rows of a query; over every plan, each with its plan's id first (`plan`).
    func listTable(_ query: PlanQuery) throws(ShellError) -> ResultTable {
        let columns = EntityCells.columns(of: query.kind)
        let allPlans = query.plans == .all
        return ResultTable(
            columns: (allPlans ? ["plan"] : []) + columns,
            rows: try workspace.select(query).map { row in
                (allPlans ? [Self.planCell(row.plan)] : []) + columns.map { EntityCells.cell(row, $0) }
            })
    }

    /// The `plan` cell of a row of a query over every plan.
    static func planCell(_ plan: EntityID?) -> ShellValue {
        plan.map { .text($0.rawValue) } ?? .null
    }

    /// How a query is answered, one line for each part (``QueryExplanation/lines``).
    func explanation(of statement: Statement, at location: InputLocation) throws(ShellError) -> String {
        let explanation: QueryExplanation
        switch statement {
        case .list(let kind, let condition, let order, let limit, let plans):
            explanation = try workspace.explain(
                PlanQuery(kind, where: condition, orderBy: order, limit: limit, plans: plans))
        case .count(let kind, let condition, let plans):
            explanation = try workspace.explain(PlanQuery(kind, where: condition, plans: plans), counting: true)
        case .serves(let age, let function):
            let condition = try workspace.servingCondition(age: age, function: function, at: location)
            explanation = try workspace.explain(PlanQuery(.units, where: condition))
        default:
            throw ShellError("explain takes list, count or serves", at: location)
        }
        return explanation.lines.map { $0 + "\n" }.joined()
    }

    func showTable(_ row: EntityRow) throws(ShellError) -> ResultTable {
        guard case .mapping(let pairs) = row.value else { return ResultTable(columns: [], rows: []) }
        let fields = pairs.map { $0.0 }
        return ResultTable(columns: fields, rows: [pairs.map { EntityCells.value($0.1) }])
    }

    /// The hits of a search; over every plan, each with its plan's id first (`plan`).
    func searchTable(_ text: String, in plans: PlanScope) throws(ShellError) -> ResultTable {
        let allPlans = plans == .all
        return ResultTable(
            columns: (allPlans ? ["plan"] : []) + ["kind", "id", "field", "text"],
            rows: try workspace.search(text, in: plans).map { found in
                let hit = found.hit
                return (allPlans ? [Self.planCell(found.plan)] : [])
                    + [.text(hit.kind.rawValue), .text(hit.id.rawValue), .text(hit.field), .text(hit.snippet)]
            })
    }

    func responsibleTable(_ activity: EntityReference) throws(ShellError) -> ResultTable {
        ResultTable(
            columns: ["part", "id", "name"],
            rows: try workspace.actors(of: activity).map { actor in
                [.text(Self.partName(actor.part)), .text(actor.id.rawValue), actor.name.map(ShellValue.text) ?? .null]
            })
    }

    /// Everything an actor does: the activities it takes part in and the alarm steps it acts in or
    /// is reached by.
    func dutiesTable(_ reference: EntityReference) throws(ShellError) -> ResultTable {
        ResultTable(
            columns: ["what", "id", "part", "text"],
            rows: try workspace.duties(of: reference).map { duty in
                if let activity = duty.activity {
                    let part = duty.part == .responsible ? "responsible" : "takes part"
                    return [.text("activity"), .text(activity.rawValue), .text(part), .text(duty.text)]
                }
                let id = "\(duty.path?.rawValue ?? "")/\(duty.step?.rawValue ?? "")"
                return [.text("alarm step"), .text(id), .text(Self.partName(duty.part)), .text(duty.text)]
            })
    }

    /// A part as `duties` and `responsible` name it: what the actor does in a step, or is done to it.
    static func partName(_ part: Duty.Part) -> String {
        switch part {
        case .responsible: "responsible"
        case .takesPart: "other actor"
        case .acts(let kind): kind.rawValue
        case .reached(let kind):
            switch kind {
            case .receive: "received"
            case .contact: "contacted"
            case .inform: "informed"
            case .decide: "decided"
            case .activate: "activated"
            case .assign: "assigned"
            case .record: "recorded"
            }
        }
    }

    func servesTable(age: Int, function: String?, at location: InputLocation) throws(ShellError) -> ResultTable {
        let columns = EntityCells.columns(of: .units)
        return ResultTable(
            columns: columns,
            rows: try workspace.units(serving: age, function: function, at: location).map { row in
                columns.map { EntityCells.cell(row, $0) }
            })
    }

    func historyTable(kind: QueryKind?, reference: EntityReference?, limit: Int?) throws(ShellError) -> ResultTable {
        var rows: [[ShellValue]] = []
        // When, on the plan's clocks: the zone a coordinator reads every other time of the plan in.
        let zone = workspace.jurisdiction.timeZone
        for record in try workspace.history(of: kind, reference, limit: limit) {
            let date = zone.timestamp(record.date)
            rows.append([
                .integer(Int(record.id)), .text(date), .text(record.author), .text(record.kind.rawValue),
                record.message.map(ShellValue.text) ?? .null, .integer(record.changes.count),
            ])
        }
        return ResultTable(columns: ["changeSet", "date", "author", "kind", "message", "changes"], rows: rows)
    }

    func diffTable(from: Int64, to: Int64?) throws(ShellError) -> ResultTable {
        ResultTable(
            columns: ["kind", "id", "field", "old", "new"],
            rows: try workspace.diff(from: from, to: to).map(shown).map { change in
                [
                    .text(change.kind.rawValue), .text(change.id.rawValue),
                    change.field.map(ShellValue.text) ?? .text("(entity)"),
                    change.old.map { .text($0.description) } ?? .null,
                    change.new.map { .text($0.description) } ?? .null,
                ]
            })
    }
}
