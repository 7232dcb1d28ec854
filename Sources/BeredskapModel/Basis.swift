/// What an entity of a plan, or one of its fields, rests on: the source stating it, an inference from
/// the source, or an assumption made where the source says nothing.
///
/// A plan transcribed from a document fills gaps (an alert rule the source implies, a unit's
/// department it does not give); `basis` says which, so that a reader can tell what the source
/// states from what the transcriber supplied, and reports can show or leave out what is assumed.
///
/// ```yaml
/// units:
///   - id: origo
///     department: avdelningen-for-stod
///     basis:
///       - field: department
///         kind: inferred
///         note: Källan anger inte avdelning; enheten hör till stödavdelningen i stadens organisation.
/// ```
public struct Basis: Hashable, Sendable {
    /// What the entity or field rests on.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "basis"

        /// The source states it (*enligt källan*).
        case stated
        /// Inferred from the source (*härlett*): it follows from what the source says.
        case inferred
        /// Assumed (*antaget*): the source says nothing, and the transcriber supplied it.
        case assumed

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .stated: "enligt källan"
            case .inferred: "härlett"
            case .assumed: "antaget"
            }
        }
    }

    /// The field it is about, by its key in plan files (`department`); `nil` for the whole entity.
    public var field: String?
    /// What it rests on.
    public var kind: Kind
    /// Why, or where in the source.
    public var note: String?

    /// Creates a basis.
    public init(field: String? = nil, kind: Kind, note: String? = nil) {
        self.field = field
        self.kind = kind
        self.note = note
    }
}

/// An entity that can say what it and its fields rest on.
public protocol Grounded {
    /// What the entity, or each of its fields, rests on; empty when the plan does not say.
    var basis: [Basis] { get }
}

extension Grounded {
    /// What the whole entity rests on, if the plan says.
    public var entityBasis: Basis? { basis.first { $0.field == nil } }

    /// What `field` rests on: its own basis, else the whole entity's.
    public func basis(of field: String) -> Basis? {
        basis.first { $0.field == field } ?? entityBasis
    }

    /// Whether the whole entity is assumed.
    public var isAssumed: Bool { entityBasis?.kind == .assumed }
}
