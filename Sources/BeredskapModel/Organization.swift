/// A part of the owning administration's tree above the units: the nämnd, the förvaltning, its
/// departments (*avdelningar*) and sections.
public struct Organization: Hashable, Sendable, Identifiable, Grounded {
    /// The levels of the tree the format knows, with their Swedish names.
    public enum StandardKind: String, PlanVocabulary {
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

    /// The level of an organization in the tree: one the format knows (``StandardKind``), or one of the
    /// plan's own (`sektor`, `bolag`, `krisledningsnamnd`), which the organization names in
    /// ``Organization/kindLabel``: an open vocabulary.
    ///
    /// ```swift
    /// let kind: Organization.Kind = "sektor"
    /// kind.standard        // nil
    /// Organization.Kind.department.standard   // .department
    /// ```
    public struct Kind: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The kind as plan files write it.
        public let rawValue: String

        /// The kind `rawValue`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The kind written `value`.
        public init(stringLiteral value: String) { rawValue = value }

        /// A kind the format knows.
        public init(_ standard: StandardKind) { rawValue = standard.rawValue }

        /// A political board (*nämnd*).
        public static let board = Kind(.board)
        /// An administration (*förvaltning*).
        public static let administration = Kind(.administration)
        /// A department (*avdelning*).
        public static let department = Kind(.department)
        /// A section that is not itself one of the plan's units.
        public static let section = Kind(.section)

        /// The kind the format knows that this is, nil for one of the plan's own.
        public var standard: StandardKind? { StandardKind(rawValue: rawValue) }

        /// The kind as plan files write it.
        public var description: String { rawValue }
    }

    /// The organization's id.
    public var id: EntityID
    /// Its name.
    public var name: String
    /// Its level in the tree.
    public var kind: Kind
    /// What the plan calls its kind, when the format does not know it ("Sektor", "Bolag"); for a kind
    /// the format knows, the plan's own word for it instead of the format's.
    public var kindLabel: String?
    /// The organization it belongs to.
    public var parent: EntityID?
    /// What it does, in the plan's words.
    public var description: String?
    /// How to reach it.
    public var contacts: [Contact]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an organization.
    public init(
        id: EntityID, name: String, kind: Kind, kindLabel: String? = nil, parent: EntityID? = nil,
        description: String? = nil, contacts: [Contact] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.kindLabel = kindLabel
        self.parent = parent
        self.description = description
        self.contacts = contacts
    }
}
