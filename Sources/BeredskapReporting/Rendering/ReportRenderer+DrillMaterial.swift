import BeredskapModel
import Foundation

extension ReportRenderer {
    /// `material` as one self-contained, printable HTML document for A4.
    ///
    /// Every printed page carries the exercise mark (ÖVNING – inget verkligt larm; DRILL – not a real
    /// alarm in English): each card and each sheet as a band at its top, and every page of every one
    /// of them in the page's top margin. Text from the plan and the scenario is HTML-escaped. A template
    /// directory can replace `drill-cards.html`, `drill-handout.html`, `drill-sheets.html` and
    /// `drill-material-style.css` as it replaces the reports' templates.
    ///
    /// ```swift
    /// let cards = InjectCards(scenario: scenario, plan: plan)
    /// let html = try ReportRenderer().render(.cards(cards))
    /// ```
    ///
    /// - Parameters:
    ///   - material: The cards, the handout or the sheets.
    ///   - language: The language of headings and labels; `nil` for the plan's language.
    /// - Returns: The HTML document.
    /// - Throws: ``ReportRenderingError`` when a replacement template is unreadable, unknown or does not
    ///   parse.
    public func render(
        _ material: DrillMaterial, language: ReportLanguage? = nil
    ) throws(ReportRenderingError)
        -> String
    {
        let language = language ?? ReportLanguage(planLanguage: material.header.language)
        let templates = try ReportTemplates.load(directory: templateDirectory)
        let builder = ViewModelBuilder(language: language, format: .html, lineWidth: lineWidth)
        let model: [String: Any] =
            switch material {
            case .cards(let cards): InjectCardsViewModel(cards: cards, builder: builder).dictionary
            case .handout(let handout): ParticipantHandoutViewModel(handout: handout, builder: builder).dictionary
            case .sheets(let sheets): EvaluatorSheetsViewModel(sheets: sheets, builder: builder).dictionary
            }
        let name = material.templateName + ".html"
        guard let text = templates.library.render(model, withTemplate: name) else {
            throw ReportRenderingError(.unknownTemplate, message: "no template '\(name)'")
        }
        return text
    }
}
