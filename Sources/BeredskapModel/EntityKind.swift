/// The kinds of entity in a plan. All but the plan itself share the plan's id namespace, and each is
/// a list in the plan file (the plan is its `plan` mapping).
///
/// ```swift
/// EntityKind(fileKey: "units")   // .unit
/// EntityKind.unit.noun           // "unit"
/// ```
public enum EntityKind: String, CaseIterable, Hashable, Sendable, Comparable {
    /// The plan's metadata; its id is the plan's id.
    case plan
    /// A document the plan rests on.
    case reference
    /// A part of the narrative.
    case section
    /// A defined term.
    case definition
    /// A violent extremist milieu.
    case milieu
    /// A part of the owning administration.
    case organization
    /// A unit (*verksamhet*).
    case unit
    /// An actor outside the administration.
    case externalActor
    /// A post or group.
    case role
    /// A focus area.
    case focusArea
    /// An indicator of a focus area.
    case indicator
    /// An activity.
    case activity
    /// An alarm path.
    case alarmPath
    /// An on-duty rota.
    case rota
    /// A rule routing incoming alerts.
    case alertRule

    /// The kinds that can act: be responsible for an activity or take part in an alarm path.
    public static let actors: Set<EntityKind> = [.organization, .unit, .role, .externalActor]

    /// What messages call one entity of the kind ("external actor").
    public var noun: String {
        switch self {
        case .externalActor: "external actor"
        case .focusArea: "focus area"
        case .alarmPath: "alarm path"
        case .alertRule: "alert rule"
        default: rawValue
        }
    }

    /// The key of the kind's list in a plan file (`units`), or `plan` for the plan's metadata.
    public var fileKey: String {
        switch self {
        case .plan: "plan"
        case .reference: "references"
        case .section: "sections"
        case .definition: "definitions"
        case .milieu: "milieus"
        case .organization: "organizations"
        case .unit: "units"
        case .externalActor: "externalActors"
        case .role: "roles"
        case .focusArea: "focusAreas"
        case .indicator: "indicators"
        case .activity: "activities"
        case .alarmPath: "alarmPaths"
        case .rota: "rotas"
        case .alertRule: "alertRules"
        }
    }

    /// The kind whose list has `fileKey`.
    public init?(fileKey: String) {
        guard let kind = Self.allCases.first(where: { $0.fileKey == fileKey }) else { return nil }
        self = kind
    }

    /// Orders kinds as plan files list them.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
