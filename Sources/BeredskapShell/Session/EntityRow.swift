import BeredskapModel
import BeredskapStorage

/// One entity as the shell sees it: its kind, id and plan-file mapping, with the virtual fields
/// people ask about (`name`, `function`, `age`, `status`).
struct EntityRow {
    let kind: ShellKind
    let id: String
    let value: PlanValue

    /// The fields a kind can be filtered and sorted on, for messages and completion.
    static func fields(of kind: ShellKind) -> [String] {
        guard let entityKind = kind.entityKind else { return ["id", "name", "version", "status"] }
        var fields = entityKind.fieldKeys
        for virtual in virtualFields(of: kind) where !fields.contains(virtual) { fields.append(virtual) }
        return fields
    }

    static func virtualFields(of kind: ShellKind) -> [String] {
        switch kind {
        case .units: ["name", "function", "age"]
        case .activities: ["name", "status"]
        default: ["name"]
        }
    }

    /// The entity's display name: its name, title or term.
    var name: String {
        (value["name"] ?? value["title"] ?? value["term"])?.scalarText ?? id
    }

    /// The value of a field: a key of the mapping, or a virtual field.
    func field(_ field: String) -> PlanValue? {
        switch field {
        case "name": return .string(name)
        case "function": return value["functions"]
        case "status":
            if kind == .activities {
                guard case .sequence(let log)? = value["statusLog"], let last = log.last else { return nil }
                return last["status"]
            }
            return value["status"] ?? kind.entityKind?.defaultValue(of: "status")
        default: return value[field] ?? kind.entityKind?.defaultValue(of: field)
        }
    }

    /// Whether a unit serves a person of `age`.
    func serves(age: Int) -> Bool {
        guard case .sequence(let groups)? = value["targetGroups"] else { return false }
        return groups.contains { group in
            let minAge = group["minAge"].flatMap { Int($0.scalarText) }
            let maxAge = group["maxAge"].flatMap { Int($0.scalarText) }
            guard minAge != nil || maxAge != nil else { return false }
            return (minAge ?? 0) <= age && age <= (maxAge ?? Int.max)
        }
    }

    /// The ages a unit serves, as "13–26", "18–" or "–21".
    var ages: String? {
        guard case .sequence(let groups)? = value["targetGroups"] else { return nil }
        let ranges = groups.compactMap { group -> String? in
            let minAge = group["minAge"]?.scalarText
            let maxAge = group["maxAge"]?.scalarText
            guard minAge != nil || maxAge != nil else { return nil }
            return (minAge ?? "") + "–" + (maxAge ?? "")
        }
        return ranges.isEmpty ? nil : ranges.joined(separator: ", ")
    }
}
