import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation

extension Workspace {
    // MARK: The follow-up of every plan

    /// The follow-up of every plan of the store on one date, for the city's central coordinator: each
    /// plan's id, title, owning administration, version and status, how many of its activities have
    /// each status and how many are overdue, as `FollowUpReport` (BeredskapReporting) counts them;
    /// `report(_:)` with ``ReportRequest/plans`` `.all` renders it.
    ///
    /// ```swift
    /// let city = try workspace.followUpOverview()
    /// city.total.overdueCount   // overdue activities in every administration's plan
    /// ```
    ///
    /// Each plan's title, owner and activities' starts, follow-ups and status logs are read from the
    /// store's tables in two statements for the whole store, not plan by plan and not whole; the plan
    /// in use inside a transaction with pending edits is counted with them. A date that has passed counts
    /// each plan as it was at the end of that day, as the follow-up of one plan does, and leaves out
    /// a plan that did not exist yet then.
    ///
    /// - Parameter date: The follow-up date; today in the plan in use's time zone when nil.
    public func followUpOverview(asOf date: PartialDate? = nil) throws(WorkspaceError) -> FollowUpOverview {
        let asOf = date ?? today()
        let looksBack = date.map { endOfDay($0) < Date() } ?? false
        let plans: [PlanStore.PlanInfo]
        let inUse: EntityID?
        do {
            plans = try store.plans()
            inUse = hasPendingEdits ? try store.metadata(planID).id : nil
        } catch {
            throw WorkspaceError(error)
        }
        // The plans as the store holds them now are read from its tables in two statements; should
        // those not read as documented, each plan's activities are read through the typed queries.
        let tables = looksBack ? nil : try? FollowUpTables.read(store)
        var rows: [FollowUpOverview.PlanFollowUp] = []
        for info in plans {
            if info.id != inUse, let row = tables?[info.id] {
                rows.append(
                    FollowUpOverview.PlanFollowUp(
                        planID: info.id.rawValue, title: row.title, administration: row.administration,
                        version: info.version, status: info.status.rawValue, activities: row.activities, asOf: asOf))
                continue
            }
            let plan: Plan
            if info.id == inUse {
                plan = try self.plan()
            } else if looksBack {
                guard let then = try storedPlan(info.id, atEndOf: asOf).plan else { continue }
                plan = then
            } else {
                rows.append(try Self.storedFollowUp(info, store: store, asOf: asOf))
                continue
            }
            rows.append(
                FollowUpOverview.PlanFollowUp(
                    planID: info.id.rawValue, title: plan.metadata.title,
                    administration: plan.metadata.owner?.administration.map { plan.actor($0)?.name ?? $0.rawValue },
                    version: info.version, status: info.status.rawValue, activities: plan.allActivities, asOf: asOf))
        }
        return FollowUpOverview(plans: rows, asOf: asOf, language: metadata?.language ?? "sv")
    }

    /// A plan's row of the follow-up of every plan from the store's metadata, activities and owner's
    /// name alone: a plan of 100 activities is not read whole for their statuses.
    private static func storedFollowUp(
        _ info: PlanStore.PlanInfo, store: PlanStore, asOf: PartialDate
    ) throws(WorkspaceError) -> FollowUpOverview.PlanFollowUp {
        do {
            let activities = try store.entities(.activity, where: nil, plan: info.id).compactMap {
                $0.model as? Activity
            }
            // The owner as the plan's metadata names it now: the store's list of plans may still give
            // the one it was imported with.
            let metadata = try store.metadata(info.id)
            let administration = try metadata.owner?.administration.map { owner throws(StoreError) in
                try store.entities(.organization, where: .value(.key("id"), .oneOf([owner.rawValue])), plan: info.id)
                    .first.map { EntityRow(kind: .organizations, entity: $0).name } ?? owner.rawValue
            }
            return FollowUpOverview.PlanFollowUp(
                planID: info.id.rawValue, title: metadata.title, administration: administration, version: info.version,
                status: info.status.rawValue, activities: activities, asOf: asOf)
        } catch {
            throw WorkspaceError(error)
        }
    }
}
