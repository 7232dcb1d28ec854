/// An activity (*åtgärd*, *aktivitet*) the plan commits to: who is responsible, who else takes part,
/// when it starts, how it is followed up, and the log of its status.
///
/// ```swift
/// let activity = plan.allActivities.first!
/// activity.starts?.description    // "2017-08"
/// activity.latestStatus?.status   // .ongoing, once a follow-up has been logged
/// ```
public struct Activity: Hashable, Sendable, Identifiable, Grounded {
    /// The activity's id.
    public var id: EntityID
    /// What is to be done ("Bildande av förvaltningsövergripande arbetsgrupp").
    public var title: String
    /// More about the activity.
    public var description: String?
    /// Responsible actors, the lead first; empty when the plan names none (reports say "ej angivet").
    public var responsible: [EntityID]
    /// Other actors taking part.
    public var otherActors: [EntityID]
    /// When the activity starts (*påbörjas*), as precisely as the plan says; nil when it does not
    /// say, and then the activity is never reported as late.
    public var starts: PartialDate?
    /// How the activity is followed up.
    public var followUp: FollowUpSchedule?
    /// The status log, oldest first.
    public var statusLog: [StatusEntry]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an activity.
    public init(
        id: EntityID, title: String, description: String? = nil, responsible: [EntityID],
        otherActors: [EntityID] = [], starts: PartialDate?, followUp: FollowUpSchedule? = nil,
        statusLog: [StatusEntry] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.responsible = responsible
        self.otherActors = otherActors
        self.starts = starts
        self.followUp = followUp
        self.statusLog = statusLog
    }

    /// The most recent entry of the status log, by date.
    public var latestStatus: StatusEntry? {
        statusLog.enumerated().max { lhs, rhs in
            (lhs.element.date, lhs.offset) < (rhs.element.date, rhs.offset)
        }?.element
    }
}

/// When an activity is followed up (*uppföljning*).
public enum FollowUpSchedule: Hashable, Sendable, CustomStringConvertible {
    /// In the administration's ordinary follow-up (*ordinarie uppföljning*): tertial and annual reports.
    case ordinary
    /// On a given date.
    case on(PartialDate)
    /// At a frequency.
    case every(Frequency)

    /// The form used in plan files: `ordinary`, `2017-09-01` or `every tertial`.
    public var description: String {
        switch self {
        case .ordinary: "ordinary"
        case .on(let date): date.description
        case .every(let frequency): "every \(frequency.rawValue)"
        }
    }
}

/// One entry of an activity's status log: what the status was on a date, and who said so.
public struct StatusEntry: Hashable, Sendable {
    /// The date of the follow-up.
    public var date: PartialDate
    /// The status at that date.
    public var status: ActivityStatus
    /// What was done, what is missing.
    public var note: String?
    /// Who reported it: an actor id or a name.
    public var by: String?

    /// Creates a status entry.
    public init(date: PartialDate, status: ActivityStatus, note: String? = nil, by: String? = nil) {
        self.date = date
        self.status = status
        self.note = note
        self.by = by
    }
}

/// The state of an activity at a follow-up.
public enum ActivityStatus: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "status"

    /// Not started yet.
    case planned
    /// Started and in progress.
    case ongoing
    /// Carried out.
    case done
    /// Moved to a later time.
    case postponed
    /// Will not be carried out.
    case cancelled

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .planned: "planerad"
        case .ongoing: "pågående"
        case .done: "genomförd"
        case .postponed: "senarelagd"
        case .cancelled: "avbruten"
        }
    }
}
