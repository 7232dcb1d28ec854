import BeredskapModel
import Foundation

/// Whether the holder of a role can be reached at a given time: the seam for rotas, holidays and
/// absences.
///
/// When the primary is unavailable, the simulation contacts the plan's deputy at once, and the timeline
/// says so; a role the plan names no deputy for is then not reached.
///
/// ```swift
/// struct OnLeave: RoleAvailability {
///     func isAvailable(_ role: EntityID, at date: Date) -> Bool { role != "stadsdirektor" }
/// }
/// ```
public protocol RoleAvailability: Sendable {
    /// Whether the primary holder of `role` can be reached at `date`.
    func isAvailable(_ role: EntityID, at date: Date) -> Bool

    /// The same availability, ready to be asked many times about moments in `interval`: a simulation
    /// asks this once before its runs, with the days after the event. The default is `self`.
    func preparing(for interval: DateInterval) -> Self

    /// Whether every role can be reached at every moment, so a simulation need not ask; `false` by
    /// default.
    var isEveryoneAlwaysAvailable: Bool { get }
}

extension RoleAvailability {
    /// `self`: availability that is cheap to ask needs no preparing.
    public func preparing(for interval: DateInterval) -> Self { self }

    /// `false`: the simulation asks about each role it contacts.
    public var isEveryoneAlwaysAvailable: Bool { false }
}

/// Every role's holder can always be reached: the default.
public struct AlwaysAvailable: RoleAvailability {
    /// Creates the default availability.
    public init() {}

    /// Always `true`.
    public func isAvailable(_ role: EntityID, at date: Date) -> Bool { true }

    /// `true`.
    public var isEveryoneAlwaysAvailable: Bool { true }
}
