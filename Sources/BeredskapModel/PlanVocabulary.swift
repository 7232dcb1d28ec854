/// A closed set of values written in plan files by their English camelCase name, each with the
/// Swedish label plans and users use.
///
/// The plan file, the shell and the reports all go through this protocol, so a new value is added in
/// one place.
public protocol PlanVocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// The label in Swedish, as the plan documents write it (`åtgärdande` for `remedial`).
    var swedishLabel: String { get }

    /// What one value is called in messages: "function" in "unknown function 'remedia'".
    static var valueName: String { get }
}

extension PlanVocabulary {
    /// Finds a value by its file name or its Swedish label, ignoring case and diacritics
    /// (`"Åtgärdande"`, `"atgardande"` and `"remedial"` all give `remedial`).
    public init?(label: String) {
        let folded = TextFolding.fold(label)
        guard
            let match = Self.allCases.first(where: {
                TextFolding.fold($0.rawValue) == folded || TextFolding.fold($0.swedishLabel) == folded
            })
        else { return nil }
        self = match
    }
}
