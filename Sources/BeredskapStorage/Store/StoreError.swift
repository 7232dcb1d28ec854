/// Why the store refused or failed an operation: a stable ``Code`` to match in `catch`, and a message
/// that names the file, plan or entity and says what to do.
///
/// ```swift
/// do {
///     try store.apply(changeSet)
/// } catch let error as StoreError where error.code == .conflict {
///     // someone else changed the field since it was read
/// }
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A stable identifier for the kind of failure.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The store file cannot be created or opened.
        public static let cannotOpen = Code(rawValue: "cannot-open")
        /// The file is not an SQLite database.
        public static let notADatabase = Code(rawValue: "not-a-database")
        /// The file is an SQLite database that is truncated or damaged.
        public static let damaged = Code(rawValue: "damaged")
        /// The file is an SQLite database but not a Beredskap store.
        public static let notAStore = Code(rawValue: "not-a-store")
        /// The store was written by a newer version of Beredskap.
        public static let newerSchema = Code(rawValue: "newer-schema")
        /// No plan has the id, or the store has several and none was named.
        public static let unknownPlan = Code(rawValue: "unknown-plan")
        /// No entity of the kind has the id.
        public static let unknownEntity = Code(rawValue: "unknown-entity")
        /// The entity has no such field.
        public static let unknownField = Code(rawValue: "unknown-field")
        /// The change would make the plan invalid.
        public static let invalidChange = Code(rawValue: "invalid-change")
        /// The field changed since the value the change was based on was read.
        public static let conflict = Code(rawValue: "conflict")
        /// The plan version is approved (or succeeded) and cannot change.
        public static let immutable = Code(rawValue: "immutable")
        /// The entity is still referred to by others.
        public static let referenced = Code(rawValue: "referenced")
        /// The lifecycle step is not possible from the plan's current status.
        public static let lifecycle = Code(rawValue: "lifecycle")
        /// The plan was taken out of use and archived; restoring it brings it back.
        public static let archived = Code(rawValue: "archived")
        /// There is no change set to undo.
        public static let nothingToUndo = Code(rawValue: "nothing-to-undo")
        /// An output file named is the store itself or one of its companion files.
        public static let outputIsStore = Code(rawValue: "output-is-store")
        /// An output file or stream could not be written (a full disk, a closed pipe).
        public static let cannotWrite = Code(rawValue: "cannot-write")
        /// The login may not do this on a shared store: the plan belongs to another administration, or
        /// the login's capabilities do not include it (PostgreSQL's row-level security refused it).
        public static let notPermitted = Code(rawValue: "not-permitted")
        /// The database failed in a way the store did not expect.
        public static let database = Code(rawValue: "database")
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, where, and what to do.
    public var message: String
    /// For a change set that was refused: the position in its ``ChangeSet/edits`` of the edit that
    /// caused it, when one edit did.
    public var editIndex: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, editIndex: Int? = nil) {
        self.code = code
        self.message = message
        self.editIndex = editIndex
    }

    /// The message.
    public var description: String { message }
}
