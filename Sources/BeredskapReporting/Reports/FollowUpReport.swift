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
        let frequency = plan.metadata.followUp?.frequency
        var groups = plan.focusAreas.map { area in
            Group(
                id: area.id.rawValue, number: area.number?.text, title: area.title, goal: area.goal,
                activities: rows(area.activities),
                indicators: area.indicators.map { IndicatorRow($0, asOf: asOf, frequency: frequency) })
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
        /// The focus area's indicators with the values measured up to the follow-up date.
        public var indicators: [IndicatorRow] = []
    }

    /// An indicator of a focus area and what was measured for it.
    public struct IndicatorRow: Hashable, Sendable, Codable {
        /// The indicator's id.
        public var id: String
        /// What is measured.
        public var name: String
        /// The kind of value, as written in plan files (`count`).
        public var kind: String
        /// The target value.
        public var target: String?
        /// The question a measurement answers.
        public var question: String?
        /// The values measured up to the follow-up date, oldest first.
        public var measurements: [MeasurementRow]

        init(_ indicator: Indicator, asOf: PartialDate, frequency: Frequency?) {
            id = indicator.id.rawValue
            name = indicator.name
            kind = indicator.kind.rawValue
            target = indicator.target
            question = indicator.question
            measurements = indicator.measurements.filter { $0.date.firstDay <= asOf.lastDay }.map {
                MeasurementRow(
                    date: $0.date.description, period: FollowUpPeriod.label(of: $0.date, frequency ?? .yearly),
                    value: $0.value, source: $0.source, note: $0.note)
            }
        }
    }

    /// A value measured for an indicator.
    public struct MeasurementRow: Hashable, Sendable, Codable {
        /// When, as written in plan files.
        public var date: String
        /// The follow-up period it falls in, by the plan's follow-up frequency (yearly when it states
        /// none): `2018-04`, `2018-Q2`, `2018-T1`, `2018-H1` or `2018`.
        public var period: String
        /// The value.
        public var value: String
        /// Where it comes from.
        public var source: String?
        /// A remark.
        public var note: String?
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
                    responsible: activity.responsible.map(previous.actorReference),
                    starts: activity.starts?.description,
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
        public var starts: String?
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

/// The follow-up period a date falls in.
enum FollowUpPeriod {
    /// The period of `date` at `frequency`: `2018-04` (monthly), `2018-Q2`, `2018-T1`, `2018-H1`,
    /// `2018` (yearly). A date without the month is its year's.
    static func label(of date: PartialDate, _ frequency: Frequency) -> String {
        guard let month = date.month else { return String(date.year) }
        switch frequency {
        case .monthly: return "\(date.year)-" + (month < 10 ? "0" : "") + String(month)
        case .quarterly: return "\(date.year)-Q\((month - 1) / 3 + 1)"
        case .tertial: return "\(date.year)-T\((month - 1) / 4 + 1)"
        case .halfYearly: return "\(date.year)-H\((month - 1) / 6 + 1)"
        case .yearly: return String(date.year)
        }
    }

    /// The period as a reader says it: "T1 2018", "K2 2018" ("Q2 2018"), "H1 2018", "april 2018", "2018".
    static func text(_ period: String, _ language: ReportLanguage) -> String {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let letter = parts[1].first else { return period }
        if letter.isNumber { return DateText.long(period, language) ?? period }
        let name = letter == "Q" && language == .sv ? "K" + parts[1].dropFirst() : String(parts[1])
        return "\(name) \(parts[0])"
    }
}
