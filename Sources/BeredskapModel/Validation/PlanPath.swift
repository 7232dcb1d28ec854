/// Where in a plan something is, written as it appears in a plan file: `units[3].functions[1]`.
///
/// Validation reports problems by path; the plan file reader maps a path back to a line and column.
public struct PlanPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// One step down into a plan file: a mapping key or a list index.
    public enum Component: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        /// A key of a mapping.
        case key(String)
        /// A position in a list, from 0.
        case index(Int)

        /// A key.
        public init(stringLiteral value: String) { self = .key(value) }
        /// An index.
        public init(integerLiteral value: Int) { self = .index(value) }
    }

    /// The components from the top of the file down.
    public var components: [Component]

    /// Creates a path.
    public init(_ components: [Component]) { self.components = components }

    /// Creates a path from literal components: `["units", 3, "functions"]`.
    public init(arrayLiteral elements: Component...) { self.components = elements }

    /// The path of the file's top level.
    public static let root = PlanPath([])

    /// This path extended by a key.
    public func appending(_ key: String) -> PlanPath { appending(Component.key(key)) }

    /// This path extended by an index.
    public func appending(_ index: Int) -> PlanPath { appending(Component.index(index)) }

    /// One array made per step down, not two: reading a plan file takes a step for every value.
    private func appending(_ component: Component) -> PlanPath {
        var extended: [Component] = []
        extended.reserveCapacity(components.count + 1)
        extended.append(contentsOf: components)
        extended.append(component)
        return PlanPath(extended)
    }

    /// The enclosing path, or `nil` at the top.
    public var parent: PlanPath? {
        components.isEmpty ? nil : PlanPath(Array(components.dropLast()))
    }

    /// The path as written: `units[3].functions[1]`; the top level is `(top level)`.
    public var description: String {
        guard !components.isEmpty else { return "(top level)" }
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
