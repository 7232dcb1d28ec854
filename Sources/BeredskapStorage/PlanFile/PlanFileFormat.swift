/// The two syntaxes of a plan file. Both carry the same structure.
public enum PlanFileFormat: String, Sendable, CaseIterable {
    /// YAML 1.1, the format people edit.
    case yaml
    /// JSON, for programs.
    case json

    /// The format a file name's extension implies (`.json` is JSON, anything else YAML).
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
