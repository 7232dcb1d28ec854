import BeredskapModel

extension PlanStore {
    // MARK: Taking a plan out of use

    /// Takes a plan out of use: it is archived, not deleted. Every version stays as it was (an
    /// approved one included) with its history and drills; the plan is no longer listed, chosen as the
    /// default or read by questions of every plan, and naming it says that it is archived and how to
    /// restore it. A default that named it names no plan afterwards.
    ///
    /// ```swift
    /// try store.archive(plan: "stockholm-socialforvaltningen-2017-2018")
    /// try store.restore(plan: "stockholm-socialforvaltningen-2017-2018")
    /// ```
    ///
    /// - Parameters:
    ///   - id: The plan.
    ///   - author: Who takes it out of use; the store's default author when nil.
    ///   - message: Why, for the change log.
    /// - Returns: The change set that records it, of kind ``ChangeSetRecord/Kind/lifecycle``.
    /// - Throws: ``StoreError`` with ``StoreError/Code/archived`` when it is archived already,
    ///   ``StoreError/Code/unknownPlan`` when there is no such plan, ``StoreError/Code/notPermitted``
    ///   on a shared store when the login does not coordinate it.
    @discardableResult
    public func archive(
        plan id: EntityID, author: String? = nil, message: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try write { db in
            let resolved = try resolve(id, db)
            try authorize(resolved.plan, for: .content, db)
            let who = author ?? defaultAuthor
            try db.execute(
                sql: "UPDATE plans SET archived_at = ?, archived_by = ? WHERE id = ?",
                arguments: [Self.timestamp(), who, resolved.plan.rawValue])
            if try Self.defaultPlanID(db) == resolved.plan {
                try db.execute(
                    sql: db.dialect == .sqlite
                        ? "DELETE FROM settings WHERE key = 'default_plan'"
                        : "DELETE FROM settings WHERE key = 'default_plan' AND login = current_user",
                    arguments: [])
            }
            return try recordArchiving(resolved, archived: true, author: who, message: message ?? "Arkiverad", db)
        }
    }

    /// Brings an archived plan back into use, as it was when it was archived.
    ///
    /// - Throws: ``StoreError/Code/unknownPlan`` when no archived plan has the id (the message says
    ///   when the plan is in use), ``StoreError/Code/notPermitted`` on a shared store when the login
    ///   does not coordinate it.
    @discardableResult
    public func restore(
        plan id: EntityID, author: String? = nil, message: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try write { db in
            let archived = try String.fetchAll(
                db, sql: "SELECT id FROM plans WHERE archived_at IS NOT NULL ORDER BY id")
            guard archived.contains(id.rawValue) else {
                _ = try resolve(id, db)  // an unknown plan is reported as such
                throw StoreError(
                    .unknownPlan,
                    "plan '\(id)' is in use, not archived; `beredskap plans --archived` lists the archived plans"
                        + (archived.isEmpty ? " (there are none)" : ": " + archived.joined(separator: ", ")))
            }
            try authorize(id, for: .content, db)
            try db.execute(
                sql: "UPDATE plans SET archived_at = NULL, archived_by = NULL WHERE id = ?", arguments: [id.rawValue])
            return try recordArchiving(
                try resolve(id, db), archived: false, author: author ?? defaultAuthor, message: message ?? "Återställd",
                db)
        }
    }

    /// The change set that records an archiving or a restoring, on the plan's current version.
    private func recordArchiving(
        _ resolved: ResolvedVersion, archived: Bool, author: String, message: String, _ db: any SQLConnection
    ) throws -> ChangeSetRecord {
        let changeSet = try beginChangeSet(
            .lifecycle, plan: resolved.plan, version: resolved.row, author: author, message: message, db)
        try record(
            [
                FieldChange(
                    kind: .plan, id: resolved.plan, field: Self.archivedField, old: .boolean(!archived),
                    new: .boolean(archived))
            ], in: changeSet, db)
        return try changeSetRecord(changeSet, db)
    }

    /// The field a change set that archives or restores a plan changes, as the change log names it.
    public static let archivedField = "@archived"
}
