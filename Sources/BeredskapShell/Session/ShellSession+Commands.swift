import BeredskapModel
import BeredskapStorage

extension ShellSession {
    /// Runs the commands of `beredskap -c A -c B …` as a psql user expects.
    ///
    /// Each command runs on its own, as one change set, like psql's `-c` with `ON_ERROR_STOP`: an
    /// error stops there, and the change sets of the commands before it stay applied — the shell says
    /// which. With `singleTransaction` (`-1`), the commands run as one change set: all or nothing.
    ///
    /// ```swift
    /// session.runCommands(["set unit origo level = prevention", "count units"], singleTransaction: false)
    /// ```
    ///
    /// - Returns: Whether every command ran without error.
    @discardableResult
    public func runCommands(_ commands: [String], singleTransaction: Bool) -> Bool {
        if singleTransaction || commands.count == 1 {
            return runScript(commands.joined(separator: "\n"), source: "<command line>")
        }
        let before = appliedChangeSets.count
        for (index, command) in commands.enumerated() {
            guard runScript(command, source: "<command line, -c \(index + 1)>") else {
                let kept = appliedChangeSets[before...]
                if !kept.isEmpty {
                    let list = kept.map { "#\($0)" }.joined(separator: ", ")
                    errors(
                        "note: stopped at -c \(index + 1) of \(commands.count); the change "
                            + (kept.count == 1 ? "set" : "sets") + " of the -c before it (\(list)) "
                            + (kept.count == 1 ? "stays" : "stay") + " applied; -1 runs every -c as one, all or nothing"
                    )
                }
                return false
            }
            if wantsToQuit { break }
        }
        return true
    }
}
