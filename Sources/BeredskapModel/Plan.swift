/// An action plan against violent extremism: one administration's *handlingsplan*, as data.
///
/// A plan is a plain value. Read one from a plan file with `PlanFileReader` (BeredskapStorage), check
/// it with ``PlanValidator``, and query it directly:
///
/// ```swift
/// let remedial = plan.units.filter { $0.functions.contains(.remedial) }
/// let coordinator = plan.actor("sof-samordnare")?.name   // "Socialförvaltningens samordnare"
/// ```
public struct Plan: Hashable, Sendable, Identifiable {
    /// The plan's id, title, owner, period and follow-up rules.
    public var metadata: PlanMetadata
    /// The narrative, in document order.
    public var sections: [Section]
    /// The terms the plan defines.
    public var definitions: [Definition]
    /// The violent extremist milieus the plan describes.
    public var milieus: [Milieu]
    /// The owning administration's tree above the units.
    public var organizations: [Organization]
    /// The units (*verksamheter*), in the plan's order.
    public var units: [ServiceUnit]
    /// Actors outside the owning administration.
    public var externalActors: [ExternalActor]
    /// Posts and groups.
    public var roles: [Role]
    /// Focus areas, each with its activities.
    public var focusAreas: [FocusArea]
    /// Activities not grouped under a focus area.
    public var activities: [Activity]
    /// The alarm paths.
    public var alarmPaths: [AlarmPath]
    /// The on-duty rotas that roles with `availability: onDuty` name.
    public var rotas: [DutyRota]
    /// The rules that route incoming alerts into the alarm paths, in the order they are tried.
    public var alertRules: [AlertRule]

    /// Creates a plan.
    public init(
        metadata: PlanMetadata, sections: [Section] = [], definitions: [Definition] = [], milieus: [Milieu] = [],
        organizations: [Organization] = [], units: [ServiceUnit] = [], externalActors: [ExternalActor] = [],
        roles: [Role] = [], focusAreas: [FocusArea] = [], activities: [Activity] = [], alarmPaths: [AlarmPath] = [],
        rotas: [DutyRota] = [], alertRules: [AlertRule] = []
    ) {
        self.metadata = metadata
        self.sections = sections
        self.definitions = definitions
        self.milieus = milieus
        self.organizations = organizations
        self.units = units
        self.externalActors = externalActors
        self.roles = roles
        self.focusAreas = focusAreas
        self.activities = activities
        self.alarmPaths = alarmPaths
        self.rotas = rotas
        self.alertRules = alertRules
    }

    /// The plan's id.
    public var id: EntityID { metadata.id }

    /// Every activity: those under focus areas first, in order, then the ungrouped ones.
    public var allActivities: [Activity] {
        focusAreas.flatMap(\.activities) + activities
    }

    /// The organization, unit, role or external actor with `id`.
    public func actor(_ id: EntityID) -> Actor? {
        if let unit = units.first(where: { $0.id == id }) { return .unit(unit) }
        if let role = roles.first(where: { $0.id == id }) { return .role(role) }
        if let organization = organizations.first(where: { $0.id == id }) { return .organization(organization) }
        if let external = externalActors.first(where: { $0.id == id }) { return .external(external) }
        return nil
    }

    /// Every entity that can act in an activity or an alarm path.
    public var actors: [Actor] {
        organizations.map(Actor.organization) + units.map(Actor.unit) + roles.map(Actor.role)
            + externalActors.map(Actor.external)
    }
}

/// Anything that can be responsible for an activity or act in an alarm path.
public enum Actor: Hashable, Sendable, Identifiable {
    /// A part of the owning administration.
    case organization(Organization)
    /// A unit.
    case unit(ServiceUnit)
    /// A post or group.
    case role(Role)
    /// An actor outside the administration.
    case external(ExternalActor)

    /// The actor's id.
    public var id: EntityID {
        switch self {
        case .organization(let organization): organization.id
        case .unit(let unit): unit.id
        case .role(let role): role.id
        case .external(let actor): actor.id
        }
    }

    /// The actor's name, or a role's title.
    public var name: String {
        switch self {
        case .organization(let organization): organization.name
        case .unit(let unit): unit.name
        case .role(let role): role.title
        case .external(let actor): actor.name
        }
    }
}
