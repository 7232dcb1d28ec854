/// Who acts or is reached in a timeline entry: someone the plan or the scenario names, or the deputy
/// of a role that neither names a deputy for.
///
/// The unnamed deputy is a reference, not a title: BeredskapReporting's `TimelineText` writes it in the
/// plan's language ("Ställföreträdare för Stadsdirektör", "Deputy for Stadsdirektör").
///
/// ```swift
/// entry.target   // .deputy(of: "Stadsdirektör")
/// entry.actor    // .named("Stockholms stads socialjour"), or just "Stockholms stads socialjour"
/// ```
public enum TimelineParty: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Someone by the name or title the plan or the scenario gives.
    case named(String)
    /// The deputy of the role with this title, which neither the plan nor the scenario names.
    case deputy(of: String)

    /// A party by name.
    public init(stringLiteral name: String) {
        self = .named(name)
    }
}
