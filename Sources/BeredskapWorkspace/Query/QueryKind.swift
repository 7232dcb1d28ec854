import BeredskapModel

/// What can be queried and edited: the kinds of entity in a plan, and the plans of the store.
///
/// The command language names a kind by any of its ``words`` (`units`, `verksamheter`, `enhet` …).
public enum QueryKind: String, Sendable, CaseIterable, Equatable {
    /// The plans of the store.
    case plans
    /// The units.
    case units
    /// The roles.
    case roles
    /// The activities, those under focus areas included.
    case activities
    /// The organizations above the units.
    case organizations
    /// The external actors.
    case externalActors = "externalactors"
    /// The alarm paths.
    case alarmPaths = "alarmpaths"
    /// The definitions.
    case definitions
    /// The milieus.
    case milieus
    /// The narrative sections.
    case sections
    /// The focus areas.
    case focusAreas = "focusareas"
    /// The on-duty rotas.
    case rotas
    /// The rules that route incoming alerts.
    case alertRules = "alertrules"

    /// The entity kind in the plan, nil for plans.
    public var entityKind: EntityKind? {
        switch self {
        case .plans: nil
        case .units: .unit
        case .roles: .role
        case .activities: .activity
        case .organizations: .organization
        case .externalActors: .externalActor
        case .alarmPaths: .alarmPath
        case .definitions: .definition
        case .milieus: .milieu
        case .sections: .section
        case .focusAreas: .focusArea
        case .rotas: .rota
        case .alertRules: .alertRule
        }
    }

    /// Every word that names the kind: English singular and plural, the Swedish words people use.
    public var words: [String] {
        switch self {
        case .plans: ["plans", "plan", "planer"]
        case .units: ["units", "unit", "verksamheter", "verksamhet", "enheter", "enhet"]
        case .roles: ["roles", "role", "roller", "roll"]
        case .activities: ["activities", "activity", "aktiviteter", "aktivitet", "åtgärder", "åtgärd"]
        case .organizations:
            ["organizations", "organization", "organisationer", "organisation", "avdelningar", "avdelning"]
        case .externalActors: ["externalactors", "externalactor", "actors", "actor", "aktörer", "aktör"]
        case .alarmPaths: ["alarmpaths", "alarmpath", "paths", "path", "larmvägar", "larmväg"]
        case .definitions: ["definitions", "definition", "definitioner"]
        case .milieus: ["milieus", "milieu", "miljöer", "miljö"]
        case .sections: ["sections", "section", "avsnitt"]
        case .focusAreas: ["focusareas", "focusarea", "fokusområden", "fokusområde"]
        case .rotas: ["rotas", "rota", "beredskapsscheman", "beredskapsschema", "scheman", "schema"]
        case .alertRules: ["alertrules", "alertrule", "larmregler", "larmregel"]
        }
    }

    /// The kind named by `word`, in any case and with or without diacritics.
    public init?(word: String) {
        if let kind = Self.byWord[word] ?? Self.byWord[TextFolding.fold(word)] {
            self = kind
        } else {
            return nil
        }
    }

    /// Every word of every kind, as written and folded.
    private static let byWord: [String: QueryKind] = {
        var table: [String: QueryKind] = [:]
        for kind in allCases {
            for word in kind.words {
                table[word] = kind
                table[TextFolding.fold(word)] = kind
            }
        }
        return table
    }()
}

extension QueryKind {
    /// The kind that holds entities of `entityKind`, nil for the plan itself.
    public init?(_ entityKind: EntityKind) {
        guard let kind = Self.allCases.first(where: { $0.entityKind == entityKind }) else { return nil }
        self = kind
    }
}
