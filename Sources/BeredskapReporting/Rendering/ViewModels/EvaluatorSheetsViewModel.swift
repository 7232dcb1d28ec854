import BeredskapModel
import Foundation

/// The view model of the evaluators' sheets.
///
/// Keys: `header` (with `exerciseMark`), `facts` (`label`, `value`), `sheets` (`number`, `heading` —
/// "Mål 1 av 2" —, `id`, `text`, `role`, `rule`, `injects` (`title`, `time`, `from`, `to`, `text`,
/// `action`, `within`, `contingency`), `hasInjects`), `hasSheets`, `ratings` (`letter`, `label`,
/// `ratingClass`), `observationLines` (a list of empty entries, one per ruled line).
struct EvaluatorSheetsViewModel {
    let sheets: EvaluatorSheets
    let builder: ViewModelBuilder

    /// The ruled lines each sheet leaves for the observations.
    static let observationLines = 8

    private var language: ReportLanguage { builder.language }

    var dictionary: [String: Any] {
        var model = builder.common()
        model["header"] = builder.header(
            sheets.header, kind: builder.label(.evaluatorSheets), extra: [(.scenario, sheets.scenario)],
            exercise: true)
        model["facts"] = [
            ["label": builder.label(.scenario), "value": sheets.scenarioTitle],
            ["label": builder.label(.alarmPath), "value": sheets.pathName],
            ["label": builder.label(.eventTime), "value": DrillMaterialText.longTime(sheets.eventTime, language)],
        ]
        let total = String(sheets.sheets.count)
        model["sheets"] = sheets.sheets.map { sheet -> [String: Any] in
            [
                "number": sheet.number,
                "heading": builder.label(.evaluatorSheet, ["number": String(sheet.number), "total": total]),
                "id": sheet.id, "text": sheet.text, "role": sheet.role.name,
                "rule": builder.label(
                    .objectiveRule,
                    ["role": sheet.role.name, "minutes": DrillClock.minutes(sheet.withinMinutes, language)]),
                "injects": sheet.injects.map { inject -> [String: Any] in
                    [
                        "title": builder.label(.injectCard, ["number": String(inject.number)]),
                        "time": inject.schedule.text(language, context: sheets.context),
                        "from": builder.value(inject.from), "to": builder.value(inject.to), "text": inject.text,
                        "action": inject.action,
                        "within": builder.value(
                            inject.withinMinutes.map {
                                builder.label(.expectedWithin, ["minutes": DrillClock.minutes($0, language)])
                            }),
                        "contingency": builder.value(inject.contingency),
                    ]
                },
                "hasInjects": !sheet.injects.isEmpty,
            ]
        }
        model["hasSheets"] = !sheets.sheets.isEmpty
        model["ratings"] = PerformanceRating.allCases.map { rating -> [String: Any] in
            [
                "letter": rating.rawValue, "label": VocabularyText.capitalizedFirst(rating.label(language)),
                "ratingClass": "rating-" + rating.rawValue,
            ]
        }
        model["observationLines"] = Array(repeating: [String: Any](), count: Self.observationLines)
        return model
    }
}
