import Foundation

/// The fenced code blocks of a Markdown document, each with the kind of example its info string names
/// and the directives of an `<!-- example: … -->` comment on the line before it.
///
/// The kinds, and how ``DocumentationExampleTests`` runs them:
/// - `beredskap`: a REPL transcript. `beredskap> ` lines are statements, run one by one in one
///   session; the lines under one, up to the next prompt, are what it prints. A block without prompts
///   is a list of statements, one per line, each of which must succeed.
/// - `console`: `$ ` lines are shell commands; the lines under one are what it prints (standard
///   output and standard error together).
/// - `sh`: shell commands, one per line, each of which must succeed.
/// - `sql`: one read-only query for `.sql`.
/// - `swift`: code that must appear, line for line, in Examples/DocumentationSnippets, which a test
///   compiles and runs.
/// - `yaml`: a plan-file fragment whose keys the plan format must know.
/// - `text`: not an example (a grammar, a quotation); not run.
///
/// In expected output, a line `…` stands for any number of lines.
///
/// Directives: `skip REASON` (not run, and why); `columns N` (the REPL's terminal is N columns wide);
/// `store fresh` (from this block on, a new store); `replace TEXT => OTHER (REASON)` (the test runs the
/// block with TEXT replaced, as where a million simulated nights would take minutes in a debug build).
struct DocumentationBlock: CustomStringConvertible {
    /// The document's path relative to the package.
    let file: String
    /// The line of the block's first content line.
    let line: Int
    let kind: String
    let directives: [String: String]
    let lines: [String]

    var description: String { "\(file):\(line)" }

    /// The input as the test runs it: with a `replace` directive's text replaced.
    func prepared(_ input: String) -> String {
        guard let replace = directives["replace"], let arrow = replace.range(of: " => ") else { return input }
        let original = String(replace[..<arrow.lowerBound])
        let rest = replace[arrow.upperBound...]
        let replacement = rest.range(of: " (").map { String(rest[..<$0.lowerBound]) } ?? String(rest)
        return input.replacingOccurrences(of: original, with: replacement)
    }

    static let kinds: Set = ["beredskap", "console", "sh", "sql", "swift", "yaml", "text"]

    /// Every fenced block of `text`.
    static func blocks(in text: String, file: String) -> [DocumentationBlock] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [DocumentationBlock] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else {
                index += 1
                continue
            }
            let kind = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            var directives: [String: String] = [:]
            if index > 0 {
                let before = lines[index - 1].trimmingCharacters(in: .whitespaces)
                if before.hasPrefix("<!-- example:") && before.hasSuffix("-->") {
                    let body = before.dropFirst("<!-- example:".count).dropLast(3)
                    for part in body.split(separator: ";") {
                        let words = part.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
                        guard let key = words.first else { continue }
                        directives[String(key)] = words.count > 1 ? String(words[1]) : ""
                    }
                }
            }
            var end = index + 1
            while end < lines.count && !lines[end].hasPrefix("```") { end += 1 }
            blocks.append(
                DocumentationBlock(
                    file: file, line: index + 2, kind: kind, directives: directives,
                    lines: Array(lines[(index + 1)..<min(end, lines.count)])))
            index = end + 1
        }
        return blocks
    }

    /// A statement or command of a transcript and the output shown under it (nil when none is shown).
    struct Step {
        let line: Int
        let input: String
        let expected: [String]?
    }

    /// The steps of a transcript whose input lines start with `prompt`; a block without such lines, or
    /// when `prompt` is nil, has one step per non-empty line, with no output shown.
    func steps(prompt: String?) -> [Step] {
        guard let prompt, lines.contains(where: { $0.hasPrefix(prompt) }) else {
            return lines.enumerated().compactMap { offset, text in
                text.trimmingCharacters(in: .whitespaces).isEmpty
                    ? nil : Step(line: line + offset, input: text, expected: nil)
            }
        }
        var steps: [Step] = []
        var current: (line: Int, input: String, output: [String])?
        func finish() {
            guard let current else { return }
            steps.append(
                Step(
                    line: current.line, input: current.input,
                    expected: current.output.isEmpty ? nil : current.output))
        }
        for (offset, text) in lines.enumerated() {
            if text.hasPrefix(prompt) {
                finish()
                current = (line + offset, String(text.dropFirst(prompt.count)), [])
            } else {
                current?.output.append(text)
            }
        }
        finish()
        return steps
    }

    /// Whether `actual` is what `expected` shows: line by line with trailing spaces ignored, a line
    /// `…` standing for any number of lines.
    static func matches(_ actual: String, _ expected: [String]) -> Bool {
        var produced = actual.components(separatedBy: "\n").map { $0.trimmingTrailingSpaces }
        while produced.last == "" { produced.removeLast() }
        var shown = expected.map(\.trimmingTrailingSpaces)
        while shown.last == "" { shown.removeLast() }
        return matches(produced[...], shown[...])
    }

    private static func matches(_ produced: ArraySlice<String>, _ shown: ArraySlice<String>) -> Bool {
        guard let first = shown.first else { return produced.isEmpty }
        if first == "…" {
            let rest = shown.dropFirst()
            return (produced.startIndex...produced.endIndex).contains { matches(produced[$0...], rest) }
        }
        guard produced.first == first else { return false }
        return matches(produced.dropFirst(), shown.dropFirst())
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}

/// Where the package's documents, and the files their examples use, are.
enum DocumentationFiles {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// README.md and every Markdown file of Documentation/, relative to the package.
    static var documents: [String] {
        let folder = package.appendingPathComponent("Documentation")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "Documentation/" + $0 }
    }

    /// The documents whose `yaml` blocks are drill scenarios, read with the scenario reader against the
    /// built-in plan, rather than plan-file fragments.
    static let scenarioDocuments = ["Documentation/Scenarios.md"]

    /// The files the examples name (a second plan, a script, a CAP alert), which Documentation/examples
    /// holds for readers to try them with.
    static let examples = package.appendingPathComponent("Documentation/examples")

    static func blocks(of document: String) throws -> [DocumentationBlock] {
        let text = try String(contentsOf: package.appendingPathComponent(document), encoding: .utf8)
        return DocumentationBlock.blocks(in: text, file: document)
    }
}
