import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation

extension Workspace {
    // MARK: Alerts

    /// Receives an OASIS CAP 1.2 alert: reads it, routes it by the plan's alert rules to an entry path,
    /// and runs that path as a simulated timeline. An alert that matches no rule is not an error: the
    /// intake says so, with the reason.
    ///
    /// - Parameters:
    ///   - data: The alert's XML.
    ///   - source: Its name in messages, such as the file name.
    ///   - seed: The seed of the simulated timeline's random draws.
    ///   - location: Where the request was written, for messages.
    /// - Throws: ``WorkspaceError`` when the alert cannot be read (at its line and column), the plan has
    ///   no usable rules, or a rule routes to a path the plan does not have.
    public func receive(
        alert data: Data, source: String, seed: UInt64 = 1, at location: InputLocation? = nil
    ) throws(WorkspaceError) -> AlertIntake {
        let alert: CAPAlert
        do {
            alert = try CAPParser.parse(data: data, source: source)
        } catch {
            throw WorkspaceError(error.description, at: location)
        }
        let plan = try plan()
        let (rules, notice) = try routingPlan(plan, at: location)
        let routing: AlertRouting
        do {
            routing = try AlertRouting(plan: rules)
        } catch {
            throw WorkspaceError(
                "plan '\(plan.id)' has alert rules that cannot be read:\n  "
                    + error.issues.map { "\($0.path): \($0.message)" }.joined(separator: "\n  "), at: location)
        }
        let decision = routing.decide(alert)
        var intake = AlertIntake(alert: alert, decision: decision, notice: notice)
        guard let route = decision.route else { return intake }
        guard let path = plan.alarmPaths.first(where: { $0.id == route.path }) else {
            throw WorkspaceError(
                "the alert is routed to the alarm path '\(route.path)', which plan '\(plan.id)' does not have; "
                    + "its paths: " + plan.alarmPaths.map(\.id.rawValue).joined(separator: ", "),
                at: location, code: .unknownEntity)
        }
        let calendar = try calendar(at: location)
        let scenario = Scenario(
            name: "cap-\(alert.identifier)", title: decision.info?.headline ?? decision.info?.event ?? alert.identifier,
            path: route.path,
            event: ScenarioEvent(
                start: decision.eventStart, classification: route.classification,
                administration: decision.info?.senderName))
        do {
            intake.timeline = try DryRun.run(
                scenario: scenario, plan: plan, seed: seed, availability: calendar,
                context: EventContext(scenario: scenario, calendar: calendar))
        } catch {
            throw WorkspaceError(error.description, at: location)
        }
        intake.path = path
        return intake
    }

    /// `plan`, or, for the built-in plan stored before alert rules were plan data (schema v2), the plan
    /// with the built-in file's rules, which were the routing then, and a notice saying so.
    func routingPlan(_ plan: Plan, at location: InputLocation?) throws(WorkspaceError) -> (Plan, String?) {
        guard plan.alertRules.isEmpty else { return (plan, nil) }
        guard plan.id == BuiltInPlans.stockholmID, let builtIn = try? BuiltInPlans.stockholm() else {
            throw WorkspaceError(
                "plan '\(plan.id)' has no alert rules, so no alert can be routed; add 'alertRules' to the plan "
                    + "(Documentation/PlanFormat.md, `alertRules`)", at: location)
        }
        var routed = plan
        routed.alertRules = builtIn.alertRules
        return (
            routed,
            "plan '\(plan.id)' has no alert rules of its own (it was stored before they were plan data); "
                + "it is routed by the built-in plan's \(builtIn.alertRules.count) rules, as before"
        )
    }
}
