import BeredskapModel

/// A plan as its plan-file value, with entities addressed by kind and id: the form in which the
/// store computes differences between plans and replays its change log in memory.
struct PlanDocument: Equatable {
    /// The top-level mapping of the plan file, in canonical form.
    private(set) var root: [(String, PlanValue)]

    static func == (lhs: PlanDocument, rhs: PlanDocument) -> Bool {
        PlanValue.mapping(lhs.root) == PlanValue.mapping(rhs.root)
    }

    init(_ plan: Plan) {
        let value = PlanFileDocument(formatVersion: PlanFileDocument.currentFormatVersion, plan: plan).encode(
            .init(includeSensitive: true))
        guard case .mapping(let pairs) = value else { preconditionFailure("a plan encodes as a mapping") }
        root = pairs
    }

    init(root: [(String, PlanValue)]) { self.root = root }

    /// The plan, decoded as a plan file is; the store validated it when it was written (see
    /// `PlanFileReader.readStored(_:file:)`).
    func plan(source: String) throws(PlanFileError) -> Plan {
        try PlanFileReader.readStored(PlanValue.mapping(root).decodingNode(), file: source)
    }

    /// Keys whose values name other entities; renaming an entity rewrites them.
    static let referenceKeys: Set<String> = [
        "administration", "department", "parent", "organization", "entry", "actor", "target", "responsible",
        "otherActors", "milieus", "references", "by", "deputies", "rota", "path",
    ]

    // MARK: Entities

    /// The entities of a kind at the top of the plan (for the plan itself, its one mapping), in order.
    func entities(_ kind: EntityKind) -> [PlanValue] {
        guard let value = root.first(where: { $0.0 == kind.fileKey })?.1 else { return [] }
        if kind == .plan { return [value] }
        if case .sequence(let items) = value { return items }
        return []
    }

    func id(of entity: PlanValue) -> EntityID? {
        entity["id"].map { EntityID($0.scalarText) }
    }

    func entity(_ kind: EntityKind, _ id: EntityID) -> (value: PlanValue, position: Int)? {
        for (position, entity) in entities(kind).enumerated() where kind == .plan || self.id(of: entity) == id {
            return (entity, position)
        }
        return nil
    }

    mutating func setEntities(_ kind: EntityKind, _ items: [PlanValue]) {
        let value: PlanValue? = kind == .plan ? items.first : (items.isEmpty ? nil : .sequence(items))
        Self.set(value, for: kind.fileKey, in: &root, order: PlanFileDocument.fields.map(\.key))
    }

    /// Sets or removes `key` in a mapping, keeping `order` for a new key.
    static func set(_ value: PlanValue?, for key: String, in pairs: inout [(String, PlanValue)], order: [String]) {
        if let index = pairs.firstIndex(where: { $0.0 == key }) {
            if let value { pairs[index].1 = value } else { pairs.remove(at: index) }
            return
        }
        guard let value else { return }
        let rank = order.firstIndex(of: key) ?? order.count
        let index = pairs.firstIndex { (order.firstIndex(of: $0.0) ?? order.count) > rank } ?? pairs.count
        pairs.insert((key, value), at: index)
    }

    // MARK: Changes

    /// Applies one recorded change; returns false when the entity is not there.
    @discardableResult
    mutating func apply(_ change: FieldChange, fieldOrder: (EntityKind) -> [String]) -> Bool {
        var items = entities(change.kind)
        if let field = change.field, field.hasPrefix("@"), field != Self.positionField {
            return true  // store bookkeeping such as the version's status, not part of the plan file
        }
        if change.field == "id", case .string(let oldID)? = change.old, case .string(let newID)? = change.new {
            rename(EntityID(oldID), to: EntityID(newID))
            return true
        }
        if change.field == Self.positionField, let target = change.new.flatMap({ Int($0.scalarText) }) {
            guard let found = entity(change.kind, change.id) else { return false }
            items.remove(at: found.position)
            items.insert(found.value, at: min(target, items.count))
            setEntities(change.kind, items)
            return true
        }
        guard let field = change.field else {
            if let found = entity(change.kind, change.id) { items.remove(at: found.position) }
            if let new = change.new { items.insert(new, at: min(change.position ?? items.count, items.count)) }
            setEntities(change.kind, items)
            return true
        }
        guard let found = entity(change.kind, change.id), case .mapping(var pairs) = found.value else { return false }
        Self.set(change.new, for: field, in: &pairs, order: fieldOrder(change.kind))
        items[found.position] = .mapping(pairs)
        setEntities(change.kind, items)
        return true
    }

    /// The field that records a move of an entity within its list.
    static let positionField = "@position"

    /// Changes an entity's id wherever it stands: its own `id` and every reference to it.
    mutating func rename(_ old: EntityID, to new: EntityID) {
        root = root.map { key, value in (key, Self.renaming(value, key: key, old.rawValue, new.rawValue)) }
    }

    private static func renaming(_ value: PlanValue, key: String, _ old: String, _ new: String) -> PlanValue {
        switch value {
        case .string(let text) where text == old && (key == "id" || referenceKeys.contains(key)):
            return .string(new)
        case .sequence(let items):
            return .sequence(items.map { renaming($0, key: key, old, new) })
        case .mapping(let pairs):
            return .mapping(pairs.map { ($0.0, renaming($0.1, key: $0.0, old, new)) })
        default:
            return value
        }
    }

    /// The changes that turn this document into `other`: entities removed, added, changed field by
    /// field, and moved, for every kind at the top of a plan.
    func changes(to other: PlanDocument) -> [FieldChange] {
        var result: [FieldChange] = []
        for kind in EntityKind.allCases where kind != .reference && kind != .indicator {
            let old = entities(kind)
            let new = other.entities(kind)
            let key: (PlanValue) -> EntityID = { self.id(of: $0) ?? "" }
            let newIDs = Set(new.map(key))
            let oldIDs = Set(old.map(key))
            var order = old.map(key)
            for (position, entity) in old.enumerated().reversed() where !newIDs.contains(key(entity)) {
                result.append(
                    FieldChange(kind: kind, id: key(entity), field: nil, old: entity, new: nil, position: position))
                order.remove(at: position)
            }
            for (position, entity) in new.enumerated() where !oldIDs.contains(key(entity)) {
                result.append(
                    FieldChange(kind: kind, id: key(entity), field: nil, old: nil, new: entity, position: position))
                order.insert(key(entity), at: min(position, order.count))
            }
            for (position, id) in new.map(key).enumerated() where order[position] != id {
                let from = order.firstIndex(of: id)!
                result.append(
                    FieldChange(
                        kind: kind, id: id, field: Self.positionField, old: .integer(from), new: .integer(position)))
                order.remove(at: from)
                order.insert(id, at: position)
            }
            let oldByID = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
            for entity in new {
                guard let before = oldByID[key(entity)], before != entity,
                    case .mapping(let beforePairs) = before, case .mapping(let afterPairs) = entity
                else { continue }
                var keys = beforePairs.map(\.0)
                keys += afterPairs.map(\.0).filter { !keys.contains($0) }
                for field in keys where before[field] != entity[field] {
                    result.append(
                        FieldChange(kind: kind, id: key(entity), field: field, old: before[field], new: entity[field]))
                }
            }
        }
        return result
    }
}

extension PlanDocument {
    /// This document, an incoming plan file, with the sensitive contact details of `stored` put back
    /// where the file has none: an export leaves them out, and importing it again must not delete
    /// them. A file that carries sensitive details of an entry (written with `--include-sensitive`)
    /// is taken as it is for that entry.
    func keepingSensitiveContacts(of stored: PlanDocument) -> PlanDocument {
        var result = self
        for kind in EntityKind.allCases where kind != .reference && kind != .indicator {
            var items = entities(kind)
            var changed = false
            for (index, item) in items.enumerated() {
                guard case .mapping(var pairs) = item, let id = id(of: item) ?? (kind == .plan ? "" : nil),
                    let before = stored.entity(kind, id)?.value,
                    case .sequence(let storedContacts)? = before["contacts"]
                else { continue }
                var contacts: [PlanValue] = []
                if case .sequence(let incoming)? = item["contacts"] { contacts = incoming }
                guard !contacts.contains(where: Self.isSensitive) else { continue }
                let kept = storedContacts.enumerated().filter { Self.isSensitive($0.element) }
                guard !kept.isEmpty else { continue }
                for (position, contact) in kept { contacts.insert(contact, at: min(position, contacts.count)) }
                var order: [String] = []
                if case .mapping(let storedPairs) = before { order = storedPairs.map(\.0) }
                Self.set(.sequence(contacts), for: "contacts", in: &pairs, order: order)
                items[index] = .mapping(pairs)
                changed = true
            }
            if changed { result.setEntities(kind, items) }
        }
        return result
    }

    static func isSensitive(_ contact: PlanValue) -> Bool { contact["sensitive"] == .boolean(true) }
}
