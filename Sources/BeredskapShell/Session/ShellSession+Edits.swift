import BeredskapModel
import BeredskapStorage
import Foundation

extension ShellSession {
    /// Fields whose values are lists of words; a single word written for one is a list of one.
    static let listFields: Set<String> = [
        "functions", "responsible", "otherActors", "milieus", "references", "expectedEffects", "after", "deputies",
    ]

    /// Turns an edit statement into change set edits and applies them, or adds them to the open
    /// transaction.
    func edit(_ located: LocatedStatement) throws(ShellError) {
        let edits = try self.edits(for: located.statement, at: located.location)
        guard !edits.isEmpty else {
            if interactive { emit("no entity matched; nothing changed\n") }
            return
        }
        if pending != nil {
            pending?.append(contentsOf: edits)
            if idIndex != nil {
                for queued in edits { Self.update(&idIndex!, with: queued.edit) }
            }
            return
        }
        do {
            let record = try store.apply(ChangeSet(plan: planID, edits: edits.map(\.edit)))
            cachedPlan = nil
            if interactive {
                emit("\(record.changes.count) change\(record.changes.count == 1 ? "" : "s") (#\(record.id))\n")
            }
        } catch {
            throw ShellError(error.message, at: error.editIndex.map { edits[$0].location } ?? located.location)
        }
    }

    func edits(
        for statement: Statement, at location: InputLocation
    ) throws(ShellError)
        -> [(edit: ChangeSet.Edit, location: InputLocation)]
    {
        switch statement {
        case .set(.plans, let target, let assignments):
            return try planEdits(target, assignments, at: location)
        case .set(let kind, let target, let assignments):
            let entityKind = try editable(kind, at: location)
            let targets: [String]
            switch target {
            case .one(let reference): targets = [try resolveID(reference, in: kind)]
            case .matching(let condition): targets = try matching(kind, condition).map(\.id)
            }
            var result: [(ChangeSet.Edit, InputLocation)] = []
            for id in targets {
                for assignment in assignments {
                    let field = try self.field(assignment.field, of: kind, at: assignment.location)
                    let value = Self.planValue(assignment.value, field: field)
                    result.append(
                        (
                            .set(entityKind, EntityID(id), field: field, value: value, expected: .anything),
                            assignment.location
                        ))
                }
            }
            return result
        case .add(let kind, let id, let assignments):
            let entityKind = try editable(kind, at: location)
            var pairs: [(String, PlanValue)] = [("id", .string(id.text))]
            for assignment in assignments {
                let field = try self.field(assignment.field, of: kind, at: assignment.location)
                if let value = Self.planValue(assignment.value, field: field) { pairs.append((field, value)) }
            }
            let order = entityKind.fieldKeys
            pairs.sort { (order.firstIndex(of: $0.0) ?? order.count) < (order.firstIndex(of: $1.0) ?? order.count) }
            return [(.add(entityKind, .mapping(pairs), position: nil), id.location)]
        case .remove(let kind, let reference):
            let entityKind = try editable(kind, at: location)
            let id = try resolveID(reference, in: kind)
            return [(.remove(entityKind, EntityID(id)), reference.location)]
        case .rename(let kind, let reference, let newID):
            let entityKind = try editable(kind, at: location)
            let id = try resolveID(reference, in: kind)
            return [(.rename(entityKind, EntityID(id), to: EntityID(newID.text)), newID.location)]
        case .log(let reference, let status, let note, let date, let by):
            let activity = try resolveID(reference, in: .activities)
            guard let value = ValueVocabulary.value(for: status), ActivityStatus(rawValue: value) != nil else {
                throw ShellError(
                    "unknown status '\(status)'; use "
                        + ActivityStatus.allCases.map { "\($0.rawValue) (\($0.swedishLabel))" }.joined(separator: ", "),
                    at: location)
            }
            let day = date ?? String(Date().formatted(.iso8601.year().month().day()))
            var entry: [(String, PlanValue)] = [("date", .string(day)), ("status", .string(value))]
            if let note { entry.append(("note", .string(note))) }
            if let by { entry.append(("by", .string(by))) }
            return [(.append(.activity, EntityID(activity), field: "statusLog", value: .mapping(entry)), location)]
        default:
            return []
        }
    }

    func editable(_ kind: ShellKind, at location: InputLocation) throws(ShellError) -> EntityKind {
        guard let entityKind = kind.entityKind else {
            throw ShellError(
                "plans are added by import and moved on by adopt, approve and revise; `set plan ID FIELD = VALUE` "
                    + "changes the metadata of the plan in use", at: location)
        }
        return entityKind
    }

    /// `set plan ID FIELD = VALUE`: the metadata of the plan in use (its title, period, office hours …).
    func planEdits(
        _ target: SetTarget, _ assignments: [Assignment], at location: InputLocation
    ) throws(ShellError) -> [(edit: ChangeSet.Edit, location: InputLocation)] {
        guard case .one(let reference) = target else {
            throw ShellError("`set plan` changes one plan: set plan ID FIELD = VALUE", at: location)
        }
        let current = try currentPlan().id
        let id = try resolveID(reference, in: .plans)
        guard id == current.rawValue else {
            throw ShellError(
                "'\(id)' is not the plan in use ('\(current)'); `use \(id)` first", at: reference.location)
        }
        let keys = EntityKind.plan.fieldKeys.filter { $0 != "id" }
        return try assignments.map { assignment throws(ShellError) in
            guard keys.contains(assignment.field) else {
                throw ShellError(
                    "plans have no field '\(assignment.field)' to set"
                        + (Suggestion.nearest(to: assignment.field, in: keys).map { "; did you mean '\($0)'?" }
                            ?? "; fields: " + keys.joined(separator: ", ")),
                    at: assignment.location)
            }
            let value = Self.planValue(assignment.value, field: assignment.field)
            return (
                .set(.plan, current, field: assignment.field, value: value, expected: .anything), assignment.location
            )
        }
    }

    /// The plan-file key a written field stands for (`function` is `functions`; `name` is a role's
    /// `title`), or an error with the nearest field.
    func field(_ written: String, of kind: ShellKind, at location: InputLocation) throws(ShellError) -> String {
        guard let entityKind = kind.entityKind else { throw ShellError("plans have no editable fields", at: location) }
        let keys = entityKind.fieldKeys
        if keys.contains(written) { return written }
        if written == "function", keys.contains("functions") { return "functions" }
        if written == "name", let alias = ["title", "term"].first(where: keys.contains) { return alias }
        throw ShellError(
            "\(kind.rawValue) have no field '\(written)'"
                + (Suggestion.nearest(to: written, in: keys).map { "; did you mean '\($0)'?" }
                    ?? "; fields: " + keys.joined(separator: ", ")),
            at: location)
    }

    /// A written value as the plan-file value of `field`: Swedish words of closed sets become their
    /// English values, one word for a list field becomes a list of one, and a mapping's keys are fields
    /// in their own right (`{from = …, to = …, covered = true}`); a key set to `null` is left out.
    static func planValue(_ literal: ValueLiteral, field: String) -> PlanValue? {
        func word(_ text: String) -> PlanValue {
            .string(ValueVocabulary.fields.contains(field) ? ValueVocabulary.value(for: text) ?? text : text)
        }
        switch literal {
        case .null: return nil
        case .list(let items) where items.contains(where: { if case .mapping = $0 { true } else { false } }):
            return .sequence(items.compactMap { planValue($0, field: field) })
        case .list(let items): return .sequence(items.flatMap(\.texts).map(word))
        case .mapping(let entries):
            return .mapping(
                entries.compactMap { entry in planValue(entry.value, field: entry.field).map { (entry.field, $0) } })
        case .text(let text): return listFields.contains(field) ? .sequence([word(text)]) : word(text)
        }
    }
}
