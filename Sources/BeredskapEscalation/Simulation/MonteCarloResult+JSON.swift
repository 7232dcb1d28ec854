extension MonteCarloResult {
    /// The result as JSON with its keys in a fixed order: `runs`, `seed`, `roles`, `steps`,
    /// `objectives`, `scenario`, `path`, and within each role `id`, `title`, `p50`, `p90`, `p99`, `mean`,
    /// `reachedShare`, `deputyShare`.
    ///
    /// `JSONEncoder` does not keep the order of keys on every platform, so the text is written here;
    /// `JSONDecoder` reads it back.
    ///
    /// ```swift
    /// print(result.jsonText())   // {"runs":100000,"seed":42,"roles":[{"id":"socialjourens-enhetschef",…
    /// ```
    ///
    /// - Parameter pretty: One key per line, indented by two spaces, instead of one line.
    public func jsonText(pretty: Bool = false) -> String {
        let roles = self.roles.map { role in
            JSONValue.object([
                ("id", .string(role.id)), ("title", .string(role.title)), ("p50", .number(role.p50)),
                ("p90", .number(role.p90)), ("p99", .number(role.p99)), ("mean", .number(role.mean)),
                ("reachedShare", .number(role.reachedShare)), ("deputyShare", .number(role.deputyShare)),
            ])
        }
        let steps = self.steps.map { step in
            JSONValue.object([
                ("id", .string(step.id)), ("kind", .string(step.kind)), ("targetMinutes", .number(step.targetMinutes)),
                ("ranShare", .number(step.ranShare)), ("missShare", .number(step.missShare)),
                ("p50", .number(step.p50)), ("p90", .number(step.p90)), ("p99", .number(step.p99)),
                ("mean", .number(step.mean)),
            ])
        }
        let objectives = self.objectives.map { objective in
            JSONValue.object([
                ("id", .string(objective.id)), ("text", .string(objective.text)),
                ("metShare", .number(objective.metShare)),
            ])
        }
        let document = JSONValue.object([
            ("runs", .integer(String(runs))), ("seed", .integer(String(seed))), ("roles", .array(roles)),
            ("steps", .array(steps)), ("objectives", .array(objectives)), ("scenario", .string(scenario)),
            ("path", .string(path.rawValue)),
        ])
        var text = ""
        document.write(to: &text, indent: pretty ? 0 : nil)
        return text
    }
}

/// A JSON value whose objects keep their keys in the order given.
enum JSONValue {
    case string(String)
    case integer(String)
    case number(Double?)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Writes the value; `indent` is the current depth when pretty-printing, `nil` for one line.
    func write(to text: inout String, indent: Int?) {
        let inner = indent.map { $0 + 1 }
        func newline(_ depth: Int?) {
            if let depth { text += "\n" + String(repeating: "  ", count: depth) }
        }
        switch self {
        case .string(let value): Self.quote(value, into: &text)
        case .integer(let digits): text += digits
        case .number(let value):
            guard let value, value.isFinite else {
                text += "null"
                return
            }
            // Whole numbers without ".0"; others in Swift's shortest round-tripping form.
            text += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            text += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += "," }
                newline(inner)
                item.write(to: &text, indent: inner)
            }
            newline(indent)
            text += "]"
        case .object(let members):
            text += "{"
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { text += "," }
                newline(inner)
                Self.quote(key, into: &text)
                text += indent == nil ? ":" : ": "
                value.write(to: &text, indent: inner)
            }
            if !members.isEmpty { newline(indent) }
            text += "}"
        }
    }

    static func quote(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            // Control characters, and the line and byte-order marks a YAML reader would not keep as text.
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
