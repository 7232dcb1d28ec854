/// The templates the reports ship with, as Swift strings so the library needs no resource bundle.
///
/// Each is named as its replacement file in a template directory is, without `.mustache`:
/// `followup.html` is replaced by `followup.html.mustache`.
enum DefaultTemplates {
    /// Every default template by name.
    static let all: [String: String] = [
        "style.css": style,
        "document-head.html": documentHead,
        "title-block.html": titleBlock,
        "title-block.md": titleBlockMarkdown,
        "title-block.txt": titleBlockText,
        "paragraphs.html": paragraphsHTML,
        "paragraphs.md": paragraphsMarkdown,
        "followup.txt": followUpText,
        "followup.md": followUpMarkdown,
        "followup.html": followUpHTML,
        "followup-plans.txt": followUpOverviewText,
        "followup-plans.md": followUpOverviewMarkdown,
        "followup-plans.html": followUpOverviewHTML,
        "coverage.txt": coverageText,
        "coverage.md": coverageMarkdown,
        "coverage.html": coverageHTML,
        "alarmlist.txt": alarmListText,
        "alarmlist.md": alarmListMarkdown,
        "alarmlist.html": alarmListHTML,
        "plan.txt": planText,
        "plan.md": planMarkdown,
        "plan.html": planHTML,
        "drill.txt": drillText,
        "drill.md": drillMarkdown,
        "drill.html": drillHTML,
        "drill-style.css": drillStyle,
        "drill-cards.html": drillCardsHTML,
        "drill-handout.html": drillHandoutHTML,
        "drill-sheets.html": drillSheetsHTML,
        "drill-material-style.css": drillMaterialStyle,
        "reachability.txt": reachabilityText,
        "reachability.md": reachabilityMarkdown,
        "reachability.html": reachabilityHTML,
        "reachability-style.css": reachabilityStyle,
    ]
}
