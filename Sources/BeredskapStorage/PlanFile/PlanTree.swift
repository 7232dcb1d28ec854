import Yams

/// The canonical shape of a plan file before it becomes YAML or JSON text: mappings keep their key
/// order, and scalars keep their type, so both syntaxes are written from one tree.
indirect enum PlanTree {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case sequence([PlanTree])
    case mapping([(String, PlanTree)])

    var isScalar: Bool {
        switch self {
        case .sequence, .mapping: false
        default: true
        }
    }

    /// The text of a scalar as YAML and JSON write it.
    var scalarText: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        case .sequence, .mapping: ""
        }
    }
}

// MARK: YAML

extension PlanTree {
    /// The tree as YAML: block mappings, flow lists of plain values, literal blocks for text with line
    /// breaks, and quotes around strings that YAML would otherwise read as numbers, booleans or dates.
    func yamlText() throws -> String {
        try Yams.serialize(node: yamlNode(), indent: 2, width: 100, allowUnicode: true, lineBreak: .ln)
    }

    private func yamlNode() -> Node {
        switch self {
        case .string(let text):
            return .scalar(Node.Scalar(text, Tag(.str), Self.yamlStyle(for: text)))
        case .integer, .number, .boolean:
            return .scalar(Node.Scalar(scalarText, .implicit, .plain))
        case .sequence(let items):
            let flow = items.allSatisfy { item in
                if case .string(let text) = item { return !text.contains("\n") && text.count <= 60 }
                return item.isScalar
            }
            return .sequence(Node.Sequence(items.map { $0.yamlNode() }, .implicit, flow ? .flow : .block))
        case .mapping(let pairs):
            return .mapping(
                Node.Mapping(
                    pairs.map { (Node.scalar(Node.Scalar($0.0, Tag(.str), .plain)), $0.1.yamlNode()) },
                    .implicit, .block))
        }
    }

    private static func yamlStyle(for text: String) -> Node.Scalar.Style {
        if text.contains("\n") { return .literal }
        if Resolver.default.resolveTag(of: Node(text)) != .str { return .singleQuoted }
        return .any
    }
}

// MARK: JSON

extension PlanTree {
    /// The tree as JSON with two-space indentation; lists of plain values stay on one line.
    func jsonText() -> String {
        var output = ""
        writeJSON(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func writeJSON(into output: inout String, indent: Int) {
        switch self {
        case .string(let text):
            Self.writeJSONString(text, into: &output)
        case .integer, .number, .boolean:
            output.append(scalarText)
        case .sequence(let items):
            if items.allSatisfy(\.isScalar) {
                output.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(", ") }
                    item.writeJSON(into: &output, indent: indent)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                item.writeJSON(into: &output, indent: indent + 2)
                output.append(index < items.count - 1 ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "]")
        case .mapping(let pairs):
            output.append("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                Self.writeJSONString(key, into: &output)
                output.append(": ")
                value.writeJSON(into: &output, indent: indent + 2)
                output.append(index < pairs.count - 1 ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else (å, ä, ö included) as UTF-8.
    static func writeJSONString(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
