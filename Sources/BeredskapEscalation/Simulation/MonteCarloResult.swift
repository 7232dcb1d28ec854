import BeredskapModel

/// What a Monte Carlo simulation found: for each role, how long until it is reached; for each step,
/// how often it runs and misses its target; for each objective, how often it is met.
///
/// Times are minutes from the alarm. Percentiles are read from a histogram of 0.01-minute bins and
/// rounded down to the bin (times past 600 minutes are kept exactly); means are exact, rounded to
/// 0.001 minute. ``jsonText(pretty:)`` writes it with its keys in a fixed order:
///
/// ```json
/// {"runs":100000,"seed":42,"roles":[{"id":"socialjourens-enhetschef","title":"Socialjourens enhetschef",…
/// ```
public struct MonteCarloResult: Codable, Hashable, Sendable {
    /// How many runs were simulated.
    public var runs: Int
    /// The seed; run `i` used the stream `Xoshiro256(seed: seed, stream: i)`.
    public var seed: UInt64
    /// Every role the path contacts or informs, in the order the path first reaches it.
    public var roles: [RoleStatistics]
    /// Every step of the path, in the plan's order.
    public var steps: [StepStatistics]
    /// The scenario's objectives.
    public var objectives: [ObjectiveStatistics]
    /// The scenario's name.
    public var scenario: String
    /// The alarm path's id.
    public var path: EntityID

    /// Creates a result.
    public init(
        runs: Int, seed: UInt64, roles: [RoleStatistics], steps: [StepStatistics],
        objectives: [ObjectiveStatistics], scenario: String, path: EntityID
    ) {
        self.runs = runs
        self.seed = seed
        self.roles = roles
        self.steps = steps
        self.objectives = objectives
        self.scenario = scenario
        self.path = path
    }

    /// The statistics of the role with `id`.
    public func role(_ id: EntityID) -> RoleStatistics? { roles.first { $0.id == id.rawValue } }

    /// The statistics of the step with `id`.
    public func step(_ id: EntityID) -> StepStatistics? { steps.first { $0.id == id.rawValue } }

    enum CodingKeys: String, CodingKey {
        case runs, seed, roles, steps, objectives, scenario, path
    }

    /// Writes the keys in the documented order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runs, forKey: .runs)
        try container.encode(seed, forKey: .seed)
        try container.encode(roles, forKey: .roles)
        try container.encode(steps, forKey: .steps)
        try container.encode(objectives, forKey: .objectives)
        try container.encode(scenario, forKey: .scenario)
        try container.encode(path.rawValue, forKey: .path)
    }

    /// Reads a result written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        runs = try container.decode(Int.self, forKey: .runs)
        seed = try container.decode(UInt64.self, forKey: .seed)
        roles = try container.decode([RoleStatistics].self, forKey: .roles)
        steps = try container.decode([StepStatistics].self, forKey: .steps)
        objectives = try container.decode([ObjectiveStatistics].self, forKey: .objectives)
        scenario = try container.decode(String.self, forKey: .scenario)
        path = EntityID(try container.decode(String.self, forKey: .path))
    }
}

/// How long until a role is reached, over the runs in which it was.
public struct RoleStatistics: Codable, Hashable, Sendable {
    /// The role's id.
    public var id: String
    /// Its title in the plan.
    public var title: String
    /// The median, in minutes; `nil` when no run reached the role.
    public var p50: Double?
    /// The 90th percentile.
    public var p90: Double?
    /// The 99th percentile.
    public var p99: Double?
    /// The mean.
    public var mean: Double?
    /// The share of runs in which the role was reached at all.
    public var reachedShare: Double
    /// The share of runs in which the deputy answered instead of the primary.
    public var deputyShare: Double

    /// Creates statistics.
    public init(
        id: String, title: String, p50: Double?, p90: Double?, p99: Double?, mean: Double?, reachedShare: Double,
        deputyShare: Double
    ) {
        self.id = id
        self.title = title
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.mean = mean
        self.reachedShare = reachedShare
        self.deputyShare = deputyShare
    }

    enum CodingKeys: String, CodingKey {
        case id, title, p50, p90, p99, mean, reachedShare, deputyShare
    }

    /// Writes the keys in the documented order, with `null` for a role never reached.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(p50, forKey: .p50)
        try container.encode(p90, forKey: .p90)
        try container.encode(p99, forKey: .p99)
        try container.encode(mean, forKey: .mean)
        try container.encode(reachedShare, forKey: .reachedShare)
        try container.encode(deputyShare, forKey: .deputyShare)
    }
}

/// When a step completes, over the runs in which it ran, and how often it misses its target time.
public struct StepStatistics: Codable, Hashable, Sendable {
    /// The step's id.
    public var id: String
    /// The step's kind ("contact", "decide", …).
    public var kind: String
    /// The time by which the step should have run, from the plan or the scenario.
    public var targetMinutes: Double?
    /// The share of runs in which the step ran (was not skipped).
    public var ranShare: Double
    /// Of the runs in which it ran, the share that completed after ``targetMinutes``; `nil` without a target.
    public var missShare: Double?
    /// The median completion time, in minutes from the alarm.
    public var p50: Double?
    /// The 90th percentile.
    public var p90: Double?
    /// The 99th percentile.
    public var p99: Double?
    /// The mean.
    public var mean: Double?

    /// Creates statistics.
    public init(
        id: String, kind: String, targetMinutes: Double?, ranShare: Double, missShare: Double?, p50: Double?,
        p90: Double?, p99: Double?, mean: Double?
    ) {
        self.id = id
        self.kind = kind
        self.targetMinutes = targetMinutes
        self.ranShare = ranShare
        self.missShare = missShare
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.mean = mean
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, targetMinutes, ranShare, missShare, p50, p90, p99, mean
    }

    /// Writes the keys in the documented order, with `null` for what does not apply.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(targetMinutes, forKey: .targetMinutes)
        try container.encode(ranShare, forKey: .ranShare)
        try container.encode(missShare, forKey: .missShare)
        try container.encode(p50, forKey: .p50)
        try container.encode(p90, forKey: .p90)
        try container.encode(p99, forKey: .p99)
        try container.encode(mean, forKey: .mean)
    }
}

/// How often an objective was met.
public struct ObjectiveStatistics: Codable, Hashable, Sendable {
    /// The objective's id.
    public var id: String
    /// The objective as the scenario states it.
    public var text: String
    /// The share of runs that met it.
    public var metShare: Double

    /// Creates statistics.
    public init(id: String, text: String, metShare: Double) {
        self.id = id
        self.text = text
        self.metShare = metShare
    }
}
