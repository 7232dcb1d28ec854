import BeredskapModel

/// The follow-up (*uppföljning*) of a plan's activities on a date: each activity's status then and at
/// the previous follow-up, what is overdue, and counts by status.
///
/// The report is a plain value computed from the plan; render it with ``ReportRenderer``.
///
/// ```swift
/// let report = FollowUpReport(
///     plan: plan, asOf: try PartialDate(parsing: "2018-04-30"), since: try PartialDate(parsing: "2017-12-31"))
/// report.activities.count                          // 9
/// report.activities.filter { !$0.overdue.isEmpty } // what the coordinator must chase
/// ```
///
/// After a yearly revision, pass the previous version as `previous`: the report then lists the previous
/// year's activities with their final status, as Stockholm's guidelines require of a revision.
public struct FollowUpReport: Hashable, Sendable, Codable {
    /// The title block.
    public var header: ReportHeader
    /// The date the statuses are reported as of, as written in plan files.
    public var asOf: String
    /// The date of the previous follow-up, when given.
    public var since: String?
    /// The activities, grouped as the plan groups them: by focus area, or all in one group.
    public var groups: [Group]
    /// How many activities have each status now, in the order of `ActivityStatus`, then those
    /// without a status.
    public var summary: [StatusCount]
    /// How many activities have at least one overdue mark.
    public var overdueCount: Int
    /// The previous version's activities with their final status, when a previous version was given.
    public var previousYear: PreviousYear?

    /// The follow-up of `plan` as of `asOf`.
    ///
    /// - Parameters:
    ///   - plan: The plan followed up.
    ///   - asOf: The follow-up date; status entries after it are ignored.
    ///   - since: The date of the previous follow-up, to show each activity's status then. `nil` leaves
    ///     that column out.
    ///   - previous: The previous yearly version of the plan, to report its activities' final status.
    public init(plan: Plan, asOf: PartialDate, since: PartialDate? = nil, previous: Plan? = nil) {
        header = ReportHeader(plan: plan, date: asOf)
        self.asOf = asOf.description
        self.since = since?.description
        var number = 0
        func rows(_ activities: [Activity]) -> [ActivityRow] {
            activities.map { activity in
                number += 1
                return ActivityRow(activity, number: number, plan: plan, asOf: asOf, since: since)
            }
        }
        var groups = plan.focusAreas.map { area in
            Group(
                id: area.id.rawValue, number: area.number?.text, title: area.title, goal: area.goal,
                activities: rows(area.activities))
        }
        if !plan.activities.isEmpty || groups.isEmpty {
            groups.append(Group(id: nil, number: nil, title: nil, goal: nil, activities: rows(plan.activities)))
        }
        self.groups = groups
        let activities = groups.flatMap(\.activities)
        summary = Self.summary(of: activities.map(\.status))
        overdueCount = activities.count { !$0.overdue.isEmpty }
        previousYear = previous.map { PreviousYear(previous: $0, current: plan, asOf: asOf) }
    }

    /// Every activity, in the plan's order.
    public var activities: [ActivityRow] { groups.flatMap(\.activities) }

    /// How many of `statuses` (each as written in plan files, nil for none) are each status, in the
    /// order of `ActivityStatus`, then those without one: every status counted, 0 when none has it.
    static func summary(of statuses: [String?]) -> [StatusCount] {
        ActivityStatus.allCases.map { status in
            StatusCount(status: status.rawValue, count: statuses.count { $0 == status.rawValue })
        } + [StatusCount(status: nil, count: statuses.count { $0 == nil })]
    }
}

extension FollowUpReport {
    /// A group of activities: a focus area, or the plan's activities outside focus areas.
    public struct Group: Hashable, Sendable, Codable {
        /// The focus area's id, or `nil` for activities outside focus areas.
        public var id: String?
        /// The focus area's number, as the plan writes it ("3", "3:1").
        public var number: String?
        /// The focus area's heading, or `nil` for activities outside focus areas.
        public var title: String?
        /// The focus area's goal.
        public var goal: String?
        /// The activities, in the plan's order.
        public var activities: [ActivityRow]
    }

    /// How many activities have a status.
    public struct StatusCount: Hashable, Sendable, Codable {
        /// The status as written in plan files (`ongoing`), or `nil` for activities without a status.
        public var status: String?
        /// The number of activities.
        public var count: Int
    }

    /// A reason an activity needs attention at the follow-up.
    public struct OverdueMark: Hashable, Sendable, Codable {
        /// What is overdue.
        public enum Kind: String, Hashable, Sendable, Codable {
            /// A follow-up date passed without a status entry on or after it.
            case followUpMissed
            /// The start passed and the activity is not reported as started.
            case notStarted
        }

        /// What is overdue.
        public var kind: Kind
        /// The date that passed, as written in plan files.
        public var due: String
    }

    /// The previous yearly version's activities, with their final status.
    public struct PreviousYear: Hashable, Sendable, Codable {
        /// The previous version's plan id.
        public var planID: String
        /// The previous version's title.
        public var title: String
        /// The previous version's version.
        public var version: String?
        /// The previous version's period.
        public var period: String?
        /// The previous version's activities, in its order.
        public var activities: [PreviousActivity]

        init(previous: Plan, current: Plan, asOf: PartialDate) {
            planID = previous.metadata.id.rawValue
            title = previous.metadata.title
            version = previous.metadata.version
            period = previous.metadata.period.map(DateText.period)
            let currentIDs = Set(current.allActivities.map(\.id))
            activities = previous.allActivities.map { activity in
                let final = StatusLog.entry(of: activity, onOrBefore: asOf)
                return PreviousActivity(
                    id: activity.id.rawValue, title: activity.title,
                    responsible: activity.responsible.map(previous.actorReference), starts: activity.starts.description,
                    status: final?.status.rawValue, statusDate: final?.date.description, note: final?.note,
                    continues: currentIDs.contains(activity.id))
            }
        }
    }

    /// An activity of the previous version and how it ended.
    public struct PreviousActivity: Hashable, Sendable, Codable {
        /// The activity's id.
        public var id: String
        /// What was to be done.
        public var title: String
        /// The responsible actors.
        public var responsible: [ActorName]
        /// When it was to start, as written in plan files.
        public var starts: String
        /// The last reported status, as written in plan files, or `nil` if none was reported.
        public var status: String?
        /// The date of the last reported status.
        public var statusDate: String?
        /// The note of the last reported status.
        public var note: String?
        /// Whether the current version still has an activity with the same id.
        public var continues: Bool
    }
}
