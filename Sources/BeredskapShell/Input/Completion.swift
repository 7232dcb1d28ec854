import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// What Tab completes at a place in a line: commands, kinds, fields, values of closed sets, and the
/// ids and quoted names of the open plan (with å, ä and ö).
struct Completion {
    /// The words the completion can offer, read from the plan when the REPL starts and after changes.
    struct Vocabulary: Sendable {
        var ids: [QueryKind: [String]] = [:]
        var names: [QueryKind: [String]] = [:]
        var plans: [String] = []
        /// The decision steps of the plan's alarm paths, with their options.
        var decisions: [(step: String, options: [String])] = []
    }

    let vocabulary: Vocabulary
    /// Where relative file names are completed from: the shell's working directory.
    var directory = FileManager.default.currentDirectoryPath

    static let statusWords = ActivityStatus.allCases.map(\.rawValue)

    /// Where the word under the cursor starts, and what it can become.
    func complete(_ line: String) -> (start: Int, candidates: [String]) {
        let characters = Array(line)
        var start = characters.count
        let inQuote = characters.filter { $0 == "\"" }.count % 2 == 1
        if inQuote, let quote = characters.lastIndex(of: "\"") {
            start = quote
        } else {
            while start > 0, !characters[start - 1].isWhitespace, !"=,([".contains(characters[start - 1]) { start -= 1 }
        }
        let word = String(characters[start...])
        let before = String(characters[..<start])
        let words = before.split { $0.isWhitespace || $0 == "," || $0 == "=" }.map(String.init)
        let candidates =
            Self.takesFile(after: words)
            ? files(startingWith: word) + (Self.takesScenario(after: words) ? BuiltInScenarios.names : [])
            : self.candidates(after: words, typedEquals: before.trimmingWhitespace().hasSuffix("="))
        let folded = TextFolding.fold(word.hasPrefix("\"") ? String(word.dropFirst()) : word)
        let matching = candidates.filter { candidate in
            let plain = candidate.hasPrefix("\"") ? String(candidate.dropFirst()) : candidate
            return TextFolding.fold(plain).hasPrefix(folded)
                && (word.hasPrefix("\"") == candidate.hasPrefix("\"") || !word.hasPrefix("\""))
        }
        // An id that matches a bare word wins over the quoted names, so that Tab completes a unique id.
        let bare = word.hasPrefix("\"") ? [] : matching.filter { !$0.hasPrefix("\"") }
        return (start, Array(Set(bare.isEmpty ? matching : bare)).sorted())
    }

    /// What Tab does to the word being completed: replace it (`delete` Unicode scalars before the
    /// cursor, then `insert`) with the one candidate and a space, or with the longer start all
    /// candidates share; nil when the candidates should be listed instead.
    static func insertion(typed: String, candidates: [String]) -> (delete: Int, insert: String)? {
        if candidates.count == 1, let only = candidates.first {
            // A folder goes on to its files; anything else is a whole word.
            return (typed.unicodeScalars.count, only.hasSuffix("/") ? only : only + " ")
        }
        let common = commonPrefix(candidates)
        guard common.count > typed.count else { return nil }
        return (typed.unicodeScalars.count, common)
    }

    /// Whether the word after `words` is a file name: the argument of `.read`, `.output` and `.once`,
    /// of `--out`, `--template` and `--scenario`, an alert for `alarm receive`, a scenario file.
    static func takesFile(after words: [String]) -> Bool {
        guard let first = words.first?.lowercased() else { return false }
        if words.count == 1 && [".read", ".output", ".once"].contains(first) { return true }
        if let last = words.last, ["--out", "--template", "--scenario"].contains(last) { return true }
        if [["alarm", "receive"], ["drill", "msel", "import"]].contains(words.map({ $0.lowercased() })) {
            return true
        }
        return takesScenario(after: words)
    }

    /// Whether the word after `words` is a scenario: a built-in one's name or a file.
    static func takesScenario(after words: [String]) -> Bool {
        let lowered = words.map { $0.lowercased() }
        return (lowered.count == 2 && lowered[0] == "drill" && ["run", "simulate", "start"].contains(lowered[1]))
            || lowered == ["drill", "msel", "export"]
            || (lowered.starts(with: ["drill", "msel", "import"]) && lowered.last == "--scenario")
    }

    /// The files and folders whose path starts with `typed`, folders ending in `/`; hidden ones only
    /// when the name typed starts with a dot. `~/` stands for the home folder, as in a shell.
    func files(startingWith typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var folder = folderPart
        if folder.hasPrefix("~/") { folder = NSHomeDirectory() + folder.dropFirst() }
        if !folder.hasPrefix("/") { folder = (directory as NSString).appendingPathComponent(folder) }
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        // File names match as typed, case and all, as a shell completes them.
        return names.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
            .map { name in
                var isFolder: ObjCBool = false
                let exists = manager.fileExists(
                    atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
            }
    }

    func candidates(after words: [String], typedEquals: Bool) -> [String] {
        guard let first = words.first?.lowercased() else {
            return Parser.commands + ShellSession.dotCommands.map { "." + $0 }
        }
        if first == ".mode" { return OutputMode.allCases.map(\.rawValue) }
        if first == ".help" || first == "help" { return Parser.commands }
        let kindWords = QueryKind.allCases.map(\.rawValue)
        if first == ".fields" { return words.count == 1 ? kindWords : [] }
        if first.hasPrefix(".") { return [] }
        switch first {
        case "explain":
            // What follows is a query: completed as that query is.
            return words.count == 1
                ? Parser.explained : candidates(after: Array(words.dropFirst()), typedEquals: typedEquals)
        case "use": return vocabulary.plans
        case "log":
            if words.count == 1 { return ids(.activities) }
            if words.count == 2 { return Self.statusWords }
            return ["on", "by"]
        case "measure":
            return words.count == 1 ? ids(.indicators) : ["on", "from"]
        case "responsible": return ids(.activities) + ["for"]
        case "duties": return ids(.roles) + ids(.units) + ids(.organizations) + ids(.externalActors)
        case "serves": return words.count >= 2 ? UnitFunction.allCases.map(\.rawValue) : []
        case "calendar" where words.count == 3 && ["rota", "schema"].contains(words[1]): return ids(.rotas)
        case "report" where words.count == 1: return ReportTool.names
        case "export" where words.count == 1: return ["ics"]
        case "export" where words.last == "--rota": return ids(.rotas)
        case "diagram" where words.count == 1: return ids(.alarmPaths)
        case "diagram" where words.last == "--format": return DiagramFormat.allCases.map(\.rawValue)
        case "drill" where words.count >= 2:
            switch words[1].lowercased() {
            case "run" where words.count == 2, "simulate" where words.count == 2, "start" where words.count == 2:
                return BuiltInScenarios.names
            case "act" where words.count == 2: return ids(.roles)
            case "scaffold" where words.count == 2: return ids(.alarmPaths)
            case "rate" where words.count == 3: return PerformanceRating.allCases.map(\.rawValue)
            case "decide" where words.count <= 3:
                let decisions = vocabulary.decisions
                return words.count == 2 ? decisions.map(\.step) : decisions.first { $0.step == words[2] }?.options ?? []
            default: return ShellTools.completions(after: words)
            }
        case _ where ShellTools.names.contains(first): return ShellTools.completions(after: words)
        default: break
        }
        guard words.count >= 2, let kind = QueryKind(word: words[1]) else {
            return words.count == 1 && Parser.commands.contains(first) ? kindWords : []
        }
        let fields = EntityRow.fields(of: kind)
        let last = words.last!.lowercased()
        if let whereIndex = words.lastIndex(where: { $0.lowercased() == "where" }),
            !words[whereIndex...].contains(where: { ["order", "limit"].contains($0.lowercased()) })
        {
            return conditionCandidates(
                after: Array(words[(whereIndex + 1)...]), typedEquals: typedEquals, kind: kind, fields: fields,
                more: first == "set" ? fields : ["and", "or", "order", "limit", Parser.allPlansFlag])
        }
        if typedEquals, let field = words.last {
            return values(for: field, kind: kind)
        }
        if ["and", "or", "not", "by"].contains(last) || (first == "set" && words.count >= 3) {
            return fields
        }
        if words.count == 2 && ["show", "set", "remove", "rename", "history"].contains(first) {
            return ids(kind) + names(kind) + (first == "set" ? ["where"] : [])
        }
        if words.count == 2 && first == "list" { return ["where", "order", "limit", Parser.allPlansFlag] }
        if words.count == 2 && first == "count" { return ["where", Parser.allPlansFlag] }
        return fields
    }

    /// What can follow in a condition: a field, then an operator, then the field's values, then
    /// `and`, `or` or the rest of the statement (`more`).
    func conditionCandidates(
        after words: [String], typedEquals: Bool, kind: QueryKind, fields: [String], more: [String]
    ) -> [String] {
        let connectives = ["and", "or", "not"]
        let operators = ComparisonOperator.allCases.map(\.rawValue)
        guard let last = words.last else { return fields }
        if typedEquals || operators.contains(last) || last == "!" {
            let field = words.dropLast(operators.contains(last) || last == "!" ? 1 : 0).last ?? last
            return values(for: field, kind: kind)
        }
        if connectives.contains(last.lowercased()) { return fields }
        let previous = words.dropLast().last?.lowercased()
        if previous == nil || connectives.contains(previous!), fields.contains(last) { return operators }
        return more
    }

    func ids(_ kind: QueryKind) -> [String] { vocabulary.ids[kind] ?? [] }

    func names(_ kind: QueryKind) -> [String] { (vocabulary.names[kind] ?? []).map { "\"\($0)\"" } }

    func values(for field: String, kind: QueryKind) -> [String] {
        switch field {
        case "function", "functions": UnitFunction.allCases.flatMap { [$0.rawValue, $0.swedishLabel] }
        case "level": FunctionLevel.allCases.map(\.rawValue)
        case "status": ActivityStatus.allCases.map(\.rawValue)
        case "department", "parent": ids(.organizations)
        case "responsible", "otherActors", "organization", "entry":
            ids(.roles) + ids(.organizations) + ids(.units) + ids(.externalActors)
        default:
            switch EntityRow.fieldType(field, of: kind) {
            case .id(let kinds), .list(.id(let kinds)):
                kinds.compactMap(QueryKind.init).flatMap(ids)
            case let type?: type.allowedValues.map(\.value)
            case nil: []
            }
        }
    }

    /// The longest start all candidates share, compared ignoring case and diacritics but returned as
    /// the first candidate writes it.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let other = Array(candidate)
            var length = 0
            while length < min(prefix.count, other.count),
                TextFolding.fold(String(prefix[length])) == TextFolding.fold(String(other[length]))
            {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }

    /// Candidates laid out in columns, as shells list them.
    static func columns(_ candidates: [String], width: Int = 80) -> String {
        let column = (candidates.map(DisplayWidth.of).max() ?? 0) + 2
        let perLine = max(1, width / column)
        var lines: [String] = []
        for start in stride(from: 0, to: candidates.count, by: perLine) {
            lines.append(
                candidates[start..<min(start + perLine, candidates.count)].map { DisplayWidth.pad($0, to: column) }
                    .joined()
                    .trimmingWhitespace())
        }
        return lines.joined(separator: "\n")
    }
}
