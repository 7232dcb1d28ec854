import BeredskapModel
import Foundation

extension PlanStore {
    /// Records that the owning nämnd adopted the current version on `date`: draft → adopted. The
    /// decision is added to the plan's approvals.
    @discardableResult
    public func adopt(
        plan id: EntityID? = nil, on date: PartialDate, author: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try advance(id, from: .draft, to: .adopted, action: .adopted, on: date, author: author)
    }

    /// Records that kommunstyrelsen approved the current version on `date`: adopted → approved. From
    /// then on only the follow-up of its activities can change.
    @discardableResult
    public func approve(
        plan id: EntityID? = nil, on date: PartialDate, author: String? = nil
    ) throws(StoreError)
        -> ChangeSetRecord
    {
        try advance(id, from: .adopted, to: .approved, action: .approved, on: date, author: author)
    }

    private func advance(
        _ id: EntityID?, from: PlanStatus, to: PlanStatus, action: Approval.Action, on date: PartialDate,
        author: String?
    ) throws(StoreError) -> ChangeSetRecord {
        try write { db in
            let resolved = try resolve(id, db)
            try requireEditable(resolved, db, for: .approval)
            guard resolved.status == from else {
                let next: String =
                    switch resolved.status {
                    case .draft: "adopt it first (`beredskap adopt`)"
                    case .adopted: "approve it (`beredskap approve`)"
                    case .approved: "start a revision for the next period (`beredskap revise`)"
                    }
                throw StoreError(
                    .lifecycle,
                    "plan '\(resolved.plan)' version \(resolved.number) is \(resolved.status.rawValue), not \(from.rawValue); \(next)"
                )
            }
            let plan = try self.plan(from: Self.document(version: resolved.row, db), resolved)
            var approvals = plan.metadata.approvals
            let body: String
            // An expected decision without a date (the plan says it must happen) gets the date;
            // otherwise the decision is added.
            if let pending = approvals.firstIndex(where: { $0.action == action && $0.date == nil }) {
                approvals[pending].date = date
                body = approvals[pending].body
            } else {
                body = action == .adopted ? (plan.metadata.owner?.board ?? "Nämnden") : "Kommunstyrelsen"
                approvals.append(Approval(action: action, body: body, date: date))
            }
            var editor = VersionEditor(db: db, version: resolved.row, plan: resolved.plan, followUpOnly: false)
            try editor.apply(
                .set(.plan, resolved.plan, field: "approvals", value: approvals.encode(.init()), expected: .anything))
            try db.execute(
                sql:
                    "UPDATE plan_versions SET status = ?, \(to == .adopted ? "adopted_on" : "approved_on") = ? WHERE row_id = ?",
                arguments: [to.rawValue, date.description, resolved.row])
            let changeSet = try beginChangeSet(
                .lifecycle, plan: resolved.plan, version: resolved.row, author: author,
                message: "\(body): \(action.swedishLabel) \(date)", db)
            try record(
                editor.changes
                    + [
                        FieldChange(
                            kind: .plan, id: resolved.plan, field: "@status", old: .string(from.rawValue),
                            new: .string(to.rawValue))
                    ],
                in: changeSet, db)
            return try changeSetRecord(changeSet, db)
        }
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
    /// no decisions: those taken (dated) belonged to the previous version, and only the expected ones
    /// (undated, a requirement the plan states) carry over.
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
            guard resolved.isCurrent, resolved.status != .draft else {
                throw StoreError(
                    .lifecycle,
                    "plan '\(resolved.plan)' version \(resolved.number) is still a draft; edit it rather than revise it"
                )
            }
            var document = try Self.document(version: resolved.row, db)
            let old = document.entities(.plan).first ?? .mapping([])
            let metadata = try document.plan(source: "").metadata
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
            let expected = metadata.approvals.filter { $0.date == nil }
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
