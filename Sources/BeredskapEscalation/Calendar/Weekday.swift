import BeredskapModel
import Foundation

/// A day of the week, numbered as ISO 8601 does: Monday is 1 and Sunday is 7.
///
/// Plans and rota files name days in English or Swedish; ``init(name:)`` reads either, and the
/// two-letter codes of RFC 5545 (`MO`, `TU` …).
///
/// ```swift
/// Weekday(name: "måndag")    // .monday
/// Weekday(name: "FR")        // .friday
/// Weekday.sunday.swedishName // "söndag"
/// ```
public enum Weekday: Int, CaseIterable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Monday, måndag.
    case monday = 1
    /// Tuesday, tisdag.
    case tuesday
    /// Wednesday, onsdag.
    case wednesday
    /// Thursday, torsdag.
    case thursday
    /// Friday, fredag.
    case friday
    /// Saturday, lördag.
    case saturday
    /// Sunday, söndag.
    case sunday

    /// Reads an English or Swedish day name, full or short, or an RFC 5545 code; case and Swedish
    /// diacritics do not matter (`"Lördag"`, `"lordag"`, `"sat"`, `"SA"`).
    ///
    /// Returns `nil` for anything else.
    public init?(name: String) {
        let key = Self.fold(name)
        guard let day = Self.byName[key] else { return nil }
        self = day
    }

    /// The English name in lower case: `"monday"`.
    public var englishName: String { Self.englishNames[rawValue - 1] }

    /// The English name, capitalised: `"Monday"`.
    public var englishTitle: String { CalendarWords.englishWeekdays[rawValue - 1] }

    /// The Swedish name in lower case: `"måndag"`.
    public var swedishName: String { Self.swedishNames[rawValue - 1] }

    /// The two-letter code RFC 5545 uses in `BYDAY` and `WKST`: `"MO"`.
    public var code: String { Self.codes[rawValue - 1] }

    /// The English name.
    public var description: String { englishName }

    /// The day `days` after this one, wrapping around the week.
    public func advanced(by days: Int) -> Weekday {
        let index = ((rawValue - 1 + days) % 7 + 7) % 7
        return Weekday(rawValue: index + 1)!
    }

    /// Orders Monday first, as Swedish calendars do.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Every name ``init(name:)`` accepts, folded; used for "did you mean" suggestions.
    static var acceptedNames: [String] { englishNames + swedishNames }

    /// `text` without surrounding spaces, folded as `TextFolding` folds every name.
    static func fold(_ text: String) -> String {
        TextFolding.fold(text.trimmingCharacters(in: .whitespaces))
    }

    private static let englishNames = CalendarWords.englishWeekdays.map { $0.lowercased() }
    private static let swedishNames = CalendarWords.swedishWeekdays
    private static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    private static let byName: [String: Weekday] = {
        let short = [
            ["mon", "mo", "mån", "må"], ["tue", "tues", "tu", "tis", "ti"], ["wed", "we", "ons", "on"],
            ["thu", "thur", "thurs", "th", "tor", "tors", "to"], ["fri", "fr", "fre"], ["sat", "sa", "lör", "lö"],
            ["sun", "su", "sön", "sö"],
        ]
        var table: [String: Weekday] = [:]
        for day in Weekday.allCases {
            let index = day.rawValue - 1
            for name in [englishNames[index], swedishNames[index]] + short[index] {
                table[fold(name)] = day
            }
        }
        return table
    }()
}
