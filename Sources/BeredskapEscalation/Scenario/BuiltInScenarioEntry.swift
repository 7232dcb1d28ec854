import BeredskapModel

/// A built-in scenario as a plan sees it: its name, what it plays, and why the plan cannot play it,
/// when it cannot.
///
/// ```swift
/// let playable = BuiltInScenarios.entries(for: plan).filter { $0.problem == nil }.map(\.name)
/// ```
public struct BuiltInScenarioEntry: Hashable, Sendable {
    /// The scenario's name, as `drill start` takes it ("midsommar-tib").
    public let name: String
    /// The scenario, read against the plan when it fits, else read without it.
    public let scenario: Scenario
    /// Why the plan cannot play the scenario ("the scenario is written for plan 'a', not 'b'"); nil when
    /// it can.
    public let problem: String?

    /// Creates an entry.
    public init(name: String, scenario: Scenario, problem: String?) {
        self.name = name
        self.scenario = scenario
        self.problem = problem
    }
}
