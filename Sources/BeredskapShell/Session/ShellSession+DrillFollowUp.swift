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
        try workspace.drills.sessionToReport(
            argument?.text, playing: tabletop?.session, location: argument?.location ?? location)
    }

    /// `drill adopt ID`: the after-action report's improvement plan becomes activities of the plan, in
    /// one change set (inside a script or transaction, with it).
    func adoptImprovements(of argument: ToolInvocation.Argument, at location: InputLocation) throws(ShellError) {
        let adoption = try workspace.drills.adopt(argument.text, starts: workspace.today(), location: argument.location)
        guard !adoption.activities.isEmpty else {
            emit("The drill '\(argument.text)' left nothing to improve; the plan is unchanged.\n")
            return
        }
        if case .applied(let record) = adoption.outcome {
            let activities = adoption.activities
            emit(
                "\(activities.count) activit\(activities.count == 1 ? "y" : "ies") added from the improvement plan "
                    + "(#\(record.id)): " + activities.map(\.id.rawValue).joined(separator: ", ") + "\n")
        }
    }

    /// `drill rate OBJECTIVE P|S|M|U "observation"`: an evaluator's rating, also after the drill has ended.
    func rate(
        _ tool: ToolInvocation, in drill: inout ActiveDrill, by: String?, at now: Date, location: InputLocation
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
            try workspace.drills.rate(
                &drill, objective: EntityID(tool.words[1].text), rating: rating, observation: tool.words[3].text,
                by: by, at: now)
        } catch  where error.code == .drill {
            throw ShellError(error.message, at: tool.words[1].location, code: error.code)
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
}
