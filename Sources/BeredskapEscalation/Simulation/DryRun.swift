import BeredskapModel
import Foundation

/// One seeded run of a scenario, recorded as a ``Timeline``: the `drill run` of the command line.
///
/// ```swift
/// let timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 42)
/// timeline.reached.last?.minute   // when the city director acknowledged, in minutes
/// ```
///
/// A run, here and in ``MonteCarlo``, works as follows. The clock counts minutes from the alarm.
///
/// - A step starts when every step in its `after` list, and the decisions its condition names, have
///   settled; a step that waits for any of its `after` steps, once one of them has run and its
///   condition can be told. Steps due at the same minute start in the order they were scheduled.
/// - A step is *skipped* when its condition does not hold — the event's classification or office
///   hours do not match, or a decision it depends on chose another option; with alternatives
///   (`anyOf`), when none of them holds — or when a step it waits for was skipped. A skipped step
///   does not run, and so neither does anything that waits for it.
/// - *contact* and *inform*: the target's ``ResponseProfile`` decides. With probability `noAnswer` the
///   primary never answers; otherwise it answers after a log-normal time. If it does not answer within
///   `timeout` minutes, the plan's first deputy for the role is called when the wait runs out and answers
///   after a fresh draw from the same distribution; deputies always answer. A role the plan names no
///   deputy for is called again instead, and answers after a fresh draw. A primary that
///   ``RoleAvailability`` says is unavailable is not called: the deputy is called at once, and a role
///   without a deputy is not reached at all, so the step and what waits for it never complete. Deputies
///   come from the plan only, as in the reachability analysis. An inform step is a notice, but its
///   target counts as reached only when it acknowledges, and the acknowledgement is drawn just like a
///   contact's answer.
/// - *decide*: the actor takes the scenario's time for the step (LN(5, 15) if it gives none) and
///   chooses by the scenario's ``DecisionRule``, or each option equally often without one.
/// - *receive*, *activate*, *assign*: take the scenario's time for the step, zero by default.
/// - A role is reached when the first contact or inform step aimed at it completes. Once a deputy has
///   answered for a role, the timeline shows the deputy acting in that role's later steps.
/// - A recurring step is sent again every N minutes after it completes, until the event's duration
///   ends. Repetitions only appear in timelines: they draw nothing, so they change no other time, and
///   Monte Carlo runs leave them out. Steps still run after the event's end; only repetitions stop.
public enum DryRun {
    /// Runs `scenario` on `plan` once.
    ///
    /// Run `run` of seed `seed` makes the same draws as run `run` of a ``MonteCarlo`` simulation with
    /// that seed, so any Monte Carlo run can be replayed as a timeline.
    ///
    /// - Parameters:
    ///   - scenario: The event, responses and decisions.
    ///   - plan: The plan whose alarm path runs.
    ///   - seed: The seed of the random draws.
    ///   - run: Which run of the seed to replay; 0 by default.
    ///   - availability: Who can be reached when; everyone by default.
    ///   - context: The event's circumstances; by default ``EventContext/init(scenario:officeHours:timeZone:)``, which
    ///     a calendar with public holidays can improve on.
    /// - Throws: ``ScenarioError`` when the scenario does not fit the plan.
    public static func run(
        scenario: Scenario, plan: Plan, seed: UInt64, run: UInt64 = 0,
        availability: some RoleAvailability = AlwaysAvailable(), context: EventContext? = nil
    ) throws(ScenarioError) -> Timeline {
        let context = context ?? EventContext(scenario: scenario)
        let program = try SimulationProgram(scenario: scenario, plan: plan, context: context)
        let check = AvailabilityCheck(availability, eventStart: context.start)
        var engine = SimulationEngine(program: program)
        var recorder = TimelineRecorder(program: program)
        var random = Xoshiro256(seed: seed, stream: run)
        engine.run(random: &random, observer: &recorder, availability: check)
        let reached = program.roles.indices.map { index in
            let minute = engine.reached[index]
            return RoleReach(
                role: program.roles[index].id, title: program.roles[index].title,
                minute: minute.isFinite ? minute : nil, viaDeputy: engine.reachedViaDeputy[index])
        }
        let objectives = scenario.objectives.enumerated().map { offset, objective in
            let role = program.objectiveRoles[offset]
            let minute = role >= 0 ? engine.reached[role] : .infinity
            return ObjectiveResult(
                id: objective.id, text: objective.text, met: minute <= objective.reachedWithinMinutes,
                minute: minute.isFinite ? minute : nil)
        }
        return Timeline(
            scenario: scenario.name, title: scenario.title, path: program.path.id, pathName: program.path.name,
            context: context, seed: seed, run: run, entries: recorder.entries, reached: reached,
            objectives: objectives)
    }
}
