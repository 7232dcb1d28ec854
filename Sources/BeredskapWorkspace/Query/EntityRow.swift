import BeredskapModel
import BeredskapStorage

/// One entity as a query sees it: its kind and id, its typed model value, and the fields people ask
/// about — the plan-file keys of its kind and the virtual fields `name`, `function`, `age` and `status`.
///
/// A field's value is read from the typed entity when a condition, an ordering or a column asks for
/// it; nothing is written out for the fields nobody asked about.
public struct EntityRow: Sendable {
    /// What kind of entity it is.
    public let kind: QueryKind
    /// Its id.
    public let id: String
    /// The typed entity, nil for a plan of the store (a row of `list plans`).
    public let entity: PlanEntity?
    /// The plan the entity was read from: the one a query over every plan found it in, else the
    /// workspace's ``Workspace/planID`` (nil for the store's only or default plan).
    public internal(set) var plan: EntityID?
    private let summary: PlanValue?

    init(kind: QueryKind, entity: PlanEntity) {
        self.kind = kind
        self.id = entity.id.rawValue
        self.entity = entity
        self.summary = nil
    }

    /// A row of `list plans`: a plan of the store, described by a mapping.
    init(kind: QueryKind, id: String, value: PlanValue) {
        self.kind = kind
        self.id = id
        self.entity = nil
        self.summary = value
    }

    /// The rows of one kind of entity of `plan`, in plan order.
    static func rows(of kind: QueryKind, entityKind: EntityKind, in plan: Plan) -> [EntityRow] {
        plan.entities(of: entityKind).map { EntityRow(kind: kind, entity: $0) }
    }

    /// The whole entity as the mapping of its plan file, for `show`.
    public var value: PlanValue {
        entity?.fileValue ?? summary ?? .mapping([])
    }

    /// The fields a kind can be filtered and sorted on, for messages and completion.
    public static func fields(of kind: QueryKind) -> [String] {
        guard let entityKind = kind.entityKind else { return ["id", "name", "version", "status"] }
        var fields = entityKind.fieldKeys
        for virtual in virtualFields(of: kind) where !fields.contains(virtual) { fields.append(virtual) }
        return fields
    }

    /// What a field of a kind holds, for filtering and introspection: the plan-file schema's type
    /// of the key, or the type of a virtual field (`function` is a unit's `functions`, `age` a number,
    /// an activity's `status` the status of its last log entry). Nil for a field the kind does not have.
    public static func fieldType(_ field: String, of kind: QueryKind) -> PlanFieldType? {
        guard let entityKind = kind.entityKind else {
            return fields(of: kind).contains(field) ? .text : nil
        }
        switch (kind, field) {
        case (.activities, "status"): return .closedSet(ActivityStatus.self)
        case (.units, "age"): return .number
        case (.units, "function"): return entityKind.fieldType(of: "functions")
        default:
            if let type = entityKind.fieldType(of: field) { return type }
            return fields(of: kind).contains(field) ? .text : nil
        }
    }

    static func virtualFields(of kind: QueryKind) -> [String] {
        switch kind {
        case .units: ["name", "function", "age"]
        case .activities: ["name", "status"]
        default: ["name"]
        }
    }

    /// A plan-file key's value as stored, without defaults.
    private func stored(_ key: String) -> PlanValue? {
        entity?.value(of: key) ?? summary?[key]
    }

    /// The entity's display name: its name, title or term.
    public var name: String {
        (stored("name") ?? stored("title") ?? stored("term"))?.scalarText ?? id
    }

    /// The value of a field: a plan-file key (its default when the entity leaves it out), or a
    /// virtual field.
    public func field(_ field: String) -> PlanValue? {
        switch field {
        case "name": return .string(name)
        case "function": return stored("functions")
        case "status":
            if let activity = entity?.model as? Activity {
                return activity.statusLog.last.map { .string($0.status.rawValue) }
            }
            return stored("status") ?? kind.entityKind?.defaultValue(of: "status")
        default: return stored(field) ?? kind.entityKind?.defaultValue(of: field)
        }
    }

    /// Whether a unit serves a person of `age`.
    public func serves(age: Int) -> Bool {
        (entity?.model as? ServiceUnit)?.serves(age: age) ?? false
    }

    /// The ages a unit serves, as "13–26", "18–" or "–21".
    public var ages: String? {
        guard let unit = entity?.model as? ServiceUnit else { return nil }
        let ranges = unit.targetGroups.compactMap { group -> String? in
            guard group.minAge != nil || group.maxAge != nil else { return nil }
            return (group.minAge.map(String.init) ?? "") + "–" + (group.maxAge.map(String.init) ?? "")
        }
        return ranges.isEmpty ? nil : ranges.joined(separator: ", ")
    }
}
