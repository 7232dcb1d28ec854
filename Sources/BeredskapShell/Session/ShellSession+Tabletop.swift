import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// The tabletop drill a shell session is playing, with what is needed to save it.
typealias ActiveDrill = PlayedDrill

extension ShellSession {
    /// The drill this shell is playing, else the store's newest drill still going — or, with
    /// `includingEnded` (evaluators rate after the hot wash), the newest drill of all.
    func currentDrill(at location: InputLocation?, includingEnded: Bool = false) throws(ShellError) -> ActiveDrill {
        if tabletop == nil { tabletop = try workspace.drills.latestOpen() }
        if tabletop == nil, includingEnded, let newest = try workspace.drills.sessions().first {
            tabletop = try workspace.drills.reopen(newest.id)
        }
        guard let active = tabletop else {
            throw ShellError("no drill is going; `drill start SCENARIO` or `drill open ID`", at: location)
        }
        return active
    }

    /// Runs one command of the drill being played, then prints the lines it logged and the remarks it
    /// returns (which expected action an action fulfils), in the plan's language.
    func playDrill(
        _ invocation: ToolInvocation, includingEnded: Bool = false,
        _ command: (inout ActiveDrill, Plan) throws(ShellError) -> [String]
    ) throws(ShellError) {
        let location = invocation.arguments.first?.location
        var active = try currentDrill(at: location, includingEnded: includingEnded)
        let plan = try currentPlan()
        let before = active.session.log.count
        // Let go of the shell's copy while the command adds to the log, so that the log is not copied
        // whole at every act; the drill's commands refuse before they change anything, so `active` is
        // put back as it is when one fails.
        tabletop = nil
        let remarks: [String]
        do {
            remarks = try command(&active, plan)
        } catch  where error.code == .store {
            // The drill holds lines the store refused: let go of it, so that the next command takes it up
            // as the store has it rather than build on lines that were never saved.
            throw error
        } catch {
            tabletop = active
            // Usage errors already say where; a refusal of the drill's gets its place from the command.
            throw error
        }
        tabletop = active
        show(active.session, from: before, plan: plan)
        for remark in remarks { emit(remark + "\n") }
    }

    /// Whether the drill this shell plays has a clock that follows the wall clock and is running.
    var hasRunningClock: Bool {
        guard let drill = tabletop?.session else { return false }
        return drill.state == .running && drill.clock?.anchor != nil
    }

    /// Moves a running clock that follows the wall clock to now, and returns the lines that logged
    /// (injects and contingencies that fell due, and lines another shell logged meanwhile), marked as
    /// a drill's; nil when nothing happened. The REPL prints them above the line being typed.
    func tickDrill() -> String? {
        guard hasRunningClock, var drill = tabletop, let plan = try? currentPlan() else { return nil }
        let before = drill.session.log.count
        var lines: [String] = []
        do {
            do {
                try workspace.drills.catchUp(&drill, at: Date())
            } catch  where error.code == .store {
                // Another shell logged lines of this drill: take it up as the store has it, and go on.
                drill = try workspace.drills.reopen(drill.session.id)
                try workspace.drills.catchUp(&drill, at: Date())
            }
        } catch {
            tabletop = nil
            return "error: \(error.message)\n"
        }
        tabletop = drill
        guard drill.session.log.count > before else { return nil }
        let words = DrillLogText(session: drill.session, plan: plan)
        lines = drill.session.log.dropFirst(before).map(words.line)
        if drill.session.state == .ended { lines.append(words.saved()) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Prints the log lines from `first` on, marked as a drill's, in the plan's language.
    func show(_ session: TabletopSession, from first: Int, plan: Plan) {
        let words = DrillLogText(session: session, plan: plan)
        for entry in session.log.dropFirst(first) {
            emit(words.line(entry) + "\n")
        }
        if session.state == .ended {
            emit(words.saved() + "\n")
        }
    }
}
