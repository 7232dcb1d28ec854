import BeredskapModel
import BeredskapStorage

extension Workspace {
    // MARK: Lifecycle

    /// The plan in use's current version and where it stands: draft, adopted or approved.
    public func status() throws(WorkspaceError) -> (version: Int, status: PlanStatus) {
        do {
            return try store.status(plan: planID)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// Records that the owning nämnd adopted the plan in use on `date`: draft → adopted.
    ///
    /// - Throws: ``WorkspaceError`` with the store's `lifecycle` code when the plan is not a draft.
    @discardableResult
    public func adopt(on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in try store.adopt(plan: planID, on: date) }
    }

    /// Records that the body the plan's chain names (kommunstyrelsen, in Stockholm's) approved the plan
    /// in use on `date`: adopted → approved. From then on only the follow-up of its activities can change.
    ///
    /// - Throws: ``WorkspaceError`` with the store's `lifecycle` code when the plan is not adopted.
    @discardableResult
    public func approve(on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in try store.approve(plan: planID, on: date) }
    }

    /// Records a decision of the plan in use's decision chain taken on `date`: the one the chain
    /// expects next of `action` gets the date and `details`, and adopting and approving move the
    /// version's status on (see `PlanStore.record(_:plan:on:details:author:)`).
    ///
    /// ```swift
    /// try workspace.record(.referred, on: PartialDate(parsing: "2017-03-01"),
    ///     details: DecisionDetails(bodies: ["Stadsdelsnämnderna"], deadline: PartialDate(parsing: "2017-04-15")))
    /// ```
    ///
    /// - Throws: ``WorkspaceError`` with the store's `lifecycle` code when the plan's status or chain
    ///   does not allow the decision yet.
    @discardableResult
    public func record(
        _ action: Approval.Action, on date: PartialDate, details: DecisionDetails = DecisionDetails()
    ) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in
            try store.record(action, plan: planID, on: date, details: details)
        }
    }

    /// Starts the next version of the plan in use, an adopted or approved one, as a draft that carries
    /// every activity with its status, the plan's labels and period, and no decision taken.
    ///
    /// - Parameters:
    ///   - period: The new period; the old one when nil.
    ///   - label: The new version's own label, added to its revision list; the old one when nil.
    ///   - message: Why, for the change log.
    @discardableResult
    public func revise(
        period: PlanPeriod? = nil, label: String? = nil, message: String? = nil
    ) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in
            try store.startRevision(plan: planID, period: period, label: label, message: message)
        }
    }

    // MARK: The store's plans

    /// The plans in use in the store, by id; with `archived`, the archived ones instead.
    public func plans(archived: Bool = false) throws(WorkspaceError) -> [PlanStore.PlanInfo] {
        do {
            return try store.plans(archived: archived)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// Makes `id` the plan commands use when none is named (on a shared store, this login's), and the
    /// plan in use here.
    ///
    /// - Returns: The plan that was the default before, if any.
    @discardableResult
    public func makeDefault(_ id: EntityID) throws(WorkspaceError) -> EntityID? {
        do {
            let before = try store.plans().first(where: \.isDefault)?.id
            try store.setDefaultPlan(id)
            planID = id
            forgetPlan()
            return before
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// Takes plan `id` out of use: archived with every version, its history and drills, never deleted
    /// (see `PlanStore.archive(plan:author:message:)`). When it is the plan in use here, the store's
    /// only or default plan is used from then on.
    @discardableResult
    public func archive(_ id: EntityID, message: String? = nil) throws(WorkspaceError) -> ChangeSetRecord {
        let record = try lifecycle { () throws(StoreError) in try store.archive(plan: id, message: message) }
        if planID == id { planID = nil }
        return record
    }

    /// Brings the archived plan `id` back into use as it was.
    @discardableResult
    public func restore(_ id: EntityID, message: String? = nil) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in try store.restore(plan: id, message: message) }
    }

    /// Runs a lifecycle step of the store; the plan is read again afterwards.
    private func lifecycle(_ step: () throws(StoreError) -> ChangeSetRecord) throws(WorkspaceError) -> ChangeSetRecord {
        // A script's statements gather into one change set; a lifecycle step is a change set of its own,
        // taken at once, so it may come in a script, but not after edits the script has not applied yet.
        guard !isExplicitTransaction else {
            throw WorkspaceError(
                "a plan's lifecycle moves outside a transaction; commit or rollback first", code: .transaction)
        }
        guard !hasPendingEdits else {
            throw WorkspaceError(
                "a plan's lifecycle moves on its own, not after edits not yet applied: run it before the edits, "
                    + "or in a script or -c of its own", code: .transaction)
        }
        do {
            let record = try step()
            forgetPlan()
            return record
        } catch {
            throw WorkspaceError(error)
        }
    }
}
