import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

extension ShellSession {
    /// `alarm receive FILE [--seed N]`: reads an OASIS CAP 1.2 alert, routes it to an entry path of the
    /// plan, and runs that path as a simulated timeline. An Exercise or Test alert runs as a drill, with
    /// every line marked ÖVNING; an alert that matches no path is reported and is not an error.
    func alarm(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        try tool.allowOnly(words: 2, options: ["seed"], flags: [], usage: "alarm receive FILE [--seed N]", at: location)
        guard tool.words.first?.text.lowercased() == "receive", tool.words.count == 2 else {
            throw ShellError("expected 'alarm receive FILE', e.g. alarm receive alert.cap", at: location)
        }
        let file = tool.words[1]
        let path = resolvePath(file.text)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read \(path): no such file, or not readable", at: file.location)
        }
        let alert: CAPAlert
        do {
            alert = try CAPParser.parse(data: data, source: file.text)
        } catch {
            throw ShellError(error.description, at: file.location)
        }
        let plan = try currentPlan()
        let rules = try routingPlan(plan, at: file.location)
        let routing: AlertRouting
        do {
            routing = try AlertRouting(plan: rules)
        } catch {
            throw ShellError(
                "plan '\(plan.id)' has alert rules that cannot be read:\n  "
                    + error.issues.map { "\($0.path): \($0.message)" }.joined(separator: "\n  "), at: location)
        }
        let calendar = try planCalendar(plan, at: location)
        let decision = routing.decide(alert)
        let mark = decision.isDrill ? "ÖVNING  " : ""
        let kind = decision.isDrill ? "övning (\(alert.status.rawValue))" : "skarpt larm (\(alert.status.rawValue))"
        var header = [
            "Larm \(alert.identifier) från \(alert.sender), \(kind)",
            "Händelse: \(decision.info?.event ?? alert.infos.first?.event ?? "–")",
        ]
        guard let route = decision.route else {
            header.append("Ingen larmväg: \(decision.reason)")
            emit(header.map { mark + $0 }.joined(separator: "\n") + "\n")
            return
        }
        guard let alarmPath = plan.alarmPaths.first(where: { $0.id == route.path }) else {
            throw ShellError(
                "the alert is routed to the alarm path '\(route.path)', which plan '\(plan.id)' does not have; "
                    + "its paths: " + plan.alarmPaths.map(\.id.rawValue).joined(separator: ", "),
                at: file.location)
        }
        header.append("Larmväg: \(alarmPath.name) (\(route.classification.swedishLabel)) — \(decision.reason)")
        let scenario = Scenario(
            name: "cap-\(alert.identifier)", title: decision.info?.headline ?? decision.info?.event ?? alert.identifier,
            path: route.path,
            event: ScenarioEvent(
                start: decision.eventStart, classification: route.classification,
                administration: decision.info?.senderName))
        let seed = try tool.number("seed", default: 1)
        let timeline: Timeline
        do {
            timeline = try DryRun.run(
                scenario: scenario, plan: plan, seed: seed,
                availability: calendar, context: context(scenario, calendar))
        } catch {
            throw ShellError(error.description, at: location)
        }
        var lines =
            header + [""]
            + rendered(timeline, for: plan).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if !decision.isDrill {
            lines.insert("Simulerad tidslinje: inget larm har skickats till någon.", at: header.count)
        }
        emit(lines.map { $0.isEmpty ? $0 : mark + $0 }.joined(separator: "\n") + "\n")
    }

    /// `timeline` as text in the language of `plan`.
    func rendered(_ timeline: Timeline, for plan: Plan) -> String {
        TimelineText.rendered(timeline, ReportLanguage(planLanguage: plan.metadata.language))
    }

    /// `plan`, or, for the built-in plan stored before alert rules were plan data (schema v2),
    /// the plan with the built-in file's rules, which were the routing then, and a note saying so.
    func routingPlan(_ plan: Plan, at location: InputLocation) throws(ShellError) -> Plan {
        guard plan.alertRules.isEmpty else { return plan }
        guard plan.id == BuiltInPlans.stockholmID, let builtIn = try? BuiltInPlans.stockholm() else {
            throw ShellError(
                "plan '\(plan.id)' has no alert rules, so no alert can be routed; add 'alertRules' to the plan "
                    + "(Documentation/PlanFormat.md, `alertRules`)", at: location)
        }
        errors(
            "note: plan '\(plan.id)' has no alert rules of its own (it was stored before they were plan data); "
                + "it is routed by the built-in plan's \(builtIn.alertRules.count) rules, as before")
        var routed = plan
        routed.alertRules = builtIn.alertRules
        return routed
    }
}
