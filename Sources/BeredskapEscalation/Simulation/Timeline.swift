import BeredskapModel
import Foundation

/// The record of one dry run of a scenario: every line in time order, when each role was reached, and
/// which objectives were met.
///
/// The same scenario, plan and seed always give the same timeline. It holds events, not sentences:
/// BeredskapReporting's `TimelineText` writes it in the plan's language.
///
/// ```swift
/// let timeline = try DryRun.run(scenario: BuiltInScenarios.benchNight, plan: plan, seed: 42)
/// timeline.entries[2].kind     // .answered
/// timeline.entries[2].clock    // "02:34"
/// timeline.reached.last?.minute
/// ```
public struct Timeline: Hashable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The scenario's title.
    public var title: String
    /// The alarm path's id.
    public var path: EntityID
    /// The alarm path's name.
    public var pathName: String
    /// The event the run simulated.
    public var context: EventContext
    /// The seed of the run.
    public var seed: UInt64
    /// The run's index within the seed (0 unless replaying one run of a Monte Carlo simulation).
    public var run: UInt64
    /// Every line, in time order; lines at the same minute in the order they happened.
    public var entries: [TimelineEntry]
    /// Every role the path contacts or informs, in the order the path first reaches it.
    public var reached: [RoleReach]
    /// The scenario's objectives and whether this run met them.
    public var objectives: [ObjectiveResult]

    /// Creates a timeline.
    public init(
        scenario: String, title: String, path: EntityID, pathName: String, context: EventContext, seed: UInt64,
        run: UInt64 = 0, entries: [TimelineEntry], reached: [RoleReach], objectives: [ObjectiveResult]
    ) {
        self.scenario = scenario
        self.title = title
        self.path = path
        self.pathName = pathName
        self.context = context
        self.seed = seed
        self.run = run
        self.entries = entries
        self.reached = reached
        self.objectives = objectives
    }
}
