import BeredskapModel

/// One entity of a plan, typed, whose fields are read one at a time as the plan file writes them.
///
/// Queries compare fields of entities: rather than writing the whole plan as a plan-file tree and
/// searching the tree, a query takes the typed entities of one kind and asks each for the few fields
/// its condition names. The value of a field is the one its plan file would hold (the field table of
/// the plan file format is the one definition of both), so `level = prevention` means the same in a
/// query as in a file.
///
/// ```swift
/// for unit in plan.entities(of: .unit) where unit.value(of: "level") == .string("prevention") {
///     print(unit.id)
/// }
/// ```
public struct PlanEntity: Sendable {
    /// The kind of entity.
    public let kind: EntityKind
    /// Its id.
    public let id: EntityID
    /// The model value: a `ServiceUnit`, a `Role`, an `Activity` …
    public let model: any Sendable
    private let read: @Sendable (String?) -> PlanValue?

    /// The value of one field as the plan file writes it, nil when the file would leave it out.
    ///
    /// - Parameter key: A plan-file key of the kind (`EntityKind.fieldKeys`).
    public func value(of key: String) -> PlanValue? {
        read(key)
    }

    /// The whole entity as the mapping of its plan file, keys in canonical order.
    public var fileValue: PlanValue {
        read(nil) ?? .mapping([])
    }

    fileprivate init<Record: PlanFileRecord & Sendable>(
        _ kind: EntityKind, _ id: EntityID, _ record: Record, _ options: PlanFileWriter.Options
    ) {
        self.kind = kind
        self.id = id
        self.model = record
        self.read = { key in
            guard let key else { return record.encode(options) }
            return Record.fields.first { $0.key == key }?.encode(record, options)
        }
    }
}

extension PlanEntity {
    /// The entity a plan-file mapping of `kind` holds, read as a plan file reads it; nil for a
    /// mapping that does not read. No check across entities runs (a reference is not looked up).
    ///
    /// - Parameters:
    ///   - kind: The kind of entity.
    ///   - value: Its mapping.
    ///   - options: What the field values include.
    static func reading(_ kind: EntityKind, _ value: PlanValue, options: PlanFileWriter.Options) -> PlanEntity? {
        func read<Record: PlanFileRecord & Sendable>(_ type: Record.Type, _ id: (Record) -> EntityID) -> PlanEntity? {
            var context = DecodingContext(recordsMarks: false)
            guard let record = Record.decode(value.decodingNode(), at: .root, in: &context) else { return nil }
            return PlanEntity(kind, id(record), record, options)
        }
        switch kind {
        case .plan: return read(PlanMetadata.self, \.id)
        case .reference: return read(PlanReference.self, \.id)
        case .section: return read(Section.self, \.id)
        case .definition: return read(Definition.self, \.id)
        case .milieu: return read(Milieu.self, \.id)
        case .organization: return read(Organization.self, \.id)
        case .unit: return read(ServiceUnit.self, \.id)
        case .externalActor: return read(ExternalActor.self, \.id)
        case .role: return read(Role.self, \.id)
        case .focusArea: return read(FocusArea.self, \.id)
        case .indicator: return read(Indicator.self, \.id)
        case .activity: return read(Activity.self, \.id)
        case .alarmPath: return read(AlarmPath.self, \.id)
        case .rota: return read(DutyRota.self, \.id)
        case .alertRule: return read(AlertRule.self, \.id)
        }
    }
}

extension Plan {
    /// The entities of a kind, in plan order: for activities, those of the focus areas first, then the
    /// plan's own; for the plan kind, its metadata.
    ///
    /// - Parameters:
    ///   - kind: The kind of entity.
    ///   - options: What the field values include; by default no value of a contact marked sensitive.
    public func entities(of kind: EntityKind, options: PlanFileWriter.Options = .init()) -> [PlanEntity] {
        func each<Record: PlanFileRecord & Sendable>(_ records: [Record], _ id: (Record) -> EntityID) -> [PlanEntity] {
            records.map { PlanEntity(kind, id($0), $0, options) }
        }
        switch kind {
        case .plan: return each([metadata], \.id)
        case .reference: return each(metadata.references, \.id)
        case .section: return each(sections, \.id)
        case .definition: return each(definitions, \.id)
        case .milieu: return each(milieus, \.id)
        case .organization: return each(organizations, \.id)
        case .unit: return each(units, \.id)
        case .externalActor: return each(externalActors, \.id)
        case .role: return each(roles, \.id)
        case .focusArea: return each(focusAreas, \.id)
        case .indicator: return each(focusAreas.flatMap(\.indicators), \.id)
        case .activity: return each(focusAreas.flatMap(\.activities) + activities, \.id)
        case .alarmPath: return each(alarmPaths, \.id)
        case .rota: return each(rotas, \.id)
        case .alertRule: return each(alertRules, \.id)
        }
    }
}
