import BeredskapModel

/// What a field of a plan-file mapping holds, as the plan-file schema reads it: for messages,
/// introspection (`.fields units`) and completion.
public indirect enum PlanFieldType: Sendable {
    /// Free text.
    case text
    /// A number.
    case number
    /// A date, whole or partial (`2017`, `2017-09`, `2017-09-01`).
    case date
    /// `true` or `false`.
    case yesNo
    /// The id of an entity of one of the kinds; empty when any id will do.
    case id(of: Set<EntityKind>)
    /// One value of a closed set, written by its English value or its Swedish label.
    case closedSet(any PlanVocabulary.Type)
    /// A list of values of a type.
    case list(PlanFieldType)
    /// A nested mapping of its own keys (a contact, a target group, a status entry …).
    case mapping

    /// The closed set of the field's values, or of its list's items; nil for anything else.
    public var vocabulary: (any PlanVocabulary.Type)? {
        switch self {
        case .closedSet(let type): type
        case .list(let element): element.vocabulary
        default: nil
        }
    }

    /// The values of the closed set, each English value with its Swedish label, in the set's order;
    /// empty for a field that is not one.
    public var allowedValues: [(value: String, label: String)] {
        guard let vocabulary else { return [] }
        func values<V: PlanVocabulary>(_ type: V.Type) -> [(value: String, label: String)] {
            V.allCases.map { ($0.rawValue, $0.swedishLabel) }
        }
        return values(vocabulary)
    }
}

/// A list in a plan file, whose element type the schema can name.
protocol PlanFileList {
    static var elementType: Any.Type { get }
}

extension Array: PlanFileList where Element: PlanFileValue {
    static var elementType: Any.Type { Element.self }
}

extension EntityKind {
    /// What the kind's plan-file key `field` holds, nil for a key the kind does not have.
    ///
    /// ```swift
    /// EntityKind.unit.fieldType(of: "level")        // .closedSet(FunctionLevel.self)
    /// EntityKind.unit.fieldType(of: "department")   // .id(of: [.organization])
    /// ```
    public func fieldType(of field: String) -> PlanFieldType? {
        Self.fieldTypesByKind[self]?[field]
    }

    private static let fieldTypesByKind: [EntityKind: [String: PlanFieldType]] = Dictionary(
        uniqueKeysWithValues: allCases.map { kind in (kind, fieldTypes(of: kind.recordType, kind: kind)) })

    private static func fieldTypes<R: PlanFileRecord>(of type: R.Type, kind: EntityKind) -> [String: PlanFieldType] {
        var result: [String: PlanFieldType] = [:]
        for field in R.fields {
            result[field.key] = fieldType(field.valueType, references: referencedKinds[kind]?[field.key] ?? [])
        }
        return result
    }

    private static func fieldType(_ type: Any.Type, references: Set<EntityKind>) -> PlanFieldType {
        if let vocabulary = type as? any PlanVocabulary.Type { return .closedSet(vocabulary) }
        if let list = type as? any PlanFileList.Type {
            return .list(fieldType(list.elementType, references: references))
        }
        if type == String.self { return .text }
        if type == Int.self || type == Double.self { return .number }
        if type == Bool.self { return .yesNo }
        if type == PartialDate.self { return .date }
        if type == EntityID.self { return .id(of: references) }
        if type == FollowUpSchedule.self { return .text }
        return .mapping
    }

    /// The kinds an id field refers to, as the plan validator resolves them.
    private static let referencedKinds: [EntityKind: [String: Set<EntityKind>]] = [
        .organization: ["parent": [.organization]],
        .focusArea: ["parent": [.focusArea]],
        .unit: ["department": [.organization], "milieus": [.milieu]],
        .role: ["organization": actors, "deputies": [.role], "rota": [.rota]],
        .activity: ["responsible": actors, "otherActors": actors],
        .alertRule: ["path": [.alarmPath]],
        .section: ["references": [.reference]],
    ]
}
