import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        guard let size = windowSize(), size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// The width of the terminal on standard output, in columns, that tables are fitted to: the
    /// terminal's own, else `COLUMNS`; nil when standard output is not a terminal.
    static func terminalColumns(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let size = windowSize(), size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    private static func windowSize() -> winsize? {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? size : nil
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
    /// The pager must run in the shell's own process group, which is the terminal's foreground group:
    /// a pager in a group of its own (Foundation's `Process` makes one on Linux) is stopped by SIGTTIN
    /// or SIGTTOU as soon as it reads a key or sets the terminal's modes, and the screen stays blank.
    /// So it is started with `posix_spawn`, which keeps the group. Being in the foreground group, the
    /// shell gets Ctrl-C and Ctrl-\ too while the pager runs; it ignores them then, as psql and git do,
    /// so that the keys are the pager's and the shell never ends with the pager holding the terminal.
    ///
    /// - Returns: False when the pager could not be started; the caller then prints the text itself.
    func show(_ text: String) -> Bool {
        let terminal = SavedTerminalModes(of: STDIN_FILENO)
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        // A pager quit before the end closes the pipe; the write must fail with EPIPE, not end the shell.
        let brokenPipe = signal(SIGPIPE, SIG_IGN)
        defer {
            terminal?.restore()
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
            signal(SIGPIPE, brokenPipe)
        }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return false }
        // Neither end may stay open in the pager: with the writing end it would never see the end of
        // the text. dup2 onto its standard input clears the flag on the copy it reads.
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let (reading, writing) = (descriptors[0], descriptors[1])
        guard let pid = spawnShell(command, standardInput: reading) else {
            close(reading)
            close(writing)
            return false
        }
        close(reading)
        Self.writeAll(text, to: writing)
        close(writing)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }

    /// Starts `/bin/sh -c command` with `standardInput` as its standard input, in this process's
    /// group, with the signals the shell ignores back to their defaults and none blocked.
    private func spawnShell(_ command: String, standardInput: Int32) -> pid_t? {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, standardInput, STDIN_FILENO)
        // The pager inherits the ignored SIGINT, SIGQUIT and SIGPIPE otherwise: `more` could not be
        // interrupted, and a pager writing into a closed pipe would spin.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ) == 0 else { return nil }
        return pid
    }

    /// Writes all of `text`, or as much as the pager reads before it quits.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = write(descriptor, next, left)
                if written > 0 {
                    next += written
                    left -= written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // EPIPE: the person left the pager before the end
                }
            }
        }
    }
}

/// The modes of a terminal, to put back after a program that may leave them changed.
///
/// A pager puts the terminal in raw mode; one that is killed, or is a program that never restores
/// it, would leave libedit's next prompt without echo or line editing.
struct SavedTerminalModes {
    let descriptor: Int32
    let modes: termios

    /// The modes of `descriptor` now, or nil when it is not a terminal.
    init?(of descriptor: Int32) {
        var modes = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &modes) == 0 else { return nil }
        self.descriptor = descriptor
        self.modes = modes
    }

    /// Puts the saved modes back.
    func restore() {
        var modes = self.modes
        _ = tcsetattr(descriptor, TCSANOW, &modes)
    }
}
