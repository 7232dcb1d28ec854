import BeredskapModel
import Foundation

/// Role availability as the plan states it: a role that is `officeHours` is reachable only in office
/// hours; `always` and `onDuty` roles around the clock. Roles the plan does not know are available.
///
/// ```swift
/// let availability = PlanAvailability(plan: plan) { date in officeHours.contains(date) }
/// availability.isAvailable("sof-direktor", at: saturdayNight)   // false if the plan says officeHours
/// ```
public struct PlanAvailability: RoleAvailability {
    private let officeHoursRoles: Set<EntityID>
    private let isOfficeHours: @Sendable (Date) -> Bool

    /// Availability from `plan`'s roles, with office hours decided by `isOfficeHours`.
    public init(plan: Plan, isOfficeHours: @escaping @Sendable (Date) -> Bool) {
        officeHoursRoles = Set(plan.roles.filter { $0.availability == .officeHours }.map(\.id))
        self.isOfficeHours = isOfficeHours
    }

    /// Whether `role` can be reached at `date`.
    public func isAvailable(_ role: EntityID, at date: Date) -> Bool {
        !officeHoursRoles.contains(role) || isOfficeHours(date)
    }
}
