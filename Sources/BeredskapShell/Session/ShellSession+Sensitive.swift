import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// A change as the shell shows it in `diff` and a dry run: with the values of sensitive contact
    /// details withheld, unless the session was asked to include them.
    func shown(_ change: FieldChange) -> FieldChange {
        includeSensitive ? change : change.withholdingSensitive()
    }

    /// A function that withholds from a diagnostic every sensitive value it could quote: those of the
    /// plan's contact details marked sensitive, and those `line` (the input the diagnostic echoes)
    /// marks sensitive itself — the statement failed, so the plan may never have held them.
    func sensitiveTextFilter(quoting line: String) -> (String) -> String {
        guard !includeSensitive else { return { $0 } }
        var values = Set((try? workspace.sensitiveContactValues()) ?? [])
        if let statements = try? Parser.parse(line, source: "", firstLine: 1) {
            for located in statements {
                let assignments: [Assignment]
                switch located.statement {
                case .set(_, _, let list), .add(_, _, let list): assignments = list
                default: continue
                }
                for assignment in assignments {
                    let value = assignment.value.planValue(for: assignment.field)
                    values.formUnion(value?.sensitiveContactValues(field: assignment.field) ?? [])
                }
            }
        }
        // Longest first, so that a value containing another is withheld whole.
        let ordered = values.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard !ordered.isEmpty else { return { $0 } }
        return { text in
            ordered.reduce(text) { $0.replacingOccurrences(of: $1, with: Contact.withheldValue) }
        }
    }
}
