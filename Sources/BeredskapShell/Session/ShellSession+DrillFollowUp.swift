import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

// The tabletop commands that come after the drill or between its lines: the session a report is about,
// adopting the improvement plan, evaluators' ratings, and what the shell says about expected actions.
extension ShellSession {
    /// The drill session named by `argument`; without one, the drill of this shell (running, paused or
    /// just ended), else the newest session of `plan` in the store.
    func drillToReport(
        _ argument: ToolInvocation.Argument?, plan: Plan, at location: InputLocation
    ) throws(ShellError) -> TabletopSession {
        if let argument { return try openDrill(argument).session }
        if let current = tabletop?.session, current.planID == plan.id { return current }
        let newest: DrillSessionRecord?
        do {
            newest = try store.drillSessions().first { $0.plan == plan.id }
        } catch {
            throw ShellError(error.message, at: location)
        }
        guard let newest else {
            throw ShellError(
                "plan '\(plan.id)' has no drill sessions yet; play one with `drill start SCENARIO`", at: location)
        }
        return try openDrill(ToolInvocation.Argument(text: newest.id, location: location)).session
    }

    /// `drill adopt ID`: the after-action report's improvement plan becomes activities of the plan, in
    /// one change set (inside a script or transaction, with it).
    func adoptImprovements(of argument: ToolInvocation.Argument, at location: InputLocation) throws(ShellError) {
        let session = try openDrill(argument).session
        guard session.state == .ended else {
            throw ShellError(
                "the drill '\(session.id)' has not ended; `drill end` it before adopting its improvement plan",
                at: argument.location)
        }
        let plan = try currentPlan()
        let prefix = "atgard-" + Self.idWord(session.id)
        let existing = Set(
            plan.activities.map(\.id.rawValue) + plan.focusAreas.flatMap { $0.activities.map(\.id.rawValue) })
        if existing.contains(prefix + "-1") {
            throw ShellError(
                "the improvement plan of '\(session.id)' is already in the plan (\(prefix)-1 …)", at: argument.location)
        }
        let activities = DrillReport(session: session, plan: plan).improvementActivities(
            idPrefix: prefix, starts: workspace.today())
        guard !activities.isEmpty else {
            emit("The drill '\(session.id)' left nothing to improve; the plan is unchanged.\n")
            return
        }
        var extended = plan
        extended.activities += activities
        let edits = extended.entities(of: .activity).suffix(activities.count).map {
            LocatedEdit(.add(.activity, $0.fileValue, position: nil), at: argument.location)
        }
        let outcome = try workspace.apply(
            edits, message: "Förbättringsplan från övningen \(session.id)", at: location)
        if case .applied(let record) = outcome {
            emit(
                "\(activities.count) activit\(activities.count == 1 ? "y" : "ies") added from the improvement plan "
                    + "(#\(record.id)): " + activities.map(\.id.rawValue).joined(separator: ", ") + "\n")
        }
    }

    /// `drill rate OBJECTIVE P|S|M|U "observation"`: an evaluator's rating, also after the drill has ended.
    func rate(
        _ tool: ToolInvocation, in session: inout TabletopSession, by: String?, at now: Date, location: InputLocation
    ) throws(ShellError) {
        let usage = "drill rate OBJECTIVE P|S|M|U \"observation\""
        try tool.allowOnly(words: 4, options: ["by"], flags: [], usage: usage, at: location)
        guard tool.words.count == 4, !tool.words[3].text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError("expected `\(usage)`; the observation says what the rating rests on", at: location)
        }
        let word = tool.words[2]
        guard let rating = PerformanceRating(parsing: word.text) else {
            throw ShellError(
                "'\(word.text)' is not a rating; write P, S, M or U, or its meaning ("
                    + PerformanceRating.allCases.map { "\($0.rawValue) = \($0.swedishLabel)" }.joined(separator: ", ")
                    + ")" + Suggestion.didYouMean(word.text, in: PerformanceRating.writtenForms), at: word.location)
        }
        do {
            try session.rate(
                objective: EntityID(tool.words[1].text), rating: rating, observation: tool.words[3].text, by: by,
                at: now)
        } catch {
            throw ShellError(error.description, at: tool.words[1].location)
        }
    }

    /// `--inject N`: the inject numbered N from 1, as `drill status` and the report number them.
    static func injectIndex(_ argument: ToolInvocation.Argument?) throws(ShellError) -> Int? {
        guard let argument else { return nil }
        guard let number = Int(argument.text), number >= 1 else {
            throw ShellError(
                "'--inject' takes an inject's number from 1, as `drill status` shows it, not '\(argument.text)'",
                at: argument.location)
        }
        return number - 1
    }

    /// What an action logged did to the expected actions: the inject it fulfils, or each open expected
    /// action of its role that it did not match, with how to say that it does.
    static func expectationRemarks(after entry: TabletopLogEntry, in session: TabletopSession) -> [String] {
        if let index = entry.inject, let expected = session.scenario.injects[index].expectedAction {
            return [
                "Uppfyller inspel \(index + 1): \(expected.role) \(expected.action)"
                    + (session.contingencies.contains(index) ? " (efter reservinspelet)" : "")
            ]
        }
        return session.openExpectations.filter { $0.expected.role == entry.role }.map { open in
            let number = open.index + 1
            return "Uppfyller inte inspel \(number), som förväntar: \(open.expected.role) \(open.expected.action)"
                + (open.deadline.map { " (senast minut \(Timeline.minutes($0)))" } ?? "")
                + ". Var det den åtgärden: `drill act \(open.expected.role) \"…\" --inject \(number)`"
        }
    }

    /// Lowercase letters, digits and hyphens: a session id as part of an entity id.
    static func idWord(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        let mapped = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return mapped.split(separator: "-").joined(separator: "-")
    }

    /// `pågår`, `pausad`, `avslutad`: a drill's state in the words of the lines around it.
    static func swedish(_ state: TabletopSession.State) -> String {
        switch state {
        case .running: "pågår"
        case .paused: "pausad"
        case .ended: "avslutad"
        }
    }
}
