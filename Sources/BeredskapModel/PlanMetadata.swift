/// What a plan is: its id and title, who owns it, the period, versions, how it was approved, the
/// documents it rests on and how it is followed up. The `plan` mapping of a plan file.
public struct PlanMetadata: Hashable, Sendable, Grounded {
    /// The plan's id, unique in a store ("stockholm-socialforvaltningen-2017-2018").
    public var id: EntityID
    /// The title ("Handlingsplan mot våldsbejakande extremism 2017–2018").
    public var title: String
    /// The language of the plan's text, a BCP 47 tag ("sv").
    public var language: String
    /// The plan's version as the owner numbers it.
    public var version: String?
    /// The plan's diary numbers (*diarienummer*), one for each register it is filed in
    /// ("SLK 2017/1234", "SoF 2017-0567").
    public var diaryNumbers: [String]
    /// When the plan was published, which may be long after the version's date.
    public var publishedOn: PartialDate?
    /// Who owns the plan.
    public var owner: PlanOwner?
    /// The period the plan covers.
    public var period: PlanPeriod?
    /// The plan's revision history.
    public var revisions: [PlanRevision]
    /// The plan's decision chain, in order: the decisions taken (dated) and those still expected.
    public var approvals: [Approval]
    /// Documents the plan rests on (its footnotes).
    public var references: [PlanReference]
    /// How the plan is followed up and revised.
    public var followUp: FollowUpPolicy?
    /// The time zone of the plan's wall times, an IANA identifier ("Europe/Helsinki"); `nil` means
    /// the default jurisdiction's (Europe/Stockholm).
    public var timeZone: String?
    /// The public holidays and eves the plan's offices close on; `nil` means the default
    /// jurisdiction's (Swedish).
    public var holidays: HolidayCalendar?
    /// When the administration's offices are staffed; roles with `availability: officeHours` answer
    /// then. Empty means the common Swedish municipal default (Monday–Friday 08:00–16:30); offices
    /// are closed on the holidays of ``holidays`` and their eves either way.
    public var officeHours: [OfficeHoursRule]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates plan metadata.
    public init(
        id: EntityID, title: String, language: String = "sv", version: String? = nil, diaryNumbers: [String] = [],
        publishedOn: PartialDate? = nil, owner: PlanOwner? = nil,
        period: PlanPeriod? = nil, revisions: [PlanRevision] = [], approvals: [Approval] = [],
        references: [PlanReference] = [], followUp: FollowUpPolicy? = nil, timeZone: String? = nil,
        holidays: HolidayCalendar? = nil, officeHours: [OfficeHoursRule] = []
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.version = version
        self.diaryNumbers = diaryNumbers
        self.publishedOn = publishedOn
        self.owner = owner
        self.period = period
        self.revisions = revisions
        self.approvals = approvals
        self.references = references
        self.followUp = followUp
        self.timeZone = timeZone
        self.holidays = holidays
        self.officeHours = officeHours
    }
}

/// Who owns a plan: the city, the nämnd and the administration.
public struct PlanOwner: Hashable, Sendable {
    /// The city or municipality ("Stockholms stad").
    public var city: String?
    /// The board (*nämnd*) that owns the plan ("Socialnämnden").
    public var board: String?
    /// The owning administration: the id of an ``Organization``.
    public var administration: EntityID?

    /// Creates an owner.
    public init(city: String? = nil, board: String? = nil, administration: EntityID? = nil) {
        self.city = city
        self.board = board
        self.administration = administration
    }
}

/// The period a plan covers, such as 2017–2018.
public struct PlanPeriod: Hashable, Sendable {
    /// The first year, month or day covered.
    public var start: PartialDate
    /// The last year, month or day covered.
    public var end: PartialDate?

    /// Creates a period.
    public init(start: PartialDate, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }
}

/// One version of the plan in its revision history.
public struct PlanRevision: Hashable, Sendable {
    /// The version.
    public var version: String
    /// When the version was made.
    public var date: PartialDate?
    /// What changed.
    public var summary: String?

    /// Creates a revision entry.
    public init(version: String, date: PartialDate? = nil, summary: String? = nil) {
        self.version = version
        self.date = date
        self.summary = summary
    }
}

/// A decision of the plan's decision chain, its way to force: referred for consultation to named
/// bodies, reviewed, adopted by the nämnd, approved by kommunstyrelsen or another body (perhaps on a
/// condition), published. The plan lists its chain in order; a decision without a date is one the
/// chain still expects, which the lifecycle commands record when it is taken.
public struct Approval: Hashable, Sendable, Grounded {
    /// What kind of decision.
    public enum Action: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "approval action"

        /// Referred for consultation (*remitterad*, sent on *remiss*) to the ``Approval/bodies``, who
        /// answer by the ``Approval/deadline``.
        case referred
        /// Reviewed (*granskad*) by a body outside the administration, such as a university.
        case reviewed
        /// Adopted (*behandlad*, *antagen*) by the owning nämnd.
        case adopted
        /// Approved (*godkänd*) by kommunstyrelsen or the body the plan names.
        case approved
        /// Published (*publicerad*).
        case published

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .referred: "remitterad"
            case .reviewed: "granskad"
            case .adopted: "behandlad"
            case .approved: "godkänd"
            case .published: "publicerad"
            }
        }
    }

    /// What kind of decision.
    public var action: Action
    /// The body that decides, or that refers, reviews or publishes ("Socialnämnden",
    /// "Kommunstyrelsen", "Malmö universitet").
    public var body: String
    /// The date of the decision; `nil` for a decision the chain still expects.
    public var date: PartialDate?
    /// The diary number (*diarienummer*) of the decision.
    public var diaryNumber: String?
    /// Further diary numbers of the decision, for one filed in several registers.
    public var otherDiaryNumbers: [String]
    /// The bodies a referral goes to (*remissinstanser*).
    public var bodies: [String]
    /// When the bodies of a referral are to answer by.
    public var deadline: PartialDate?
    /// The condition a conditional decision was taken on, as the decision words it.
    public var condition: String?
    /// A remark.
    public var note: String?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an approval.
    public init(
        action: Action, body: String, date: PartialDate? = nil, diaryNumber: String? = nil,
        otherDiaryNumbers: [String] = [], bodies: [String] = [], deadline: PartialDate? = nil,
        condition: String? = nil, note: String? = nil
    ) {
        self.action = action
        self.body = body
        self.date = date
        self.diaryNumber = diaryNumber
        self.otherDiaryNumbers = otherDiaryNumbers
        self.bodies = bodies
        self.deadline = deadline
        self.condition = condition
        self.note = note
    }

    /// Whether the decision was taken: it has a date.
    public var isTaken: Bool { date != nil }
}

extension PlanMetadata {
    /// The first decision of the plan's chain not yet taken, where the plan stands in its chain; `nil`
    /// when every decision the plan lists was taken.
    public var pendingDecision: Approval? { approvals.first { !$0.isTaken } }
}

/// A document the plan rests on: a law, a directive, the city's guidelines.
public struct PlanReference: Hashable, Sendable, Identifiable, Grounded {
    /// What kind of document.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "reference kind"

        /// A law (*lag*).
        case law
        /// A government directive (*kommittédirektiv*).
        case directive
        /// Guidelines (*riktlinjer*).
        case guideline
        /// A report or government publication (Ds, SOU).
        case report
        /// A budget.
        case budget
        /// Another plan.
        case plan
        /// Anything else.
        case other

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .law: "lag"
            case .directive: "direktiv"
            case .guideline: "riktlinjer"
            case .report: "rapport"
            case .budget: "budget"
            case .plan: "plan"
            case .other: "övrigt"
            }
        }
    }

    /// The reference's id.
    public var id: EntityID
    /// What kind of document.
    public var kind: Kind
    /// Its title.
    public var title: String
    /// Who issued it.
    public var issuer: String?
    /// Its diary number (*dnr*).
    public var diaryNumber: String?
    /// When it was issued or decided.
    public var date: PartialDate?
    /// A remark.
    public var note: String?

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a reference.
    public init(
        id: EntityID, kind: Kind, title: String, issuer: String? = nil, diaryNumber: String? = nil,
        date: PartialDate? = nil, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.issuer = issuer
        self.diaryNumber = diaryNumber
        self.date = date
        self.note = note
    }
}

/// How a plan is followed up and revised, as the city's guidelines require.
public struct FollowUpPolicy: Hashable, Sendable {
    /// How often the plan is followed up.
    public var frequency: Frequency?
    /// Within which ordinary governance the follow-up happens.
    public var framework: String?
    /// The first follow-up occasion.
    public var firstReport: String?
    /// Follow-up that happens continuously, and where.
    public var continuous: String?
    /// How the plan is revised.
    public var revision: RevisionPolicy?

    /// Creates a follow-up policy.
    public init(
        frequency: Frequency? = nil, framework: String? = nil, firstReport: String? = nil,
        continuous: String? = nil, revision: RevisionPolicy? = nil
    ) {
        self.frequency = frequency
        self.framework = framework
        self.firstReport = firstReport
        self.continuous = continuous
        self.revision = revision
    }
}

/// How a plan is revised: how often, on what basis, when next, and what a revision must show.
public struct RevisionPolicy: Hashable, Sendable {
    /// How often the plan is revised.
    public var frequency: Frequency?
    /// What a revision is based on (the *lägesbild*).
    public var basis: String?
    /// The next revision occasion ("Tertialrapport 1 2018").
    public var next: String?
    /// The date of the next revision, when known.
    public var nextDate: PartialDate?
    /// What a revision must show.
    public var requirement: String?

    /// Creates a revision policy.
    public init(
        frequency: Frequency? = nil, basis: String? = nil, next: String? = nil, nextDate: PartialDate? = nil,
        requirement: String? = nil
    ) {
        self.frequency = frequency
        self.basis = basis
        self.next = next
        self.nextDate = nextDate
        self.requirement = requirement
    }
}
