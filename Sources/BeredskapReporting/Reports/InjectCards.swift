import BeredskapEscalation
import BeredskapModel
import Foundation

/// The inject cards of a scenario (*inspelskort*): one printed page per inject, for the drill leader
/// to hand to the players as the inject comes.
///
/// A card says what the players get and nothing meant for the evaluators or the exercise control: no
/// expected action, contingency or objective. Cards are numbered as `drill status` numbers injects
/// (from 1, in the scenario's order) and come in the order they are played.
///
/// ```swift
/// let cards = InjectCards(scenario: scenario, plan: plan)
/// cards.cards.map(\.number)   // [1]
/// cards.cards[0].from         // "SVT Nyheter"
/// ```
public struct InjectCards: Hashable, Sendable {
    /// The title block: the plan's, with the scenario's title.
    public var header: ReportHeader
    /// The scenario's id ("bench-night").
    public var scenario: String
    /// The scenario's title.
    public var scenarioTitle: String
    /// The cards, in the order the injects are played.
    public var cards: [Card]
    /// The scenario's event, for the cards' clock times.
    var context: EventContext

    /// The cards of `scenario`'s injects, its roles named by their titles in `plan`.
    public init(scenario: Scenario, plan: Plan) {
        header = ReportHeader(material: scenario, plan: plan)
        self.scenario = scenario.name
        scenarioTitle = scenario.title
        context = EventContext(scenario: scenario, plan: plan)
        cards = scenario.numberedInjects.map { Card($0.inject, number: $0.number, in: scenario, plan: plan) }
    }

    /// One inject as the players get it.
    public struct Card: Hashable, Sendable {
        /// The inject's number, from 1 in the scenario's order.
        public var number: Int
        /// When it comes.
        public var schedule: InjectSchedule
        /// Information, event or media.
        public var kind: ScenarioInject.Kind
        /// Who sends it: a role's title, or the scenario's text ("SVT Nyheter").
        public var from: String
        /// Who receives it: a role's title, or the scenario's text.
        public var to: String
        /// The message.
        public var text: String

        init(_ inject: ScenarioInject, number: Int, in scenario: Scenario, plan: Plan) {
            self.number = number
            schedule = InjectSchedule(number, in: scenario)
            kind = inject.kind
            from = plan.roleTitle(EntityID(inject.from))
            to = plan.roleTitle(EntityID(inject.to))
            text = inject.text
        }
    }
}

extension ReportHeader {
    /// The title block of a drill's material: the plan's, with the scenario's title, and dated on the
    /// event's day so the same scenario prints the same.
    init(material scenario: Scenario, plan: Plan) {
        let zone = ((try? Jurisdiction(plan: plan)) ?? .default).timeZone
        self.init(plan: plan, date: DrillClock.day(scenario.event.start, in: zone))
        title = scenario.title
        // The plan's period and version describe the plan, not the drill.
        period = nil
        version = nil
    }
}
