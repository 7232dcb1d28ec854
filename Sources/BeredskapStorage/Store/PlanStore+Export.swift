import BeredskapModel
import Foundation

extension PlanStore {
    /// How many entities of a list an export reads, decodes and writes at a time.
    static let exportChunk = 500

    /// Writes a plan of the store in the canonical plan file format, a few hundred entities at a
    /// time, so that memory stays bounded by those entities and not by the plan.
    ///
    /// The text is byte for byte what ``PlanFileWriter/text(for:format:options:)`` writes for the
    /// plan ``plan(_:)`` reads: each entity is read from its rows, decoded by the plan file format's
    /// own reader and encoded again, so an edited value is written as a plan file writes it.
    ///
    /// ```swift
    /// try store.export(format: .yaml) { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    /// ```
    ///
    /// - Parameters:
    ///   - id: The plan; the store's only or default plan when nil.
    ///   - version: The version, from 1; the current one when nil.
    ///   - format: YAML or JSON.
    ///   - options: Whether contact details marked sensitive are written.
    ///   - write: Receives the text piece by piece, in order; what it throws stops the export.
    /// - Throws: ``StoreError`` for an unknown plan or version, or one the store cannot read; what
    ///   `write` throws, wrapped.
    public func export(
        _ id: EntityID? = nil, version: Int? = nil, format: PlanFileFormat,
        options: PlanFileWriter.Options = .init(), to write: (String) throws -> Void
    ) throws(StoreError) {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, version: version, db)
                try withoutActuallyEscaping(write) { write in
                    try PlanExportWriter(format: format, options: options, write: write).export(resolved.row, db)
                }
            }
        }
    }
}

extension PlanStore {
    /// The metadata of a plan's current version (its title, owner, time zone, holidays …), read
    /// without the rest of the plan.
    ///
    /// - Parameter id: The plan; the store's only or default plan when nil.
    /// - Throws: ``StoreError/Code/unknownPlan`` for a plan the store does not have.
    public func metadata(_ id: EntityID? = nil) throws(StoreError) -> PlanMetadata {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db)
                var tables: [String: PlanRows.TableRows] = [:]
                try PlanRows.readTables(TableSpec.planMetadata, version: resolved.row, in: db, into: &tables)
                guard let stored = PlanRows.assemble(TableSpec.planMetadata, parent: nil, tables: tables).first,
                    let metadata = PlanEntity.reading(.plan, stored.value, options: .init())?.model as? PlanMetadata
                else {
                    throw StoreError(.damaged, "the store holds unreadable metadata for plan '\(resolved.plan)'")
                }
                return metadata
            }
        }
    }
}

/// One export in progress: the rows of a version read list by list, written as they come.
private struct PlanExportWriter {
    let format: PlanFileFormat
    let options: PlanFileWriter.Options
    let write: (String) throws -> Void

    func export(_ version: Int64, _ db: any SQLConnection) throws {
        var tables: [String: PlanRows.TableRows] = [:]
        try PlanRows.readTables(TableSpec.planMetadata, version: version, in: db, into: &tables)
        let stored = PlanRows.assemble(TableSpec.planMetadata, parent: nil, tables: tables).first?.value
        let metadata = try stored.map { try canonical($0, .plan, at: ["plan"]) }
        var head: [(String, PlanValue)] = [("formatVersion", .integer(PlanFileDocument.currentFormatVersion))]
        if let metadata { head.append(("plan", metadata)) }
        switch format {
        case .yaml: try write(PlanValue.mapping(head).yamlText())
        case .json:
            try write("{\n")
            for (index, pair) in head.enumerated() {
                try write((index > 0 ? ",\n" : "") + Self.jsonKey(pair.0) + pair.1.jsonText(indent: 2))
            }
        }
        for (key, spec) in TableSpec.topLevel {
            guard let kind = EntityKind(fileKey: key) else { continue }
            let rows = try Int64.fetchAll(
                db,
                sql: "SELECT row_id FROM \(spec.table) WHERE version_id = ? AND parent_table IS NULL ORDER BY position",
                arguments: [version])
            guard !rows.isEmpty else { continue }
            try write(format == .yaml ? key + ":\n" : ",\n" + Self.jsonKey(key) + "[\n")
            // The rows of a chunk are read here (one connection) while the chunks before it are
            // decoded, encoded and made into text on the other cores; the texts are written in order.
            let chunks = stride(from: 0, to: rows.count, by: PlanStore.exportChunk).map {
                Array(rows[$0..<min($0 + PlanStore.exportChunk, rows.count)])
            }
            let ahead = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
            var rendering: [SideBySide.Pending<Result<String, StoreError>>] = []
            for (index, chunkRows) in chunks.enumerated() {
                var chunkTables: [String: PlanRows.TableRows] = [:]
                try PlanRows.readTables(spec, version: version, in: db, into: &chunkTables, selecting: .rows(chunkRows))
                let chunk = ExportChunk(
                    kind: kind, key: key, firstPosition: index * PlanStore.exportChunk, isFirst: index == 0,
                    values: PlanRows.assemble(spec, parent: nil, tables: chunkTables).map(\.value))
                let options = options
                let format = format
                rendering.append(SideBySide.Pending { chunk.text(format: format, options: options) })
                if rendering.count > ahead { try write(rendering.removeFirst().wait().get()) }
            }
            for text in rendering { try write(text.wait().get()) }
            if format == .json { try write("\n  ]") }
        }
        if format == .json { try write("\n}\n") }
    }

    /// A stored entity as the plan file writer writes it: read by the format's own reader, then
    /// encoded again.
    func canonical(_ value: PlanValue, _ kind: EntityKind, at path: PlanPath) throws -> PlanValue {
        try Self.canonical(value, kind, at: path, options: options)
    }

    static func canonical(
        _ value: PlanValue, _ kind: EntityKind, at path: PlanPath, options: PlanFileWriter.Options
    ) throws(StoreError) -> PlanValue {
        guard let entity = PlanEntity.reading(kind, value, options: options) else {
            throw StoreError(.damaged, "the store holds an unreadable entry at \(path)")
        }
        return entity.fileValue
    }

    static func jsonKey(_ key: String) -> String {
        var text = "  "
        PlanValue.writeJSONString(key, into: &text)
        return text + ": "
    }
}

/// Some entities of one list as the store holds them, to be written as a piece of the plan file.
private struct ExportChunk: Sendable {
    let kind: EntityKind
    let key: String
    /// The place of the first entity in its list.
    let firstPosition: Int
    /// Whether the chunk starts its list (no separator before it in JSON).
    let isFirst: Bool
    let values: [PlanValue]

    func text(format: PlanFileFormat, options: PlanFileWriter.Options) -> Result<String, StoreError> {
        do {
            var items: [PlanValue] = []
            for (offset, value) in values.enumerated() {
                items.append(
                    try PlanExportWriter.canonical(
                        value, kind, at: [.key(key), .index(firstPosition + offset)], options: options))
            }
            switch format {
            case .yaml:
                do {
                    return .success(try PlanValue.sequence(items).yamlText())
                } catch {
                    return .failure(StoreError(.damaged, "an entry of '\(key)' cannot be written as YAML: \(error)"))
                }
            case .json:
                var text = ""
                for item in items {
                    if !isFirst || !text.isEmpty { text += ",\n" }
                    text += "    " + item.jsonText(indent: 4)
                }
                return .success(text)
            }
        } catch {
            return .failure(error)
        }
    }
}
