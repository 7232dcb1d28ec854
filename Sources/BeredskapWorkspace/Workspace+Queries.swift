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
    /// read. A part of the condition SQL cannot express (a nested mapping compared with `<`) is
    /// evaluated on the typed values of the candidates the rest selects, with the same result;
    /// ``explain(_:counting:)`` says which part.
    public func matching(_ kind: QueryKind, _ condition: Condition?) throws(WorkspaceError) -> [EntityRow] {
        try matching(kind, condition, limit: nil)
    }

    /// The first `limit` entities of `kind` that satisfy `condition`, in plan order (all when nil):
    /// when the store answers the whole condition, it reads no others.
    func matching(_ kind: QueryKind, _ condition: Condition?, limit: Int?) throws(WorkspaceError) -> [EntityRow] {
        if let condition { try check(condition, for: kind) }
        return try matching(kind, condition, limit: limit, in: QueriedPlan(id: planID, inUse: true))
    }

    /// ``matching(_:_:limit:)`` in one plan, the condition checked.
    private func matching(
        _ kind: QueryKind, _ condition: Condition?, limit: Int?, in queried: QueriedPlan
    ) throws(WorkspaceError) -> [EntityRow] {
        guard let plan = storePlan(kind, condition, in: queried) else {
            let found = try matchingInMemory(kind, condition)
            return limit.map { Array(found.prefix(max($0, 0))) } ?? found
        }
        return try matching(plan, limit: limit)
    }

    /// The entities the store selects for a plan of a query, the residual evaluated on them.
    private func matching(_ plan: StorePlan, limit: Int?) throws(WorkspaceError) -> [EntityRow] {
        // With a residual every candidate is evaluated, as the plan in memory evaluates every entity:
        // one it refuses is refused whatever the limit.
        let candidates = try storeRows(plan, limit: plan.split.residual == nil ? limit : nil)
        guard let residual = plan.split.residual else { return candidates }
        var found: [EntityRow] = []
        for row in candidates where try Self.evaluate(residual, on: row) { found.append(row) }
        return limit.map { Array(found.prefix(max($0, 0))) } ?? found
    }

    /// The candidates the store selects for a plan of a query, in plan order or `ordering`'s.
    private func storeRows(
        _ plan: StorePlan, limit: Int?, ordering: StoreOrdering? = nil
    ) throws(WorkspaceError)
        -> [EntityRow]
    {
        do {
            return try store.entities(
                plan.entityKind, where: plan.split.store, plan: plan.planID, limit: limit, orderedBy: ordering
            ).map { EntityRow(kind: plan.kind, entity: $0) }
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The entities of `kind` that satisfy a checked condition, evaluated on the plan in memory.
    func matchingInMemory(_ kind: QueryKind, _ condition: Condition?) throws(WorkspaceError) -> [EntityRow] {
        let all = try rows(kind)
        guard let condition else { return all }
        var result: [EntityRow] = []
        for row in all where try Self.evaluate(condition, on: row) { result.append(row) }
        return result
    }

    /// The answer to a query: its entities, ordered and limited; over every plan of the store
    /// (``PlanQuery/plans``), those of each plan with the plan's id (``EntityRow/plan``), ordered and
    /// limited together, the plans in the order of their ids among equals.
    ///
    /// When the store answers the whole condition and orders by fields that hold one value, it reads
    /// the keys of the matches in SQL, and the rows of only the first `limit` entities in the order;
    /// over every plan, of the first `limit` of each plan.
    ///
    /// - Throws: ``WorkspaceError`` as ``matching(_:_:)`` does, and for ``QueryKind/plans`` over every
    ///   plan (the plans are the store's, not a plan's).
    public func select(_ query: PlanQuery) throws(WorkspaceError) -> [EntityRow] {
        if let condition = query.condition { try check(condition, for: query.kind) }
        try checkOrder(query)
        let plans = try queriedPlans(query.plans, of: query.kind)
        var found: [EntityRow] = []
        for plan in plans {
            var asked = query
            // In plan order the first plans' rows come first: the later plans are read for what is left.
            if query.order.isEmpty, let limit = query.limit { asked.limit = max(limit - found.count, 0) }
            if asked.limit == 0 && plans.count > 1 { break }
            for var row in try select(asked, in: plan) {
                row.plan = plan.id
                found.append(row)
            }
        }
        guard plans.count > 1 else { return found }
        if !query.order.isEmpty { found = Self.ordered(found, by: query.order) }
        return query.limit.map { Array(found.prefix(max($0, 0))) } ?? found
    }

    /// The answer to a checked query in one plan.
    private func select(_ query: PlanQuery, in queried: QueriedPlan) throws(WorkspaceError) -> [EntityRow] {
        // Without an ordering the first entities in plan order are the answer: the store reads no more.
        guard !query.order.isEmpty else {
            return try matching(query.kind, query.condition, limit: query.limit, in: queried)
        }
        let plan = storePlan(query.kind, query.condition, in: queried)
        var found: [EntityRow] = []
        if let plan, plan.split.residual == nil {
            if let ordering = storeOrdering(query) {
                return try storeRows(plan, limit: query.limit, ordering: ordering)
            }
            found = try storeRows(plan, limit: nil)
        } else if let plan {
            found = try matching(plan, limit: nil)
        } else {
            found = try matchingInMemory(query.kind, query.condition)
        }
        found = Self.ordered(found, by: query.order)
        if let limit = query.limit { found = Array(found.prefix(max(limit, 0))) }
        return found
    }

    /// The plans a question of `kind` (of any text, for a search, when nil) reads: the plan in use, or
    /// every plan of the store, the plan in use among them with its pending edits.
    func queriedPlans(_ scope: PlanScope, of kind: QueryKind?) throws(WorkspaceError) -> [QueriedPlan] {
        guard scope == .all else { return [QueriedPlan(id: planID, inUse: true)] }
        guard kind != .plans else {
            throw WorkspaceError(
                "the plans are the store's, not a plan's: `list plans` lists every one of them", code: .syntax)
        }
        do {
            // Only pending edits make the plan in use differ from what the store holds.
            let inUse = hasPendingEdits ? try store.metadata(planID).id : nil
            return try store.plans().map { QueriedPlan(id: $0.id, inUse: $0.id == inUse) }
        } catch {
            throw WorkspaceError(error)
        }
    }

    func checkOrder(_ query: PlanQuery) throws(WorkspaceError) {
        for key in query.order {
            try checkField(key.field, of: query.kind, at: InputLocation(source: "", line: 1, column: 1))
        }
    }

    /// The ordering of a query as the store reads its keys, nil when a key is no field that holds one
    /// value in the store.
    func storeOrdering(_ query: PlanQuery) -> StoreOrdering? {
        guard let entityKind = query.kind.entityKind else { return nil }
        var fields: [StoreField] = []
        for key in query.order {
            guard let field = Condition.storeField(key.field, of: query.kind), field.shape(in: entityKind) == .scalar
            else { return nil }
            fields.append(field)
        }
        let order = query.order
        return StoreOrdering(fields: fields) { keys in Self.ordered(keys, by: order) }
    }

    /// `rows` in the order of `order`, their order among equals.
    static func ordered(_ rows: [EntityRow], by order: [SortKey]) -> [EntityRow] {
        let keys = rows.map { row in order.map { row.field($0.field).map(\.listText) ?? "" } }
        return ordered(keys, by: order).map { rows[$0] }
    }

    /// The indices of entities in the order of `order`, given the text of each key of each entity
    /// (``PlanValue/listText``, empty for none) in plan order: ``ValueComparison/order(_:_:)`` key by
    /// key, plan order among equals. One definition, whether the plan in memory or the store gives
    /// the keys.
    static func ordered(_ keys: [[String]], by order: [SortKey]) -> [Int] {
        keys.enumerated().sorted { lhs, rhs in
            for (index, key) in order.enumerated() {
                let result = ValueComparison.order(lhs.element[index], rhs.element[index])
                if result != .orderedSame {
                    return key.descending ? result == .orderedDescending : result == .orderedAscending
                }
            }
            return lhs.offset < rhs.offset
        }.map(\.offset)
    }

    /// How many entities of `kind` satisfy `condition`, in the plan in use or in every plan of the
    /// store together. Outside a transaction with pending edits the store counts them in SQL, without
    /// reading the plan, when it can answer the whole condition; else it reads the candidates the parts
    /// it answers select.
    public func count(
        _ kind: QueryKind, where condition: Condition? = nil, plans scope: PlanScope = .current
    ) throws(WorkspaceError) -> Int {
        if let condition { try check(condition, for: kind) }
        var total = 0
        for queried in try queriedPlans(scope, of: kind) {
            guard let plan = storePlan(kind, condition, in: queried) else {
                total += try matchingInMemory(kind, condition).count
                continue
            }
            guard plan.split.residual == nil else {
                total += try matching(plan, limit: nil).count
                continue
            }
            do {
                total += try store.count(plan.entityKind, where: plan.split.store, plan: plan.planID)
            } catch {
                throw WorkspaceError(error)
            }
        }
        return total
    }

    /// How the store answers a query of a kind in a plan (the plan in use when nil), or nil when the
    /// plan in memory must: the plan in use inside a transaction with pending edits, or for the plans
    /// of the store.
    func storePlan(_ kind: QueryKind, _ condition: Condition?, in queried: QueriedPlan? = nil) -> StorePlan? {
        let queried = queried ?? QueriedPlan(id: planID, inUse: true)
        // Indicators are kept inside their focus areas, and read with them from the plan in memory.
        guard !(queried.inUse && hasPendingEdits), let entityKind = kind.entityKind, kind != .indicators else {
            return nil
        }
        return StorePlan(
            kind: kind, entityKind: entityKind,
            split: condition?.split(for: kind, swiftTests: store.answersSwiftTests) ?? SplitCondition(),
            planID: queried.id)
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
        try matching(.units, try servingCondition(age: age, function: function, at: location))
    }

    /// The condition of ``units(serving:function:at:)``: `age = AGE`, and `functions = FUNCTION` when
    /// a function is given.
    ///
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownValue`` for a word that is no function.
    public func servingCondition(
        age: Int, function: String?, at location: InputLocation = .unknown
    ) throws(WorkspaceError) -> Condition {
        let condition = Condition.comparison(field: "age", op: .equal, value: .text(String(age)), location: location)
        guard let function else { return condition }
        guard let value = ValueVocabulary.value(for: function), UnitFunction(rawValue: value) != nil else {
            throw WorkspaceError(
                "unknown function '\(function)'; use preventive (förebyggande), detecting (upptäckande) or remedial (åtgärdande)",
                at: location, code: .unknownValue)
        }
        return .and(condition, .comparison(field: "functions", op: .equal, value: .text(value), location: location))
    }

    /// The entities of the plan in use whose text contains `text`, ignoring case and diacritics, best
    /// matches first.
    public func search(_ text: String) throws(WorkspaceError) -> [SearchHit] {
        try search(text, in: .current).map(\.hit)
    }

    /// The entities whose text contains `text`, ignoring case and diacritics: in the plan in use, or in
    /// every plan of the store, plan by plan in the order of their ids, each plan's best matches first
    /// (at most 50 a plan).
    ///
    /// ```swift
    /// for found in try workspace.search("föräldrastöd", in: .all) { print(found.plan?.rawValue ?? "", found.hit.id) }
    /// ```
    public func search(_ text: String, in scope: PlanScope) throws(WorkspaceError) -> [PlanSearchHit] {
        var found: [PlanSearchHit] = []
        for plan in try queriedPlans(scope, of: nil) {
            do {
                found += try store.search(text, plan: plan.id).map { PlanSearchHit(plan: plan.id, hit: $0) }
            } catch {
                throw WorkspaceError(error)
            }
        }
        return found
    }

    /// The names of everything that can act — organisations, units, roles, external actors — by id.
    public func actorNames() throws(WorkspaceError) -> [String: String] {
        try actorNames(among: nil)
    }

    /// The names of the actors with one of `ids` (of every actor when nil), by id: from the store,
    /// reading the actors only, outside a transaction with pending edits.
    func actorNames(among ids: Set<String>?) throws(WorkspaceError) -> [String: String] {
        var names: [String: String] = [:]
        for kind in Self.actorKinds {
            let found: [EntityRow]
            if let ids { found = try rows(kind, ids: ids) } else { found = try matching(kind, nil) }
            for row in found { names[row.id] = row.name }
        }
        return names
    }

    /// The kinds of entity that can act, in the order their names are looked up.
    static let actorKinds: [QueryKind] = [.organizations, .units, .roles, .externalActors]

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
    /// Outside a transaction with pending edits the store selects the actor, the activities that name
    /// it and the alarm paths with a step that does, and reads only those.
    ///
    /// - Parameter reference: The actor's id, or its name ignoring case and diacritics.
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownEntity`` when no actor has that id or name.
    public func duties(of reference: EntityReference) throws(WorkspaceError) -> [Duty] {
        guard storePlan(.activities, nil) != nil else { return try dutiesInMemory(of: reference) }
        let id = EntityID(try actorID(reference))
        let activities: [EntityRow]
        let paths: [EntityRow]
        do {
            let named = StoreValueTest.oneOf([id.rawValue])
            activities = try store.entities(
                .activity, where: .or(.value(.key("responsible"), named), .value(.key("otherActors"), named)),
                plan: planID
            ).map { EntityRow(kind: .activities, entity: $0) }
            paths = try store.entities(
                .alarmPath,
                where: .or(.value(.item("steps", "actor"), named), .value(.item("steps", "target"), named)),
                plan: planID
            ).map { EntityRow(kind: .alarmPaths, entity: $0) }
        } catch {
            throw WorkspaceError(error)
        }
        return Self.duties(
            of: id, activities: activities.compactMap { $0.entity?.model as? Activity },
            paths: paths.compactMap { $0.entity?.model as? AlarmPath })
    }

    /// The id of the actor a reference names: an actor with that id, else the first, in the order of
    /// ``actorKinds`` and plan order, whose name is the reference ignoring case and diacritics.
    private func actorID(_ reference: EntityReference) throws(WorkspaceError) -> String {
        for kind in Self.actorKinds where try !rows(kind, ids: [reference.text]).isEmpty { return reference.text }
        let folded = TextFolding.fold(reference.text)
        let byName = Condition.comparison(field: "name", op: .equal, value: .text(reference.text), location: .unknown)
        for kind in Self.actorKinds {
            // `name = …` also matches a date or a word of a vocabulary: only the folded name counts.
            if let row = try matching(kind, byName).first(where: { TextFolding.fold($0.name) == folded }) {
                return row.id
            }
        }
        let ids: [String]
        do {
            let all = try store.entityIDs(plan: planID)
            ids = Self.actorKinds.flatMap { kind in kind.entityKind.map { all[$0] ?? [] } ?? [] }.map(\.rawValue)
        } catch {
            throw WorkspaceError(error)
        }
        throw Self.noActor(reference, among: ids)
    }

    private static func noActor(_ reference: EntityReference, among ids: [String]) -> WorkspaceError {
        WorkspaceError(
            "no actor '\(reference.text)'"
                + (Suggestion.nearest(to: reference.text, in: Set(ids).sorted()).map { "; did you mean '\($0)'?" } ?? ""),
            at: reference.location, code: .unknownEntity)
    }

    /// ``duties(of:)`` on the plan in memory, inside a transaction with pending edits.
    func dutiesInMemory(of reference: EntityReference) throws(WorkspaceError) -> [Duty] {
        let names = try actorNames(among: nil)
        var actor = reference.text
        if names[actor] == nil {
            let folded = TextFolding.fold(actor)
            guard let match = names.first(where: { TextFolding.fold($0.value) == folded })?.key else {
                throw Self.noActor(reference, among: Array(names.keys))
            }
            actor = match
        }
        let plan = try plan()
        return Self.duties(of: EntityID(actor), activities: plan.allActivities, paths: plan.alarmPaths)
    }

    /// The duties of an actor among activities and alarm paths, in their order.
    private static func duties(of id: EntityID, activities: [Activity], paths: [AlarmPath]) -> [Duty] {
        var duties: [Duty] = []
        for activity in activities {
            if activity.responsible.contains(id) {
                duties.append(Duty(activity: activity.id, part: .responsible, text: activity.title))
            }
            if activity.otherActors.contains(id) {
                duties.append(Duty(activity: activity.id, part: .takesPart, text: activity.title))
            }
        }
        for path in paths {
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
