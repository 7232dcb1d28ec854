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
        let intake = try workspace.receive(
            alert: data, source: file.text, seed: try tool.number("seed", default: 1), at: file.location)
        if let notice = intake.notice { errors("note: " + notice) }
        let (alert, decision) = (intake.alert, intake.decision)
        let mark = decision.isDrill ? "ÖVNING  " : ""
        let kind = decision.isDrill ? "övning (\(alert.status.rawValue))" : "skarpt larm (\(alert.status.rawValue))"
        var header = [
            "Larm \(alert.identifier) från \(alert.sender), \(kind)",
            "Händelse: \(decision.info?.event ?? alert.infos.first?.event ?? "–")",
        ]
        guard let route = decision.route, let alarmPath = intake.path, let timeline = intake.timeline else {
            header.append("Ingen larmväg: \(decision.reason)")
            emit(header.map { mark + $0 }.joined(separator: "\n") + "\n")
            return
        }
        header.append("Larmväg: \(alarmPath.name) (\(route.classification.swedishLabel)) — \(decision.reason)")
        var lines =
            header + [""]
            + rendered(timeline, for: try currentPlan()).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
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
}
