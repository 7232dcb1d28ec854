internal import Yams

/// A value of a plan file in canonical shape, before it becomes YAML or JSON text: mappings keep their
/// key order and scalars keep their type, so both syntaxes are written from one value.
///
/// The store records every change as the old and new `PlanValue` of a field, and embedders can read
/// any field of any entity as one:
///
/// ```swift
/// let value = PlanValue.string("Mini Maria")
/// value.jsonText      // "\"Mini Maria\""
/// ```
public indirect enum PlanValue: Equatable, Sendable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A number with a fraction.
    case number(Double)
    /// True or false.
    case boolean(Bool)
    /// A list.
    case sequence([PlanValue])
    /// A mapping, keys in canonical order.
    case mapping([(String, PlanValue)])

    /// Compares kind, content and key order.
    public static func == (lhs: PlanValue, rhs: PlanValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.boolean(let a), .boolean(let b)): a == b
        case (.sequence(let a), .sequence(let b)): a == b
        case (.mapping(let a), .mapping(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Whether the value is a scalar (not a list or a mapping).
    public var isScalar: Bool {
        switch self {
        case .sequence, .mapping: false
        default: true
        }
    }

    /// The text of a scalar as YAML and JSON write it; empty for lists and mappings.
    public var scalarText: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        case .sequence, .mapping: ""
        }
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> PlanValue? {
        guard case .mapping(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The value as one line of JSON, as the change log stores it.
    public var description: String { jsonText(compact: true) }
}

// MARK: YAML

extension PlanValue {
    /// The tree as YAML: block mappings, flow lists of plain values, literal blocks for text with line
    /// breaks, and quotes around strings that YAML would otherwise read as numbers, booleans or dates.
    func yamlText() throws -> String {
        try YAMLWriter.text(for: self).text
    }

    /// The same text as ``yamlText()``, written by Yams from ``yamlNode()``: what `YAMLWriter` must
    /// match, and what it falls back to.
    func yamsText() throws -> String {
        try Self.yamsText(of: yamlNode())
    }

    /// A node as Yams writes plan files.
    static func yamsText(of node: Node) throws -> String {
        try Yams.serialize(node: node, indent: 2, width: 100, allowUnicode: true, lineBreak: .ln)
    }

    func yamlNode() -> Node {
        switch self {
        case .string(let text):
            return .scalar(Node.Scalar(text, Tag(.str), Self.yamlStyle(for: text)))
        case .integer, .number, .boolean:
            return .scalar(Node.Scalar(scalarText, .implicit, .plain))
        case .sequence(let items):
            let flow = Self.isFlowSequence(items)
            return .sequence(Node.Sequence(items.map { $0.yamlNode() }, .implicit, flow ? .flow : .block))
        case .mapping(let pairs):
            return .mapping(
                Node.Mapping(
                    pairs.map { (Node.scalar(Node.Scalar($0.0, Tag(.str), .plain)), $0.1.yamlNode()) },
                    .implicit, .block))
        }
    }

    /// Whether a list is written on one line: all its items are scalars, text short and on one line.
    static func isFlowSequence(_ items: [PlanValue]) -> Bool {
        items.allSatisfy { item in
            if case .string(let text) = item {
                return !text.contains("\n") && (text.utf8.count <= 60 || text.count <= 60)
            }
            return item.isScalar
        }
    }

    /// The value as a node for reading back with the plan file decoders, built without the YAML
    /// writer's style analysis: text is marked quoted so that it always reads as text.
    func decodingNode() -> Node {
        switch self {
        case .string(let text):
            return .scalar(Node.Scalar(text, Self.stringTag, .doubleQuoted))
        case .integer, .number, .boolean:
            return .scalar(Node.Scalar(scalarText, Self.stringTag, .plain))
        case .sequence(let items):
            return .sequence(Node.Sequence(items.map { $0.decodingNode() }, Self.stringTag, .block))
        case .mapping(let pairs):
            return .mapping(
                Node.Mapping(
                    pairs.map { (Node.scalar(Node.Scalar($0.0, Self.stringTag, .plain)), $0.1.decodingNode()) },
                    Self.stringTag, .block))
        }
    }

    /// One tag for every node built for decoding. `Tag` is a class, but Yams changes a tag only while
    /// resolving an implicit one; a tag named `str` is never written to, so sharing it is safe.
    nonisolated(unsafe) private static let stringTag = Tag(.str)

    private static func yamlStyle(for text: String) -> Node.Scalar.Style {
        if text.contains("\n") { return .literal }
        if Resolver.default.resolveTag(of: Node(text)) != .str { return .singleQuoted }
        return .any
    }
}

// MARK: JSON

extension PlanValue {
    /// The value as JSON: indented by two spaces with lists of plain values on one line and a final
    /// line break, or, when `compact`, on one line.
    public func jsonText(compact: Bool = false) -> String {
        var output = ""
        writeJSON(into: &output, indent: compact ? nil : 0)
        if !compact { output.append("\n") }
        return output
    }

    /// The value as indented JSON whose first line is already indented by `indent` spaces (no final
    /// line break): a part of a larger document written piece by piece.
    func jsonText(indent: Int) -> String {
        var output = ""
        writeJSON(into: &output, indent: indent)
        return output
    }

    private func writeJSON(into output: inout String, indent: Int?) {
        switch self {
        case .string(let text):
            Self.writeJSONString(text, into: &output)
        case .integer, .number, .boolean:
            output.append(scalarText)
        case .sequence(let items):
            guard let indent else {
                output.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(", ") }
                    item.writeJSON(into: &output, indent: nil)
                }
                output.append("]")
                return
            }
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
            guard let indent else {
                output.append("{")
                for (index, (key, value)) in pairs.enumerated() {
                    if index > 0 { output.append(", ") }
                    Self.writeJSONString(key, into: &output)
                    output.append(": ")
                    value.writeJSON(into: &output, indent: nil)
                }
                output.append("}")
                return
            }
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
        // Runs of bytes that need no escape are copied at once; only the few that do are looked at.
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index = utf8.index(after: index)
                continue
            }
            // Slices on the scalar view: a String slice would round to Character boundaries, and
            // "\r\n" is one Character.
            output.append(String(text.unicodeScalars[start..<index]))
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case UInt8(ascii: "\n"): output.append("\\n")
            case UInt8(ascii: "\r"): output.append("\\r")
            case UInt8(ascii: "\t"): output.append("\\t")
            default:
                let hex = String(byte, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            index = utf8.index(after: index)
            start = index
        }
        output.append(String(text.unicodeScalars[start..<index]))
        output.append("\"")
    }
}

// MARK: Reading

extension PlanValue {
    /// The value of a parsed YAML or JSON node. Quoted scalars are text; plain ones are read as YAML
    /// reads them (numbers, booleans), and null becomes nil.
    init?(node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .singleQuoted || scalar.style == .doubleQuoted || scalar.style == .literal
                || scalar.style == .folded
            {
                self = .string(scalar.string)
                return
            }
            switch Resolver.default.resolveTag(of: node) {
            case .null: return nil
            case .bool: self = .boolean(node.bool ?? false)
            case .int: self = node.int.map(PlanValue.integer) ?? .string(scalar.string)
            case .float: self = node.float.map(PlanValue.number) ?? .string(scalar.string)
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .sequence(sequence.compactMap(PlanValue.init(node:)))
        case .mapping(let mapping):
            self = .mapping(mapping.compactMap { key, value in PlanValue(node: value).map { (key.string ?? "", $0) } })
        case .alias:
            return nil
        }
    }

    /// Parses JSON (or YAML) text; nil for `null` or text that does not parse.
    public init?(jsonText: String) {
        guard let node = try? Yams.compose(yaml: jsonText), let value = PlanValue(node: node) else { return nil }
        self = value
    }
}
