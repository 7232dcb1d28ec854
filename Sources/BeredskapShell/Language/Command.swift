import BeredskapModel
import BeredskapWorkspace

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
    case list(QueryKind, condition: Condition?, order: [SortKey], limit: Int?)
    case count(QueryKind, condition: Condition?)
    case show(QueryKind, EntityReference)
    case search(String)
    case responsible(EntityReference)
    case duties(EntityReference)
    case serves(age: Int, function: String?)
    case set(QueryKind, target: SetTarget, assignments: [Assignment])
    case add(QueryKind, id: EntityReference, assignments: [Assignment])
    case remove(QueryKind, EntityReference)
    case rename(QueryKind, EntityReference, to: EntityReference)
    case log(EntityReference, status: String, note: String?, date: String?, by: String?)
    case begin
    case commit
    case rollback
    case undo
    case history(QueryKind?, EntityReference?, limit: Int?)
    case diff(from: Int64, to: Int64?)
    case use(EntityReference)
    case help(String?)
    case dot(name: String, argument: String)
    case tool(ToolInvocation)

    /// Whether the statement changes the plan.
    var isEdit: Bool { planEdit != nil }

    /// The workspace's edit the statement stands for, nil for a statement that changes nothing.
    var planEdit: PlanEdit? {
        switch self {
        case .set(let kind, let target, let assignments): .set(kind, target: target, assignments: assignments)
        case .add(let kind, let id, let assignments): .add(kind, id: id, assignments: assignments)
        case .remove(let kind, let reference): .remove(kind, reference)
        case .rename(let kind, let reference, let newID): .rename(kind, reference, to: newID)
        case .log(let reference, let status, let note, let date, let by):
            .log(reference, status: status, note: note, date: date, by: by)
        default: nil
        }
    }
}

/// A statement with the place it starts.
struct LocatedStatement: Equatable {
    let statement: Statement
    let location: InputLocation
}
