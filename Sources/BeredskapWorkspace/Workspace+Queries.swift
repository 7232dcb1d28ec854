import BeredskapModel
import BeredskapStorage
import Foundation

extension Workspace {
    // MARK: Conditions

    /// The entities of `kind` that satisfy `condition`, in plan order.
    ///
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownField`` for a field the kind does
    ///   not have (before any entity is looked at), or a value that cannot be compared.
    ///
    /// Outside a transaction with pending edits the store selects them in SQL and only their rows are
    /// read; a condition with a part SQL cannot express (an activity's `status`, a nested mapping) is
    /// evaluated on the plan in memory, with the same result.
    public func matching(_ kind: QueryKind, _ condition: Condition?) throws(WorkspaceError) -> [EntityRow] {
        try matching(kind, condition, limit: nil)
    }

    /// The first `limit` entities of `kind` that satisfy `condition`, in plan order (all when nil):
    /// the store reads no others.
    func matching(_ kind: QueryKind, _ condition: Condition?, limit: Int?) throws(WorkspaceError) -> [EntityRow] {
        if let condition { try check(condition, for: kind) }
        if let (entityKind, storeCondition) = storeQuery(kind, condition) {
            do {
                return try store.entities(entityKind, where: storeCondition, plan: planID, limit: limit).map {
                    EntityRow(kind: kind, entity: $0)
                }
            } catch {
                throw WorkspaceError(error)
            }
        }
        let found = try matchingInMemory(kind, condition)
        return limit.map { Array(found.prefix(max($0, 0))) } ?? found
    }

    /// The entities of `kind` that satisfy a checked condition, evaluated on the plan in memory.
    func matchingInMemory(_ kind: QueryKind, _ condition: Condition?) throws(WorkspaceError) -> [EntityRow] {
        let all = try rows(kind)
        guard let condition else { return all }
        var result: [EntityRow] = []
        for row in all where try Self.evaluate(condition, on: row) { result.append(row) }
        return result
    }

    /// The answer to a query: its entities, ordered and limited.
    public func select(_ query: PlanQuery) throws(WorkspaceError) -> [EntityRow] {
        // Without an ordering the first entities in plan order are the answer: the store reads no more.
        var found = try matching(query.kind, query.condition, limit: query.order.isEmpty ? query.limit : nil)
        for key in query.order {
            try checkField(key.field, of: query.kind, at: InputLocation(source: "", line: 1, column: 1))
        }
        if !query.order.isEmpty {
            found = found.enumerated().sorted { lhs, rhs in
                for key in query.order {
                    let result = ValueComparison.order(
                        lhs.element.field(key.field).map(\.listText) ?? "",
                        rhs.element.field(key.field).map(\.listText) ?? "")
                    if result != .orderedSame {
                        return key.descending ? result == .orderedDescending : result == .orderedAscending
                    }
                }
                return lhs.offset < rhs.offset
            }.map(\.element)
        }
        if let limit = query.limit { found = Array(found.prefix(max(limit, 0))) }
        return found
    }

    /// How many entities of `kind` satisfy `condition`. Outside a transaction with pending edits the
    /// store counts them in SQL, without reading the plan, when it can answer the whole condition.
    public func count(_ kind: QueryKind, where condition: Condition? = nil) throws(WorkspaceError) -> Int {
        if let condition { try check(condition, for: kind) }
        guard let (entityKind, storeCondition) = storeQuery(kind, condition) else {
            return try matching(kind, condition).count
        }
        do {
            return try store.count(entityKind, where: storeCondition, plan: planID)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The kind and condition as the store answers them, or nil when the plan in memory must: inside
    /// a transaction with pending edits, for the plans of the store, or for a condition with a part
    /// SQL cannot express.
    func storeQuery(_ kind: QueryKind, _ condition: Condition?) -> (EntityKind, StoreCondition?)? {
        guard pending?.isEmpty ?? true, let entityKind = kind.entityKind else { return nil }
        guard let condition else { return (entityKind, nil) }
        guard case .success(let storeCondition) = condition.storeCondition(for: kind) else { return nil }
        return (entityKind, storeCondition)
    }

    /// Refuses a condition on a field the kind does not have, or one that compares a field of a closed
    /// set (`level`, `status` …) with `=` or `!=` to a word that is none of its values, English or
    /// Swedish, before any row is looked at. `~` compares free text and is never refused.
    public func check(_ condition: Condition, for kind: QueryKind) throws(WorkspaceError) {
        switch condition {
        case .comparison(let field, let op, let value, let location, let valueLocation):
            try checkField(field, of: kind, at: location)
            if field == "age" && op != .equal && op != .notEqual {
                throw WorkspaceError(
                    "'age' compares with = or != (age = 27: a unit that serves 27-year-olds)", at: location)
            }
            if op == .equal || op == .notEqual, let vocabulary = EntityRow.fieldType(field, of: kind)?.vocabulary {
                for word in value.texts where !ValueVocabulary.accepts(word, of: vocabulary) {
                    throw WorkspaceError(
                        ValueVocabulary.refusal(word, of: vocabulary), at: valueLocation ?? location,
                        code: .unknownValue)
                }
            }
        case .and(let left, let right), .or(let left, let right):
            try check(left, for: kind)
            try check(right, for: kind)
        case .not(let inner):
            try check(inner, for: kind)
        }
    }

    func checkField(_ field: String, of kind: QueryKind, at location: InputLocation) throws(WorkspaceError) {
        let fields = EntityRow.fields(of: kind)
        guard fields.contains(field) else {
            throw WorkspaceError(
                "\(kind.rawValue) have no field '\(field)'"
                    + (Suggestion.nearest(to: field, in: fields).map { "; did you mean '\($0)'?" }
                        ?? "; fields: " + fields.joined(separator: ", ")),
                at: location, code: .unknownField)
        }
    }

    /// Whether a row satisfies a condition.
    static func evaluate(_ condition: Condition, on row: EntityRow) throws(WorkspaceError) -> Bool {
        switch condition {
        case .and(let left, let right):
            guard try evaluate(left, on: row) else { return false }
            return try evaluate(right, on: row)
        case .or(let left, let right):
            if try evaluate(left, on: row) { return true }
            return try evaluate(right, on: row)
        case .not(let inner): return try !evaluate(inner, on: row)
        case .comparison(let field, let op, let literal, let location, _):
            if field == "age" {
                guard case .text(let text) = literal, let age = Int(text) else {
                    throw WorkspaceError("'age' takes a whole number of years", at: location)
                }
                return row.serves(age: age) == (op == .equal)
            }
            return try ValueComparison.compare(row.field(field), op, literal, at: location)
        }
    }

    // MARK: Questions

    /// The units that serve a person of `age`, with one of the functions when one is given.
    ///
    /// - Parameters:
    ///   - age: The person's age in years.
    ///   - function: `preventive`, `detecting` or `remedial`, in English or Swedish.
    ///   - location: Where the request was written, for messages.
    public func units(
        serving age: Int, function: String? = nil, at location: InputLocation = .unknown
    ) throws(WorkspaceError) -> [EntityRow] {
        var condition = Condition.comparison(field: "age", op: .equal, value: .text(String(age)), location: location)
        if let function {
            guard let value = ValueVocabulary.value(for: function), UnitFunction(rawValue: value) != nil else {
                throw WorkspaceError(
                    "unknown function '\(function)'; use preventive (förebyggande), detecting (upptäckande) or remedial (åtgärdande)",
                    at: location, code: .unknownValue)
            }
            condition = .and(
                condition, .comparison(field: "functions", op: .equal, value: .text(value), location: location))
        }
        return try matching(.units, condition)
    }

    /// The entities whose text contains `text`, ignoring case and diacritics, best matches first.
    public func search(_ text: String) throws(WorkspaceError) -> [SearchHit] {
        do {
            return try store.search(text, plan: planID)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The names of everything that can act — organisations, units, roles, external actors — by id.
    public func actorNames() throws(WorkspaceError) -> [String: String] {
        try actorNames(among: nil)
    }

    /// The names of the actors with one of `ids` (of every actor when nil), by id.
    func actorNames(among ids: Set<String>?) throws(WorkspaceError) -> [String: String] {
        var names: [String: String] = [:]
        for kind in [QueryKind.organizations, .units, .roles, .externalActors] {
            let found: [EntityRow]
            if let ids { found = try rows(kind, ids: ids) } else { found = try rows(kind) }
            for row in found { names[row.id] = row.name }
        }
        return names
    }

    /// The actors of an activity: those responsible, then those who take part, with their names.
    ///
    /// Outside a transaction with pending edits the store reads the activity and its actors' names,
    /// nothing else.
    public func actors(of activity: EntityReference) throws(WorkspaceError) -> [Duty.Actor] {
        let row = try entity(activity, in: .activities)
        guard let model = row.entity?.model as? Activity else { return [] }
        let names = try actorNames(among: Set((model.responsible + model.otherActors).map(\.rawValue)))
        return model.responsible.map { Duty.Actor(part: .responsible, id: $0, name: names[$0.rawValue]) }
            + model.otherActors.map { Duty.Actor(part: .takesPart, id: $0, name: names[$0.rawValue]) }
    }

    /// Everything an actor does: the activities it takes part in and the alarm steps it acts in or is
    /// reached by.
    ///
    /// - Parameter reference: The actor's id, or its name ignoring case and diacritics.
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownEntity`` when no actor has that id or name.
    public func duties(of reference: EntityReference) throws(WorkspaceError) -> [Duty] {
        let names = try actorNames()
        var actor = reference.text
        if names[actor] == nil {
            let folded = TextFolding.fold(actor)
            guard let match = names.first(where: { TextFolding.fold($0.value) == folded })?.key else {
                throw WorkspaceError(
                    "no actor '\(reference.text)'"
                        + (Suggestion.nearest(to: reference.text, in: names.keys.sorted()).map {
                            "; did you mean '\($0)'?"
                        } ?? ""),
                    at: reference.location, code: .unknownEntity)
            }
            actor = match
        }
        let id = EntityID(actor)
        let plan = try plan()
        var duties: [Duty] = []
        for activity in plan.allActivities {
            if activity.responsible.contains(id) {
                duties.append(Duty(activity: activity.id, part: .responsible, text: activity.title))
            }
            if activity.otherActors.contains(id) {
                duties.append(Duty(activity: activity.id, part: .takesPart, text: activity.title))
            }
        }
        for path in plan.alarmPaths {
            for step in path.steps {
                if step.actor == id {
                    duties.append(Duty(path: path.id, step: step, part: .acts(step.kind)))
                } else if step.target == id {
                    duties.append(Duty(path: path.id, step: step, part: .reached(step.kind)))
                }
            }
        }
        return duties
    }

    // MARK: History

    /// The change sets of the plan in use, newest first; only those touching one entity when it is given.
    ///
    /// - Parameters:
    ///   - kind: The kind of the entity.
    ///   - reference: The entity's id.
    ///   - limit: At most this many.
    public func history(
        of kind: QueryKind? = nil, _ reference: EntityReference? = nil, limit: Int? = nil
    ) throws(WorkspaceError) -> [ChangeSetRecord] {
        var entity: (EntityKind, EntityID)?
        if let kind, let reference {
            guard let entityKind = kind.entityKind else {
                throw WorkspaceError("history of a plan: use `history` alone", at: reference.location)
            }
            entity = (entityKind, EntityID(reference.text))
        }
        do {
            let records = try store.history(plan: planID, entity: entity, limit: limit)
            guard let entity else { return records }
            return records.map { record in
                var only = record
                only.changes = record.changes.filter { $0.kind == entity.0 && $0.id == entity.1 }
                return only
            }
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The changes between two change sets of the plan in use (to the newest when `to` is nil).
    public func diff(from: Int64, to: Int64? = nil) throws(WorkspaceError) -> [FieldChange] {
        do {
            return try store.diff(plan: planID, from: from, to: to)
        } catch {
            throw WorkspaceError(error)
        }
    }
}

extension PlanValue {
    /// A list as its items joined with commas, anything else as its text: how an ordering compares it.
    var listText: String {
        switch self {
        case .sequence(let items): items.map(\.scalarText).joined(separator: ", ")
        default: scalarText
        }
    }
}
