import BeredskapModel

/// An alarm path as a flowchart: Graphviz DOT or Mermaid, and SVG through Graphviz when it is installed.
///
/// Each step is a node labelled with its number, what happens ("kontaktar") and who acts on whom
/// ("Socialjouren → Socialjourens enhetschef"); decisions are diamonds and the alarm's arrival an oval.
/// An arrow runs from every step to each step waiting for it, labelled with the condition under which
/// the later step runs ("endast extraordinär händelse", "om: Aktivera POSOM"). Contact details are never
/// part of a diagram.
///
/// ```swift
/// let diagram = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan)
/// print(diagram.dot)       // digraph "via-socialjouren" { … }
/// print(diagram.mermaid)   // flowchart TD …
/// let svg = try diagram.svg()
/// ```
public struct AlarmPathDiagram: Sendable {
    /// A node of the diagram: one step.
    struct Node {
        var id: String
        var number: Int
        var shape: Shape
        var lines: [String]
    }

    /// The shape of a node.
    enum Shape {
        case start, action, decision
    }

    /// An arrow from a step to one that waits for it.
    struct Edge {
        var from: String
        var to: String
        var label: String?
    }

    /// The path's id.
    public let pathID: String
    /// The path's name, the diagram's title.
    public let title: String
    let nodes: [Node]
    let edges: [Edge]

    /// The diagram of `path`, naming the actors as `plan` does.
    ///
    /// - Parameters:
    ///   - path: The alarm path.
    ///   - plan: The plan the path belongs to, for actor names.
    ///   - language: The language of step kinds and conditions; `nil` for the plan's language.
    public init(path: AlarmPath, in plan: Plan, language: ReportLanguage? = nil) {
        let language = language ?? ReportLanguage(planLanguage: plan.metadata.language)
        let report = AlarmListReport.Path(path, plan: plan, includeSensitive: false)
        pathID = report.id
        title = report.name
        nodes = report.steps.map { step in
            let who = Self.whoLines(actor: step.actor.name, target: step.target?.name)
            let timing = AlarmStepText.timing(step, language)
            let shape: Shape = step.kind == "decide" ? .decision : step.kind == "receive" ? .start : .action
            return Node(
                id: step.id, number: step.number, shape: shape,
                lines: ["\(step.number). " + AlarmStepText.kind(step.kind, language)] + who
                    + (timing.isEmpty ? [] : ["(" + timing.joined(separator: "; ") + ")"]))
        }
        let numbers = Dictionary(report.steps.map { ($0.number, $0.id) }, uniquingKeysWith: { first, _ in first })
        edges = report.steps.flatMap { step in
            // A step that runs after the first of its steps says so on each of its edges: "eller", "or".
            let either =
                step.join == StepJoin.any.rawValue && step.after.count > 1 ? [language == .sv ? "eller" : "or"] : []
            let conditions = AlarmStepText.conditions(step.condition, language) + either
            let label = conditions.isEmpty ? nil : conditions.joined(separator: "; ")
            return step.after.compactMap { number in numbers[number].map { Edge(from: $0, to: step.id, label: label) } }
        }
    }

    /// The widest a line of who acts on whom may be, in characters, so nodes stay narrow enough for a page.
    static let nameWidth = 50

    /// Who acts on whom: "A → B" on one line when it fits in ``nameWidth``, else the actor and the target
    /// on lines of their own, each name wrapped at its spaces (or inside a word longer than a line).
    static func whoLines(actor: String, target: String?) -> [String] {
        guard let target else { return TextWrap.lines(actor, width: nameWidth) }
        let pair = actor + " → " + target
        if pair.count <= nameWidth { return [pair] }
        return TextWrap.lines(actor + " →", width: nameWidth) + TextWrap.lines(target, width: nameWidth)
    }

    /// The diagram in Graphviz DOT, top to bottom.
    public var dot: String {
        var lines = [
            "digraph \(Self.dotQuoted(pathID)) {",
            "  graph [label=\(Self.dotQuoted(title)), labelloc=t, fontname=\"Helvetica\", fontsize=14, rankdir=TB];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3f8\", color=\"#1b4f7a\", "
                + "fontname=\"Helvetica\", fontsize=11];",
            "  edge [color=\"#1b4f7a\", fontname=\"Helvetica\", fontsize=10];",
        ]
        for node in nodes {
            let label = node.lines.map(Self.dotEscaped).joined(separator: "\\n")
            let shape: String =
                switch node.shape {
                case .start: ", shape=oval, fillcolor=\"#dfe9f3\""
                case .decision: ", shape=diamond, style=filled, fillcolor=\"#fcf1de\""
                case .action: ""
                }
            lines.append("  \(Self.dotQuoted(node.id)) [label=\"\(label)\"\(shape)];")
        }
        for edge in edges {
            let label = edge.label.map { " [label=\(Self.dotQuoted($0))]" } ?? ""
            lines.append("  \(Self.dotQuoted(edge.from)) -> \(Self.dotQuoted(edge.to))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The diagram as a Mermaid flowchart, top down.
    public var mermaid: String {
        var lines = ["flowchart TD", "  %% " + VisibleText.escaped(title.replacingOccurrences(of: "\n", with: " "))]
        let ids = Dictionary(nodes.map { ($0.id, "s\($0.number)") }, uniquingKeysWith: { first, _ in first })
        for node in nodes {
            let label = "\"" + node.lines.map(Self.mermaidEscaped).joined(separator: "<br/>") + "\""
            let shaped: String =
                switch node.shape {
                case .start: "([\(label)])"
                case .decision: "{\(label)}"
                case .action: "[\(label)]"
                }
            lines.append("  \(ids[node.id]!)\(shaped)")
        }
        for edge in edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            let label = edge.label.map { "|\"" + Self.mermaidEscaped($0) + "\"|" } ?? ""
            lines.append("  \(from) -->\(label) \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal: backslashes and quotes escaped, line breaks as `\n`.
    static func dotQuoted(_ text: String) -> String {
        "\"" + dotEscaped(text) + "\""
    }

    /// DOT text: control characters other than line breaks as `VisibleText` (BeredskapModel) escapes, since a diagram
    /// printed by the shell goes to a terminal.
    static func dotEscaped(_ text: String) -> String {
        VisibleText.escaped(text, keeping: [.lineFeed, .carriageReturn]).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Text inside a quoted Mermaid label: characters Mermaid reads as markup written as entity codes.
    static func mermaidEscaped(_ text: String) -> String {
        var result = ""
        for character in VisibleText.escaped(text, keeping: [.lineFeed, .carriageReturn]) {
            switch character {
            case "#": result += "#35;"
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "\n", "\r\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
