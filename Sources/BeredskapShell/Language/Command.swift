import BeredskapModel
import BeredskapWorkspace

/// A command of the tools built on the plan — calendars, drills, incoming alerts, reports, exports and
/// diagrams — written as on a command line: its name, then words, `--name value` options and `--flag`s.
///
/// The parser keeps the arguments in order, as a command line would hold them; the tool's declaration
/// (``ShellTool``, with swift-argument-parser) says which are options, flags and words.
struct ToolInvocation: Equatable, Sendable {
    /// A word, an option's name or an option's value, with where it was written.
    struct Argument: Equatable, Sendable {
        let text: String
        let location: InputLocation
    }

    /// `report`, `drill`, …
    let command: String
    /// The arguments after the command, in order; an `=` between an option and its value left out.
    let arguments: [Argument]

    /// Where the value of `--name` was written.
    func location(ofOption name: String) -> InputLocation? {
        for (index, argument) in arguments.enumerated() {
            if argument.text == "--" + name { return arguments.dropFirst(index + 1).first?.location }
            if argument.text.hasPrefix("--" + name + "=") { return argument.location }
        }
        return nil
    }

    /// Where `text` was written as an argument of its own.
    func location(of text: String) -> InputLocation? {
        arguments.first { $0.text == text }?.location
    }
}

/// One statement of the command language.
enum Statement: Equatable, Sendable {
    case list(QueryKind, condition: Condition?, order: [SortKey], limit: Int?, plans: PlanScope = .current)
    case count(QueryKind, condition: Condition?, plans: PlanScope = .current)
    case show(QueryKind, EntityReference)
    case search(String, plans: PlanScope = .current)
    case responsible(EntityReference)
    case duties(EntityReference)
    case serves(age: Int, function: String?)
    case set(QueryKind, target: SetTarget, assignments: [Assignment])
    case add(QueryKind, id: EntityReference, assignments: [Assignment])
    case remove(QueryKind, EntityReference)
    case rename(QueryKind, EntityReference, to: EntityReference)
    case log(EntityReference, status: String, note: String?, date: String?, by: String?)
    case measure(EntityReference, value: String, note: String?, date: String?, source: String?)
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
    /// How a query is answered: `explain list …`, `explain count …`, `explain serves …`.
    indirect case explain(Statement)

    /// The workspace's edit the statement stands for, nil for a statement that changes nothing.
    var planEdit: PlanEdit? {
        switch self {
        case .set(let kind, let target, let assignments): .set(kind, target: target, assignments: assignments)
        case .add(let kind, let id, let assignments): .add(kind, id: id, assignments: assignments)
        case .remove(let kind, let reference): .remove(kind, reference)
        case .rename(let kind, let reference, let newID): .rename(kind, reference, to: newID)
        case .log(let reference, let status, let note, let date, let by):
            .log(reference, status: status, note: note, date: date, by: by)
        case .measure(let reference, let value, let note, let date, let source):
            .measure(reference, value: value, note: note, date: date, source: source)
        default: nil
        }
    }
}

/// A statement with the place it starts.
struct LocatedStatement: Equatable {
    let statement: Statement
    let location: InputLocation
}
