import BeredskapEscalation
import BeredskapModel
import Foundation

/// The after-action report (*utvärdering*) of a tabletop drill, in the form HSEEP and MSB's
/// övningsvägledning use: an overview, the timeline, each objective rated, the deviations from the
/// plan, and an improvement plan.
///
/// The report is a plain value computed from the session's log and the plan; nothing in it depends
/// on the day it is made, so the same session gives the same report.
///
/// ```swift
/// let report = DrillReport(session: session, plan: plan, date: try PartialDate(parsing: "2018-03-15"))
/// report.objectives.map(\.rating)            // [.majorChallenges, .unable]
/// report.improvements.map(\.correctiveAction)
/// // ["Förtydliga och öva rutinen för att Direktör vid Socialförvaltningen informerar Stadsdirektör inom 60 minuter", …]
/// let html = try ReportRenderer().render(.drill(report), format: .html)
/// ```
///
/// ## Rating an objective
///
/// A scenario's objective says that a role must be reached within N minutes of the alarm. The role
/// counts as reached at the first action or decision logged for it (an entry whose role is that role),
/// at minute m, and the objective is rated on HSEEP's scale:
///
/// - **P**, performed without challenges: m ≤ N and no contingency concerned the role;
/// - **S**, performed with some challenges: m ≤ N, but a contingency for the role fired;
/// - **M**, performed with major challenges: N < m ≤ 2N;
/// - **U**, unable to be performed: the role never acted, or m > 2N.
///
/// That is the rating *from the log* (``ObjectiveRating/logRating``). As in HSEEP, evaluators rate each
/// objective too, with an observation (`drill rate`, `TabletopSession.rate(objective:rating:observation:by:at:)`).
/// Each evaluator's latest rating counts (``ObjectiveRating/evaluations``): the rating most of them gave
/// decides the objective's ``ObjectiveRating/rating``, and so whether it enters the improvement plan;
/// when as many gave one rating as another, the stricter stands. ``ObjectiveRating/decision`` says
/// which of these decided.
///
/// ## Deviations from the plan
///
/// - Every contingency that fired: an inject expected a role to act within some minutes and it did not.
/// - Every step of the scenario's alarm path with a target time (the scenario's override, else the
///   plan's `AlarmStep.targetMinutes`) that applies to the event and was done after it (*late*), or was
///   not done although the drill was played past it (*missing*). A step is done at the first action or
///   decision logged, from the time the steps before it were done, by the role it waits for: the
///   target of a contact or inform step (the role reached acts), the actor of any other step; a receive
///   step is done when the drill starts, a decide step at the decision logged for it.
/// - Every decide step of the path that applies to the event and has no decision logged.
///
/// A step applies when its condition holds for the scenario's event (classification, office hours)
/// and for the decisions logged — for a condition with alternatives (`anyOf`), when one of them holds
/// with its own parts — and the steps before it apply.
///
/// ## The improvement plan
///
/// One item per objective finally rated M or U and per deviation, the objectives first, leaving out an item
/// whose corrective action and responsible role repeat an earlier one's. The corrective action is a
/// sentence made from the kind of shortcoming; the responsible role is the one that owns the routine
/// (the actor of the step that reaches a role when the actor is a role, the deciding role for a
/// decision); the due date is 90 days after the report date, or after the last day of the drill when
/// no date is given. The issue, observations and corrective actions are written in the plan's
/// language, because they become the plan's own text once ``improvementActivities(idPrefix:starts:)``
/// turns them into activities.
public struct DrillReport: Hashable, Sendable, Codable {
    /// The title block; its date is the report date, or the last day of the drill.
    public var header: ReportHeader
    /// Always true: the report is of an exercise, and every format says so above its title (ÖVNING,
    /// DRILL); JSON `exercise: true`, so that nothing reading it takes it for a real event.
    public var exercise = true
    /// What was played, by whom and when.
    public var overview: Overview
    /// Every line of the session's log, in order.
    public var timeline: [LogLine]
    /// The scenario's objectives, each rated.
    public var objectives: [ObjectiveRating]
    /// The contingencies that fired, the steps late or missing against their target times, and the
    /// decisions not made.
    public var deviations: [Deviation]
    /// What to improve, who is responsible and by when.
    public var improvements: [Improvement]

    /// The days from the report date to the improvement plan's due date.
    public static let improvementDays = 90

    /// The after-action report of `session`, played on `plan`.
    ///
    /// - Parameters:
    ///   - session: The tabletop session, ended or not; the report covers its log so far.
    ///   - plan: The plan the session was played on.
    ///   - date: The date of the report. When `nil`, the day in the plan's time zone of the session's
    ///     last log entry (of the event, for a session with an empty log).
    public init(session: TabletopSession, plan: Plan, date: PartialDate? = nil) {
        let language = ReportLanguage(planLanguage: plan.metadata.language)
        let context = EventContext(scenario: session.scenario, plan: plan)
        let reportDate =
            date ?? DrillClock.day(session.log.last?.wallTime ?? session.scenario.event.start, in: context.timeZone)
        header = ReportHeader(plan: plan, date: reportDate)
        let path = plan.alarmPaths.first { $0.id == session.scenario.path }
        overview = Overview(session: session, plan: plan, path: path, context: context)
        let words = DrillLogText(session: session, plan: plan, language: language)
        timeline = session.log.map {
            LogLine($0, text: words.sentence($0), session: session, plan: plan, context: context)
        }
        let evaluation = DrillEvaluation(
            session: session, plan: plan, path: path, context: context, language: language)
        objectives = session.scenario.objectives.map(evaluation.rate)
        deviations = evaluation.deviations()
        let due = DrillClock.adding(days: Self.improvementDays, to: reportDate)
        improvements = evaluation.improvements(
            objectives: objectives, deviations: deviations, start: reportDate, due: due, path: path)
    }

    /// The improvement plan as activities of the plan, for `drill adopt` to add in one change set.
    ///
    /// Each activity is numbered after `idPrefix` (`ovning-1-1`, `ovning-1-2`, …), has the corrective
    /// action as its title, the issue as its description, the responsible role as its only responsible
    /// actor, and is followed up on the item's due date.
    ///
    /// ```swift
    /// let activities = report.improvementActivities(idPrefix: "ovning-1", starts: try PartialDate(parsing: "2018-04"))
    /// activities.first?.followUp   // .on(2018-06-13)
    /// ```
    ///
    /// - Parameters:
    ///   - idPrefix: The start of every activity's id; a well-formed id so the results are too.
    ///   - starts: When the activities start.
    public func improvementActivities(idPrefix: String, starts: PartialDate) -> [Activity] {
        improvements.enumerated().map { index, item in
            Activity(
                id: EntityID("\(idPrefix)-\(index + 1)"), title: item.correctiveAction, description: item.issue,
                responsible: [item.responsibleRole], starts: starts, followUp: .on(item.due))
        }
    }
}
