/// Whether a holiday is a public holiday by law or an eve that office-hours rules treat as one.
public enum HolidayKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// An allmän helgdag under lag (1989:253) om allmänna helgdagar or its predecessors.
    case `public` = "public"
    /// Midsommarafton, julafton or nyårsafton: not public holidays by law, but days off in the
    /// collective agreements and closed in a Swedish office.
    case eve = "eve"
}

/// One Swedish holiday in one year: the day, its Swedish name and its kind.
///
/// ```swift
/// let eve = SwedishHolidays.holiday(on: CalendarDay(year: 2017, month: 6, day: 23)!)
/// eve?.name   // "Midsommarafton"
/// eve?.kind   // .eve
/// ```
public struct Holiday: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The day it falls on.
    public let date: CalendarDay
    /// The Swedish name as the law or the almanac writes it, capitalised: `"Nationaldagen"`.
    public let name: String
    /// Public holiday or eve.
    public let kind: HolidayKind

    /// Creates a holiday.
    public init(date: CalendarDay, name: String, kind: HolidayKind) {
        self.date = date
        self.name = name
        self.kind = kind
    }

    /// The English name of a Swedish holiday (`"Midsummer Eve"` for `"Midsommarafton"`); a name the
    /// Swedish calendar does not have stays as it is.
    public static func englishName(of name: String) -> String { englishNames[name] ?? name }

    /// The name in English, for a report in English.
    public var englishName: String { Self.englishName(of: name) }

    private static let englishNames = [
        "Nyårsdagen": "New Year's Day", "Trettondedag jul": "Epiphany", "Marie bebådelsedag": "Annunciation Day",
        "Långfredagen": "Good Friday", "Påskdagen": "Easter Sunday", "Annandag påsk": "Easter Monday",
        "Första maj": "May Day", "Kristi himmelsfärdsdag": "Ascension Day", "Pingstdagen": "Whit Sunday",
        "Annandag pingst": "Whit Monday", "Nationaldagen": "National Day of Sweden",
        "Midsommarafton": "Midsummer Eve", "Midsommardagen": "Midsummer Day", "Alla helgons dag": "All Saints' Day",
        "Julafton": "Christmas Eve", "Juldagen": "Christmas Day", "Annandag jul": "Boxing Day",
        "Nyårsafton": "New Year's Eve",
    ]

    /// `2017-06-23 Midsommarafton (eve)`.
    public var description: String { "\(date) \(name) (\(kind.rawValue))" }

    /// Orders by date; on the same date a public holiday before an eve, then by name.
    public static func < (lhs: Holiday, rhs: Holiday) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        if lhs.kind != rhs.kind { return lhs.kind == .public }
        return lhs.name < rhs.name
    }
}
