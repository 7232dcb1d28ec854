import BeredskapEscalation
import BeredskapModel

/// The printed material of a drill, made from its scenario before it is played: the inject cards the
/// drill leader hands out, the participants' handout, and the evaluators' sheets.
///
/// Each is a plain value, and ``ReportRenderer/render(_:language:)`` prints it as one self-contained
/// HTML document for A4, every printed page marked as an exercise (ÖVNING, DRILL).
///
/// ```swift
/// let scenario = try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
/// let html = try ReportRenderer().render(.cards(InjectCards(scenario: scenario, plan: plan)))
/// ```
public enum DrillMaterial: Hashable, Sendable {
    /// One card per inject, for the players: no expected action, contingency or objective.
    case cards(InjectCards)
    /// The participants' handout: the event and the roles in play on the alarm path.
    case handout(ParticipantHandout)
    /// One sheet per objective, for the evaluators.
    case sheets(EvaluatorSheets)

    /// The name of the material's template: `drill-cards`, `drill-handout` or `drill-sheets`, each
    /// with `.html`.
    public var templateName: String {
        switch self {
        case .cards: "drill-cards"
        case .handout: "drill-handout"
        case .sheets: "drill-sheets"
        }
    }

    /// The title block of the material: the plan's, with the scenario's title.
    public var header: ReportHeader {
        switch self {
        case .cards(let cards): cards.header
        case .handout(let handout): handout.header
        case .sheets(let sheets): sheets.header
        }
    }
}

extension EventContext {
    /// The context of `scenario`'s event on `plan`: its office hours from the plan's calendar when the
    /// scenario does not say, and its times in the plan's time zone.
    ///
    /// A plan in a store has passed its calendar's check; a report is not the place to refuse one that
    /// has not, so such a plan's event is judged by the default jurisdiction and office hours.
    init(scenario: Scenario, plan: Plan) {
        let jurisdiction = (try? Jurisdiction(plan: plan)) ?? .default
        let hours =
            (try? PlanCalendar(plan: plan, jurisdiction: jurisdiction))?.officeHours
            ?? jurisdiction.defaultOfficeHours
        self.init(scenario: scenario, officeHours: { hours.isOfficeHours(at: $0) }, timeZone: jurisdiction.timeZone)
    }
}

extension ScenarioInject.Kind {
    /// The kind in `language`, as the log says it ("händelse", "event").
    func label(_ language: ReportLanguage) -> String {
        switch self {
        case .information: DrillLogPhrase.kindInformation.text(language)
        case .event: DrillLogPhrase.kindEvent.text(language)
        case .media: DrillLogPhrase.kindMedia.text(language)
        }
    }
}

extension Scenario {
    /// The scenario's injects with their numbers from 1 in the file's order, as `drill status` numbers
    /// them, in the order they reach the players: by minute, then by number.
    var numberedInjects: [(number: Int, inject: ScenarioInject)] {
        injects.enumerated().map { (number: $0.offset + 1, inject: $0.element) }
            .sorted {
                let (first, second) = (
                    InjectSchedule($0.number, in: self).minute, InjectSchedule($1.number, in: self).minute
                )
                return (first ?? .infinity, $0.number) < (second ?? .infinity, $1.number)
            }
    }
}
