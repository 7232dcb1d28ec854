import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Synchronization

/// The interactive shell: reads lines with libedit, runs them in a ``ShellSession``, and keeps
/// the history. Ctrl-C drops the line being typed or interrupts a running command (a second Ctrl-C
/// while it runs stops the program, unless a pager is showing its result); Ctrl-D on an empty line
/// leaves.
public final class Repl {
    let session: ShellSession
    let historyFile: String?

    /// Creates a REPL on a session.
    ///
    /// - Parameters:
    ///   - session: The session to run commands in; it should be interactive.
    ///   - historyFile: The history file; nil or `/dev/null` keeps no history.
    public init(session: ShellSession, historyFile: String?) {
        self.session = session
        self.historyFile = historyFile
    }

    /// The history file: `$BEREDSKAP_HISTORY`, else `~/.beredskap_history`.
    public static func standardHistoryFile(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let file = environment["BEREDSKAP_HISTORY"], !file.isEmpty { return file }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.beredskap_history"
    }

    /// Reads and runs commands until `.quit` or Ctrl-D.
    public func run(banner: String) {
        signal(SIGINT, replInterruptHandler)
        signal(SIGPIPE, SIG_IGN)  // a pager that quits early must not end the shell
        session.runsInRepl = true
        // A situation board served from this shell ends with it.
        defer {
            session.board?.stop()
            session.board = nil
        }
        session.pager = Pager.fromEnvironment()
        // The ids and names Tab completes, read when Tab is first pressed after a command (which may
        // have changed them), not before every prompt: on a large plan that costs a moment.
        let vocabulary = Mutex((words: Completion.Vocabulary(), isStale: true))
        // libedit calls the completer from `readLine`, on the thread that runs the loop below.
        nonisolated(unsafe) let repl = self
        let editor = LineEditor(historyFile: historyFile) { line in
            let words = vocabulary.withLock { state in
                if state.isStale { state = (repl.completionVocabulary(), false) }
                return state.words
            }
            return Completion(vocabulary: words).complete(line)
        }
        defer { editor.close() }
        print(banner)
        var buffer = ""
        while !session.wantsToQuit {
            if buffer.isEmpty { vocabulary.withLock { $0.isStale = true } }
            let prompt =
                buffer.isEmpty ? (session.workspace.isInTransaction ? "beredskap*> " : "beredskap> ") : "      ...> "
            // A drill whose clock follows the wall clock announces its injects while the user types.
            let ticker: (() -> String?)? = session.hasRunningClock ? { repl.session.tickDrill() } : nil
            switch editor.readLine(prompt: prompt, ticker: ticker) {
            case .endOfInput:
                print("")
                return
            case .interrupted:
                print("^C")
                buffer = ""
            case .line(let line):
                buffer += (buffer.isEmpty ? "" : "\n") + line
                guard ShellSession.isComplete(buffer) else { continue }
                editor.remember(buffer)
                let input = buffer
                buffer = ""
                session.runInteractive(input)
                shellInterrupt.store(false, ordering: .relaxed)
            }
        }
    }

    /// The ids and names Tab can complete.
    func completionVocabulary() -> Completion.Vocabulary {
        var vocabulary = Completion.Vocabulary()
        if let paths = try? session.workspace.alarmPaths() {
            vocabulary.decisions = paths.flatMap(\.steps).filter { $0.kind == .decide }.map {
                ($0.id.rawValue, $0.options.map(\.id.rawValue))
            }
        }
        for kind in QueryKind.allCases {
            guard let entries = try? session.workspace.idsAndNames(kind) else { continue }
            if kind == .plans {
                vocabulary.plans = entries.map(\.id)
            } else {
                vocabulary.ids[kind] = entries.map(\.id)
                vocabulary.names[kind] = entries.map(\.name)
            }
        }
        return vocabulary
    }
}

/// Ctrl-C: while a line is being typed, libedit passes the signal on and drops the line; while a
/// command runs, the first one asks it to stop (a simulation polls the flag) and a second one ends the
/// program, for a command that does not stop. While a pager runs, the shell ignores the signal
/// (``Pager/show(_:)``), so it never ends with the pager holding the terminal.
private func replInterruptHandler(_ signal: Int32) {
    if !LineEditorState.readingLine.load(ordering: .relaxed) && shellInterrupt.load(ordering: .relaxed) {
        _exit(130)
    }
    shellInterrupt.store(true, ordering: .relaxed)
}
