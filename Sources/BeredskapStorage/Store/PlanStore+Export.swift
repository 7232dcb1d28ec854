import BeredskapModel
internal import GRDB
internal import Yams

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
            try writer.read { db in
                let resolved = try resolve(id, version: version, db)
                try withoutActuallyEscaping(write) { write in
                    try PlanExportWriter(format: format, options: options, write: write).export(resolved.row, db)
                }
            }
        }
    }
}

/// One export in progress: the rows of a version read list by list, written as they come.
private struct PlanExportWriter {
    let format: PlanFileFormat
    let options: PlanFileWriter.Options
    let write: (String) throws -> Void

    func export(_ version: Int64, _ db: Database) throws {
        var tables: [String: PlanRows.TableRows] = [:]
        try PlanRows.readTables(TableSpec.planMetadata, version: version, in: db, into: &tables)
        let stored = PlanRows.assemble(TableSpec.planMetadata, parent: nil, tables: tables).first?.value
        let metadata = try stored.flatMap { try canonical($0, as: PlanMetadata.self, at: ["plan"]) }
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
            var position = 0
            for start in stride(from: 0, to: rows.count, by: PlanStore.exportChunk) {
                let chunk = Array(rows[start..<min(start + PlanStore.exportChunk, rows.count)])
                var chunkTables: [String: PlanRows.TableRows] = [:]
                try PlanRows.readTables(spec, version: version, in: db, into: &chunkTables, selecting: .rows(chunk))
                var items: [PlanValue] = []
                for entry in PlanRows.assemble(spec, parent: nil, tables: chunkTables) {
                    if let item = try canonical(entry.value, as: kind.recordType, at: [.key(key), .index(position)]) {
                        items.append(item)
                    }
                    position += 1
                }
                switch format {
                case .yaml:
                    try write(PlanValue.sequence(items).yamlText())
                case .json:
                    var text = ""
                    for item in items {
                        if start > 0 || !text.isEmpty { text += ",\n" }
                        text += "    " + item.jsonText(indent: 4)
                    }
                    try write(text)
                }
            }
            if format == .json { try write("\n  ]") }
        }
        if format == .json { try write("\n}\n") }
    }

    /// A stored entity as the plan file writer writes it: read by the format's own reader, then
    /// encoded again.
    func canonical(_ value: PlanValue, as type: any PlanFileRecord.Type, at path: PlanPath) throws -> PlanValue? {
        try canonical(value, type, path)
    }

    private func canonical<Record: PlanFileRecord>(
        _ value: PlanValue, _ type: Record.Type, _ path: PlanPath
    ) throws -> PlanValue? {
        var context = DecodingContext()
        guard let record = Record.decode(value.decodingNode(), at: path, in: &context) else {
            throw StoreError(.damaged, "the store holds an unreadable entry at \(path)")
        }
        return record.encode(options)
    }

    static func jsonKey(_ key: String) -> String {
        var text = "  "
        PlanValue.writeJSONString(key, into: &text)
        return text + ": "
    }
}
