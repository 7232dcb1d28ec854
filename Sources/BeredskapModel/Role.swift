/// A post (*funktion*, *befattning*) or a group in the plan, independent of the people holding it.
///
/// The plan says "Socialjourens enhetschef", not a name: people change, posts stay. Alarm paths and
/// activities refer to roles.
public struct Role: Hashable, Sendable, Identifiable {
    /// Whether the role is held by one person or by a group.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "role kind"

        /// A post held by one person at a time (samordnare, direktör).
        case post
        /// A group acting together (förvaltningsledningen, en arbetsgrupp).
        case group

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .post: "befattning"
            case .group: "grupp"
            }
        }
    }

    /// The role's id.
    public var id: EntityID
    /// The title as the plan writes it ("Stadsdirektör").
    public var title: String
    /// A post or a group.
    public var kind: Kind
    /// The organization, unit or external actor the role belongs to.
    public var organization: EntityID?
    /// What the role does, in the plan's words.
    public var description: String?
    /// How to reach the role.
    public var contacts: [Contact]

    /// Creates a role.
    public init(
        id: EntityID, title: String, kind: Kind = .post, organization: EntityID? = nil,
        description: String? = nil, contacts: [Contact] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.organization = organization
        self.description = description
        self.contacts = contacts
    }
}
