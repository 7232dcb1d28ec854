/// A post (*funktion*, *befattning*) or a group in the plan, independent of the people holding it.
///
/// The plan says "Socialjourens enhetschef", not a name: people change, posts stay. Alarm paths and
/// activities refer to roles.
public struct Role: Hashable, Sendable, Identifiable, Grounded {
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
    /// When the role can be reached: always, in office hours only, or through an on-duty rota.
    public var availability: Availability
    /// Who stands in when the role does not answer, tried in this order (*ställföreträdare*).
    public var deputies: [EntityID]
    /// How long an unanswered call waits before the first deputy is tried, in minutes.
    public var deputyAfterMinutes: Double?
    /// The rota that staffs an `onDuty` role; without one the duty is taken as held around the clock.
    public var rota: EntityID?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a role.
    public init(
        id: EntityID, title: String, kind: Kind = .post, organization: EntityID? = nil,
        description: String? = nil, contacts: [Contact] = [], availability: Availability = .always,
        deputies: [EntityID] = [], deputyAfterMinutes: Double? = nil, rota: EntityID? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.organization = organization
        self.description = description
        self.contacts = contacts
        self.availability = availability
        self.deputies = deputies
        self.deputyAfterMinutes = deputyAfterMinutes
        self.rota = rota
    }
}

extension Role {
    /// When a role can be reached.
    ///
    /// Socialjouren and TIB answer around the clock; a director answers in office hours and, outside
    /// them, only through the city's on-duty arrangement. An alarm path that reaches a role when it is
    /// not available goes straight to its deputies.
    public enum Availability: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "availability"

        /// Around the clock.
        case always
        /// In office hours only (the plan's calendar: weekdays, not public holidays or their eves).
        case officeHours
        /// Held in turn by the people of an on-duty rota (TIB): when the role's ``Role/rota`` has a shift,
        /// or around the clock when the role names no rota.
        case onDuty

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .always: "dygnet runt"
            case .officeHours: "kontorstid"
            case .onDuty: "beredskap"
            }
        }
    }
}
