import BeredskapModel
import Foundation

/// Edits to one plan that the store applies all together or not at all, recorded in the change log
/// with who made them, when and why.
///
/// ```swift
/// var changes = ChangeSet(plan: "stockholm-socialforvaltningen-2017-2018", author: "anna",
///                         message: "Ny beskrivning")
/// changes.set(.unit, "mini-maria", "description", to: .string("Öppenvård för unga."))
/// changes.logStatus(activity: "bilda-arbetsgrupp", StatusEntry(date: try PartialDate(parsing: "2017-09-01"),
///                                                             status: .done))
/// let record = try store.apply(changes)
/// ```
public struct ChangeSet: Sendable {
    /// One edit.
    public enum Edit: Sendable, Equatable {
        /// Sets a field (a key of the entity's mapping in the plan file) to a value, or removes it with
        /// nil. With `expected`, the edit is refused as a conflict unless the field still has that value.
        case set(EntityKind, EntityID, field: String, value: PlanValue?, expected: Expected)
        /// Adds an entity, given as its plan-file mapping, at a position in its list (the end when nil).
        case add(EntityKind, PlanValue, position: Int?)
        /// Removes an entity; refused while other entries refer to it.
        case remove(EntityKind, EntityID)
        /// Changes an entity's id and every reference to it.
        case rename(EntityKind, EntityID, to: EntityID)
        /// Moves an entity to another position in its list.
        case move(EntityKind, EntityID, to: Int)
        /// Appends an item to a list field (a status entry to `statusLog`).
        case append(EntityKind, EntityID, field: String, value: PlanValue)
    }

    /// What a `set` edit expects the field to hold before it.
    public enum Expected: Sendable, Equatable {
        /// Whatever the field holds.
        case anything
        /// This value (nil: the field is empty); anything else is a conflict.
        case value(PlanValue?)
    }

    /// The plan to change; nil means the store's only plan.
    public var plan: EntityID?
    /// Who makes the change; nil means the store's default author.
    public var author: String?
    /// Why.
    public var message: String?
    /// The edits, applied in order.
    public var edits: [Edit]

    /// Creates a change set.
    public init(plan: EntityID? = nil, author: String? = nil, message: String? = nil, edits: [Edit] = []) {
        self.plan = plan
        self.author = author
        self.message = message
        self.edits = edits
    }

    /// Adds an edit that sets `field` of an entity.
    public mutating func set(
        _ kind: EntityKind, _ id: EntityID, _ field: String, to value: PlanValue?,
        expecting expected: Expected = .anything
    ) {
        edits.append(.set(kind, id, field: field, value: value, expected: expected))
    }

    /// Adds an edit that appends an entry to an activity's status log, the follow-up of the plan.
    public mutating func logStatus(activity: EntityID, _ entry: StatusEntry) {
        edits.append(.append(.activity, activity, field: "statusLog", value: entry.encode(.init()) ?? .mapping([])))
    }
}

/// A change set as the log keeps it.
public struct ChangeSetRecord: Sendable, Equatable, Identifiable {
    /// What kind of operation made the change set.
    public enum Kind: String, Sendable {
        /// The plan was created in the store.
        case create
        /// Edits.
        case edit
        /// A plan file was imported over the plan.
        case `import`
        /// The plan was adopted or approved.
        case lifecycle
        /// A new version of the plan was started.
        case revision
        /// An earlier change set was undone.
        case undo
    }

    /// The change set's number, increasing through the store.
    public var id: Int64
    /// The plan it changed.
    public var plan: EntityID
    /// The version of the plan it changed, from 1.
    public var version: Int
    /// What made it.
    public var kind: Kind
    /// When it was made.
    public var date: Date
    /// Who made it.
    public var author: String
    /// Why.
    public var message: String?
    /// The change set this one undid, for an undo.
    public var undoes: Int64?
    /// The field changes, in order.
    public var changes: [FieldChange]
}

/// One recorded change: a field of an entity going from one value to another, an entity appearing or
/// disappearing (``field`` nil), or an entity renamed (``field`` `id`).
public struct FieldChange: Sendable, Equatable, CustomStringConvertible {
    /// The kind of entity.
    public var kind: EntityKind
    /// The entity's id (after the change, for a rename).
    public var id: EntityID
    /// The field, nil when the whole entity was added or removed.
    public var field: String?
    /// The value before, nil when there was none.
    public var old: PlanValue?
    /// The value after, nil when there is none.
    public var new: PlanValue?
    /// For an entity added, removed or moved: its position in its list.
    public var position: Int?

    /// Creates a field change.
    public init(
        kind: EntityKind, id: EntityID, field: String?, old: PlanValue?, new: PlanValue?, position: Int? = nil
    ) {
        self.kind = kind
        self.id = id
        self.field = field
        self.old = old
        self.new = new
        self.position = position
    }

    /// `unit mini-maria description: "old" → "new"`.
    public var description: String {
        let subject = "\(kind.rawValue) \(id)" + (field.map { " \($0)" } ?? "")
        return "\(subject): \(old?.description ?? "∅") → \(new?.description ?? "∅")"
    }
}
