import BeredskapModel

/// What can be queried and edited: the kinds of entity in a plan, and the plans of the store.
public enum ShellKind: String, Sendable, CaseIterable, Equatable {
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
    private static let byWord: [String: ShellKind] = {
        var table: [String: ShellKind] = [:]
        for kind in allCases {
            for word in kind.words {
                table[word] = kind
                table[TextFolding.fold(word)] = kind
            }
        }
        return table
    }()
}

/// A value written in a command: text, a word, a list, a mapping (`{from = …, to = …}`), or nothing.
indirect enum ValueLiteral: Equatable, Sendable {
    case text(String)
    case list([ValueLiteral])
    case mapping([Assignment])
    case null

    var texts: [String] {
        switch self {
        case .text(let text): [text]
        case .list(let items): items.flatMap(\.texts)
        case .mapping, .null: []
        }
    }
}

/// A condition of `where`.
indirect enum Condition: Equatable, Sendable {
    case comparison(field: String, op: ComparisonOperator, value: ValueLiteral, location: InputLocation)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
}

/// How a field is compared with a value.
enum ComparisonOperator: String, Equatable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "~"
}

/// One `FIELD = VALUE` of `set` and `add`.
struct Assignment: Equatable, Sendable {
    let field: String
    let value: ValueLiteral
    let location: InputLocation
}

/// A reference to an entity: its id, or its name in quotes.
struct EntityReference: Equatable, Sendable {
    let text: String
    let quoted: Bool
    let location: InputLocation
}

/// A command of the tools built on the plan — calendars, drills, incoming alerts, reports, exports and
/// diagrams — written as on a command line: words, then `--name value` options and `--flag`s.
///
/// `report followup --as-of 2018-04-30 --format markdown` is the command `report` with the words
/// `["followup"]` and the options `as-of` and `format`.
struct ToolInvocation: Equatable, Sendable {
    /// A word or an option's value, with where it was written.
    struct Argument: Equatable, Sendable {
        let text: String
        let location: InputLocation
    }

    /// `report`, `drill`, …
    let command: String
    /// The words after the command, in order.
    let words: [Argument]
    /// The options, by name without the dashes.
    let options: [String: Argument]
    /// The flags given, by name without the dashes.
    let flags: Set<String>

    /// The options that take no value.
    static let flagNames: Set<String> = ["include-sensitive", "progress", "no-progress"]
}

/// One statement of the command language.
enum Statement: Equatable, Sendable {
    case list(ShellKind, condition: Condition?, order: [SortKey], limit: Int?)
    case count(ShellKind, condition: Condition?)
    case show(ShellKind, EntityReference)
    case search(String)
    case responsible(EntityReference)
    case duties(EntityReference)
    case serves(age: Int, function: String?)
    case set(ShellKind, target: SetTarget, assignments: [Assignment])
    case add(ShellKind, id: EntityReference, assignments: [Assignment])
    case remove(ShellKind, EntityReference)
    case rename(ShellKind, EntityReference, to: EntityReference)
    case log(EntityReference, status: String, note: String?, date: String?, by: String?)
    case begin
    case commit
    case rollback
    case undo
    case history(ShellKind?, EntityReference?, limit: Int?)
    case diff(from: Int64, to: Int64?)
    case use(EntityReference)
    case help(String?)
    case dot(name: String, argument: String)
    case tool(ToolInvocation)

    /// Whether the statement changes the plan.
    var isEdit: Bool {
        switch self {
        case .set, .add, .remove, .rename, .log: true
        default: false
        }
    }
}

/// One key of `order by`.
struct SortKey: Equatable, Sendable {
    let field: String
    let descending: Bool
}

/// Which entities a `set` changes.
enum SetTarget: Equatable, Sendable {
    case one(EntityReference)
    case matching(Condition)
}

/// A statement with the place it starts.
struct LocatedStatement: Equatable {
    let statement: Statement
    let location: InputLocation
}
