import BeredskapModel

/// The escalation layer's check of a plan: office hours, rotas and alert rules that cannot be read.
///
/// Pass it wherever a plan is read or changed, so such a problem is reported with the plan's other
/// problems, at its line, before anything runs:
///
/// ```swift
/// let result = try PlanFileReader.read(contentsOf: "plan.yaml", checks: [EscalationCheck()])
/// let store = try PlanStore.open(.file("beredskap.sqlite"), checks: [EscalationCheck()])
/// ```
public struct EscalationCheck: PlanCheck {
    /// Creates the check.
    public init() {}

    /// Every office-hours rule, rota and alert rule of `plan` that cannot be read.
    public func issues(in plan: Plan) -> [PlanIssue] {
        PlanCalendar.read(plan).1 + AlertRouting.read(plan).1
    }

    /// The plan's office hours, its rotas and the roles they staff, its alert rules and the paths
    /// they route to.
    public var kindsRead: Set<EntityKind>? { [.plan, .rota, .role, .alertRule, .alarmPath] }
}
