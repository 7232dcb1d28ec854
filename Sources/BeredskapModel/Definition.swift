/// A term the plan defines ("Radikalisering — Den process som leder till …").
public struct Definition: Hashable, Sendable, Identifiable, Grounded {
    /// The definition's id.
    public var id: EntityID
    /// The term defined.
    public var term: String
    /// The definition text.
    public var text: String

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a definition.
    public init(id: EntityID, term: String, text: String) {
        self.id = id
        self.term = term
        self.text = text
    }
}

/// A violent extremist milieu the plan describes (the autonomous milieu, the white-power milieu, …),
/// or the lone actors who belong to none.
public struct Milieu: Hashable, Sendable, Identifiable, Grounded {
    /// Whether the entry is an organised milieu or the lone actors.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "milieu kind"

        /// An organised milieu or movement.
        case movement
        /// Lone actors (*ensamagerande*) motivated by various ideologies.
        case loneActors

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .movement: "miljö"
            case .loneActors: "ensamagerande"
            }
        }
    }

    /// The milieu's id.
    public var id: EntityID
    /// Its name ("Vit makt-miljön").
    public var name: String
    /// A milieu or the lone actors.
    public var kind: Kind
    /// The plan's description.
    public var description: String?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a milieu.
    public init(id: EntityID, name: String, kind: Kind, description: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
    }
}
