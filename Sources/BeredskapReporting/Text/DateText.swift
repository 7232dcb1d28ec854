import BeredskapModel

/// Dates written out as a report reader expects them: "14 augusti 2017", "augusti 2017", "2017".
enum DateText {
    /// `date` written out to its precision in `language`.
    static func long(_ date: PartialDate, _ language: ReportLanguage) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = (language == .sv ? CalendarWords.swedishMonths : CalendarWords.englishMonths)[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day) \(name) \(date.year)"
    }

    /// The date written `text` (`2017-08`) written out, or `text` itself if it is not a date.
    static func long(_ text: String?, _ language: ReportLanguage) -> String? {
        guard let text else { return nil }
        guard let date = try? PartialDate(parsing: text) else { return text }
        return long(date, language)
    }

    /// A period written as the plan's title does: "2017–2018", or just "2017" when it is one year.
    static func period(_ period: PlanPeriod) -> String {
        guard let end = period.end, end != period.start else { return period.start.description }
        return "\(period.start.description)–\(end.description)"
    }
}
