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
        session.pager = Pager.fromEnvironment()
        let vocabulary = Mutex(Completion.Vocabulary())
        let editor = LineEditor(historyFile: historyFile) { line in
            Completion(vocabulary: vocabulary.withLock { $0 }).complete(line)
        }
        defer { editor.close() }
        print(banner)
        var buffer = ""
        while !session.wantsToQuit {
            if buffer.isEmpty { vocabulary.withLock { $0 = completionVocabulary() } }
            let prompt =
                buffer.isEmpty ? (session.workspace.isInTransaction ? "beredskap*> " : "beredskap> ") : "      ...> "
            switch editor.readLine(prompt: prompt) {
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
        if let plan = try? session.currentPlan() {
            vocabulary.decisions = plan.alarmPaths.flatMap(\.steps).filter { $0.kind == .decide }.map {
                ($0.id.rawValue, $0.options.map(\.id.rawValue))
            }
        }
        for kind in QueryKind.allCases {
            guard let rows = try? session.rows(kind) else { continue }
            if kind == .plans {
                vocabulary.plans = rows.map(\.id)
            } else {
                vocabulary.ids[kind] = rows.map(\.id)
                vocabulary.names[kind] = rows.map(\.name)
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
