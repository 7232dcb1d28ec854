import Foundation
import Testing
import Yams

/// A plan-file fragment of PlanFormat.md checked against Documentation/plan.schema.json: every key it
/// shows is one the format has at that place, and every word it gives a closed field (`kind`, `level`,
/// `availability` …) is one of that field's values. `…`, `{…}` and `[…]` stand for content left out.
enum PlanFormatFragment {
    nonisolated(unsafe) static let schema: [String: Any] = {
        let url = DocumentationFiles.package.appendingPathComponent("Documentation/plan.schema.json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }()

    static func check(_ block: DocumentationBlock) throws {
        let text = block.lines.joined(separator: "\n")
        let value: Any?
        do {
            value = try Yams.load(yaml: text)
        } catch {
            Issue.record("\(block): not YAML: \(error)")
            return
        }
        for problem in problems(in: value, against: schema, at: "") {
            Issue.record("\(block): \(problem)")
        }
    }

    /// What is wrong with `value` under the schema `node`, each naming its place.
    static func problems(in value: Any?, against node: [String: Any], at place: String) -> [String] {
        let node = resolved(node)
        if let branches = (node["oneOf"] ?? node["anyOf"]) as? [[String: Any]] {
            let results = branches.map { problems(in: value, against: $0, at: place) }
            return results.first(where: \.isEmpty) ?? results.min { $0.count < $1.count } ?? []
        }
        if isPlaceholder(value) { return [] }
        if let mapping = value as? [String: Any] {
            guard let properties = node["properties"] as? [String: Any] else {
                return node["type"] as? String == "object" || node["additionalProperties"] != nil
                    ? [] : ["\(place): a mapping where the format has none"]
            }
            var found: [String] = []
            for (key, item) in mapping.sorted(by: { $0.key < $1.key }) where key != "…" {
                guard let property = properties[key] as? [String: Any] else {
                    found.append("\(place.isEmpty ? "" : place + ".")\(key): not a key of the plan format here")
                    continue
                }
                found += problems(in: item, against: property, at: place.isEmpty ? key : place + "." + key)
            }
            return found
        }
        if let sequence = value as? [Any] {
            guard let items = node["items"] as? [String: Any] else { return [] }
            return sequence.enumerated().flatMap { problems(in: $1, against: items, at: "\(place)[\($0)]") }
        }
        if let word = value as? String, let values = node["enum"] as? [Any] {
            let allowed = values.compactMap { $0 as? String }
            return allowed.contains(word) ? [] : ["\(place): '\(word)' is none of \(allowed.joined(separator: ", "))"]
        }
        return []
    }

    static func isPlaceholder(_ value: Any?) -> Bool {
        if let text = value as? String { return text == "…" }
        if let sequence = value as? [Any] { return sequence.count == 1 && isPlaceholder(sequence[0]) }
        if let mapping = value as? [String: Any] { return mapping.keys.sorted() == ["…"] }
        return false
    }

    private static func resolved(_ node: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return node }
        let definitions = schema["$defs"] as? [String: Any]
        return (definitions?[String(reference.dropFirst("#/$defs/".count))] as? [String: Any]).map(resolved) ?? node
    }
}

/// Examples/DocumentationSnippets/main.swift, which holds every Swift example of the documents.
enum DocumentationSnippets {
    static let source: String = {
        let url = DocumentationFiles.package.appendingPathComponent("Examples/DocumentationSnippets/main.swift")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Whether the example's code is in the source, its layout aside (spaces and line breaks are
    /// ignored, so swift format may lay it out its own way), and each of its imports is there too.
    static func contains(_ lines: [String]) -> Bool {
        let imports = lines.filter { $0.hasPrefix("import ") }
        let code = lines.filter { !$0.hasPrefix("import ") }.joined()
        let sourceLines = source.components(separatedBy: "\n")
        return imports.allSatisfy(sourceLines.contains) && compact(source).contains(compact(code))
    }

    private static func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}
