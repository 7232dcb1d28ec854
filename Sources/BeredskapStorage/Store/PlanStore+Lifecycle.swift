import BeredskapModel
import Foundation

/// What a decision recorded by ``PlanStore/record(_:plan:on:details:author:)`` says besides its kind
/// and date; what it leaves out comes from the decision the plan's chain expects.
public struct DecisionDetails: Hashable, Sendable {
    /// The body that took the decision, when not the one the plan's chain names.
    public var body: String?
    /// The bodies a referral goes to.
    public var bodies: [String]
    /// When the bodies of a referral are to answer by.
    public var deadline: PartialDate?
    /// The condition of a conditional decision.
    public var condition: String?
    /// The decision's diary number.
    public var diaryNumber: String?

    /// Creates the details of a decision.
    public init(
        body: String? = nil, bodies: [String] = [], deadline: PartialDate? = nil, condition: String? = nil,
        diaryNumber: String? = nil
    ) {
        self.body = body
        self.bodies = bodies
        self.deadline = deadline
        self.condition = condition
        self.diaryNumber = diaryNumber
    }
}

extension PlanStore {
    /// Records that the owning nämnd adopted the current version on `date`: draft → adopted. The
    /// decision is added to the plan's approvals.
    @discardableResult
    public func adopt(
        plan id: EntityID? = nil, on date: PartialDate, author: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try record(.adopted, plan: id, on: date, author: author)
    }

    /// Records that the body the plan's chain names approved the current version on `date`: adopted →
    /// approved. From then on only the follow-up of its activities can change.
    @discardableResult
    public func approve(
        plan id: EntityID? = nil, on date: PartialDate, author: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try record(.approved, plan: id, on: date, author: author)
    }

    /// Records a decision of the plan's decision chain taken on `date`, following the chain the plan
    /// declares in its approvals.
    ///
    /// The decision the chain expects (the first of `action` without a date) gets the date and the
    /// `details` given; when the chain expects none, the decision is added at its end. Every decision
    /// listed before it must have been taken. Adopting moves the version from draft to adopted,
    /// approving from adopted to approved (its content is then fixed); a referral, a review and the
    /// publication leave the status as it is.
    ///
    /// - Parameters:
    ///   - action: The kind of decision.
    ///   - id: The plan; the store's only or default plan when nil.
    ///   - date: The date of the decision.
    ///   - details: The body, for a decision the chain does not expect or one another body took (an
    ///     adoption the chain does not list falls back to the plan's owning nämnd), the bodies and
    ///     deadline of a referral, the condition of a conditional decision, the diary number.
    ///   - author: Who records it; the store's default author when nil.
    /// - Throws: ``StoreError`` with code `lifecycle` when the plan's status or chain does not allow
    ///   the decision yet, or when the chain names no body and `details` none either.
    @discardableResult
    public func record(
        _ action: Approval.Action, plan id: EntityID? = nil, on date: PartialDate,
        details: DecisionDetails = DecisionDetails(), author: String? = nil
    ) throws(StoreError) -> ChangeSetRecord {
        try write { db in
            let resolved = try resolve(id, db)
            try requireEditable(resolved, db, for: .approval)
            let plan = try self.plan(from: Self.document(version: resolved.row, db), resolved)
            var approvals = plan.metadata.approvals
            // A draft imported with the decisions its file records taken stands where they say.
            let status = Self.status(of: resolved, chain: approvals)
            let transition = try Self.transition(action, of: resolved, status: status)
            let position = approvals.firstIndex { $0.action == action && !$0.isTaken } ?? approvals.count
            if let earlier = approvals[..<position].first(where: { !$0.isTaken }) {
                throw StoreError(
                    .lifecycle,
                    "plan '\(resolved.plan)' expects it to be \(Self.describe(earlier)) first; record that "
                        + "(`beredskap \(Self.command(earlier.action))`), or take it out of the plan's approvals")
            }
            var decision: Approval
            if position < approvals.count {
                decision = approvals[position]
            } else {
                guard
                    let body = details.body
                        ?? (action == .adopted ? plan.metadata.owner?.board : nil)
                else {
                    throw StoreError(
                        .lifecycle,
                        "plan '\(resolved.plan)' names no body by which it is to be \(action.rawValue) "
                            + "(its approvals expect no such decision); name the body: "
                            + "`beredskap \(Self.command(action)) --by BODY --date \(date)`")
                }
                decision = Approval(action: action, body: body)
            }
            decision.date = date
            if let body = details.body { decision.body = body }
            if !details.bodies.isEmpty { decision.bodies = details.bodies }
            if let deadline = details.deadline { decision.deadline = deadline }
            if let condition = details.condition { decision.condition = condition }
            if let diaryNumber = details.diaryNumber { decision.diaryNumber = diaryNumber }
            if action == .referred, decision.bodies.isEmpty {
                throw StoreError(
                    .lifecycle,
                    "a referral goes to the bodies that answer it, and plan '\(resolved.plan)' names none; "
                        + "name them: `beredskap refer --to BODY --date \(date)`")
            }
            if position < approvals.count { approvals[position] = decision } else { approvals.append(decision) }
            var editor = VersionEditor(db: db, version: resolved.row, plan: resolved.plan, followUpOnly: false)
            try editor.apply(
                .set(.plan, resolved.plan, field: "approvals", value: approvals.encode(.init()), expected: .anything))
            var changes = editor.changes
            if let transition {
                try db.execute(
                    sql:
                        "UPDATE plan_versions SET status = ?, \(transition.to == .adopted ? "adopted_on" : "approved_on") = ? WHERE row_id = ?",
                    arguments: [transition.to.rawValue, date.description, resolved.row])
                changes.append(
                    FieldChange(
                        kind: .plan, id: resolved.plan, field: "@status", old: .string(resolved.status.rawValue),
                        new: .string(transition.to.rawValue)))
            }
            let changeSet = try beginChangeSet(
                .lifecycle, plan: resolved.plan, version: resolved.row, author: author,
                message: ChangeSetMessage.decision(
                    action, by: decision.body, on: date.description, language: plan.metadata.language), db)
            try record(changes, in: changeSet, db)
            return try changeSetRecord(changeSet, db)
        }
    }

    /// The status a version stands at: its own, or for a draft whose chain records the adoption (and
    /// the approval) taken — stored before a plan imported with its decisions started where they say —
    /// the status they give.
    private static func status(of resolved: ResolvedVersion, chain: [Approval]) -> PlanStatus {
        resolved.status == .draft ? decided(by: chain).status : resolved.status
    }

    /// The status a plan's decision chain gives it, with the dates of the adoption and approval taken:
    /// approved when it records an approval taken, adopted when an adoption, else a draft.
    static func decided(by chain: [Approval]) -> (status: PlanStatus, adopted: PartialDate?, approved: PartialDate?) {
        let adopted = chain.last { $0.action == .adopted && $0.isTaken }?.date
        let approved = chain.last { $0.action == .approved && $0.isTaken }?.date
        return (approved != nil ? .approved : adopted != nil ? .adopted : .draft, adopted, approved)
    }

    /// The status change a decision makes, if any, after checking that the version's `status` allows it.
    private static func transition(
        _ action: Approval.Action, of resolved: ResolvedVersion, status: PlanStatus
    ) throws(StoreError) -> (from: PlanStatus, to: PlanStatus)? {
        let transition: (from: PlanStatus, to: PlanStatus)? =
            switch action {
            case .adopted: (.draft, .adopted)
            case .approved: (.adopted, .approved)
            case .referred, .reviewed, .published: nil
            }
        guard let transition, status != transition.from else { return transition }
        let next: String =
            switch status {
            case .draft: "adopt it first (`beredskap adopt`)"
            case .adopted: "approve it (`beredskap approve`)"
            case .approved: "start a revision for the next period (`beredskap revise`)"
            }
        throw StoreError(
            .lifecycle,
            "plan '\(resolved.plan)' version \(resolved.number) is \(status.rawValue), not \(transition.from.rawValue); \(next)"
        )
    }

    /// The command that records decisions of kind `action`.
    static func command(_ action: Approval.Action) -> String {
        switch action {
        case .referred: "refer"
        case .reviewed: "review"
        case .adopted: "adopt"
        case .approved: "approve"
        case .published: "publish"
        }
    }

    /// An expected decision as messages name it: "approved by Kommunstyrelsen".
    static func describe(_ decision: Approval) -> String {
        "\(decision.action.rawValue) by \(decision.body)"
    }

    /// The status of the current version of a plan.
    public func status(plan id: EntityID? = nil) throws(StoreError) -> (version: Int, status: PlanStatus) {
        try wrapping {
            try backend.read { db in
                let resolved = try resolve(id, db); return (resolved.number, resolved.status)
            }
        }
    }

    /// Starts the next version of an adopted or approved plan as a draft: every entry is carried over,
    /// activities with their whole status log, and the previous version stays readable.
    ///
    /// The new draft keeps the plan's own labels and period unless told otherwise, and starts with
    /// no decision taken: the decisions taken belonged to the previous version, and the new one goes
    /// through the same chain, every decision of it expected again (the same kinds, bodies, notes and basis,
    /// without dates, diary numbers, deadlines or conditions).
    ///
    /// - Parameters:
    ///   - id: The plan; the store's only or default plan when nil.
    ///   - period: The new period; the old one when nil.
    ///   - label: The new version's own label (`plan.version`), also added to its revision list with
    ///     today's date and `message`; the old label, and the list as it was, when nil.
    ///   - author: Who starts the revision; the store's default author when nil.
    ///   - message: Why, for the change log.
    @discardableResult
    public func startRevision(
        plan id: EntityID? = nil, period: PlanPeriod? = nil, label: String? = nil, author: String? = nil,
        message: String? = nil
    )
        throws(StoreError) -> ChangeSetRecord
    {
        try write { db in
            let resolved = try resolve(id, db)
            try authorize(resolved.plan, for: .content, db)
            var document = try Self.document(version: resolved.row, db)
            let old = document.entities(.plan).first ?? .mapping([])
            let metadata = try document.plan(source: "").metadata
            guard resolved.isCurrent, Self.status(of: resolved, chain: metadata.approvals) != .draft else {
                throw StoreError(
                    .lifecycle,
                    "plan '\(resolved.plan)' version \(resolved.number) is still a draft; edit it rather than revise it"
                )
            }
            let number = resolved.number + 1
            var fields: [(String, PlanValue?)] = []
            if let period { fields.append(("period", period.encode(.init()))) }
            if let label {
                let revision = PlanRevision(
                    version: label, date: try? PartialDate(parsing: String(Self.timestamp().prefix(10))),
                    summary: message ?? "Revidering")
                fields.append(("version", .string(label)))
                fields.append(("revisions", (metadata.revisions + [revision]).encode(.init())))
            }
            let expected = metadata.approvals.map { taken in
                var decision = Approval(action: taken.action, body: taken.body, bodies: taken.bodies, note: taken.note)
                decision.basis = taken.basis
                return decision
            }
            if expected != metadata.approvals {
                fields.append(("approvals", expected.isEmpty ? nil : expected.encode(.init())))
            }
            var changes: [FieldChange] = []
            for (field, value) in fields where old[field] != value {
                let change = FieldChange(kind: .plan, id: resolved.plan, field: field, old: old[field], new: value)
                document.apply(change, fieldOrder: \.fieldKeys)
                changes.append(change)
            }
            let version = try db.insert(
                sql: "INSERT INTO plan_versions (plan_id, number, status, created_at) VALUES (?, ?, 'draft', ?)",
                arguments: [resolved.plan.rawValue, number, Self.timestamp()], returning: "row_id")
            try Self.insert(document, version: version, db)
            let changeSet = try beginChangeSet(
                .revision, plan: resolved.plan, version: version, author: author,
                message: message ?? "Version \(number) påbörjad", db)
            try record(changes, in: changeSet, db)
            return try changeSetRecord(changeSet, db)
        }
    }
}
