/// The names of the days of the week and of the months, in Swedish and English: the one table every
/// layer reads and writes them from.
///
/// Days run Monday first, as ISO 8601 and Swedish calendars count them; index 0 is Monday, index 0
/// of the months January.
///
/// ```swift
/// CalendarWords.swedishWeekdays[5]   // "lördag"
/// CalendarWords.englishMonths[9]     // "October"
/// ```
public enum CalendarWords {
    /// Swedish day names, lower case as Swedish writes them: `"måndag"` … `"söndag"`.
    public static let swedishWeekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    /// English day names, capitalised: `"Monday"` … `"Sunday"`.
    public static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// Swedish month names, lower case: `"januari"` … `"december"`.
    public static let swedishMonths = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december",
    ]
    /// English month names, capitalised: `"January"` … `"December"`.
    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
