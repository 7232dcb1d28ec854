import BeredskapModel

/// Writes a plan in the canonical form of the plan file format, as YAML or JSON.
///
/// The canonical form is stable: keys in the order the format lists them, empty values left out, so
/// that exporting, reading back and exporting again gives the same bytes and plan files diff well.
///
/// ```swift
/// let yaml = try PlanFileWriter.text(for: plan, format: .yaml)
/// let json = try PlanFileWriter.text(for: plan, format: .json, options: .init(includeSensitive: true))
/// ```
public enum PlanFileWriter {
    /// What to include when writing.
    public struct Options: Sendable, Equatable {
        /// Whether contact details marked sensitive are written. Off by default.
        public var includeSensitive: Bool

        /// Creates writing options.
        public init(includeSensitive: Bool = false) {
            self.includeSensitive = includeSensitive
        }
    }

    /// The plan as the value of its plan file: a mapping with `formatVersion`, `plan` and the lists,
    /// keys in canonical order.
    public static func value(for plan: Plan, options: Options = Options()) -> PlanValue {
        PlanFileDocument(formatVersion: PlanFileDocument.currentFormatVersion, plan: plan).encode(options)
            ?? .mapping([])
    }

    /// The plan file text for `plan`.
    ///
    /// - Throws: An error only if the YAML emitter fails, which a valid plan does not cause.
    public static func text(for plan: Plan, format: PlanFileFormat, options: Options = Options()) throws -> String {
        let document = PlanFileDocument(formatVersion: PlanFileDocument.currentFormatVersion, plan: plan)
        let tree = document.encode(options) ?? .mapping([])
        switch format {
        case .yaml: return try tree.yamlText()
        case .json: return tree.jsonText()
        }
    }
}
