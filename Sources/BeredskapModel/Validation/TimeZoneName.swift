import Foundation

/// A plan's time zone as it writes it: an IANA identifier such as `Europe/Helsinki`, checked against
/// the system's time-zone database.
///
/// ```swift
/// TimeZoneName.problem(with: "Europe/Helsinki")      // nil
/// TimeZoneName.problem(with: "Europe/Helsingfors")
/// // "unknown time zone 'Europe/Helsingfors'; did you mean 'Europe/Helsinki'?"
/// ```
public enum TimeZoneName {
    /// What is wrong with `identifier` as a time zone, with the nearest known identifier; `nil` when
    /// the system's time-zone database knows it.
    public static func problem(with identifier: String) -> String? {
        guard TimeZone(identifier: identifier) == nil else { return nil }
        let hint = Suggestion.didYouMean(identifier, in: TimeZone.knownTimeZoneIdentifiers)
        return "unknown time zone '\(identifier)'"
            + (hint.isEmpty ? "; use an IANA identifier such as 'Europe/Helsinki' or 'Europe/Oslo'" : hint)
    }
}
