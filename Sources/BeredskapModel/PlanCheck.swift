/// A check of a plan that needs knowledge the model does not have, added to the validator's own.
///
/// The model keeps a rota's recurrence rule and an alert rule's CAP values as text; the layer that
/// reads them (BeredskapEscalation) knows whether they are valid. Passing its check to
/// ``PlanValidator/validate(_:with:)`` — or to the plan file reader and the store, which take checks
/// too — reports such problems with every other problem, at their place in the plan.
///
/// ```swift
/// struct NoEmptyPaths: PlanCheck {
///     func issues(in plan: Plan) -> [PlanIssue] {
///         plan.alarmPaths.enumerated().compactMap { index, path in
///             path.steps.isEmpty
///                 ? PlanIssue(.warning, .emptyValue, at: PlanPath(["alarmPaths", .index(index)]), "no steps") : nil
///         }
///     }
/// }
/// ```
public protocol PlanCheck: Sendable {
    /// The problems in `plan`, each at its path.
    func issues(in plan: Plan) -> [PlanIssue]

    /// The kinds of entity the check reads, or nil when it may read any. A store validates an edit of
    /// a unit or an activity without reading the plan's other units and activities only when no check
    /// reads those kinds (see ``PlanValidator/entityLocalKinds``).
    var kindsRead: Set<EntityKind>? { get }
}

extension PlanCheck {
    /// Any kind: a check that does not say what it reads gets the whole plan.
    public var kindsRead: Set<EntityKind>? { nil }
}
