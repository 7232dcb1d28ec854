import BeredskapModel
internal import GRDB

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
        let query = words.map { "\"\($0)\"*" }.joined(separator: " ")
        return try write { db in
            let resolved = try resolve(id, db)
            try refreshSearchIndex(resolved, db)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT entity_kind, entity_id, field, snippet(search_index, 0, '«', '»', '…', 12)
                    FROM search_index WHERE search_index MATCH ? AND version_id = ? ORDER BY rank LIMIT ?
                    """, arguments: [query, resolved.row, limit]
            ).map { row in
                SearchHit(
                    kind: EntityKind(rawValue: row[0]) ?? .plan, id: EntityID(row[1] as String), field: row[2],
                    snippet: row[3])
            }
        }
    }

    /// Rebuilds the version's part of the index when a change set has come since it was built.
    func refreshSearchIndex(_ resolved: ResolvedVersion, _ db: Database) throws {
        let latest =
            try Int64.fetchOne(
                db, sql: "SELECT max(id) FROM change_sets WHERE version_id = ?", arguments: [resolved.row]) ?? 0
        let indexed = try Int64.fetchOne(
            db, sql: "SELECT indexed_change_set FROM search_state WHERE version_id = ?", arguments: [resolved.row])
        guard indexed != latest else { return }
        try db.execute(sql: "DELETE FROM search_index WHERE version_id = ?", arguments: [resolved.row])
        let insert = try db.cachedStatement(
            sql: "INSERT INTO search_index (text, field, entity_kind, entity_id, version_id) VALUES (?, ?, ?, ?, ?)")
        let document = try Self.document(version: resolved.row, db)
        for kind in EntityKind.allCases {
            for entity in document.entities(kind) {
                let entityID = document.id(of: entity) ?? resolved.plan
                for (field, text) in Self.searchableText(in: entity, prefix: "") {
                    try insert.execute(arguments: [text, field, kind.rawValue, entityID.rawValue, resolved.row])
                }
            }
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO search_state (version_id, indexed_change_set) VALUES (?, ?)",
            arguments: [resolved.row, latest])
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

    /// The current version of a plan, now and after every change to the store, as an async sequence.
    ///
    /// ```swift
    /// for try await plan in store.observe(plan: "stockholm-socialforvaltningen-2017-2018") {
    ///     print(plan.units.count)
    /// }
    /// ```
    ///
    /// The sequence ends when the task iterating it is cancelled; it throws when the store cannot be read.
    public func observe(plan id: EntityID? = nil) -> AsyncThrowingStream<Plan, any Error> {
        let values = ValueObservation.tracking { [self] db in try self.readPlan(id, version: nil, db) }
            .removeDuplicates()
            .values(in: writer)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await plan in values { continuation.yield(plan) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
