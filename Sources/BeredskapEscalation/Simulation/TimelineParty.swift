/// Who acts or is reached in a timeline entry: someone the plan or the scenario names, by the name or
/// title it gives. A deputy is always one the plan names for the role.
///
/// ```swift
/// entry.actor    // .named("Stockholms stads socialjour"), or just "Stockholms stads socialjour"
/// ```
public enum TimelineParty: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Someone by the name or title the plan or the scenario gives.
    case named(String)

    /// A party by name.
    public init(stringLiteral name: String) {
        self = .named(name)
    }
}
