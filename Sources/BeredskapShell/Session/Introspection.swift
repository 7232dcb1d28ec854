import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace

/// `.kinds` and `.fields KIND`: what can be queried, as sqlite3's `.tables` and `.schema` show it.
enum Introspection {
    /// `.kinds`: every kind, with the Swedish words that name it.
    static func kinds() -> ResultTable {
        ResultTable(
            columns: ["kind", "swedish"],
            rows: QueryKind.allCases.map { [.text($0.rawValue), .text($0.swedishWords.joined(separator: ", "))] })
    }

    /// `.fields KIND`: each field of the kind with its type, and the values of a closed set.
    static func fields(_ argument: String, at location: InputLocation) throws(ShellError) -> ResultTable {
        guard !argument.isEmpty else {
            throw ShellError("expected a kind after .fields, e.g. .fields units (.kinds lists them)", at: location)
        }
        guard let kind = QueryKind(word: argument) else {
            let words = QueryKind.allCases.map(\.rawValue)
            throw ShellError(
                "unknown kind '\(argument)'"
                    + (Suggestion.nearest(to: argument, in: words).map { "; did you mean '\($0)'?" }
                        ?? "; kinds: " + words.joined(separator: ", ")),
                at: location)
        }
        return ResultTable(
            columns: ["field", "type"],
            rows: EntityRow.fields(of: kind).map { field in
                [.text(field), .text(EntityRow.fieldType(field, of: kind).map(describe) ?? "text")]
            })
    }

    /// A field type as `.fields` writes it: `text`, `date`, `id of organization`,
    /// `list of preventive (förebyggande), …`.
    static func describe(_ type: PlanFieldType) -> String {
        switch type {
        case .text: "text"
        case .number: "number"
        case .date: "date"
        case .yesNo: "yes/no"
        case .mapping: "mapping"
        case .id(let kinds):
            kinds.isEmpty ? "id" : "id of " + kinds.map(\.noun).sorted().joined(separator: " or ")
        case .closedSet: "one of " + values(of: type)
        case .list(.closedSet): "list of " + values(of: type)
        case .list(let element): "list of " + describe(element)
        }
    }

    private static func values(of type: PlanFieldType) -> String {
        type.allowedValues.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
    }
}
