import BeredskapModel
import BeredskapStorage

/// What the follow-up of every plan needs of each plan's current version — its title, its owner's
/// name, and of each activity its start, follow-up and status log — read with the store's read-only
/// SQL (``PlanStore/query(_:arguments:)``, for reports across plans) from the tables Store.md
/// documents: three statements for the whole store instead of decoding every activity of every plan,
/// which for 30 plans of 100 activities took longer than the report may. The status logs are read
/// apart from the activities and matched here: a join of the two is planned well only once the server
/// has statistics of the tables, and a store just imported or copied into PostgreSQL has none yet
/// (a nested loop over every log entry for each activity made the report take 300 ms, not 50).
///
/// The activities are the model's values with only those fields set, so the follow-up report's own
/// definitions count them. A store whose tables say something else than they are documented to
/// (a value that is not a date, a status the model does not know) is refused here, and the caller
/// reads the activities through the store's typed queries instead.
enum FollowUpTables {
    /// A plan as the follow-up of every plan needs it.
    struct PlanRow {
        var title: String
        var administration: String?
        var activities: [Activity] = []
    }

    /// Why the tables cannot be read as documented.
    struct Unreadable: Error {}

    static let plansSQL = """
        SELECT v.plan_id, m.title, m.owner_administration, o.name FROM current_versions v
        JOIN plans p ON p.id = v.plan_id AND p.archived_at IS NULL
        JOIN plan_metadata m ON m.version_id = v.row_id
        LEFT JOIN organizations o ON o.version_id = v.row_id AND o.id = m.owner_administration
        """

    static let activitiesSQL = """
        SELECT v.plan_id, a.row_id, a.id, a.starts, a.follow_up, a.follow_up_every
        FROM current_versions v JOIN plans p ON p.id = v.plan_id AND p.archived_at IS NULL
        JOIN activities a ON a.version_id = v.row_id
        ORDER BY v.plan_id, a.row_id
        """

    static let statusSQL = """
        SELECT v.plan_id, s.parent_row, s.date, s.status
        FROM current_versions v JOIN plans p ON p.id = v.plan_id AND p.archived_at IS NULL
        JOIN status_log s ON s.version_id = v.row_id AND s.parent_table = 'activities'
        ORDER BY v.plan_id, s.parent_row, s.position
        """

    /// Every plan of the store, by id.
    static func read(_ store: PlanStore) throws -> [EntityID: PlanRow] {
        var plans: [EntityID: PlanRow] = [:]
        for row in try store.query(plansSQL).rows {
            guard row.count == 4, let id = text(row[0]), let title = text(row[1]) else { throw Unreadable() }
            plans[EntityID(id)] = PlanRow(title: title, administration: text(row[3]) ?? text(row[2]))
        }
        // Each activity's status log, by plan and the activity's row, oldest first.
        var logs: [String: [String: [StatusEntry]]] = [:]
        for row in try store.query(statusSQL).rows {
            guard row.count == 4, let plan = text(row[0]), let activity = text(row[1]), let date = text(row[2]),
                let status = text(row[3]).flatMap(ActivityStatus.init(rawValue:))
            else { throw Unreadable() }
            logs[plan, default: [:]][activity, default: []].append(
                StatusEntry(date: try PartialDate(parsing: date), status: status))
        }
        for row in try store.query(activitiesSQL).rows {
            guard row.count == 6, let plan = text(row[0]), let rowID = text(row[1]) else { throw Unreadable() }
            var activity = try activity(id: text(row[2]), row[3], row[4], row[5])
            activity.statusLog = logs[plan]?[rowID] ?? []
            plans[EntityID(plan)]?.activities.append(activity)
        }
        return plans
    }

    /// An activity with its id, start and follow-up, from its columns.
    private static func activity(
        id: String?, _ starts: PlanValue?, _ followUp: PlanValue?, _ every: PlanValue?
    ) throws -> Activity {
        // An activity whose start the plan does not state has none, and is never late to start.
        guard let id else { throw Unreadable() }
        let starts = try text(starts).map { text throws in try PartialDate(parsing: text) }
        let schedule: FollowUpSchedule?
        switch (text(followUp), text(every)) {
        case ("ordinary"?, nil): schedule = .ordinary
        case (let date?, nil): schedule = .on(try PartialDate(parsing: date))
        case (nil, let frequency?):
            guard let frequency = Frequency(rawValue: frequency) else { throw Unreadable() }
            schedule = .every(frequency)
        case (nil, nil): schedule = nil
        case (_?, _?): throw Unreadable()
        }
        return Activity(
            id: EntityID(id), title: "", responsible: [], starts: starts, followUp: schedule)
    }

    /// A column's value as text; nil for NULL.
    private static func text(_ value: PlanValue?) -> String? {
        value.map(\.scalarText)
    }
}
