/// A unit (*verksamhet*) the plan lists: a service that can prevent, detect or remedy radicalisation.
///
/// Named `ServiceUnit` rather than `Unit`, which Foundation already declares; plan files and the shell
/// call these `units`.
///
/// ```swift
/// let origo = plan.units.first { $0.id == "origo" }!
/// origo.functions           // [.preventive, .detecting]
/// origo.serves(age: 20)     // true (13–26)
/// ```
public struct ServiceUnit: Hashable, Sendable, Identifiable, Grounded {
    /// The unit's id.
    public var id: EntityID
    /// The unit's name as the plan writes it.
    public var name: String
    /// An abbreviation the plan uses (SKKP, RVC).
    public var shortName: String?
    /// The organization (usually a department) the unit belongs to.
    public var department: EntityID?
    /// Which of the plan's two lists the unit is in; nil when the plan does not state it (reports
    /// say "ej angivet").
    public var level: FunctionLevel?
    /// What the unit can do, in the plan's order; empty when the plan does not state it.
    public var functions: [UnitFunction]
    /// What the unit does, in the plan's words.
    public var description: String?
    /// Who the unit serves.
    public var targetGroups: [TargetGroup]
    /// Milieus the unit works with, when tagged.
    public var milieus: [EntityID]
    /// How to reach the unit.
    public var contacts: [Contact]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a unit.
    public init(
        id: EntityID, name: String, shortName: String? = nil, department: EntityID? = nil,
        level: FunctionLevel?, functions: [UnitFunction], description: String? = nil,
        targetGroups: [TargetGroup] = [], milieus: [EntityID] = [], contacts: [Contact] = []
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.department = department
        self.level = level
        self.functions = functions
        self.description = description
        self.targetGroups = targetGroups
        self.milieus = milieus
        self.contacts = contacts
    }

    /// Whether one of the unit's target groups includes a person of `age`.
    public func serves(age: Int) -> Bool {
        targetGroups.contains { $0.includes(age: age) }
    }
}
