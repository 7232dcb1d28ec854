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

    /// Records that kommunstyrelsen approved the plan in use on `date`: adopted → approved. From then on
    /// only the follow-up of its activities can change.
    ///
    /// - Throws: ``WorkspaceError`` with the store's `lifecycle` code when the plan is not adopted.
    @discardableResult
    public func approve(on date: PartialDate) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in try store.approve(plan: planID, on: date) }
    }

    /// Starts the next version of the plan in use, an adopted or approved one, as a draft that carries
    /// every activity with its status.
    ///
    /// - Parameters:
    ///   - period: The new period; by default the old one moved a year on.
    ///   - message: Why, for the change log.
    @discardableResult
    public func revise(period: PlanPeriod? = nil, message: String? = nil) throws(WorkspaceError) -> ChangeSetRecord {
        try lifecycle { () throws(StoreError) in try store.startRevision(plan: planID, period: period, message: message)
        }
    }

    /// Runs a lifecycle step of the store; the plan is read again afterwards.
    private func lifecycle(_ step: () throws(StoreError) -> ChangeSetRecord) throws(WorkspaceError) -> ChangeSetRecord {
        guard !isInTransaction else {
            throw WorkspaceError(
                "a plan's lifecycle moves outside a transaction; commit or rollback first", code: .transaction)
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
