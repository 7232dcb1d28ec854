import BeredskapModel

extension FollowUpReport {
    /// One activity at the follow-up: who, when, its status now and at the previous follow-up, and
    /// whether it is overdue.
    public struct ActivityRow: Hashable, Sendable, Codable {
        /// The running number of the activity in the report, from 1.
        public var number: Int
        /// The activity's id.
        public var id: String
        /// What is to be done.
        public var title: String
        /// More about the activity.
        public var description: String?
        /// The responsible actors, the lead first.
        public var responsible: [ActorName]
        /// The other actors taking part.
        public var otherActors: [ActorName]
        /// When the activity starts, as written in plan files (`2017-08`).
        public var starts: String?
        /// How it is followed up, as written in plan files (`ordinary`, `2017-09-01`, `every tertial`).
        public var followUp: String?
        /// The latest status on or before the follow-up date, as written in plan files, or `nil`.
        public var status: String?
        /// The date of that status.
        public var statusDate: String?
        /// The note of that status.
        public var note: String?
        /// Who reported that status.
        public var reportedBy: String?
        /// The status at the previous follow-up, when the report has a previous follow-up date.
        public var statusAtSince: String?
        /// Whether the status differs from the one at the previous follow-up.
        public var changedSinceLast: Bool
        /// Why the activity needs attention; empty when it does not.
        public var overdue: [OverdueMark]

        init(_ activity: Activity, number: Int, plan: Plan, asOf: PartialDate, since: PartialDate?) {
            self.number = number
            id = activity.id.rawValue
            title = activity.title
            description = activity.description
            responsible = activity.responsible.map(plan.actorReference)
            otherActors = activity.otherActors.map(plan.actorReference)
            starts = activity.starts?.description
            followUp = activity.followUp?.description
            let now = StatusLog.entry(of: activity, onOrBefore: asOf)
            status = now?.status.rawValue
            statusDate = now?.date.description
            note = now?.note
            reportedBy = now?.by.map { plan.actor(EntityID($0))?.name ?? $0 }
            if let since {
                statusAtSince = StatusLog.entry(of: activity, onOrBefore: since)?.status.rawValue
                changedSinceLast = statusAtSince != status
            } else {
                statusAtSince = nil
                changedSinceLast = false
            }
            overdue = StatusLog.overdueMarks(of: activity, current: now, asOf: asOf)
        }
    }
}

/// Reading an activity's status log at a date.
enum StatusLog {
    /// The latest entry of the log dated on or before `date`; of entries on the same date, the one
    /// logged last. A coarse entry ("2018-04") counts once its first day is reached.
    static func entry(of activity: Activity, onOrBefore date: PartialDate) -> StatusEntry? {
        let limit = DayNumber(date.lastDay)
        return activity.statusLog.enumerated()
            .filter { DayNumber($0.element.date.firstDay) <= limit }
            .max { lhs, rhs in
                (DayNumber(lhs.element.date.firstDay), lhs.offset) < (DayNumber(rhs.element.date.firstDay), rhs.offset)
            }?.element
    }

    /// Why the activity needs attention on `asOf`, given its status `current` then.
    ///
    /// Done and cancelled activities are never overdue. A follow-up date is missed once its last day
    /// has passed with no status dated on or after it; a frequency follow-up is due one period after the
    /// latest status, or after the start. The start is missed once its last day has passed ("2017"
    /// passes at the end of 2017) and the activity is neither reported as started nor postponed.
    /// Ordinary follow-up has no date in the plan, so it is never marked missed.
    static func overdueMarks(
        of activity: Activity, current: StatusEntry?, asOf: PartialDate
    ) -> [FollowUpReport
        .OverdueMark]
    {
        if let status = current?.status, status == .done || status == .cancelled { return [] }
        let today = DayNumber(asOf.firstDay)
        var marks: [FollowUpReport.OverdueMark] = []
        switch activity.followUp {
        case .on(let due):
            let reportedSince = activity.statusLog.contains {
                DayNumber($0.date.lastDay) >= DayNumber(due.firstDay) && DayNumber($0.date.firstDay) <= today
            }
            if DayNumber(due.lastDay) < today && !reportedSince {
                marks.append(.init(kind: .followUpMissed, due: due.description))
            }
        case .every(let frequency):
            // A follow-up every so often counts from the last one, or from the start; with neither
            // stated, nothing is due yet.
            if let base = current?.date ?? activity.starts,
                let due = CalendarMath.adding(months: frequency.months, to: base.firstDay), DayNumber(due) < today
            {
                marks.append(.init(kind: .followUpMissed, due: CalendarMath.text(due)))
            }
        case .ordinary, nil:
            break
        }
        let started = current.map { $0.status != .planned } ?? false
        // An activity whose start the plan does not state is never late to start.
        if let starts = activity.starts, DayNumber(starts.lastDay) < today && !started {
            marks.append(.init(kind: .notStarted, due: starts.description))
        }
        return marks
    }
}

/// A calendar day as one comparable number, `yyyymmdd`.
struct DayNumber: Comparable {
    let value: Int

    init(_ day: (year: Int, month: Int, day: Int)) {
        value = day.year * 10_000 + day.month * 100 + day.day
    }

    static func < (lhs: DayNumber, rhs: DayNumber) -> Bool { lhs.value < rhs.value }
}

/// Month arithmetic on calendar days, for follow-ups that recur.
enum CalendarMath {
    /// The day `months` months after `day`, moved back to the month's last day when the month is shorter
    /// (31 January + 1 month is 28 or 29 February).
    static func adding(months: Int, to day: (year: Int, month: Int, day: Int)) -> (year: Int, month: Int, day: Int)? {
        let index = day.year * 12 + (day.month - 1) + months
        let year = index / 12
        let month = index % 12 + 1
        guard (1...9999).contains(year) else { return nil }
        return (year, month, min(day.day, PartialDate.daysIn(month: month, year: year)))
    }

    /// The day written as in plan files (`2018-01-05`).
    static func text(_ day: (year: Int, month: Int, day: Int)) -> String {
        (try? PartialDate(year: day.year, month: day.month, day: day.day))?.description ?? ""
    }
}

extension Frequency {
    /// The length of the period in months.
    var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .tertial: 4
        case .halfYearly: 6
        case .yearly: 12
        }
    }
}
