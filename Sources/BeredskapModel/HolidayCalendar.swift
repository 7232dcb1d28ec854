/// Which public holidays and eves close an office: the calendar of a plan's jurisdiction, as a plan
/// file names it (`plan.holidays: swedish`).
///
/// A plan's office hours are closed on the holidays of its calendar; `none` keeps the office open on
/// them (a plan whose country's holidays the library does not know yet, written with its closures as
/// rota exceptions instead). The escalation layer knows each calendar's days.
///
/// ```swift
/// HolidayCalendar(label: "svenska")   // .swedish
/// HolidayCalendar(label: "none")      // HolidayCalendar.none
/// ```
public enum HolidayCalendar: String, PlanVocabulary, Codable {
    /// What a value is called in messages.
    public static let valueName = "holiday calendar"

    /// Swedish public holidays and eves.
    case swedish
    /// No holidays: every day is an ordinary day of its weekday.
    case none

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .swedish: "svenska"
        case .none: "inga"
        }
    }
}
