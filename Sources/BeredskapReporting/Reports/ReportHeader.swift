import BeredskapModel

/// What every report's title block shows about the plan: title, owner, period, version and date.
///
/// ```swift
/// let header = ReportHeader(plan: plan)
/// header.period           // "2017–2018"
/// header.administration   // "Socialförvaltningen"
/// ```
public struct ReportHeader: Hashable, Sendable, Codable {
    /// The plan's id.
    public var planID: String
    /// The plan's title.
    public var title: String
    /// The language of the plan's text, a BCP 47 tag.
    public var language: String
    /// The city or municipality.
    public var city: String?
    /// The board (*nämnd*) that owns the plan.
    public var board: String?
    /// The owning administration's name.
    public var administration: String?
    /// The period the plan covers ("2017–2018").
    public var period: String?
    /// The plan's version.
    public var version: String?
    /// The date the report speaks for, as written in plan files (`2018-04-30`).
    public var date: String?
    /// The status of the reported version in a store, as written there (`draft`, `adopted`,
    /// `approved`); nil for a plan read from a file. A draft's report is marked UTKAST (DRAFT).
    public var status: String?

    /// The title block of a report on `plan`.
    ///
    /// - Parameters:
    ///   - plan: The plan reported on.
    ///   - date: The date the report speaks for. When `nil`, the latest date of the plan's revisions and
    ///     approvals, if it has one; reports never use today's date, so the same plan gives the same report.
    public init(plan: Plan, date: PartialDate? = nil) {
        let metadata = plan.metadata
        planID = metadata.id.rawValue
        title = metadata.title
        language = metadata.language
        city = metadata.owner?.city
        board = metadata.owner?.board
        administration = metadata.owner?.administration.map { plan.actorName($0) }
        period = metadata.period.map(DateText.period)
        version = metadata.version
        let planDates = metadata.revisions.compactMap(\.date) + metadata.approvals.compactMap(\.date)
        self.date = (date ?? planDates.max())?.description
    }

    /// A title block that names no plan: a report on several plans has a title, a language and a date.
    init(planID: String, title: String, language: String, date: String?) {
        self.planID = planID
        self.title = title
        self.language = language
        self.date = date
    }
}

/// An actor a report names: its id and its name or title.
public struct ActorName: Hashable, Sendable, Codable {
    /// The actor's id.
    public var id: String
    /// The actor's name, a role's title, or the id when the plan has no such actor.
    public var name: String

    /// Creates an actor name.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

extension Plan {
    /// The name of the actor `id`, or the id itself when the plan has no such actor.
    func actorName(_ id: EntityID) -> String {
        actor(id)?.name ?? id.rawValue
    }

    /// The actor `id` as a report names it.
    func actorReference(_ id: EntityID) -> ActorName {
        ActorName(id: id.rawValue, name: actorName(id))
    }
}
