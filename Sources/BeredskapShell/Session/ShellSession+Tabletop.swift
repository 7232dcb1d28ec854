import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// The tabletop drill a shell session is playing, with what is needed to save it.
typealias ActiveDrill = PlayedDrill

extension ShellSession {
    /// The drill this shell is playing, else the store's newest drill still going.
    func currentDrill(at location: InputLocation?) throws(ShellError) -> ActiveDrill {
        if tabletop == nil { tabletop = try workspace.drills.latestOpen() }
        guard let active = tabletop else {
            throw ShellError("no drill is going; `drill start SCENARIO` or `drill open ID`", at: location)
        }
        return active
    }

    /// Runs one command of the drill being played, then prints the lines it logged and the remarks it
    /// returns (which expected action an action fulfils), in the plan's language.
    func playDrill(
        _ invocation: ToolInvocation, _ command: (inout ActiveDrill, Plan) throws(ShellError) -> [String]
    ) throws(ShellError) {
        let location = invocation.arguments.first?.location
        var active = try currentDrill(at: location)
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
