import BeredskapModel

/// Which plans of the store a question is about: the plan in use, or every plan the store holds.
///
/// A city's store holds every administration's plan; the central coordinator asks across all of them:
///
/// ```swift
/// let late = Condition.comparison(field: "status", op: .equal, value: .text("postponed"), location: .unknown)
/// for row in try workspace.select(PlanQuery(.activities, where: late, plans: .all)) {
///     print(row.plan?.rawValue ?? "", row.id)
/// }
/// ```
public enum PlanScope: Sendable, Equatable {
    /// The plan in use: ``Workspace/planID``, else the store's only or default plan.
    case current
    /// Every plan the store holds, in the order of their ids.
    case all
}

/// A plan a question reads: its id, and whether it is the plan in use, whose pending edits the
/// question sees.
struct QueriedPlan {
    /// The plan's id; nil for the store's only or default plan.
    let id: EntityID?
    /// Whether it is the plan in use.
    let inUse: Bool
}
