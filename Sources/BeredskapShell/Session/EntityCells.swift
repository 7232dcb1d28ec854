import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace

/// How entities show as cells of a result table: the columns `list` shows for each kind, and a plan-file
/// value as a cell.
enum EntityCells {
    /// The columns `list` shows for each kind; every kind starts with its id, and all but alert rules
    /// (which have none) with their name.
    static func columns(of kind: QueryKind) -> [String] {
        switch kind {
        case .plans: ["id", "name", "version", "status", "default", "owner"]
        case .units: ["id", "name", "level", "functions", "ages"]
        case .roles: ["id", "name", "kind", "organization"]
        case .activities: ["id", "name", "responsible", "starts", "followUp", "status"]
        case .organizations: ["id", "name", "kind", "parent"]
        case .externalActors: ["id", "name", "kind"]
        case .alarmPaths: ["id", "name", "routine", "entry", "steps"]
        case .definitions: ["id", "name"]
        case .milieus: ["id", "name", "kind"]
        case .sections: ["id", "name", "insert"]
        case .focusAreas: ["id", "number", "parent", "name"]
        case .indicators: ["id", "name", "kind", "target", "latest", "measured"]
        case .rotas: ["id", "name", "starts", "repeats", "shiftLength"]
        case .alertRules: ["id", "classification", "path", "reason"]
        }
    }

    /// The cell of a row in a column of `list`.
    static func cell(_ row: EntityRow, _ column: String) -> ShellValue {
        switch column {
        case "ages": return row.ages.map(ShellValue.text) ?? .null
        case "steps": return (row.entity?.model as? AlarmPath).map { .integer($0.steps.count) } ?? .null
        // An indicator's last value measured, and when.
        case "latest": return (row.entity?.model as? Indicator)?.measurements.last.map { .text($0.value) } ?? .null
        case "measured":
            return (row.entity?.model as? Indicator)?.measurements.last.map { .text($0.date.description) } ?? .null
        default: return row.field(column).map(value) ?? .null
        }
    }

    /// A plan-file value as a cell: lists of words as lists, lists of mappings as records, other
    /// structures as compact JSON.
    static func value(_ value: PlanValue) -> ShellValue {
        switch value {
        case .string(let text): .text(text)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .boolean(let flag): .boolean(flag)
        case .sequence(let items) where items.allSatisfy(\.isScalar): .list(items.map(\.scalarText))
        case .sequence(let items) where items.allSatisfy(isMapping): .records(items.compactMap(record))
        case .sequence: .text(value.jsonText(compact: true))
        case .mapping: .text(value.jsonText(compact: true))
        }
    }

    private static func isMapping(_ value: PlanValue) -> Bool {
        if case .mapping = value { true } else { false }
    }

    /// A mapping as a record of a list; nil for any other value.
    private static func record(_ value: PlanValue) -> ShellRecord? {
        guard case .mapping(let pairs) = value else { return nil }
        return ShellRecord(pairs.map { (name: $0.0, value: Self.value($0.1)) })
    }
}
