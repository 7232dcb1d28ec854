/// A part of the owning administration's tree above the units: the nämnd, the förvaltning, its
/// departments (*avdelningar*) and sections.
public struct Organization: Hashable, Sendable, Identifiable {
    /// The level of an organization in the tree.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "organization kind"

        /// A political board (*nämnd*).
        case board
        /// An administration (*förvaltning*).
        case administration
        /// A department (*avdelning*).
        case department
        /// A section (*enhet*, *sektion*) that is not itself one of the plan's units.
        case section

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .board: "nämnd"
            case .administration: "förvaltning"
            case .department: "avdelning"
            case .section: "enhet"
            }
        }
    }

    /// The organization's id.
    public var id: EntityID
    /// Its name.
    public var name: String
    /// Its level in the tree.
    public var kind: Kind
    /// The organization it belongs to.
    public var parent: EntityID?
    /// What it does, in the plan's words.
    public var description: String?
    /// How to reach it.
    public var contacts: [Contact]

    /// Creates an organization.
    public init(
        id: EntityID, name: String, kind: Kind, parent: EntityID? = nil, description: String? = nil,
        contacts: [Contact] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.description = description
        self.contacts = contacts
    }
}
