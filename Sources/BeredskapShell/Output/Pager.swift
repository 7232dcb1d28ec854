import Foundation

/// Shows a long result a screen at a time through `$PAGER`, as psql does.
///
/// Only the REPL pages, and only results taller than the terminal. `PAGER` names the program (run by
/// `/bin/sh`, so it may carry options); unset, it is `less -FRX`; set to the empty string, paging is
/// off.
struct Pager {
    /// The shell command that pages standard input.
    let command: String

    /// The pager the environment asks for, or nil when paging is off.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager? {
        guard let command = environment["PAGER"] else { return Pager(command: "less -FRX") }
        let trimmed = command.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : Pager(command: trimmed)
    }

    /// The height of the terminal on standard output, in lines.
    static func terminalRows() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Whether `text` is taller than the screen (leaving a line for the next prompt).
    static func needsPaging(_ text: String) -> Bool {
        guard let rows = terminalRows() else { return false }
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Pipes `text` into the pager and waits until the person leaves it.
    ///
    /// - Returns: False when the pager could not be started; the caller then prints the text itself.
    func show(_ text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            return false
        }
        // A pager quit before the end closes the pipe: the write fails with EPIPE (SIGPIPE is
        // ignored by the REPL) and the rest of the text is simply not shown.
        try? pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }
}
