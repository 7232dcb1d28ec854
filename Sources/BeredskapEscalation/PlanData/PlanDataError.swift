import BeredskapModel

/// A plan whose calendar or alert routing cannot be used: every problem, each at its place in the plan.
///
/// ```swift
/// do { _ = try PlanCalendar(plan: plan) } catch {
///     for issue in error.issues { print(issue) }   // rotas[0].repeats: 'FREQ=WEKLY' …
/// }
/// ```
public struct PlanDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order of the plan.
    public var issues: [PlanIssue]

    /// Creates an error from problems.
    public init(issues: [PlanIssue]) { self.issues = issues }

    /// One line per problem: `rotas[0].repeats: …`.
    public var description: String {
        issues.map { "\($0.path): \($0.message)" }.joined(separator: "\n")
    }
}
