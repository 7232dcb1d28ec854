import BeredskapModel
import Foundation

/// A store of plans: one SQLite file holding any number of plans, every version of each, and the log
/// of every change to them.
///
/// A store is opened on a file (created with mode 0600 and seeded with the built-in Stockholm plan
/// when new) or in memory. Reads return plain `Plan` values; writes go through
/// ``ChangeSet``s, each applied all or nothing and recorded with its author, time and message.
///
/// ```swift
/// let store = try PlanStore.open(.file("beredskap.sqlite"))
/// let plan = try store.plan()
/// var changes = ChangeSet(message: "Ny beskrivning")
/// changes.set(.unit, "mini-maria", "description", to: .string("Öppenvård för unga."))
/// try store.apply(changes)
/// ```
public final class PlanStore: Sendable {
    /// The database that holds the store: SQLite here, PostgreSQL through BeredskapPostgreSQL.
    package let backend: any StoreBackend
    /// Where the store is.
    public let location: StoreLocation
    /// Who changes are recorded as made by when a change set names no author.
    public let defaultAuthor: String
    /// Checks run with the validator's own on every change; a change that fails one is refused.
    public let checks: [any PlanCheck]

    init(backend: any StoreBackend, location: StoreLocation, defaultAuthor: String, checks: [any PlanCheck]) {
        self.backend = backend
        self.location = location
        self.defaultAuthor = defaultAuthor
        self.checks = checks
    }

    /// Opens the store at `location`, creating and seeding it when it does not exist yet.
    ///
    /// - Parameters:
    ///   - location: A file, or memory.
    ///   - author: The default author of changes; `$USER` when nil.
    ///   - seed: Whether a new store gets the built-in Stockholm plan.
    ///   - checks: Checks a change must pass besides the validator's own, such as BeredskapEscalation's
    ///     check of rotas and alert rules. Reading a stored plan does not run them, so a plan stored
    ///     before a check existed can still be read and mended.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/notADatabase``, ``StoreError/Code/damaged``,
    ///   ``StoreError/Code/notAStore`` or ``StoreError/Code/newerSchema`` when the file cannot be used; the
    ///   file is then left exactly as it was.
    public static func open(
        _ location: StoreLocation, author: String? = nil, seed: Bool = true, checks: [any PlanCheck] = []
    ) throws(StoreError)
        -> PlanStore
    {
        let defaultAuthor = Self.defaultAuthor(author)
        switch location {
        case .memory:
            let backend = try wrapping(location) { try SQLiteBackend.memory() }
            return try prepared(
                PlanStore(backend: backend, location: location, defaultAuthor: defaultAuthor, checks: checks),
                seed: seed)
        case .file(let path):
            try StoreFile.prepareDirectory(path)
            StoreFile.restrictModes(path)
            let make = { () throws(StoreError) -> PlanStore in
                let backend = try wrapping(location) { try SQLiteBackend.file(path) }
                StoreFile.restrictModes(path)  // SQLite gave a new -wal and -shm the database file's mode
                return PlanStore(backend: backend, location: location, defaultAuthor: defaultAuthor, checks: checks)
            }
            // An existing, current store opens without a write, so opening never waits for a writer
            // and never takes a lock another process could be holding.
            if (StoreFile.size(path) ?? 0) > 0, try SQLiteBackend.inspect(path).isReady(seed: seed) {
                return try make()
            }
            return try StoreFile.withCreationLock(path) { () throws(StoreError) -> PlanStore in
                if (StoreFile.size(path) ?? 0) > 0 { _ = try SQLiteBackend.inspect(path) }
                return try prepared(make(), seed: seed)
            }
        case .postgreSQL:
            throw StoreError(
                .cannotOpen,
                "\(location) is a PostgreSQL store: open it with BeredskapPostgreSQL's PostgreSQLStore.open")
        }
    }

    /// Opens a store on a backend another module provides, such as BeredskapPostgreSQL's, bringing its
    /// schema up to date and seeding it as ``open(_:author:seed:checks:)`` does.
    package static func open(
        backend: any StoreBackend, location: StoreLocation, author: String? = nil, seed: Bool = true,
        checks: [any PlanCheck] = []
    ) throws(StoreError) -> PlanStore {
        try prepared(
            PlanStore(backend: backend, location: location, defaultAuthor: defaultAuthor(author), checks: checks),
            seed: seed)
    }

    /// The author of changes when none is named: `author`, else `$USER`, else "unknown".
    private static func defaultAuthor(_ author: String?) -> String {
        author ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    }

    /// Brings the schema up to date and seeds a store that has never held a plan.
    private static func prepared(_ store: PlanStore, seed: Bool) throws(StoreError) -> PlanStore {
        let isEmpty = try store.wrapping { try store.backend.migrate() }
        if isEmpty && seed {
            let plan: Plan
            do {
                plan = try BuiltInPlans.stockholm()
            } catch {
                throw StoreError(.database, "the built-in plan does not read: \(error)")
            }
            try store.create(plan, author: "beredskap", message: "Den inbyggda planen", makeDefault: true)
            store.backend.settle()
        }
        return store
    }

    // MARK: Errors

    /// Runs `body`, turning SQLite's errors into ``StoreError``s that name the store.
    func wrapping<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw backend.storeError(error)
        }
    }

    static func wrapping<T>(_ location: StoreLocation, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw SQLiteBackend.storeError(error, at: location)
        }
    }

    // MARK: Plans

    /// A plan in the store: its id, title and versions.
    public struct PlanInfo: Sendable, Equatable {
        /// The plan's id.
        public var id: EntityID
        /// The title of its current version.
        public var title: String
        /// The number of its current version, from 1.
        public var version: Int
        /// The status of its current version.
        public var status: PlanStatus
        /// Whether it is the store's default plan: the one set as default, or the store's only plan.
        public var isDefault: Bool
        /// The administration that owns it (its `owner.administration`), whose coordinators may edit it
        /// on a shared store; nil when the plan names none.
        public var owner: EntityID?
        /// When it was archived (`plans remove`), as the store writes times; nil for a plan in use.
        public var archivedAt: String?
        /// Who archived it.
        public var archivedBy: String?
    }

    /// Every plan in use in the store, by id; with `archived`, the archived ones instead.
    public func plans(archived: Bool = false) throws(StoreError) -> [PlanInfo] {
        try wrapping {
            try backend.read { db in
                let defaultPlan = try Self.defaultPlanID(db)
                let listed = try SQLRow.fetchAll(
                    db,
                    sql: """
                        SELECT v.plan_id, m.title, v.number, v.status, p.owner, p.archived_at, p.archived_by
                        FROM current_versions v
                        JOIN plan_metadata m ON m.version_id = v.row_id JOIN plans p ON p.id = v.plan_id
                        WHERE p.archived_at IS \(archived ? "NOT NULL" : "NULL")
                        ORDER BY v.plan_id
                        """
                ).map { row in
                    PlanInfo(
                        id: EntityID(row[0] as String), title: row[1], version: row[2],
                        status: PlanStatus(rawValue: row[3]) ?? .draft,
                        isDefault: !archived && (row[0] as String) == defaultPlan?.rawValue,
                        owner: (row[4] as String?).map { EntityID($0) }, archivedAt: row[5], archivedBy: row[6])
                }
                // A store's only plan is the one commands use when none is named, set as default or not.
                guard !archived, defaultPlan == nil, listed.count == 1 else { return listed }
                return listed.map {
                    var only = $0; only.isDefault = true; return only
                }
            }
        }
    }

    /// The current version of the plan `id` (the store's only or default plan when nil).
    ///
    /// - Throws: ``StoreError/Code/unknownPlan`` when there is no such plan.
    public func plan(_ id: EntityID? = nil) throws(StoreError) -> Plan {
        try wrapping { try backend.read { db in try self.readPlan(id, version: nil, db) } }
    }

    /// Version `version` (from 1) of the plan `id`.
    public func plan(_ id: EntityID?, version: Int) throws(StoreError) -> Plan {
        try wrapping { try backend.read { db in try self.readPlan(id, version: version, db) } }
    }

    /// A number that grows with every change set committed to the store, by this process or another:
    /// a front end that keeps a plan in memory reads it again when the number has moved.
    public func revision() throws(StoreError) -> Int64 {
        try wrapping { try backend.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM change_sets") ?? 0 } }
    }

    /// Makes `id` the plan that commands use when none is named.
    public func setDefaultPlan(_ id: EntityID) throws(StoreError) {
        try wrapping {
            try backend.write { db in
                _ = try self.resolve(id, db)
                try Self.setDefaultPlan(id, db)
            }
        }
    }

    /// Records the default plan: the store's on SQLite, the login's own on PostgreSQL.
    static func setDefaultPlan(_ id: EntityID, _ db: any SQLConnection) throws {
        try db.execute(
            sql: db.dialect.upsert(
                into: "settings", columns: ["key", "value"], unique: db.dialect == .sqlite ? ["key"] : ["login", "key"]),
            arguments: ["default_plan", id.rawValue])
    }

    func readPlan(_ id: EntityID?, version: Int?, _ db: any SQLConnection) throws -> Plan {
        guard db.dialect == .postgreSQL else {
            let resolved = try resolve(id, version: version, db)
            return try plan(from: Self.document(version: resolved.row, db), resolved)
        }
        // On PostgreSQL, the plans, the default, the version and its read copy in one statement: on a
        // new connection each statement costs the server as much as the rows it returns.
        let opening = try OpeningRead(id, version: version, db)
        let resolved = try resolve(
            id, version: version, db, listing: opening.listing, defaultPlan: { opening.defaultPlan },
            found: opening.found)
        let copy = opening.found?.plan == resolved.plan ? opening.copy : nil
        return try plan(from: Self.document(version: resolved.row, db, copy: copy), resolved)
    }

    func plan(from document: PlanDocument, _ resolved: ResolvedVersion) throws -> Plan {
        do {
            return try document.plan(source: "\(location) (plan \(resolved.plan), version \(resolved.number))")
        } catch {
            throw StoreError(.damaged, "the store holds an unreadable plan:\n\(error)")
        }
    }

    /// The plan document of a version, read with one query per table (on PostgreSQL, one query, or the
    /// version's read copy).
    ///
    /// - Parameter copy: The version's read copy, when the caller has read it already.
    static func document(
        version: Int64, _ db: any SQLConnection, limitingTo touched: [String: Set<Int64>]? = nil,
        copy: PlanRows.ReadCopy? = nil
    ) throws -> PlanDocument {
        var tables: [String: PlanRows.TableRows] = [:]
        if db.dialect == .postgreSQL, touched == nil,
            try (copy ?? PlanRows.ReadCopy.fetch(version, in: db)).map({ $0.read(into: &tables) }) ?? false
        {
            // The whole plan from the server's read copy: one row of one table.
        } else if db.dialect == .postgreSQL {
            // Every table not limited to the touched rows, in one round trip to the server.
            let whole = TableSpec.topLevel.filter { key, _ in
                touched == nil || !(EntityKind(fileKey: key).map(PlanValidator.entityLocalKinds.contains) ?? false)
            }
            try PlanRows.readAllTables(
                [TableSpec.planMetadata] + whole.map(\.spec), version: version, in: db, into: &tables)
        }
        try PlanRows.readTables(TableSpec.planMetadata, version: version, in: db, into: &tables)
        var root: [(String, PlanValue)] = [("formatVersion", .integer(PlanFileDocument.currentFormatVersion))]
        if let metadata = PlanRows.assemble(TableSpec.planMetadata, parent: nil, tables: tables).first {
            root.append(("plan", metadata.value))
        }
        for (key, spec) in TableSpec.topLevel {
            let items: [PlanValue]
            if let touched, let kind = EntityKind(fileKey: key), PlanValidator.entityLocalKinds.contains(kind) {
                guard let rows = touched[spec.table], !rows.isEmpty else { continue }
                var selected: [String: PlanRows.TableRows] = [:]
                try PlanRows.readTables(
                    spec, version: version, in: db, into: &selected, selecting: .rows(rows.sorted()))
                items = PlanRows.assemble(spec, parent: nil, tables: selected).map(\.value)
            } else {
                try PlanRows.readTables(spec, version: version, in: db, into: &tables)
                items = PlanRows.assemble(spec, parent: nil, tables: tables).map(\.value)
            }
            if !items.isEmpty { root.append((key, .sequence(items))) }
        }
        return PlanDocument(root: root)
    }

    /// The ids of the top-level entities of ``PlanValidator/entityLocalKinds`` outside `touched`.
    static func untouchedIDs(
        version: Int64, _ db: any SQLConnection, touched: [String: Set<Int64>]
    ) throws -> [EntityID: EntityKind] {
        var ids: [EntityID: EntityKind] = [:]
        for (key, spec) in TableSpec.topLevel {
            guard let kind = EntityKind(fileKey: key), PlanValidator.entityLocalKinds.contains(kind) else { continue }
            let skipped = touched[spec.table] ?? []
            try db.forEachRow(
                sql: "SELECT row_id, id FROM \(spec.table) WHERE version_id = ? AND parent_table IS NULL",
                arguments: [version]
            ) { row in
                if !skipped.contains(row[0]) { ids[EntityID(row[1] as String)] = kind }
                return true
            }
        }
        return ids
    }

    /// Writes a whole plan document as the rows of a version.
    static func insert(_ document: PlanDocument, version: Int64, _ db: any SQLConnection) throws {
        if let metadata = document.entities(.plan).first {
            try PlanRows.insert(
                metadata, spec: TableSpec.planMetadata, version: version, parent: nil, position: 0, in: db)
        }
        for (key, spec) in TableSpec.topLevel {
            guard let kind = EntityKind(fileKey: key) else { continue }
            for (position, item) in document.entities(kind).enumerated() {
                try PlanRows.insert(item, spec: spec, version: version, parent: nil, position: position, in: db)
            }
        }
    }

    /// Writes a plan as the rows of a version, the rows of ``exportChunk`` entities at a time, so that
    /// the plan is never encoded whole: the rows are those ``insert(_:version:_:)-(PlanDocument,_,_)``
    /// writes for `PlanDocument(plan)`. Each piece of a list is encoded and its rows worked out on
    /// another core while the piece before it is written.
    static func insert(_ plan: Plan, version: Int64, _ db: any SQLConnection) throws {
        // A large plan's new pages are kept in memory until the commit, not written out to the WAL
        // and then again as SQLite's page cache (2 MB by default) fills: at most 64 MB more.
        let cacheSize = db.dialect == .sqlite ? try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000 : nil
        if cacheSize != nil { try db.execute(sql: "PRAGMA cache_size = -65536") }
        defer { if let cacheSize { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") } }
        let document = PlanFileDocument(formatVersion: PlanFileDocument.currentFormatVersion, plan: plan)
        let options = PlanFileWriter.Options(includeSensitive: true)
        let fields = PlanFileDocument.fields
        if let metadata = fields.first(where: { $0.key == EntityKind.plan.fileKey })?.encode(document, options) {
            try PlanRows.insert(
                metadata, spec: TableSpec.planMetadata, version: version, parent: nil, position: 0, in: db)
        }
        for (key, spec) in TableSpec.topLevel {
            guard let pieces = fields.first(where: { $0.key == key })?.encodePieces?(document, exportChunk, options)
            else { continue }
            var position = 0
            let jobs = pieces.map { piece in { @Sendable in piece().map { PlanRows.prepare($0, spec: spec) } } }
            let valueRows = PlanRows.ValueRows()
            try SideBySide.pipeline(jobs) { rows in
                for row in rows {
                    try PlanRows.insert(
                        row, version: version, parent: nil, position: position, valueRows: valueRows, in: db)
                    position += 1
                }
            }
            try valueRows.flush(db)
        }
    }

    // MARK: Resolving plans and versions

    /// A plan version found in the store.
    struct ResolvedVersion {
        let plan: EntityID
        let row: Int64
        let number: Int
        let status: PlanStatus
        let isCurrent: Bool
    }

    static func defaultPlanID(_ db: any SQLConnection) throws -> EntityID? {
        try String.fetchOne(db, sql: defaultPlanSQL(db.dialect)).map { EntityID($0) }
    }

    /// The statement whose one column of at most one row is the default plan's id. On PostgreSQL each
    /// login has its own, and the database owner's is everyone else's default.
    static func defaultPlanSQL(_ dialect: SQLDialect) -> String {
        dialect == .sqlite
            ? "SELECT value FROM settings WHERE key = 'default_plan'"
            : """
            SELECT value FROM settings WHERE key = 'default_plan' AND (login = current_user OR login = (
                SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = current_database()))
            ORDER BY login = current_user DESC LIMIT 1
            """
    }

    /// The plan `id` (or the only or default plan) at `version` (or its current version).
    func resolve(_ id: EntityID?, version: Int? = nil, _ db: any SQLConnection) throws -> ResolvedVersion {
        try resolve(
            id, version: version, db, listing: PlanListing(SQLRow.fetchAll(db, sql: PlanListing.sql(db.dialect))),
            defaultPlan: { try Self.defaultPlanID(db) }, found: nil)
    }

    /// The plans a login sees, in use and archived: what choosing a plan version starts from.
    struct PlanListing {
        var ids: [EntityID] = []
        var archived: [EntityID: (at: String, by: String?)] = [:]

        /// The statement that lists them: id, archived_at, archived_by. A shared store lists every plan
        /// to every login; those it may read have versions it sees.
        static func sql(_ dialect: SQLDialect) -> String {
            dialect == .sqlite
                ? "SELECT id, archived_at, archived_by FROM plans ORDER BY id"
                : "SELECT id, archived_at, archived_by FROM plans WHERE id IN (SELECT plan_id FROM plan_versions) ORDER BY id"
        }

        /// The listing of rows of ``sql(_:)``'s three columns.
        init(_ rows: [SQLRow]) {
            for row in rows {
                if let at = row[1] as String? {
                    archived[EntityID(row[0] as String)] = (at, row[2])
                } else {
                    ids.append(EntityID(row[0] as String))
                }
            }
        }
    }

    /// The version of the plan a statement found: its row (nil when it has no such version), status
    /// and the number of the plan's current version.
    struct FoundVersion {
        var plan: EntityID
        var row: Int64?
        var status: String?
        var current: Int?
    }

    /// Chooses the plan version `id` and `version` name, from the plans the login sees (`listing`);
    /// `found`, when it is of the plan chosen, saves the statement that finds the version.
    private func resolve(
        _ id: EntityID?, version: Int?, _ db: any SQLConnection, listing: PlanListing,
        defaultPlan: () throws -> EntityID?, found: FoundVersion?
    ) throws -> ResolvedVersion {
        let (ids, archived) = (listing.ids, listing.archived)
        let planID: EntityID
        if let id, let removal = archived[id] {
            throw StoreError(
                .archived,
                "plan '\(id)' was removed on \(removal.at.prefix(10))\(removal.by.map { " by \($0)" } ?? ""): it is "
                    + "archived with its versions and history; `beredskap plans restore \(id)` brings it back")
        }
        if let id {
            if db.dialect == .postgreSQL, !ids.contains(id),
                let owner = try String?.fetchOne(
                    db, sql: "SELECT owner FROM plans WHERE id = ?", arguments: [id.rawValue])
            {
                let login = try String.fetchOne(db, sql: "SELECT current_user") ?? "this login"
                throw StoreError(
                    .notPermitted,
                    "\(login) may not read plan '\(id)', which belongs to \(owner ?? "no administration"): "
                        + "coordinators of \(owner ?? "its administration") and logins granted central, approver, "
                        + "trainer or auditor may; `beredskap access list`, run by the database's owner, shows who may do what"
                )
            }
            guard ids.contains(id) else {
                throw StoreError(
                    .unknownPlan,
                    "no plan '\(id)' in \(location)"
                        + (Suggestion.nearest(to: id.rawValue, in: ids.map(\.rawValue)).map {
                            "; did you mean '\($0)'?"
                        }
                            ?? (ids.isEmpty
                                ? "; the store has no plans: import one"
                                : "; it has " + ids.map { "'\($0)'" }.joined(separator: ", ")))
                )
            }
            planID = id
        } else if ids.count == 1 {
            planID = ids[0]
        } else if ids.isEmpty, db.dialect == .postgreSQL,
            let others = try Int.fetchOne(db, sql: "SELECT count(*) FROM plans"), others > 0
        {
            let login = try String.fetchOne(db, sql: "SELECT current_user") ?? "this login"
            throw StoreError(
                .notPermitted,
                "\(login) may read none of the \(others) plans in \(location): the database's owner grants access "
                    + "(`beredskap access grant \(login) coordinator ORG`, or central); `beredskap access list` shows who may do what"
            )
        } else if let defaultPlan = try defaultPlan(), ids.contains(defaultPlan) {
            planID = defaultPlan
        } else {
            throw StoreError(
                .unknownPlan,
                ids.isEmpty
                    ? "\(location) has no plans; import one with `beredskap import FILE`"
                    : "\(location) has \(ids.count) plans; name one with --plan: "
                        + ids.map(\.rawValue).joined(separator: ", "))
        }
        let located = try found.flatMap { $0.plan == planID ? $0 : nil } ?? Self.findVersion(version, of: planID, db)
        let current = located.current ?? 1
        let number = version ?? current
        guard let versionRow = located.row else {
            throw StoreError(
                .unknownPlan, "plan '\(planID)' has no version \(number); its versions are 1 to \(current)")
        }
        return ResolvedVersion(
            plan: planID, row: versionRow, number: number,
            status: located.status.flatMap(PlanStatus.init(rawValue:)) ?? .draft, isCurrent: number == current)
    }

    /// The version asked for (the current one when `version` is nil) and the current one's number: the
    /// statement's columns row_id, status and current, with the plan's id twice and the version as its
    /// arguments (or, in `OpeningRead`'s statement, the expressions that give them).
    static func findVersionSQL(plan: String = "?", version: String = "?") -> String {
        """
        SELECT v.row_id, v.status, m.current FROM (SELECT max(number) AS current FROM plan_versions
            WHERE plan_id = \(plan)) AS m
        LEFT JOIN plan_versions v ON v.plan_id = \(plan) AND v.number = coalesce(\(version), m.current)
        """
    }

    private static func findVersion(_ version: Int?, of plan: EntityID, _ db: any SQLConnection) throws -> FoundVersion
    {
        let row = try SQLRow.fetchOne(
            db, sql: findVersionSQL(), arguments: [plan.rawValue, plan.rawValue, version])
        return FoundVersion(plan: plan, row: row?[0], status: row?[1], current: row?[2])
    }

    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func date(fromTimestamp text: String) -> Date {
        (try? Date(
            text,
            strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)
        )) ?? .distantPast
    }
}

/// Where a plan version stands on its way to force.
public enum PlanStatus: String, Sendable, CaseIterable {
    /// Being written or revised; freely editable.
    case draft
    /// Adopted by the owning nämnd.
    case adopted
    /// Approved by kommunstyrelsen; its content no longer changes, only the follow-up of its activities.
    case approved
}
