import BeredskapModel

/// The follow-up of every plan of a store on one date (*uppföljning av alla planer*), for the city's
/// central coordinator: for each plan, how many of its activities have each status and how many are
/// overdue, counted as ``FollowUpReport`` counts them, and the totals.
///
/// The report is a plain value; render it with ``ReportRenderer`` as ``Report/followUpOverview(_:)``.
///
/// ```swift
/// let asOf = try PartialDate(parsing: "2018-04-30")
/// let overview = FollowUpOverview(
///     plans: [
///         FollowUpOverview.PlanFollowUp(
///             planID: "stockholm-socialforvaltningen-2017-2018", title: plan.metadata.title,
///             administration: "Socialförvaltningen", version: 1, status: "draft",
///             activities: plan.allActivities, asOf: asOf)
///     ], asOf: asOf, language: "sv")
/// overview.total.overdueCount   // what the city's coordinator must chase
/// ```
public struct FollowUpOverview: Hashable, Sendable, Codable {
    /// The date the statuses are reported as of, as written in plan files.
    public var asOf: String
    /// The language the report's labels are in unless another is asked for, a BCP 47 tag.
    public var language: String
    /// Each plan, in the order given (the store's: by id).
    public var plans: [PlanFollowUp]
    /// The counts of every plan added up.
    public var total: Tally

    /// The overview of `plans` as of `asOf`.
    ///
    /// - Parameters:
    ///   - plans: The plans, each with its counts.
    ///   - asOf: The follow-up date.
    ///   - language: The language of the labels by default (the plan in use's), a BCP 47 tag.
    public init(plans: [PlanFollowUp], asOf: PartialDate, language: String) {
        self.asOf = asOf.description
        self.language = language
        self.plans = plans
        total = Tally(adding: plans.map(\.tally))
    }
}

extension FollowUpOverview {
    /// One plan at the follow-up: who owns it, its version and lifecycle status, and its counts.
    public struct PlanFollowUp: Hashable, Sendable, Codable {
        /// The plan's id.
        public var planID: String
        /// The plan's title.
        public var title: String
        /// The name of the administration that owns the plan, nil when it names none.
        public var administration: String?
        /// The number of the plan's current version in the store, from 1.
        public var version: Int
        /// The version's lifecycle status as the store writes it: `draft`, `adopted` or `approved`.
        public var status: String
        /// How many of its activities have each status and how many are overdue.
        public var tally: Tally

        /// A plan's follow-up, counted from its activities.
        ///
        /// - Parameters:
        ///   - planID: The plan's id.
        ///   - title: The plan's title.
        ///   - administration: The owning administration's name.
        ///   - version: The number of the plan's version in the store.
        ///   - status: The version's lifecycle status (`draft`, `adopted`, `approved`).
        ///   - activities: Every activity of the plan, those of its focus areas included.
        ///   - asOf: The follow-up date; status entries after it are ignored.
        public init(
            planID: String, title: String, administration: String?, version: Int, status: String,
            activities: [Activity], asOf: PartialDate
        ) {
            self.planID = planID
            self.title = title
            self.administration = administration
            self.version = version
            self.status = status
            tally = Tally(activities: activities, asOf: asOf)
        }
    }

    /// How many activities have each status and how many are overdue.
    public struct Tally: Hashable, Sendable, Codable {
        /// How many activities there are.
        public var activities: Int
        /// How many have each status, in the order of `ActivityStatus`, then those without a status;
        /// a status no activity has is counted 0.
        public var summary: [FollowUpReport.StatusCount]
        /// How many have at least one overdue mark, as ``FollowUpReport/overdueCount`` counts them.
        public var overdueCount: Int

        /// The counts of `activities` on `asOf`: each one's status then and whether it is overdue, by
        /// the follow-up report's own definitions.
        init(activities: [Activity], asOf: PartialDate) {
            var statuses: [String?] = []
            var overdue = 0
            for activity in activities {
                let now = StatusLog.entry(of: activity, onOrBefore: asOf)
                statuses.append(now?.status.rawValue)
                if !StatusLog.overdueMarks(of: activity, current: now, asOf: asOf).isEmpty { overdue += 1 }
            }
            self.activities = activities.count
            summary = FollowUpReport.summary(of: statuses)
            overdueCount = overdue
        }

        /// The sum of `tallies`.
        init(adding tallies: [Tally]) {
            activities = tallies.reduce(0) { $0 + $1.activities }
            summary = FollowUpReport.summary(of: [])
            for tally in tallies {
                for (index, count) in tally.summary.enumerated() where index < summary.count {
                    summary[index].count += count.count
                }
            }
            overdueCount = tallies.reduce(0) { $0 + $1.overdueCount }
        }
    }
}
