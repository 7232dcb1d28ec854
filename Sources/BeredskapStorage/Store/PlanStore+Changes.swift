import BeredskapModel
import Foundation

extension PlanStore {
    // MARK: Writing

    /// Runs `body` in a write transaction no other writer of the store runs beside, committed when it
    /// returns and rolled back when it throws.
    ///
    /// On PostgreSQL the search index of every version the transaction changed is brought up to date
    /// before the commit, by the login that changed it: a login that may only read a plan cannot
    /// write its index, so a search there reads the index as the last writer left it.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws(StoreError) -> T {
        try wrapping {
            try backend.write { db in
                guard db.dialect == .postgreSQL else { return try body(db) }
                let before = try Int64.fetchOne(db, sql: "SELECT max(id) FROM change_sets") ?? 0
                let result = try body(db)
                for row in try SQLRow.fetchAll(
                    db,
                    sql: """
                        SELECT v.plan_id, v.row_id, v.number, v.status FROM plan_versions v
                        WHERE v.row_id IN (SELECT version_id FROM change_sets WHERE id > ?) ORDER BY v.row_id
                        """, arguments: [before])
                {
                    let changed = ResolvedVersion(
                        plan: EntityID(row[0] as String), row: row[1], number: row[2],
                        status: PlanStatus(rawValue: row[3]) ?? .draft, isCurrent: true)
                    try refreshSearchIndex(changed, db)
                }
                return result
            }
        }
    }

    /// Starts a change set row and returns its id.
    func beginChangeSet(
        _ kind: ChangeSetRecord.Kind, plan: EntityID, version: Int64, author: String?, message: String?,
        undoes: Int64? = nil, _ db: any SQLConnection
    ) throws -> Int64 {
        try db.insert(
            sql: """
                INSERT INTO change_sets (plan_id, version_id, kind, created_at, author, message, undoes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                plan.rawValue, version, kind.rawValue, Self.timestamp(), author ?? defaultAuthor, message, undoes,
            ], returning: "id")
    }

    func record(_ changes: [FieldChange], in changeSet: Int64, _ db: any SQLConnection) throws {
        try db.insertRows(
            into: "changes",
            columns: [
                "change_set_id", "sequence", "entity_kind", "entity_id", "field", "old_value", "new_value", "position",
            ],
            changes.lazy.enumerated().map { sequence, change in
                [
                    changeSet.sqlValue, sequence.sqlValue, change.kind.rawValue.sqlValue, change.id.rawValue.sqlValue,
                    change.field.sqlValue, change.old?.jsonText(compact: true).sqlValue ?? .null,
                    change.new?.jsonText(compact: true).sqlValue ?? .null, change.position.sqlValue,
                ]
            })
    }

    /// Adds a new plan to the store as version 1.
    ///
    /// - Throws: ``StoreError/Code/invalidChange`` when a plan with the id exists already.
    @discardableResult
    public func create(
        _ plan: Plan, author: String? = nil, message: String? = nil, makeDefault: Bool = false
    )
        throws(StoreError) -> ChangeSetRecord
    {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM plans WHERE id = ?", arguments: [plan.id.rawValue]) == true {
                throw StoreError(
                    .invalidChange, "the store already has a plan '\(plan.id)'; import the file to update it")
            }
            let now = Self.timestamp()
            try db.execute(
                sql: "INSERT INTO plans (id, created_at, owner) VALUES (?, ?, ?)",
                arguments: [plan.id.rawValue, now, plan.metadata.owner?.administration?.rawValue])
            // A plan file that records its adoption (and approval) taken stands where its decisions
            // say: every command then agrees on its status, and an approved plan's content is fixed.
            let (status, adopted, approved) = Self.decided(by: plan.metadata.approvals)
            let version = try db.insert(
                sql: """
                    INSERT INTO plan_versions (plan_id, number, status, created_at, adopted_on, approved_on)
                    VALUES (?, 1, ?, ?, ?, ?)
                    """,
                arguments: [
                    plan.id.rawValue, status.rawValue, now, adopted?.description, approved?.description,
                ], returning: "row_id")
            try Self.insert(plan, version: version, db)
            if makeDefault {
                try Self.setDefaultPlan(plan.id, db)
            }
            let changeSet = try beginChangeSet(
                .create, plan: plan.id, version: version, author: author, message: message, db)
            return try changeSetRecord(changeSet, db)
        }
    }

    /// Applies a change set: every edit or none. Values are checked as a plan file would check them,
    /// and the whole plan is validated when an edit can affect other entries.
    ///
    /// - Returns: The change set as recorded.
    /// - Throws: ``StoreError`` naming the entity and field: ``StoreError/Code/conflict`` for a stale
    ///   expectation, ``StoreError/Code/invalidChange`` for a value or result the plan does not allow,
    ///   ``StoreError/Code/immutable`` for an approved plan, ``StoreError/Code/referenced`` for a removal
    ///   of an entity still in use.
    @discardableResult
    public func apply(_ changeSet: ChangeSet) throws(StoreError) -> ChangeSetRecord {
        try write { db in
            try applyEdits(
                changeSet.edits, to: changeSet.plan, kind: .edit, author: changeSet.author, message: changeSet.message,
                db)
        }
    }

    func applyEdits(
        _ edits: [ChangeSet.Edit], to planID: EntityID?, kind: ChangeSetRecord.Kind, author: String?, message: String?,
        undoes: Int64? = nil, _ db: any SQLConnection
    ) throws -> ChangeSetRecord {
        let resolved = try resolve(planID, db)
        try requireEditable(resolved, db)
        var editor = VersionEditor(
            db: db, version: resolved.row, plan: resolved.plan, followUpOnly: resolved.status == .approved,
            defersReferenceChecks: kind == .import || kind == .undo)
        try editor.readAhead(for: edits)
        for (index, edit) in edits.enumerated() {
            do {
                try editor.apply(edit)
            } catch var error as StoreError {
                error.editIndex = index
                throw error
            }
        }
        try editor.sendHeldWrites()
        // A change set is validated as a plan file is unless it only changed free text, which its
        // field check covers: a stored plan always reads back.
        if editor.needsPlanValidation {
            do {
                try validate(resolved, db, touched: editor.touchedRows)
            } catch var error as StoreError {
                // Point at the last edit of the first entity the plan's problems name (worked out
                // only now: naming every edit's entity up front costs a bulk edit dearly).
                var lastEdit: [String: Int] = [:]
                for (index, edit) in edits.enumerated() {
                    if let subject = Self.subject(of: edit) { lastEdit[subject] = index }
                }
                error.editIndex = lastEdit.filter { error.message.contains($0.key) }.map(\.value).min()
                throw error
            }
        }
        if editor.changes.contains(where: { $0.kind == .plan && ($0.field ?? "").hasPrefix("owner") }) {
            // The plan moves to another administration: on a shared store only the database's owner
            // may move it, and the database refuses anyone else.
            try db.execute(
                sql: """
                    UPDATE plans SET owner = (SELECT owner_administration FROM plan_metadata WHERE version_id = ?)
                    WHERE id = ?
                    """, arguments: [resolved.row, resolved.plan.rawValue])
        }
        let changeSet = try beginChangeSet(
            kind, plan: resolved.plan, version: resolved.row, author: author, message: message, undoes: undoes, db)
        try record(editor.changes, in: changeSet, db)
        return ChangeSetRecord(
            id: changeSet, plan: resolved.plan, version: resolved.number, kind: kind, date: Date(),
            author: author ?? defaultAuthor, message: message, undoes: undoes, changes: editor.changes)
    }

    func requireEditable(
        _ resolved: ResolvedVersion, _ db: any SQLConnection, for what: WriteKind = .content
    ) throws {
        guard resolved.isCurrent else {
            throw StoreError(
                .immutable,
                "version \(resolved.number) of plan '\(resolved.plan)' has been succeeded by a newer version and stays as it was; edit the current version"
            )
        }
        try authorize(resolved.plan, for: what, db)
    }

    /// What a write changes in a plan, as a shared store's access tells them apart.
    enum WriteKind: String {
        /// The plan's content and follow-up: its coordinators.
        case content
        /// An adoption or approval: its coordinators and the approvers.
        case approval
        /// A drill on the plan: the trainers.
        case drill
    }

    /// Refuses, before anything is written, a write the login may not make on a shared store. The
    /// database's row-level security refuses it too, but a change it hides is a change of nothing, not
    /// an error, so the store asks first and names the plan and its owner.
    func authorize(_ plan: EntityID, for what: WriteKind, _ db: any SQLConnection) throws {
        guard db.dialect == .postgreSQL,
            try Bool.fetchOne(
                db, sql: "SELECT beredskap_may_write_plan(?, ?)", arguments: [plan.rawValue, what.rawValue])
                != true
        else { return }
        let login = try String.fetchOne(db, sql: "SELECT current_user") ?? "this login"
        let owner = try String.fetchOne(db, sql: "SELECT owner FROM plans WHERE id = ?", arguments: [plan.rawValue])
        let doing =
            switch what {
            case .content: "change plan '\(plan)'"
            case .approval: "record the adoption or approval of plan '\(plan)'"
            case .drill: "run or save a drill of plan '\(plan)'"
            }
        throw StoreError(
            .notPermitted,
            "\(login) may not \(doing)"
                + (owner.map { ", which belongs to \($0)" } ?? "") + ": "
                + (what == .drill
                    ? "logins granted trainer run drills"
                    : "its coordinators may (`beredskap access grant LOGIN coordinator \(owner ?? "ORG")`)")
                + ", and `beredskap access list`, run by the database's owner, shows who may do what")
    }

    /// How messages name the entity an edit changes: "unit 'mini-maria'".
    static func subject(of edit: ChangeSet.Edit) -> String? {
        switch edit {
        case .set(let kind, let id, _, _, _), .remove(let kind, let id), .move(let kind, let id, _),
            .append(let kind, let id, _, _):
            "\(kind.noun) '\(id)'"
        case .rename(let kind, _, let id):
            "\(kind.noun) '\(id)'"
        case .add(let kind, let value, _):
            value["id"].map { "\(kind.noun) '\($0.scalarText)'" }
        }
    }

    /// What `changeSet` would do: the plan after it and its changes, without changing the store.
    ///
    /// - Throws: The ``StoreError`` that ``apply(_:)`` would throw.
    public func preview(_ changeSet: ChangeSet) throws(StoreError) -> (plan: Plan, record: ChangeSetRecord) {
        let rollback = StoreError(.database, "preview rolled back")
        var result: (Plan, ChangeSetRecord)?
        do {
            _ = try write { db -> Int in
                let record = try applyEdits(
                    changeSet.edits, to: changeSet.plan, kind: .edit, author: changeSet.author,
                    message: changeSet.message, db)
                result = (try readPlan(record.plan, version: nil, db), record)
                throw rollback
            }
        } catch let error where error == rollback {
            if let result { return result }
        }
        throw StoreError(.database, "the preview did not run")
    }

    /// Validates the version and refuses the change when it has errors: with `touched` (the rows of
    /// units and activities a change set added or changed), only those of their kinds and the ids of
    /// the rest, unless that finds a problem; else, and then, the whole version, whose errors name
    /// the problem.
    func validate(_ resolved: ResolvedVersion, _ db: any SQLConnection, touched: [String: Set<Int64>]? = nil) throws {
        // An edit of a few units or activities is checked with those, every entity of the other kinds
        // and the ids of the rest, when no check reads those kinds: the plan is not read whole. Only
        // a problem found sends it to the whole plan's validation, which names it exactly.
        let local = PlanValidator.entityLocalKinds
        if let touched, checks.allSatisfy({ $0.kindsRead?.isDisjoint(with: local) ?? false }) {
            let partial = try Self.document(version: resolved.row, db, limitingTo: touched)
            let declared = try Self.untouchedIDs(version: resolved.row, db, touched: touched)
            let result = PlanFileReader.read(
                PlanValue.mapping(partial.root).decodingNode(), file: "", checks: checks, declaring: declared)
            if !result.diagnostics.contains(where: { $0.severity == .error }) { return }
        }
        let document = try Self.document(version: resolved.row, db)
        let result = PlanFileReader.read(PlanValue.mapping(document.root).decodingNode(), file: "", checks: checks)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        let lines = errors.prefix(10).map { diagnostic in
            "\(Self.describe(diagnostic.issue.path, in: document)): \(diagnostic.message)"
        }
        throw StoreError(
            .invalidChange,
            "the change would make plan '\(resolved.plan)' invalid, so nothing was changed:\n  "
                + lines.joined(separator: "\n  ") + (errors.count > 10 ? "\n  … and \(errors.count - 10) more" : ""))
    }

    /// "unit 'mini-maria' department" for the path `units[1].department`.
    static func describe(_ path: PlanPath, in document: PlanDocument) -> String {
        guard case .key(let key)? = path.components.first, let kind = EntityKind(fileKey: key) else {
            return path.description
        }
        var rest = Array(path.components.dropFirst())
        var subject = kind.noun
        if kind == .plan {
            subject = "the plan"
        } else if case .index(let index)? = rest.first {
            let entities = document.entities(kind)
            if index < entities.count, let id = document.id(of: entities[index]) { subject += " '\(id)'" }
            rest.removeFirst()
        }
        let field = PlanPath(rest).components.isEmpty ? "" : " " + PlanPath(rest).description
        return subject + field
    }

    // MARK: Importing

    /// What an import did.
    public enum ImportOutcome: Sendable, Equatable {
        /// The plan was new and was added.
        case created(ChangeSetRecord)
        /// The plan existed and was updated; the change set holds the differences.
        case updated(ChangeSetRecord)
        /// The plan existed with exactly this content.
        case unchanged
    }

    /// Adds `plan`, or updates the plan with its id as one change set of the differences.
    public func importPlan(
        _ plan: Plan, author: String? = nil, message: String? = nil
    ) throws(StoreError) -> ImportOutcome {
        let exists = try wrapping {
            try backend.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM plans WHERE id = ?", arguments: [plan.id.rawValue]) == true
            }
        }
        if !exists {
            let created = try create(plan, author: author, message: message)
            backend.settle()
            return .created(created)
        }
        return try write { db in
            let resolved = try resolve(plan.id, db)
            let current = try Self.document(version: resolved.row, db)
            let changes = current.changes(to: PlanDocument(plan).keepingSensitiveContacts(of: current))
            if changes.isEmpty { return .unchanged }
            let record = try applyEdits(
                changes.map(Self.edit(making:)), to: plan.id, kind: .import, author: author, message: message, db)
            return .updated(record)
        }
    }

    /// The edit that makes a recorded change happen again.
    static func edit(making change: FieldChange) -> ChangeSet.Edit {
        switch change.field {
        case nil:
            if let new = change.new { return .add(change.kind, new, position: change.position) }
            return .remove(change.kind, change.id)
        case "id":
            return .rename(change.kind, EntityID(change.old?.scalarText ?? ""), to: change.id)
        case PlanDocument.positionField:
            return .move(change.kind, change.id, to: Int(change.new?.scalarText ?? "") ?? 0)
        case let field?:
            return .set(change.kind, change.id, field: field, value: change.new, expected: .anything)
        }
    }

    /// The edit that reverts a recorded change, refusing if the value changed since.
    static func edit(reverting change: FieldChange) -> ChangeSet.Edit {
        switch change.field {
        case nil:
            if let old = change.old { return .add(change.kind, old, position: change.position) }
            return .remove(change.kind, change.id)
        case "id":
            return .rename(change.kind, change.id, to: EntityID(change.old?.scalarText ?? ""))
        case PlanDocument.positionField:
            return .move(change.kind, change.id, to: Int(change.old?.scalarText ?? "") ?? 0)
        case let field?:
            return .set(change.kind, change.id, field: field, value: change.old, expected: .value(change.new))
        }
    }

    // MARK: Undo

    /// Undoes the plan's last change set that is not yet undone, as a new change set.
    ///
    /// - Throws: ``StoreError/Code/nothingToUndo`` when there is none, ``StoreError/Code/conflict`` when a
    ///   later change touched the same fields.
    @discardableResult
    public func undoLast(plan id: EntityID? = nil, author: String? = nil) throws(StoreError) -> ChangeSetRecord {
        try write { db in
            let resolved = try resolve(id, db)
            guard
                let target = try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM change_sets c WHERE plan_id = ? AND kind != 'undo'
                        AND NOT EXISTS (SELECT 1 FROM change_sets u WHERE u.undoes = c.id)
                        ORDER BY id DESC LIMIT 1
                        """, arguments: [resolved.plan.rawValue])
            else { throw StoreError(.nothingToUndo, "plan '\(resolved.plan)' has no change to undo") }
            let record = try changeSetRecord(target, db)
            guard record.kind == .edit || record.kind == .import else {
                throw StoreError(
                    .nothingToUndo,
                    "the last change to plan '\(resolved.plan)' (#\(target), a \(record.kind.rawValue)) cannot be undone"
                )
            }
            let edits = record.changes.reversed().map(Self.edit(reverting:))
            let language =
                try String.fetchOne(
                    db, sql: "SELECT language FROM plan_metadata WHERE version_id = ? AND parent_table IS NULL",
                    arguments: [resolved.row]) ?? "sv"
            return try applyEdits(
                edits, to: resolved.plan, kind: .undo, author: author,
                message: ChangeSetMessage.undoing(target, language: language), undoes: target, db)
        }
    }

    // MARK: History

    /// The change sets of a plan, newest first; with `entity`, only those that touched it.
    public func history(
        plan id: EntityID? = nil, entity: (kind: EntityKind, id: EntityID)? = nil, limit: Int? = nil
    )
        throws(StoreError) -> [ChangeSetRecord]
    {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                var sql = "SELECT id FROM change_sets c WHERE plan_id = ?"
                var arguments: [any SQLConvertible] = [resolved.plan.rawValue]
                if let entity {
                    sql +=
                        " AND EXISTS (SELECT 1 FROM changes x WHERE x.change_set_id = c.id AND x.entity_kind = ? AND x.entity_id = ?)"
                    arguments += [entity.kind.rawValue, entity.id.rawValue]
                }
                sql += " ORDER BY id DESC" + (limit.map { " LIMIT \($0)" } ?? "")
                let ids = try Int64.fetchAll(db, sql: sql, arguments: SQLArguments(arguments))
                // Every plan has the change set that created it: on a shared store, a log without it
                // is one the login may not read.
                if db.dialect == .postgreSQL,
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM change_sets WHERE plan_id = ?",
                        arguments: [resolved.plan.rawValue])
                        == 0
                {
                    let login = try String.fetchOne(db, sql: "SELECT current_user") ?? "this login"
                    throw StoreError(
                        .notPermitted,
                        "\(login) may not read the history of plan '\(resolved.plan)': its coordinators and logins "
                            + "granted auditor may; `beredskap access list`, run by the database's owner, shows who may do what"
                    )
                }
                return try ids.map { try changeSetRecord($0, db) }
            }
        }
    }

    func changeSetRecord(_ id: Int64, _ db: any SQLConnection) throws -> ChangeSetRecord {
        guard
            let row = try SQLRow.fetchOne(
                db,
                sql: """
                    SELECT c.plan_id, v.number, c.kind, c.created_at, c.author, c.message, c.undoes
                    FROM change_sets c JOIN plan_versions v ON v.row_id = c.version_id WHERE c.id = ?
                    """, arguments: [id])
        else { throw StoreError(.database, "change set #\(id) is missing") }
        let changes = try SQLRow.fetchAll(
            db,
            sql: """
                SELECT entity_kind, entity_id, field, old_value, new_value, position FROM changes
                WHERE change_set_id = ? ORDER BY sequence
                """, arguments: [id]
        ).map { change in
            FieldChange(
                kind: EntityKind(rawValue: change[0]) ?? .plan, id: EntityID(change[1] as String), field: change[2],
                old: (change[3] as String?).flatMap(PlanValue.init(jsonText:)),
                new: (change[4] as String?).flatMap(PlanValue.init(jsonText:)), position: change[5])
        }
        return ChangeSetRecord(
            id: id, plan: EntityID(row[0] as String), version: row[1],
            kind: ChangeSetRecord.Kind(rawValue: row[2]) ?? .edit,
            date: Self.date(fromTimestamp: row[3]), author: row[4], message: row[5], undoes: row[6], changes: changes)
    }

    // MARK: Differences and the past

    /// The net changes between two change sets of a plan: what `to` and the change sets before it
    /// changed after `from`, one entry per entity and field, fields that returned to their value left out.
    public func diff(plan id: EntityID? = nil, from: Int64, to: Int64? = nil) throws(StoreError) -> [FieldChange] {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM change_sets WHERE plan_id = ? AND id > ? AND id <= ? ORDER BY id",
                    arguments: [resolved.plan.rawValue, from, to ?? Int64.max])
                return Self.net(try ids.flatMap { try changeSetRecord($0, db).changes })
            }
        }
    }

    /// The net changes to a plan made after `from` and up to `to`.
    public func diff(plan id: EntityID? = nil, from: Date, to: Date = Date()) throws(StoreError) -> [FieldChange] {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                let ids = try Int64.fetchAll(
                    db,
                    sql:
                        "SELECT id FROM change_sets WHERE plan_id = ? AND created_at > ? AND created_at <= ? ORDER BY id",
                    arguments: [resolved.plan.rawValue, Self.timestamp(from), Self.timestamp(to)])
                return Self.net(try ids.flatMap { try changeSetRecord($0, db).changes })
            }
        }
    }

    /// Folds a sequence of changes into one per entity and field.
    static func net(_ changes: [FieldChange]) -> [FieldChange] {
        var order: [String] = []
        var folded: [String: FieldChange] = [:]
        for change in changes {
            let key = "\(change.kind.rawValue)\u{0}\(change.id)\u{0}\(change.field ?? "")"
            if var existing = folded[key] {
                existing.new = change.new
                existing.position = change.position ?? existing.position
                folded[key] = existing
            } else {
                folded[key] = change
                order.append(key)
            }
        }
        return order.compactMap { folded[$0] }.filter { $0.old != $0.new }
    }

    /// The plan as it was at `date`: the version current then, with every later change undone.
    ///
    /// - Throws: ``StoreError/Code/unknownPlan`` when the plan did not exist yet.
    public func plan(_ id: EntityID? = nil, asOf date: Date) throws(StoreError) -> Plan {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                let moment = Self.timestamp(date)
                guard
                    let version = try SQLRow.fetchOne(
                        db,
                        sql: """
                            SELECT row_id, number FROM plan_versions WHERE plan_id = ? AND created_at <= ?
                            ORDER BY number DESC LIMIT 1
                            """, arguments: [resolved.plan.rawValue, moment])
                else {
                    throw StoreError(.unknownPlan, "plan '\(resolved.plan)' did not exist yet on \(moment)")
                }
                let at = try resolve(resolved.plan, version: version[1], db)
                var document = try Self.document(version: at.row, db)
                let later = try Int64.fetchAll(
                    db, sql: "SELECT id FROM change_sets WHERE version_id = ? AND created_at > ? ORDER BY id DESC",
                    arguments: [at.row, moment])
                for changeSet in later {
                    for change in try changeSetRecord(changeSet, db).changes.reversed() {
                        var inverse = change
                        if change.field == "id" {
                            inverse.id = EntityID(change.old?.scalarText ?? "")
                        }
                        (inverse.old, inverse.new) = (change.new, change.old)
                        document.apply(inverse, fieldOrder: \.fieldKeys)
                    }
                }
                return try plan(from: document, at)
            }
        }
    }
}
