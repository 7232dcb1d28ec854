import BeredskapModel
import Foundation
internal import Yams

/// Reads plan files — YAML or JSON — into `Plan` values and reports every problem at once, each at
/// its line and column.
///
/// Reading checks the file's syntax and shape (keys, value types, dates, closed sets of values) and
/// then runs `PlanValidator` on the result, so references, duplicate ids, ages and alarm paths are
/// checked too. Problems come back in file order.
///
/// ```swift
/// let result = PlanFileReader.read(text, file: "plan.yaml")
/// for diagnostic in result.diagnostics { print(diagnostic) }   // plan.yaml:12:7: error: …
/// let plan = try result.validPlan()
/// ```
///
/// Checks the model cannot make itself — whether a rota's recurrence rule or an alert rule's CAP values
/// are valid — are passed as `checks` (BeredskapEscalation has them), and their problems are placed at
/// their line like every other.
public enum PlanFileReader {
    /// Reads the plan file at `path`.
    ///
    /// - Throws: ``PlanFileError`` with one diagnostic when the file cannot be read or is not UTF-8
    ///   text. Problems in the content are returned in the result, not thrown.
    public static func read(
        contentsOf path: String, checks: [any PlanCheck] = []
    ) throws(PlanFileError) -> PlanFileReadResult {
        // A valid plan in block style is read a piece at a time; anything else, and every file with a
        // problem, whole, which places each problem at its line.
        if let plan = readInPieces(contentsOf: path, checks: checks) {
            return PlanFileReadResult(plan: plan, diagnostics: [])
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "cannot read the file"
            throw PlanFileError(diagnostics: [
                PlanFileDiagnostic(
                    file: path, line: 1, column: 1,
                    issue: PlanIssue(.error, .syntax, at: .root, "cannot read the file: \(reason)"))
            ])
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let offset = invalidUTF8Offset(in: data)
            let (line, column) = position(ofByte: offset, in: data)
            throw PlanFileError(diagnostics: [
                PlanFileDiagnostic(
                    file: path, line: line, column: column,
                    issue: PlanIssue(
                        .error, .syntax, at: .root,
                        "the file is not UTF-8 text (invalid byte at offset \(offset)); save it as UTF-8"))
            ])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return read(text, file: path, checks: checks)
    }

    /// Reads plan file text. `file` names the source in diagnostics; `checks` are run with the
    /// validator's own.
    public static func read(_ text: String, file: String, checks: [any PlanCheck] = []) -> PlanFileReadResult {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                return PlanFileReadResult(
                    plan: nil,
                    diagnostics: [
                        PlanFileDiagnostic(
                            file: file, line: 1, column: 1,
                            issue: PlanIssue(
                                .error, .syntax, at: .root,
                                "the file is empty; a plan file starts with 'formatVersion: 1' and a 'plan' mapping"))
                    ])
            }
            root = node
        } catch {
            return PlanFileReadResult(plan: nil, diagnostics: [syntaxDiagnostic(for: error, text: text, file: file)])
        }
        return read(root, file: file, checks: checks)
    }

    static func read(
        _ root: Node, file: String, checks: [any PlanCheck] = [], declaring declared: [EntityID: EntityKind] = [:]
    ) -> PlanFileReadResult {
        var context = DecodingContext()
        guard checkFormatVersion(of: root, in: &context) else {
            return PlanFileReadResult(plan: nil, diagnostics: diagnostics(from: context, issues: [], file: file))
        }
        guard let document = PlanFileDocument.decode(root, at: .root, in: &context) else {
            return PlanFileReadResult(plan: nil, diagnostics: diagnostics(from: context, issues: [], file: file))
        }
        let issues = PlanValidator.validate(document.plan, declaring: declared, with: checks).filter {
            !context.isBelowFailure($0.path)
        }
        return PlanFileReadResult(
            plan: document.plan, diagnostics: diagnostics(from: context, issues: issues, file: file))
    }

    /// A plan the store wrote, decoded as a plan file is but without the validator's checks of the
    /// whole plan: the store ran them on the write that made it, and a stored plan must read even when
    /// a later version of the validator would find fault with it (the next write then says what).
    /// Only a plan that does not decode (a damaged store) is refused.
    static func readStored(_ root: Node, file: String) throws(PlanFileError) -> Plan {
        var context = DecodingContext()
        let document =
            checkFormatVersion(of: root, in: &context) ? PlanFileDocument.decode(root, at: .root, in: &context) : nil
        return try PlanFileReadResult(
            plan: document?.plan, diagnostics: diagnostics(from: context, issues: [], file: file)
        ).validPlan()
    }

    /// Checks `formatVersion` before anything else: a file from a newer format should be refused with
    /// that reason, not with a list of keys this version does not know.
    static func checkFormatVersion(of root: Node, in context: inout DecodingContext) -> Bool {
        guard case .mapping(let mapping) = root else {
            context.fail(
                .typeMismatch, at: .root, mark: root.mark,
                "a plan file is a mapping with 'formatVersion: 1' and a 'plan' mapping at the top, not \(DecodingContext.shape(of: root))"
            )
            return false
        }
        guard let versionNode = mapping["formatVersion"] else {
            context.fail(
                .formatVersion, at: ["formatVersion"], mark: root.mark,
                "missing 'formatVersion'; add 'formatVersion: 1' as the first line")
            return false
        }
        let current = PlanFileDocument.currentFormatVersion
        guard let version = Int(versionNode.scalar?.string ?? ""), version == current else {
            let written = versionNode.scalar?.string ?? DecodingContext.shape(of: versionNode)
            let newer = (Int(written) ?? 0) > current
            context.fail(
                .formatVersion, at: ["formatVersion"], mark: versionNode.mark,
                newer
                    ? "format version \(written) is newer than this beredskap reads (\(current)); upgrade beredskap"
                    : "unsupported format version '\(written)'; this beredskap reads format version \(current)")
            return false
        }
        return true
    }

    static func diagnostics(from context: DecodingContext, issues: [PlanIssue], file: String) -> [PlanFileDiagnostic] {
        var located = context.problems.map { problem in
            diagnostic(problem.issue, at: problem.mark ?? context.mark(for: problem.issue.path), file: file)
        }
        located += issues.map { diagnostic($0, at: context.mark(for: $0.path), file: file) }
        return located.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }.map(\.element)
    }

    static func diagnostic(_ issue: PlanIssue, at mark: Mark?, file: String) -> PlanFileDiagnostic {
        PlanFileDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, issue: issue)
    }

    static func syntaxDiagnostic(for error: Error, text: String, file: String) -> PlanFileDiagnostic {
        let (message, position): (String, (line: Int, column: Int)?) =
            switch error as? YamlError {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                (syntaxMessage(problem, context: context?.text, file: file), (mark.line, mark.column))
            case .duplicatedKeysInMapping(let duplicates, let context):
                duplicateKeyProblem(duplicates.first ?? "", firstAt: context.mark, in: text)
            case .reader(let problem, _, _, _):
                ("cannot read the text: \(problem)", nil)
            default:
                ("not valid YAML or JSON: \(error)", nil)
            }
        return PlanFileDiagnostic(
            file: file, line: position?.line ?? 1, column: position?.column ?? 1,
            issue: PlanIssue(.error, .syntax, at: .root, message))
    }

    /// The parser names only the first occurrence of a repeated key; the second, at the same
    /// indentation further down, is the one to point at.
    static func duplicateKeyProblem(_ key: String, firstAt first: Mark, in text: String) -> (String, (Int, Int)?) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        for (offset, line) in lines.enumerated().dropFirst(first.line) {
            let content = line.drop { $0 == " " }
            let column = line.count - content.count
            if column < indent, !content.isEmpty, !content.hasPrefix("#") { break }
            let isKey = { (form: String) in
                content.hasPrefix(form) && content.dropFirst(form.count).drop(while: { $0 == " " }).hasPrefix(":")
            }
            if column == indent, [key, "\"\(key)\"", "'\(key)'"].contains(where: isKey) {
                return (
                    "the key '\(key)' appears twice in this mapping (first at line \(first.line)); keep one",
                    (offset + 1, column + 1)
                )
            }
        }
        return ("the key '\(key)' appears more than once in this mapping; keep one", (first.line, first.column))
    }

    /// How deep lists and mappings may nest in a plan file: libyaml's own limit, which keeps the
    /// recursive reading of the parsed tree far from the end of the stack. A plan nests six levels.
    static let nestingLimit = 1000

    static func syntaxMessage(_ problem: String, context: String?, file: String) -> String {
        let syntax = "\(PlanFileFormat(fileName: file) == .json ? "JSON" : "YAML") syntax error"
        if problem.hasPrefix("Maximum nesting level reached") {
            return "\(syntax): lists and mappings nest at most \(nestingLimit) deep"
        }
        var message = "\(syntax): \(problem)"
        if let context, !context.isEmpty, context.count < 80 { message += " (\(context))" }
        if problem.contains("tab") { message += "; indent with spaces, not tabs" }
        return message
    }

    static func invalidUTF8Offset(in data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset = consumed
                consumed += UTF8.width(scalar)
            case .emptyInput: return consumed
            case .error: return consumed == 0 ? offset : consumed
            }
        }
    }

    static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(offset)
        let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? prefix.startIndex
        return (line, prefix.distance(from: lineStart, to: prefix.endIndex) + 1)
    }
}

/// What reading a plan file gave: the plan, when the file had the shape of one, and every problem.
public struct PlanFileReadResult: Sendable {
    /// The plan read, or nil when the file is not a plan at all (a syntax error, a wrong format
    /// version). A plan is returned even when it has errors, so tools can show what they can.
    public var plan: Plan?
    /// Every problem, in file order.
    public var diagnostics: [PlanFileDiagnostic]

    /// Creates a result.
    public init(plan: Plan?, diagnostics: [PlanFileDiagnostic]) {
        self.plan = plan
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { plan == nil || diagnostics.contains { $0.severity == .error } }

    /// The plan, if the file has no errors.
    ///
    /// - Throws: ``PlanFileError`` with every diagnostic when there are errors.
    public func validPlan() throws(PlanFileError) -> Plan {
        guard let plan, !hasErrors else { throw PlanFileError(diagnostics: diagnostics) }
        return plan
    }
}
