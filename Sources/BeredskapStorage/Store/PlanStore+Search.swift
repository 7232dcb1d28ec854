import BeredskapModel

/// A place in a plan where searched-for text stands.
public struct SearchHit: Sendable, Equatable {
    /// The kind of entity.
    public var kind: EntityKind
    /// The entity's id.
    public var id: EntityID
    /// The field the text is in (`description`, `targetGroups.description`).
    public var field: String
    /// The text around the match, the matched words in «».
    public var snippet: String
}

extension PlanStore {
    /// Keys whose text is indexed for search.
    static let searchedKeys: Set<String> = [
        "title", "name", "shortName", "term", "text", "body", "description", "note", "label", "goal", "summary",
    ]

    /// Finds `text` in names, titles, descriptions and notes of a plan, ignoring case and diacritics
    /// (`foraldrastod` finds "PLUS Föräldrastöd"); every word must occur, each as a word or its start.
    public func search(_ text: String, plan id: EntityID? = nil, limit: Int = 50) throws(StoreError) -> [SearchHit] {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty else { return [] }
        let search = { (db: any SQLConnection) throws -> [SearchHit] in
            let resolved = try self.resolve(id, db)
            if db.dialect == .sqlite { try self.refreshSearchIndex(resolved, db) }
            return try SQLRow.fetchAll(
                db, sql: Self.searchSQL(db.dialect),
                arguments: [Self.searchQuery(words, db.dialect), resolved.row, limit]
            ).map { row in
                SearchHit(
                    kind: EntityKind(rawValue: row[0]) ?? .plan, id: EntityID(row[1] as String), field: row[2],
                    snippet: row[3])
            }
        }
        // SQLite brings the index up to date as it searches; PostgreSQL as each change is written.
        return try backend.dialect == .sqlite ? write(search) : wrapping { try backend.read(search) }
    }

    /// The query of a search, with the text to find, the version and the limit as arguments: SQLite's
    /// FTS5 (folding diacritics as it indexes), PostgreSQL's full text search with Swedish stemming and
    /// `unaccent` (the schema's `beredskap_search` configuration). Both rank hits and mark the words
    /// found in a snippet with « and ».
    static func searchSQL(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite:
            """
            SELECT entity_kind, entity_id, field, snippet(search_index, 0, '«', '»', '…', 12)
            FROM search_index WHERE search_index MATCH ? AND version_id = ? ORDER BY rank LIMIT ?
            """
        case .postgreSQL:
            """
            SELECT entity_kind, entity_id, field,
                ts_headline('beredskap_search', text, q, 'StartSel=«, StopSel=», MaxWords=12, MinWords=4, FragmentDelimiter=…')
            FROM search_index, to_tsquery('beredskap_search', ?) q
            WHERE document @@ q AND version_id = ? ORDER BY ts_rank(document, q, 1) DESC, entity_kind, entity_id LIMIT ?
            """
        }
    }

    /// The words to find as the dialect's full-text query: each a word or the start of one, all of them
    /// required. The words hold only letters and digits.
    static func searchQuery(_ words: [String], _ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: words.map { "\"\($0)\"*" }.joined(separator: " ")
        case .postgreSQL: words.map { "\($0):*" }.joined(separator: " & ")
        }
    }

    /// Brings the version's part of the index up to date when a change set has come since it was
    /// built: the entities those change sets touched are indexed again, read alone; the whole version
    /// is indexed when it never was, when they touched very many, or when one of them cannot be
    /// placed (an entity inside another).
    @discardableResult
    func refreshSearchIndex(_ resolved: ResolvedVersion, _ db: any SQLConnection) throws -> SearchRefresh {
        let latest =
            try Int64.fetchOne(
                db, sql: "SELECT max(id) FROM change_sets WHERE version_id = ?", arguments: [resolved.row]) ?? 0
        let indexed = try Int64.fetchOne(
            db, sql: "SELECT indexed_change_set FROM search_state WHERE version_id = ?", arguments: [resolved.row])
        guard indexed != latest else { return .current }
        let reindexed = try indexed.flatMap { try reindex(changedSince: $0, resolved, db) }
        if reindexed == nil {
            try db.execute(sql: "DELETE FROM search_index WHERE version_id = ?", arguments: [resolved.row])
            let document = try Self.document(version: resolved.row, db)
            var rows: [[SQLValue]] = []
            for kind in EntityKind.allCases {
                for entity in document.entities(kind) {
                    rows += Self.indexRows(entity, kind, document.id(of: entity) ?? resolved.plan, resolved.row)
                }
            }
            try Self.insertIndexRows(rows, db)
        }
        try db.execute(
            sql: db.dialect.upsert(
                into: "search_state", columns: ["version_id", "indexed_change_set"], unique: ["version_id"]),
            arguments: [resolved.row, latest])
        return reindexed.map(SearchRefresh.entities) ?? .whole
    }

    /// What bringing the index up to date did.
    enum SearchRefresh: Equatable {
        /// Nothing: no change set had come.
        case current
        /// Indexed this many entities again.
        case entities(Int)
        /// Indexed the whole version.
        case whole
    }

    /// The most entities indexed again one by one; more are indexed with the whole version.
    static let searchReindexLimit = 2_000

    /// Indexes again the entities that the version's change sets after `indexed` touched, and says
    /// how many; nil, having changed nothing, when the whole version is to be indexed instead.
    private func reindex(
        changedSince indexed: Int64, _ resolved: ResolvedVersion, _ db: any SQLConnection
    ) throws -> Int? {
        let rows = try SQLRow.fetchAll(
            db,
            sql: """
                SELECT DISTINCT c.entity_kind, c.entity_id, c.field, c.old_value, c.new_value
                FROM changes c JOIN change_sets s ON s.id = c.change_set_id
                WHERE s.version_id = ? AND s.id > ?
                """, arguments: [resolved.row, indexed])
        var changed: Set<EntityReference> = []
        for row in rows {
            guard let kind = EntityKind(rawValue: row[0]) else { return nil }
            changed.insert(EntityReference(kind: kind, id: EntityID(row[1] as String)))
            // A renamed entity: its old id's rows go, its new id's come (the log keeps values as JSON).
            if (row[2] as String?) == "id" {
                for value in [row[3], row[4]] as [String?] {
                    if let id = value.flatMap(PlanValue.init(jsonText:))?.scalarText {
                        changed.insert(EntityReference(kind: kind, id: EntityID(id)))
                    }
                }
            }
        }
        guard changed.count <= Self.searchReindexLimit else { return nil }
        // The rows of the touched units and activities, and the other kinds whole (they are small).
        var touched: [String: Set<Int64>] = [:]
        for (key, spec) in TableSpec.topLevel {
            guard let kind = EntityKind(fileKey: key), PlanValidator.entityLocalKinds.contains(kind) else { continue }
            let ids = changed.filter { $0.kind == kind }.map(\.id.rawValue)
            touched[spec.table] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                let some = Array(ids[start..<min(start + 500, ids.count)])
                let found = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT row_id FROM \(spec.table) WHERE version_id = ? AND parent_table IS NULL
                        AND id IN (\(sqlQuestionMarks(count: some.count)))
                        """, arguments: SQLArguments([resolved.row.sqlValue] + some.map(\.sqlValue)))
                touched[spec.table]!.formUnion(found)
            }
        }
        let document = try Self.document(version: resolved.row, db, limitingTo: touched)
        var current: [EntityReference: PlanValue] = [:]
        for kind in EntityKind.allCases {
            for entity in document.entities(kind) {
                let reference = EntityReference(kind: kind, id: document.id(of: entity) ?? resolved.plan)
                if changed.contains(reference) { current[reference] = entity }
            }
        }
        // The touched entities of each kind, a few hundred to a statement.
        var batches: [(kind: EntityKind, ids: [String])] = []
        for (kind, references) in Dictionary(grouping: changed, by: \.kind).sorted(by: { $0.key < $1.key }) {
            let ids = references.map(\.id.rawValue).sorted()
            for start in stride(from: 0, to: ids.count, by: 500) {
                batches.append((kind, Array(ids[start..<min(start + 500, ids.count)])))
            }
        }
        let some = { (ids: [String]) in
            "version_id = ? AND entity_kind = ? AND entity_id IN (\(sqlQuestionMarks(count: ids.count)))"
        }
        var indexed: Set<EntityReference> = []
        for batch in batches {
            let found = try String.fetchAll(
                db, sql: "SELECT DISTINCT entity_id FROM search_index WHERE " + some(batch.ids),
                arguments: SQLArguments(
                    [resolved.row.sqlValue, batch.kind.rawValue.sqlValue] + batch.ids.map(\.sqlValue)))
            indexed.formUnion(found.map { EntityReference(kind: batch.kind, id: EntityID($0)) })
        }
        // Neither in the index nor at the top of the version: inside another entity, or gone without
        // text. Only the whole version's index is sure to be right then.
        if changed.contains(where: { !indexed.contains($0) && current[$0] == nil }) { return nil }
        for batch in batches {
            try db.execute(
                sql: "DELETE FROM search_index WHERE " + some(batch.ids),
                arguments: SQLArguments(
                    [resolved.row.sqlValue, batch.kind.rawValue.sqlValue] + batch.ids.map(\.sqlValue)))
        }
        var indexRows: [[SQLValue]] = []
        for reference in changed.sorted(by: { ($0.kind, $0.id.rawValue) < ($1.kind, $1.id.rawValue) }) {
            if let entity = current[reference] {
                indexRows += Self.indexRows(entity, reference.kind, reference.id, resolved.row)
            }
        }
        try Self.insertIndexRows(indexRows, db)
        return changed.count
    }

    /// An entity's searchable texts, as rows of the version's part of the index.
    private static func indexRows(
        _ entity: PlanValue, _ kind: EntityKind, _ id: EntityID, _ version: Int64
    )
        -> [[SQLValue]]
    {
        searchableText(in: entity, prefix: "").map { field, text in
            [text.sqlValue, field.sqlValue, kind.rawValue.sqlValue, id.rawValue.sqlValue, version.sqlValue]
        }
    }

    private static func insertIndexRows(_ rows: [[SQLValue]], _ db: any SQLConnection) throws {
        try db.insertRows(
            into: "search_index", columns: ["text", "field", "entity_kind", "entity_id", "version_id"], rows)
    }

    /// One entity of a version, by kind and id.
    private struct EntityReference: Hashable {
        let kind: EntityKind
        let id: EntityID
    }

    static func searchableText(in value: PlanValue, prefix: String) -> [(String, String)] {
        guard case .mapping(let pairs) = value else { return [] }
        var result: [(String, String)] = []
        for (key, item) in pairs {
            let field = prefix.isEmpty ? key : prefix + "." + key
            switch item {
            case .string(let text) where searchedKeys.contains(key):
                result.append((field, text))
            case .sequence(let items):
                for element in items { result += searchableText(in: element, prefix: field) }
            case .mapping:
                result += searchableText(in: item, prefix: field)
            default:
                continue
            }
        }
        return result
    }

    /// The current version of a plan, now and after every change to the store by this process or
    /// another, as an async sequence.
    ///
    /// ```swift
    /// for try await plan in store.observe(plan: "stockholm-socialforvaltningen-2017-2018") {
    ///     print(plan.units.count)
    /// }
    /// ```
    ///
    /// The store's ``revision()`` is read every `interval`, and the plan read again only when it has
    /// moved; a plan equal to the one before is not yielded again. The sequence ends when the task
    /// iterating it is cancelled; it throws when the store cannot be read.
    public func observe(
        plan id: EntityID? = nil, every interval: Duration = .milliseconds(100)
    ) -> AsyncThrowingStream<Plan, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var seen: (revision: Int64, plan: Plan)?
                    while !Task.isCancelled {
                        let revision = try self.revision()
                        if revision != seen?.revision {
                            let plan = try self.plan(id)
                            if plan != seen?.plan { continuation.yield(plan) }
                            seen = (revision, plan)
                        }
                        try await Task.sleep(for: interval)
                    }
                    continuation.finish()
                } catch is CancellationError {
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
