/// An actor outside the owning administration that the plan names: the police, Säpo, the region,
/// other city bodies, civil society, crisis functions such as POSOM or the central crisis management.
public struct ExternalActor: Hashable, Sendable, Identifiable, Grounded {
    /// What kind of actor this is.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "actor kind"

        /// A government authority (Polisen, Säkerhetspolisen, Kriminalvården).
        case authority
        /// A region or county council (landstinget).
        case region
        /// Another municipality.
        case municipality
        /// Another body of the same city (stadsledningskontoret, a stadsdelsförvaltning).
        case cityBody
        /// A civil-society organization (föreningar, samfund).
        case organization
        /// A function or group formed for a purpose (POSOM, CKL).
        case group
        /// Anything else.
        case other

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .authority: "myndighet"
            case .region: "region"
            case .municipality: "kommun"
            case .cityBody: "stadens organisation"
            case .organization: "organisation"
            case .group: "grupp"
            case .other: "övrig"
            }
        }
    }

    /// The actor's id.
    public var id: EntityID
    /// Its name.
    public var name: String
    /// What kind of actor it is.
    public var kind: Kind
    /// Its part in the plan, in the plan's words.
    public var description: String?
    /// How to reach it.
    public var contacts: [Contact]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an external actor.
    public init(
        id: EntityID, name: String, kind: Kind, description: String? = nil, contacts: [Contact] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.contacts = contacts
    }
}
