import BeredskapModel
import Foundation
internal import Yams

extension PlanFileReader {
    /// How many items of a list one piece holds at most.
    static let pieceItems = 500
    /// About how many bytes one piece holds at most (a piece always ends at an item's end).
    static let pieceBytes = 1 << 20

    /// Reads a valid plan file in block style a piece at a time — its top-level mappings whole and
    /// its lists a few hundred items at a time — so that neither the file's text nor its syntax tree
    /// is ever held whole: memory is the plan's typed values and one piece.
    ///
    /// Returns nil when the file is not one this can read exactly as ``read(_:file:checks:)-(String,_,_)``
    /// would: it is not in block style (JSON, a flow mapping at the top, document markers, a list item
    /// that is not where its list's first item is), a piece does not parse on its own (an alias of an
    /// anchor in another piece, a quoted text that spans a line where a new item seems to start), a
    /// top-level key appears twice, or the plan has any problem at all. The caller then reads the whole
    /// file, which finds and places every problem.
    static func readInPieces(contentsOf path: String, checks: [any PlanCheck]) -> Plan? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var lines = PieceLines()
        while true {
            let block: Data?
            do {
                block = try handle.read(upToCount: 1 << 16)
            } catch {
                return nil
            }
            // Nil or empty: the end of the file.
            guard let block, !block.isEmpty else { break }
            guard lines.feed(block) else { return nil }
        }
        return lines.finish(checks: checks)
    }

    /// ``readInPieces(contentsOf:checks:)`` on the bytes of a file, given `blockSize` bytes at a time,
    /// with lists cut `pieceItems` items at a time.
    static func readInPieces(
        _ bytes: [UInt8], blockSize: Int = 1 << 16, pieceItems: Int = PlanFileReader.pieceItems,
        checks: [any PlanCheck] = []
    ) -> Plan? {
        var lines = PieceLines(pieceItems: pieceItems)
        for start in stride(from: 0, to: bytes.count, by: max(blockSize, 1)) {
            guard lines.feed(bytes[start..<min(start + max(blockSize, 1), bytes.count)]) else { return nil }
        }
        return lines.finish(checks: checks)
    }
}

/// Turns blocks of a file's bytes into lines for a ``PlanFileSplitter``.
struct PieceLines {
    private var reader = PieceReader()
    private var splitter: PlanFileSplitter
    private var pending: [UInt8] = []
    private var atStart = true

    init(pieceItems: Int = PlanFileReader.pieceItems) {
        splitter = PlanFileSplitter(pieceItems: pieceItems)
    }

    /// Takes the next block. False when the file cannot be read in pieces.
    mutating func feed(_ block: some Collection<UInt8>) -> Bool {
        pending.append(contentsOf: block)
        if atStart {
            if pending.count < 3, [0xEF, 0xBB, 0xBF].starts(with: pending) { return true }
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            atStart = false
        }
        var start = pending.startIndex
        while let end = pending[start...].firstIndex(of: 0x0A) {
            guard splitter.feed(pending[start...end], into: &reader) else { return false }
            start = end + 1
        }
        pending.removeSubrange(..<start)
        return true
    }

    /// Ends the file: the plan, or nil when the file cannot be read in pieces.
    mutating func finish(checks: [any PlanCheck]) -> Plan? {
        // A last line without a line break is read as it is: a break added would change a kept
        // block text's value.
        if !pending.isEmpty, !splitter.feed(pending[...], into: &reader) { return nil }
        guard splitter.finish(into: &reader) else { return nil }
        return reader.plan(checks: checks)
    }
}

/// Decodes the pieces a ``PlanFileSplitter`` cuts, and puts the plan together.
struct PieceReader {
    /// The top-level mappings and short entries, in file order, read together at the end.
    var head: [UInt8] = []
    /// The lists read so far.
    var lists = PlanFileDocument.blank
    /// Whether every piece so far was read without a problem.
    var isClean = true

    /// Pieces cut and being read on other threads, oldest first: as many as the machine has cores,
    /// so that they are read side by side while this thread goes on cutting the file.
    private var reading: [(key: String, piece: SideBySide.Pending<PlanFileDocument?>)] = []
    private static let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))

    /// Takes one piece of a list: the list's key line and some of its items.
    mutating func readList(_ key: String, _ bytes: [UInt8]) {
        guard isClean else { return }
        reading.append((key, SideBySide.Pending { Self.read(key, bytes) }))
        if reading.count > Self.workers { addOldest() }
    }

    /// Adds the items of the oldest piece being read, once it is read, after those before it.
    private mutating func addOldest() {
        let (key, piece) = reading.removeFirst()
        guard isClean else { return }
        guard let read = piece.wait(), let append = PlanFileDocument.fields.first(where: { $0.key == key })?.append
        else {
            isClean = false
            return
        }
        append(&lists, read)
    }

    /// One piece read on its own: its items in an otherwise blank document, nil at any problem.
    private static func read(_ key: String, _ bytes: [UInt8]) -> PlanFileDocument? {
        guard let field = PlanFileDocument.fields.first(where: { $0.key == key }),
            case .mapping(let mapping)? = compose(bytes), mapping.count == 1,
            let node = mapping[key]
        else { return nil }
        var context = DecodingContext(recordsMarks: false)
        var piece = PlanFileDocument.blank
        guard field.decode(node, PlanPath([.key(key)]), &context, &piece), context.isClean else { return nil }
        return piece
    }

    /// The nodes of a piece, as Yams composes them with its basic resolver: read by the faster
    /// ``BlockYAMLReader`` when it is sure of the text, else by Yams. Nil when the text does not parse.
    static func compose(_ bytes: [UInt8]) -> Node? {
        if let node = BlockYAMLReader.compose(bytes) { return node }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return try? Yams.compose(yaml: text, .basic)
    }

    /// The plan, when the head reads cleanly and the plan has no problem.
    mutating func plan(checks: [any PlanCheck]) -> Plan? {
        while !reading.isEmpty { addOldest() }
        guard isClean, let root = Self.compose(head) else { return nil }
        var context = DecodingContext(recordsMarks: false)
        guard PlanFileReader.checkFormatVersion(of: root, in: &context),
            var document = PlanFileDocument.decode(root, at: .root, in: &context), context.isClean
        else { return nil }
        for field in PlanFileDocument.fields { field.append?(&document, lists) }
        guard PlanValidator.validate(document.plan, with: checks).isEmpty else { return nil }
        return document.plan
    }
}

/// Cuts the lines of a plan file in block style into pieces: the lists of entities a few hundred
/// items at a time, everything else into the head. It reads only the start of each line (its
/// indentation and first characters), and refuses — returns false — at the first line whose place
/// it cannot be sure of, so that what it cuts parses exactly as the whole file does.
struct PlanFileSplitter {
    /// The keys whose lists are cut into pieces.
    static let listKeys = Set(PlanFileDocument.fields.compactMap { $0.append == nil ? nil : $0.key })

    private enum State {
        /// Between top-level entries, or inside one that goes to the head.
        case head
        /// After a list's key line, before its first content line.
        case listStart(key: String)
        /// Inside a list whose items start at `indent`.
        case list(key: String, indent: Int)
    }

    /// How many items of a list one piece holds at most.
    let pieceItems: Int
    private var state = State.head
    private var seen: Set<String> = []
    /// The list piece being collected: its key line and whole items.
    private var piece: [UInt8] = []
    private var itemsInPiece = 0
    /// Lines after `key:` not yet known to belong to a list or to the head.
    private var undecided: [UInt8] = []

    init(pieceItems: Int = PlanFileReader.pieceItems) {
        self.pieceItems = max(pieceItems, 1)
    }

    /// Takes one line, its line break included. False when the file cannot be cut safely.
    mutating func feed(_ line: ArraySlice<UInt8>, into reader: inout PieceReader) -> Bool {
        var indent = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 {
            indent += 1
            index += 1
        }
        let rest = line[index...]
        let first = rest.first ?? 0x0A
        let isBlank = first == 0x0A || first == 0x0D || first == 0x23  // empty, or only a comment
        if first == 0x09 { return false }  // a tab where indentation ends: let the whole file's reader judge
        if isBlank {
            switch state {
            case .head: reader.head.append(contentsOf: line)
            case .listStart: undecided.append(contentsOf: line)
            case .list: piece.append(contentsOf: line)
            }
            return true
        }
        if indent == 0, !Self.continuesList(state, rest) {
            guard closeList(into: &reader) else { return false }
            guard let (key, hasValue) = Self.topLevelKey(rest), seen.insert(key).inserted else { return false }
            if !hasValue, Self.listKeys.contains(key) {
                state = .listStart(key: key)
                undecided = Array(line)
            } else {
                state = .head
                reader.head.append(contentsOf: line)
            }
            return true
        }
        switch state {
        case .head:
            reader.head.append(contentsOf: line)
        case .listStart(let key):
            if Self.isItemStart(rest) {
                state = .list(key: key, indent: indent)
                piece = undecided
                undecided = []
                itemsInPiece = 1
                piece.append(contentsOf: line)
            } else {
                state = .head
                reader.head.append(contentsOf: undecided)
                reader.head.append(contentsOf: line)
                undecided = []
            }
        case .list(let key, let itemIndent):
            if indent > itemIndent {
                piece.append(contentsOf: line)
            } else if indent == itemIndent, Self.isItemStart(rest) {
                if itemsInPiece >= pieceItems || piece.count >= PlanFileReader.pieceBytes {
                    reader.readList(key, piece)
                    piece = Array("\(key):\n".utf8)
                    itemsInPiece = 0
                }
                itemsInPiece += 1
                piece.append(contentsOf: line)
            } else {
                return false
            }
        }
        return reader.isClean
    }

    /// Ends the file. False when it cannot be cut safely.
    mutating func finish(into reader: inout PieceReader) -> Bool {
        closeList(into: &reader) && reader.isClean
    }

    /// Reads the last piece of the list in progress, or sends a list key with no items to the head.
    private mutating func closeList(into reader: inout PieceReader) -> Bool {
        switch state {
        case .head:
            break
        case .listStart:
            reader.head.append(contentsOf: undecided)
            undecided = []
        case .list(let key, _):
            reader.readList(key, piece)
            piece = []
            itemsInPiece = 0
        }
        state = .head
        return reader.isClean
    }

    /// Whether a line at the left margin is an item of the list in progress (a list whose items are
    /// not indented under its key).
    private static func continuesList(_ state: State, _ rest: ArraySlice<UInt8>) -> Bool {
        switch state {
        case .head, .list(_, indent: 1...): false
        case .listStart, .list: isItemStart(rest)
        }
    }

    /// `- ` or a lone `-` starts a list item.
    private static func isItemStart(_ rest: ArraySlice<UInt8>) -> Bool {
        guard rest.first == 0x2D else { return false }
        let next = rest.dropFirst().first ?? 0x0A
        return next == 0x20 || next == 0x0A || next == 0x0D
    }

    /// The key of a top-level line `key:` or `key: value`, and whether a value follows on the line.
    /// Nil for anything else: a quoted key, a document marker, a directive, a flow mapping.
    private static func topLevelKey(_ rest: ArraySlice<UInt8>) -> (String, Bool)? {
        guard let colon = rest.firstIndex(of: 0x3A), colon > rest.startIndex else { return nil }
        let name = rest[..<colon]
        guard
            name.allSatisfy({ byte in
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == 0x5F
            }), let key = String(validating: name, as: UTF8.self)
        else { return nil }
        let after = rest[(colon + 1)...]
        guard let next = after.first, next == 0x20 || next == 0x0A || next == 0x0D else { return nil }
        let value = after.drop { $0 == 0x20 }
        let hasValue = !(value.first == 0x0A || value.first == 0x0D || value.first == 0x23 || value.isEmpty)
        return (key, hasValue)
    }
}

extension DecodingContext {
    /// Whether nothing was reported and nothing failed.
    var isClean: Bool { problems.isEmpty && failedPaths.isEmpty }
}
