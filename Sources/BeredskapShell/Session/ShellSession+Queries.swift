import BeredskapModel
import BeredskapStorage
import Foundation

extension ShellSession {
    // MARK: Conditions

    /// The entities of `kind` that satisfy `condition`, in plan order.
    func matching(_ kind: ShellKind, _ condition: Condition?) throws(ShellError) -> [EntityRow] {
        let all = try rows(kind)
        guard let condition else { return all }
        try check(condition, for: kind)
        var result: [EntityRow] = []
        for row in all where try evaluate(condition, on: row) { result.append(row) }
        return result
    }

    /// Refuses a condition on a field the kind does not have, before any row is looked at.
    func check(_ condition: Condition, for kind: ShellKind) throws(ShellError) {
        switch condition {
        case .comparison(let field, let op, _, let location):
            try checkField(field, of: kind, at: location)
            if field == "age" && op != .equal && op != .notEqual {
                throw ShellError(
                    "'age' compares with = or != (age = 27: a unit that serves 27-year-olds)", at: location)
            }
        case .and(let left, let right), .or(let left, let right):
            try check(left, for: kind)
            try check(right, for: kind)
        case .not(let inner):
            try check(inner, for: kind)
        }
    }

    func checkField(_ field: String, of kind: ShellKind, at location: InputLocation) throws(ShellError) {
        let fields = EntityRow.fields(of: kind)
        guard fields.contains(field) else {
            throw ShellError(
                "\(kind.rawValue) have no field '\(field)'"
                    + (Suggestion.nearest(to: field, in: fields).map { "; did you mean '\($0)'?" }
                        ?? "; fields: " + fields.joined(separator: ", ")),
                at: location)
        }
    }

    func evaluate(_ condition: Condition, on row: EntityRow) throws(ShellError) -> Bool {
        switch condition {
        case .and(let left, let right):
            guard try evaluate(left, on: row) else { return false }
            return try evaluate(right, on: row)
        case .or(let left, let right):
            if try evaluate(left, on: row) { return true }
            return try evaluate(right, on: row)
        case .not(let inner): return try !evaluate(inner, on: row)
        case .comparison(let field, let op, let literal, let location):
            if field == "age" {
                guard case .text(let text) = literal, let age = Int(text) else {
                    throw ShellError("'age' takes a whole number of years", at: location)
                }
                return row.serves(age: age) == (op == .equal)
            }
            return try Self.compare(row.field(field), op, literal, at: location)
        }
    }

    /// Compares a field's value with a written value. A list matches `=` when one of its items does;
    /// text compares ignoring case and diacritics; dates compare as partial dates and numbers as numbers.
    static func compare(
        _ value: PlanValue?, _ op: ComparisonOperator, _ literal: ValueLiteral, at location: InputLocation
    )
        throws(ShellError) -> Bool
    {
        guard case .text(let written) = literal else {
            if case .null = literal {
                switch op {
                case .equal: return value == nil
                case .notEqual: return value != nil
                default: throw ShellError("null compares with = or !=", at: location)
                }
            }
            throw ShellError("compare with one value, not a list", at: location)
        }
        guard let value else { return op == .notEqual }
        if case .sequence(let items) = value {
            let scalars = items.filter(\.isScalar)
            switch op {
            case .equal: return scalars.contains { equal($0.scalarText, written) }
            case .notEqual: return !scalars.contains { equal($0.scalarText, written) }
            case .contains: return scalars.contains { contains($0.scalarText, written) }
            default: throw ShellError("a list compares with =, != or ~", at: location)
            }
        }
        guard value.isScalar else { return op == .notEqual }
        let text = value.scalarText
        if let date = try? PartialDate(parsing: text), let bound = try? PartialDate(parsing: written) {
            return compareDates(date, op, bound)
        }
        switch op {
        case .equal: return equal(text, written)
        case .notEqual: return !equal(text, written)
        case .contains: return contains(text, written)
        case .less: return order(text, written) == .orderedAscending
        case .lessOrEqual: return order(text, written) != .orderedDescending
        case .greater: return order(text, written) == .orderedDescending
        case .greaterOrEqual: return order(text, written) != .orderedAscending
        }
    }

    /// Compares a date with a written date as periods: `starts <= 2017-09` holds for everything that
    /// can start by the end of September 2017, `starts = 2017` for every date in 2017.
    static func compareDates(_ date: PartialDate, _ op: ComparisonOperator, _ bound: PartialDate) -> Bool {
        let first = date.firstDay
        let last = date.lastDay
        let (boundFirst, boundLast) = (bound.firstDay, bound.lastDay)
        func before(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Bool { a < b }
        switch op {
        case .equal: return bound.contains(date)
        case .notEqual: return !bound.contains(date)
        case .contains: return date.description.contains(bound.description)
        case .less: return before(first, boundFirst)
        case .lessOrEqual: return !before(boundLast, first)
        case .greater: return before(boundLast, last)
        case .greaterOrEqual: return !before(last, boundFirst)
        }
    }

    static func equal(_ text: String, _ written: String) -> Bool {
        if TextFolding.fold(text) == TextFolding.fold(written) { return true }
        if let value = ValueVocabulary.value(for: written) { return text == value }
        if let left = try? PartialDate(parsing: text), let right = try? PartialDate(parsing: written) {
            return left == right
        }
        return false
    }

    static func contains(_ text: String, _ written: String) -> Bool {
        TextFolding.fold(text).contains(TextFolding.fold(written))
    }

    /// Orders two values: as partial dates when both are dates, as numbers when both are numbers,
    /// else as folded text.
    static func order(_ text: String, _ written: String) -> ComparisonResult {
        if let left = try? PartialDate(parsing: text), let right = try? PartialDate(parsing: written) {
            return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
        }
        if let left = Double(text), let right = Double(written) {
            return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
        }
        let (left, right) = (TextFolding.fold(text), TextFolding.fold(written))
        return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
    }

    // MARK: Tables

    func listTable(
        _ kind: ShellKind, condition: Condition?, order: [SortKey], limit: Int?
    ) throws(ShellError)
        -> ResultTable
    {
        var found = try matching(kind, condition)
        for key in order {
            try checkField(key.field, of: kind, at: InputLocation(source: "", line: 1, column: 1))
        }
        if !order.isEmpty {
            found = found.enumerated().sorted { lhs, rhs in
                for key in order {
                    let result = Self.order(
                        lhs.element.field(key.field).map(Self.text) ?? "",
                        rhs.element.field(key.field).map(Self.text) ?? "")
                    if result != .orderedSame {
                        return key.descending ? result == .orderedDescending : result == .orderedAscending
                    }
                }
                return lhs.offset < rhs.offset
            }.map(\.element)
        }
        if let limit { found = Array(found.prefix(max(limit, 0))) }
        let columns = Self.columns(of: kind)
        return ResultTable(columns: columns, rows: found.map { row in columns.map { Self.cell(row, $0) } })
    }

    /// The columns `list` shows for each kind; every kind starts with its id, and all but alert rules
    /// (which have none) with their name.
    static func columns(of kind: ShellKind) -> [String] {
        switch kind {
        case .plans: ["id", "name", "version", "status", "default"]
        case .units: ["id", "name", "level", "functions", "ages"]
        case .roles: ["id", "name", "kind", "organization"]
        case .activities: ["id", "name", "responsible", "starts", "followUp", "status"]
        case .organizations: ["id", "name", "kind", "parent"]
        case .externalActors: ["id", "name", "kind"]
        case .alarmPaths: ["id", "name", "entry", "steps"]
        case .definitions: ["id", "name"]
        case .milieus: ["id", "name", "kind"]
        case .sections: ["id", "name", "insert"]
        case .focusAreas: ["id", "number", "name"]
        case .rotas: ["id", "name", "starts", "repeats", "shiftLength"]
        case .alertRules: ["id", "classification", "path", "reason"]
        }
    }

    static func cell(_ row: EntityRow, _ column: String) -> ShellValue {
        switch column {
        case "ages": return row.ages.map(ShellValue.text) ?? .null
        case "steps":
            if case .sequence(let steps)? = row.value["steps"] { return .integer(steps.count) }
            return .null
        default: return row.field(column).map(shellValue) ?? .null
        }
    }

    static func shellValue(_ value: PlanValue) -> ShellValue {
        switch value {
        case .string(let text): .text(text)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .boolean(let flag): .boolean(flag)
        case .sequence(let items) where items.allSatisfy(\.isScalar): .list(items.map(\.scalarText))
        case .sequence(let items): .text("\(items.count) \(items.count == 1 ? "item" : "items")")
        case .mapping: .text(value.jsonText(compact: true))
        }
    }

    static func text(_ value: PlanValue) -> String {
        switch value {
        case .sequence(let items): items.map(\.scalarText).joined(separator: ", ")
        default: value.scalarText
        }
    }

    func showTable(_ row: EntityRow) throws(ShellError) -> ResultTable {
        guard case .mapping(let pairs) = row.value else { return ResultTable(columns: [], rows: []) }
        let fields = pairs.map { $0.0 }
        return ResultTable(columns: fields, rows: [pairs.map { Self.shellValue($0.1) }])
    }

    func searchTable(_ text: String) throws(ShellError) -> ResultTable {
        let hits: [SearchHit]
        do {
            hits = try store.search(text, plan: planID)
        } catch {
            throw ShellError(error.message)
        }
        return ResultTable(
            columns: ["kind", "id", "field", "text"],
            rows: hits.map { [.text($0.kind.rawValue), .text($0.id.rawValue), .text($0.field), .text($0.snippet)] })
    }

    func responsibleTable(_ activity: EntityRow) throws(ShellError) -> ResultTable {
        let actors = try actorNames()
        var table: [[ShellValue]] = []
        for (part, key) in [("responsible", "responsible"), ("other actor", "otherActors")] {
            guard case .sequence(let ids)? = activity.value[key] else { continue }
            for id in ids.map(\.scalarText) {
                table.append([.text(part), .text(id), actors[id].map(ShellValue.text) ?? .null])
            }
        }
        return ResultTable(columns: ["part", "id", "name"], rows: table)
    }

    /// Everything an actor does: the activities it takes part in and the alarm steps it acts in or
    /// is the target of.
    func dutiesTable(_ reference: EntityReference) throws(ShellError) -> ResultTable {
        let actors = try actorNames()
        var actor = reference.text
        if actors[actor] == nil {
            let folded = TextFolding.fold(actor)
            guard let match = actors.first(where: { TextFolding.fold($0.value) == folded })?.key else {
                throw ShellError(
                    "no actor '\(reference.text)'"
                        + (Suggestion.nearest(to: reference.text, in: actors.keys.sorted()).map {
                            "; did you mean '\($0)'?"
                        } ?? ""),
                    at: reference.location)
            }
            actor = match
        }
        var table: [[ShellValue]] = []
        for activity in try rows(.activities) {
            for (part, key) in [("responsible", "responsible"), ("takes part", "otherActors")] {
                if case .sequence(let ids)? = activity.value[key], ids.contains(.string(actor)) {
                    table.append([.text("activity"), .text(activity.id), .text(part), .text(activity.name)])
                }
            }
        }
        for path in try rows(.alarmPaths) {
            guard case .sequence(let steps)? = path.value["steps"] else { continue }
            for step in steps {
                let kind = step["kind"]?.scalarText ?? ""
                let text = step["text"]?.scalarText ?? ""
                if step["actor"] == .string(actor) {
                    table.append([
                        .text("alarm step"), .text("\(path.id)/\(step["id"]?.scalarText ?? "")"), .text(kind),
                        .text(text),
                    ])
                } else if step["target"] == .string(actor) {
                    table.append([
                        .text("alarm step"), .text("\(path.id)/\(step["id"]?.scalarText ?? "")"), .text("\(kind)ed"),
                        .text(text),
                    ])
                }
            }
        }
        return ResultTable(columns: ["what", "id", "part", "text"], rows: table)
    }

    func servesTable(age: Int, function: String?, at location: InputLocation) throws(ShellError) -> ResultTable {
        var condition = Condition.comparison(field: "age", op: .equal, value: .text(String(age)), location: location)
        if let function {
            guard let value = ValueVocabulary.value(for: function), UnitFunction(rawValue: value) != nil else {
                throw ShellError(
                    "unknown function '\(function)'; use preventive (förebyggande), detecting (upptäckande) or remedial (åtgärdande)",
                    at: location)
            }
            condition = .and(
                condition, .comparison(field: "functions", op: .equal, value: .text(value), location: location))
        }
        return try listTable(.units, condition: condition, order: [], limit: nil)
    }

    func actorNames() throws(ShellError) -> [String: String] {
        var names: [String: String] = [:]
        for kind in [ShellKind.organizations, .units, .roles, .externalActors] {
            for row in try rows(kind) { names[row.id] = row.name }
        }
        return names
    }

    func historyTable(kind: ShellKind?, reference: EntityReference?, limit: Int?) throws(ShellError) -> ResultTable {
        var entity: (EntityKind, EntityID)?
        if let kind, let reference {
            guard let entityKind = kind.entityKind else {
                throw ShellError("history of a plan: use `history` alone", at: reference.location)
            }
            entity = (entityKind, EntityID(reference.text))
        }
        let records: [ChangeSetRecord]
        do {
            records = try store.history(plan: planID, entity: entity, limit: limit)
        } catch {
            throw ShellError(error.message)
        }
        var rows: [[ShellValue]] = []
        for record in records {
            let date = record.date.formatted(
                .iso8601.year().month().day().dateTimeSeparator(.space).time(includingFractionalSeconds: false))
            let changes = record.changes.filter { entity == nil || ($0.kind == entity!.0 && $0.id == entity!.1) }
            rows.append([
                .integer(Int(record.id)), .text(date), .text(record.author), .text(record.kind.rawValue),
                record.message.map(ShellValue.text) ?? .null, .integer(changes.count),
            ])
        }
        return ResultTable(columns: ["changeSet", "date", "author", "kind", "message", "changes"], rows: rows)
    }

    func diffTable(from: Int64, to: Int64?) throws(ShellError) -> ResultTable {
        let changes: [FieldChange]
        do {
            changes = try store.diff(plan: planID, from: from, to: to)
        } catch {
            throw ShellError(error.message)
        }
        return ResultTable(
            columns: ["kind", "id", "field", "old", "new"],
            rows: changes.map(shown).map { change in
                [
                    .text(change.kind.rawValue), .text(change.id.rawValue),
                    change.field.map(ShellValue.text) ?? .text("(entity)"),
                    change.old.map { .text($0.description) } ?? .null,
                    change.new.map { .text($0.description) } ?? .null,
                ]
            })
    }
}
