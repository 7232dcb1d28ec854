import BeredskapEscalation
import BeredskapModel
import Foundation

/// The evaluators' sheets of a scenario (*utvärderingsblad*): one printed page per objective, with its
/// rule, the injects that bear on it and what they expect, HSEEP's rating boxes P, S, M and U, and room
/// for the observations, the evaluator's name and the time.
///
/// Unlike the inject cards, the sheets show what only the evaluators may see: the expected actions,
/// their deadlines and the contingencies.
///
/// ```swift
/// let sheets = EvaluatorSheets(scenario: scenario, plan: plan)
/// sheets.sheets.map(\.id)   // ["stadsdirektor-60", "direktor-30"]
/// ```
public struct EvaluatorSheets: Hashable, Sendable {
    /// The title block: the plan's, with the scenario's title.
    public var header: ReportHeader
    /// The scenario's id.
    public var scenario: String
    /// The scenario's title.
    public var scenarioTitle: String
    /// The alarm path's name, or its id when the plan has no such path.
    public var pathName: String
    /// When the alarm comes, in the plan's time zone with its offset.
    public var eventTime: String
    /// One sheet per objective, in the scenario's order.
    public var sheets: [Sheet]
    /// The scenario's event, for the injects' clock times.
    var context: EventContext

    /// The sheets of `scenario`'s objectives on `plan`.
    public init(scenario: Scenario, plan: Plan) {
        header = ReportHeader(material: scenario, plan: plan)
        self.scenario = scenario.name
        scenarioTitle = scenario.title
        context = EventContext(scenario: scenario, plan: plan)
        pathName = plan.alarmPaths.first { $0.id == scenario.path }?.name ?? scenario.path.rawValue
        eventTime = DrillClock.stamp(scenario.event.start, in: context.timeZone)
        let injects = scenario.numberedInjects
        sheets = scenario.objectives.enumerated().map { index, objective in
            Sheet(
                number: index + 1, id: objective.id.rawValue, text: objective.text,
                role: ActorName(id: objective.role.rawValue, name: plan.roleTitle(objective.role)),
                withinMinutes: objective.reachedWithinMinutes,
                injects: injects.filter { $0.inject.expectedAction?.role == objective.role }.map {
                    Expectation($0.inject, number: $0.number, in: scenario, plan: plan)
                })
        }
    }

    /// One objective and what bears on it.
    public struct Sheet: Hashable, Sendable {
        /// The objective's number, from 1 in the scenario's order, as the after-action report numbers it.
        public var number: Int
        /// The objective's id, as `drill rate` takes it.
        public var id: String
        /// The objective in words.
        public var text: String
        /// The role that must be reached.
        public var role: ActorName
        /// Minutes from the alarm within which the role must be reached.
        public var withinMinutes: Double
        /// The injects whose expected action is the role's, in the order they are played.
        public var injects: [Expectation]
    }

    /// An inject that expects the objective's role to act, as the evaluator sees it.
    public struct Expectation: Hashable, Sendable {
        /// The inject's number, from 1 in the scenario's order, as `drill status` numbers it.
        public var number: Int
        /// When it comes.
        public var schedule: InjectSchedule
        /// Who sends it.
        public var from: String
        /// Who receives it.
        public var to: String
        /// The message.
        public var text: String
        /// What the role is expected to do.
        public var action: String
        /// Minutes after the inject by which it should be done.
        public var withinMinutes: Double?
        /// What the drill leader does when it is not done in time.
        public var contingency: String?

        init(_ inject: ScenarioInject, number: Int, in scenario: Scenario, plan: Plan) {
            self.number = number
            schedule = InjectSchedule(number, in: scenario)
            from = plan.roleTitle(EntityID(inject.from))
            to = plan.roleTitle(EntityID(inject.to))
            text = inject.text
            action = inject.expectedAction?.action ?? ""
            withinMinutes = inject.expectedAction?.withinMinutes
            contingency = inject.contingency
        }
    }
}
