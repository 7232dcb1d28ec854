/// A way to reach an actor: a phone number, an e-mail address, a postal address.
///
/// Contact details can be sensitive (a personal mobile number, the address of protected housing).
/// Sensitive ones are left out of every export and report unless the caller asks for them.
public struct Contact: Hashable, Sendable {
    /// What kind of contact detail this is.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "contact kind"

        /// A phone number.
        case phone
        /// An e-mail address.
        case email
        /// A postal or visiting address.
        case address
        /// A web address.
        case web
        /// Anything else.
        case other

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .phone: "telefon"
            case .email: "e-post"
            case .address: "adress"
            case .web: "webb"
            case .other: "övrigt"
            }
        }
    }

    /// What kind of contact detail this is.
    public var kind: Kind
    /// What it is for ("Växel", "Jourtelefon").
    public var label: String?
    /// The number, address or link.
    public var value: String
    /// Whether the detail must stay out of exports and reports unless explicitly asked for.
    public var sensitive: Bool

    /// What every output that cannot leave a sensitive detail out (a change log, a diff, a dry run,
    /// an error that echoes the command) shows in place of its value. Swedish, like the reports'
    /// "känslig" beside such a detail, and the same everywhere, so it can be searched for.
    public static let withheldValue = "[känslig uppgift]"

    /// Creates a contact detail.
    public init(kind: Kind, label: String? = nil, value: String, sensitive: Bool = false) {
        self.kind = kind
        self.label = label
        self.value = value
        self.sensitive = sensitive
    }
}

extension Plan {
    /// Every contact detail of the plan marked sensitive: of its organizations, units, roles and
    /// external actors.
    public var sensitiveContacts: [Contact] {
        (organizations.flatMap(\.contacts) + units.flatMap(\.contacts) + roles.flatMap(\.contacts)
            + externalActors.flatMap(\.contacts)).filter(\.sensitive)
    }
}
