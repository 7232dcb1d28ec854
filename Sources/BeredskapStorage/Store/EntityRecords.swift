import BeredskapModel
internal import Yams

/// The plan-file record type of each kind of entity: its keys, and how one of its fields is checked.
extension EntityKind {
    /// The type that reads and writes the kind's mapping in a plan file.
    var recordType: any PlanFileRecord.Type {
        switch self {
        case .plan: PlanMetadata.self
        case .reference: PlanReference.self
        case .section: Section.self
        case .definition: Definition.self
        case .milieu: Milieu.self
        case .organization: Organization.self
        case .unit: ServiceUnit.self
        case .externalActor: ExternalActor.self
        case .role: Role.self
        case .focusArea: FocusArea.self
        case .indicator: Indicator.self
        case .activity: Activity.self
        case .alarmPath: AlarmPath.self
        case .rota: DutyRota.self
        case .alertRule: AlertRule.self
        }
    }

    /// The keys of the kind's mapping in a plan file, in canonical order: the fields a change set
    /// can set.
    public var fieldKeys: [String] { Self.fieldKeysByKind[self] ?? [] }

    /// Computed once: a script of 100,000 edits asks for them 100,000 times.
    private static let fieldKeysByKind: [EntityKind: [String]] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, keys(of: $0.recordType)) })

    /// What the kind's `field` means when a plan leaves it out (`post` for a role's `kind`), for fields
    /// with a default.
    public func defaultValue(of field: String) -> PlanValue? {
        Self.defaultsByKind[self]?[field]
    }

    private static let defaultsByKind: [EntityKind: [String: PlanValue]] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, defaults(of: $0.recordType)) })

    private static func defaults<R: PlanFileRecord>(of type: R.Type) -> [String: PlanValue] {
        var result: [String: PlanValue] = [:]
        for field in R.fields { if let value = field.defaultValue { result[field.key] = value } }
        return result
    }

    /// Whether the kind's `field` must have a value.
    func isRequired(_ field: String) -> Bool { Self.requiredFieldsByKind[self]?.contains(field) ?? false }

    private static let requiredFieldsByKind: [EntityKind: Set<String>] = Dictionary(
        uniqueKeysWithValues: allCases.map { kind in
            (kind, Set(kind.fieldKeys.filter { isRequired($0, in: kind.recordType) }))
        })

    /// Problems with `value` as the kind's `field`, as reading it from a plan file would report them.
    func problems(setting field: String, to value: PlanValue?) -> [String] {
        Self.problems(recordType, field, value)
    }

    /// Problems with a whole entity given as its plan-file mapping.
    func problems(adding value: PlanValue) -> [String] {
        Self.problems(recordType, value)
    }

    private static func keys<R: PlanFileRecord>(of type: R.Type) -> [String] { R.fields.map(\.key) }

    private static func isRequired<R: PlanFileRecord>(_ field: String, in type: R.Type) -> Bool {
        R.fields.first { $0.key == field }?.isRequired ?? false
    }

    private static func problems<R: PlanFileRecord>(_ type: R.Type, _ field: String, _ value: PlanValue?) -> [String] {
        guard let binding = R.fields.first(where: { $0.key == field }) else {
            return ["has no field '\(field)'" + Suggestion.didYouMean(field, in: R.fields.map(\.key))]
        }
        guard let value else {
            return binding.isRequired ? ["'\(field)' is required and cannot be removed"] : []
        }
        if binding.isRequired, case .string(let text) = value, text.allSatisfy(\.isWhitespace) {
            return ["'\(field)' must not be empty"]
        }
        var context = DecodingContext(recordsMarks: false)
        var blank = R.blank
        _ = binding.decode(value.decodingNode(), PlanPath([.key(field)]), &context, &blank)
        return context.problems.map(\.issue.message)
    }

    private static func problems<R: PlanFileRecord>(_ type: R.Type, _ value: PlanValue) -> [String] {
        var context = DecodingContext(recordsMarks: false)
        _ = R.decode(value.decodingNode(), at: .root, in: &context)
        return context.problems.map(\.issue.message)
    }
}
