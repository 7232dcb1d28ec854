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
    /// The indicators (*mått*) of the focus areas, with the values measured.
    case indicators
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
        case .indicators: .indicator
        case .rotas: .rota
        case .alertRules: .alertRule
        }
    }

    /// Every word that names the kind: English singular and plural, the Swedish words people use.
    public var words: [String] { englishWords + swedishWords }

    /// The English words that name the kind, plural first.
    public var englishWords: [String] {
        switch self {
        case .plans: ["plans", "plan"]
        case .units: ["units", "unit"]
        case .roles: ["roles", "role"]
        case .activities: ["activities", "activity"]
        case .organizations: ["organizations", "organization"]
        case .externalActors: ["externalactors", "externalactor", "actors", "actor"]
        case .alarmPaths: ["alarmpaths", "alarmpath", "paths", "path"]
        case .definitions: ["definitions", "definition"]
        case .milieus: ["milieus", "milieu"]
        case .sections: ["sections", "section"]
        case .focusAreas: ["focusareas", "focusarea"]
        case .indicators: ["indicators", "indicator", "measures", "measure"]
        case .rotas: ["rotas", "rota"]
        case .alertRules: ["alertrules", "alertrule"]
        }
    }

    /// The Swedish words that name the kind, plural first (`verksamheter`, `verksamhet`, `enheter` …).
    public var swedishWords: [String] {
        switch self {
        case .plans: ["planer"]
        case .units: ["verksamheter", "verksamhet", "enheter", "enhet"]
        case .roles: ["roller", "roll"]
        case .activities: ["aktiviteter", "aktivitet", "åtgärder", "åtgärd"]
        case .organizations: ["organisationer", "organisation", "avdelningar", "avdelning"]
        case .externalActors: ["aktörer", "aktör"]
        case .alarmPaths: ["larmvägar", "larmväg"]
        case .definitions: ["definitioner"]
        case .milieus: ["miljöer", "miljö"]
        case .sections: ["avsnitt"]
        case .focusAreas: ["fokusområden", "fokusområde"]
        case .indicators: ["mått", "indikatorer", "indikator"]
        case .rotas: ["beredskapsscheman", "beredskapsschema", "scheman", "schema"]
        case .alertRules: ["larmregler", "larmregel"]
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
