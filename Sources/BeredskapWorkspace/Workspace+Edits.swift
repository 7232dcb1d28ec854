import BeredskapModel
import BeredskapStorage
import Foundation

/// What became of an edit.
public enum EditOutcome: Sendable {
    /// No entity matched its condition; nothing changed.
    case nothingMatched
    /// A transaction is open: the edits wait in it for `commit`.
    case queued(count: Int)
    /// Applied as a change set of its own.
    case applied(ChangeSetRecord)
}

extension Workspace {
    // MARK: Edits

    /// Carries out an edit: applies it as a change set of its own, or adds it to the open transaction.
    ///
    /// ```swift
    /// let reference = EntityReference(text: "origo")
    /// try workspace.perform(.set(.units, target: .one(reference), assignments: [
    ///     Assignment(field: "level", value: .text("prevention"), location: .unknown)]))
    /// ```
    ///
    /// - Throws: ``WorkspaceError`` naming the place of the edit the store refused; nothing is applied then.
    @discardableResult
    public func perform(
        _ request: PlanEdit, at location: InputLocation = .unknown
    ) throws(WorkspaceError)
        -> EditOutcome
    {
        let edits = try self.edits(for: request, at: location)
        guard !edits.isEmpty else { return .nothingMatched }
        return try apply(edits, message: nil, at: location)
    }

    /// Applies edits as one change set, or adds them to the open transaction.
    ///
    /// - Parameters:
    ///   - edits: The edits, with where each was written.
    ///   - message: The change set's message.
    ///   - location: Where the request was written, for an error no edit is to blame for.
    /// - Throws: ``WorkspaceError`` at the edit the store refused; nothing is applied then.
    @discardableResult
    public func apply(
        _ edits: [LocatedEdit], message: String?, at location: InputLocation? = nil
    )
        throws(WorkspaceError) -> EditOutcome
    {
        if pending != nil {
            pending?.append(contentsOf: edits)
            if idIndex != nil {
                for queued in edits { Self.update(&idIndex!, with: queued.edit) }
            }
            return .queued(count: edits.count)
        }
        do {
            let record = try store.apply(ChangeSet(plan: planID, message: message, edits: edits.map(\.edit)))
            forgetPlan()
            return .applied(record)
        } catch {
            throw WorkspaceError(error, at: error.editIndex.map { edits[$0].location } ?? location)
        }
    }

    /// The change-set edits a request stands for, each with where it was written: one per entity and
    /// field for `set`, one for the others. Nothing is applied.
    ///
    /// - Throws: ``WorkspaceError`` for an unknown kind, field, entity or value, at its place.
    public func edits(
        for request: PlanEdit, at location: InputLocation = .unknown
    ) throws(WorkspaceError)
        -> [LocatedEdit]
    {
        switch request {
        case .set(.plans, let target, let assignments):
            return try planEdits(target, assignments, at: location)
        case .set(let kind, let target, let assignments):
            let entityKind = try editable(kind, at: location)
            let targets: [String]
            switch target {
            case .one(let reference): targets = [try resolveID(reference, in: kind)]
            case .matching(let condition): targets = try matching(kind, condition).map(\.id)
            }
            var result: [LocatedEdit] = []
            for id in targets {
                for assignment in assignments {
                    let field = try self.field(assignment.field, of: kind, at: assignment.location)
                    let value = assignment.value.planValue(for: field)
                    result.append(
                        LocatedEdit(
                            .set(entityKind, EntityID(id), field: field, value: value, expected: .anything),
                            at: assignment.location))
                }
            }
            return result
        case .add(let kind, let id, let assignments):
            let entityKind = try editable(kind, at: location)
            var pairs: [(String, PlanValue)] = [("id", .string(id.text))]
            for assignment in assignments {
                let field = try self.field(assignment.field, of: kind, at: assignment.location)
                if let value = assignment.value.planValue(for: field) { pairs.append((field, value)) }
            }
            let order = entityKind.fieldKeys
            pairs.sort { (order.firstIndex(of: $0.0) ?? order.count) < (order.firstIndex(of: $1.0) ?? order.count) }
            return [LocatedEdit(.add(entityKind, .mapping(pairs), position: nil), at: id.location)]
        case .remove(let kind, let reference):
            let entityKind = try editable(kind, at: location)
            let id = try resolveID(reference, in: kind)
            return [LocatedEdit(.remove(entityKind, EntityID(id)), at: reference.location)]
        case .rename(let kind, let reference, let newID):
            let entityKind = try editable(kind, at: location)
            let id = try resolveID(reference, in: kind)
            return [LocatedEdit(.rename(entityKind, EntityID(id), to: EntityID(newID.text)), at: newID.location)]
        case .log(let reference, let status, let note, let date, let by):
            let activity = try resolveID(reference, in: .activities)
            guard let value = ValueVocabulary.value(for: status), ActivityStatus(rawValue: value) != nil else {
                throw WorkspaceError(
                    "unknown status '\(status)'; use " + ValueVocabulary.list(of: ActivityStatus.self),
                    at: location, code: .unknownValue)
            }
            var entry: [(String, PlanValue)] = [("date", .string(date ?? Self.today())), ("status", .string(value))]
            if let note { entry.append(("note", .string(note))) }
            if let by { entry.append(("by", .string(by))) }
            return [
                LocatedEdit(
                    .append(.activity, EntityID(activity), field: "statusLog", value: .mapping(entry)), at: location)
            ]
        case .measure(let reference, let value, let note, let date, let source):
            return [try measurement(of: reference, value: value, note: note, date: date, source: source, at: location)]
        }
    }

    /// Today as plan files write a date, for a follow-up entry given no date.
    static func today() -> String {
        String(Date().formatted(.iso8601.year().month().day()))
    }

    /// The edit that records a value of an indicator: its focus area's `indicators` with the
    /// measurement added, expecting them as they were read, so that a measurement another process
    /// recorded meanwhile is never lost.
    func measurement(
        of reference: EntityReference, value: String, note: String?, date: String?, source: String?,
        at location: InputLocation
    ) throws(WorkspaceError) -> LocatedEdit {
        let plan = try plan()
        let indicators = plan.focusAreas.flatMap(\.indicators)
        guard
            let indicator = indicators.first(where: { $0.id.rawValue == reference.text })
                ?? indicators.first(where: { TextFolding.fold($0.name) == TextFolding.fold(reference.text) }),
            let area = plan.focusAreas.first(where: { $0.indicators.contains { $0.id == indicator.id } })
        else {
            let ids = indicators.map(\.id.rawValue)
            throw WorkspaceError(
                "no indicator '\(reference.text)' in the plan"
                    + (Suggestion.nearest(to: reference.text, in: ids).map { "; did you mean '\($0)'?" }
                        ?? (ids.isEmpty
                            ? "; its focus areas have no indicators: add one to a focus area's 'indicators'"
                            : "; its indicators are " + ids.joined(separator: ", "))),
                at: reference.location, code: .unknownEntity)
        }
        guard indicator.accepts(value) else {
            throw WorkspaceError(
                "'\(value)' is not a value of indicator '\(indicator.id)' (\(indicator.kind.rawValue)): "
                    + indicator.kind.expectedValue, at: location, code: .unknownValue)
        }
        guard let old = plan.entities(of: .focusArea).first(where: { $0.id == area.id })?.fileValue["indicators"],
            case .sequence(var items) = old,
            let index = items.firstIndex(where: { $0["id"]?.scalarText == indicator.id.rawValue })
        else {
            throw WorkspaceError("indicator '\(indicator.id)' could not be read", at: location)
        }
        var entry: [(String, PlanValue)] = [("date", .string(date ?? Self.today())), ("value", .string(value))]
        if let source { entry.append(("source", .string(source))) }
        if let note { entry.append(("note", .string(note))) }
        guard case .mapping(var fields) = items[index] else {
            throw WorkspaceError("indicator '\(indicator.id)' could not be read", at: location)
        }
        if let position = fields.firstIndex(where: { $0.0 == "measurements" }),
            case .sequence(let earlier) = fields[position].1
        {
            fields[position].1 = .sequence(earlier + [.mapping(entry)])
        } else {
            fields.append(("measurements", .sequence([.mapping(entry)])))
        }
        items[index] = .mapping(fields)
        return LocatedEdit(
            .set(.focusArea, area.id, field: "indicators", value: .sequence(items), expected: .value(old)), at: location
        )
    }

    func editable(_ kind: QueryKind, at location: InputLocation) throws(WorkspaceError) -> EntityKind {
        guard let entityKind = kind.entityKind else {
            throw WorkspaceError(
                "plans are added by import and moved on by adopt, approve and revise; `set plan ID FIELD = VALUE` "
                    + "changes the metadata of the plan in use", at: location)
        }
        return entityKind
    }

    /// `set plan ID FIELD = VALUE`: the metadata of the plan in use (its title, period, office hours …).
    func planEdits(
        _ target: SetTarget, _ assignments: [Assignment], at location: InputLocation
    ) throws(WorkspaceError) -> [LocatedEdit] {
        guard case .one(let reference) = target else {
            throw WorkspaceError("`set plan` changes one plan: set plan ID FIELD = VALUE", at: location)
        }
        let current = try plan().id
        let id = try resolveID(reference, in: .plans)
        guard id == current.rawValue else {
            throw WorkspaceError(
                "'\(id)' is not the plan in use ('\(current)'); `use \(id)` first", at: reference.location)
        }
        let keys = EntityKind.plan.fieldKeys.filter { $0 != "id" }
        return try assignments.map { assignment throws(WorkspaceError) in
            guard keys.contains(assignment.field) else {
                throw WorkspaceError(
                    "plans have no field '\(assignment.field)' to set"
                        + (Suggestion.nearest(to: assignment.field, in: keys).map { "; did you mean '\($0)'?" }
                            ?? "; fields: " + keys.joined(separator: ", ")),
                    at: assignment.location, code: .unknownField)
            }
            let value = assignment.value.planValue(for: assignment.field)
            return LocatedEdit(
                .set(.plan, current, field: assignment.field, value: value, expected: .anything),
                at: assignment.location)
        }
    }

    /// The plan-file key a written field stands for (`function` is `functions`; `name` is a role's
    /// `title`), or an error with the nearest field.
    func field(_ written: String, of kind: QueryKind, at location: InputLocation) throws(WorkspaceError) -> String {
        guard let entityKind = kind.entityKind else {
            throw WorkspaceError("plans have no editable fields", at: location)
        }
        let keys = entityKind.fieldKeys
        if keys.contains(written) { return written }
        if written == "function", keys.contains("functions") { return "functions" }
        if written == "name", let alias = ["title", "term"].first(where: keys.contains) { return alias }
        throw WorkspaceError(
            "\(kind.rawValue) have no field '\(written)'"
                + (Suggestion.nearest(to: written, in: keys).map { "; did you mean '\($0)'?" }
                    ?? "; fields: " + keys.joined(separator: ", ")),
            at: location)
    }
}
