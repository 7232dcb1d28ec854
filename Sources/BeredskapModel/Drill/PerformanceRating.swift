/// HSEEP's rating of how an objective was performed: P, S, M or U.
///
/// The after-action report rates each objective from the drill's log; an evaluator rates it too, with
/// `TabletopSession.rate(objective:rating:observation:by:at:)`, and the evaluator's rating decides.
///
/// ```swift
/// PerformanceRating(parsing: "S")                                 // .someChallenges
/// PerformanceRating(parsing: "genomfört med stora svårigheter")   // .majorChallenges
/// PerformanceRating.unable.swedishLabel                           // "kunde inte genomföras"
/// ```
public enum PerformanceRating: String, Hashable, Sendable, Codable, CaseIterable {
    /// P: performed without challenges.
    case performed = "P"
    /// S: performed with some challenges.
    case someChallenges = "S"
    /// M: performed with major challenges.
    case majorChallenges = "M"
    /// U: unable to be performed.
    case unable = "U"

    /// What the rating means in Swedish, as the after-action report writes it.
    public var swedishLabel: String {
        switch self {
        case .performed: "genomfört utan svårigheter"
        case .someChallenges: "genomfört med vissa svårigheter"
        case .majorChallenges: "genomfört med stora svårigheter"
        case .unable: "kunde inte genomföras"
        }
    }

    /// What the rating means in English, as HSEEP writes it.
    public var englishLabel: String {
        switch self {
        case .performed: "performed without challenges"
        case .someChallenges: "performed with some challenges"
        case .majorChallenges: "performed with major challenges"
        case .unable: "unable to be performed"
        }
    }

    /// Reads a rating as people write it: its letter in either case, or its meaning in Swedish or
    /// English, with any case and with or without diacritics.
    ///
    /// - Returns: `nil` when `text` is none of them.
    public init?(parsing text: String) {
        let folded = TextFolding.words(text).joined(separator: " ")
        guard
            let rating = Self.allCases.first(where: { rating in
                [rating.rawValue, rating.swedishLabel, rating.englishLabel].contains {
                    TextFolding.words($0).joined(separator: " ") == folded
                }
            })
        else { return nil }
        self = rating
    }

    /// Every way ``init(parsing:)`` reads a rating, for a "did you mean …?".
    public static var writtenForms: [String] {
        allCases.flatMap { [$0.rawValue, $0.swedishLabel, $0.englishLabel] }
    }
}
