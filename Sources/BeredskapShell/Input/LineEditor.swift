import BeredskapStorage
internal import CEditLine
import Foundation
import Synchronization

/// The REPL's line editor: libedit, with history in a file, Tab completion, Ctrl-R search and the
/// bindings of `~/.editrc`.
///
/// libedit calls C functions for the prompt and for completion, which cannot capture context; the
/// editor therefore keeps its prompt and completer in process-wide state. There is one editor per
/// process (the REPL's).
final class LineEditor {
    /// What reading a line gave.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line being typed is dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyFile: String?

    /// Opens the editor on the terminal.
    ///
    /// - Parameters:
    ///   - historyFile: Where history is kept; nil (or `/dev/null`) keeps none.
    ///   - completer: Given the line up to the cursor, where the word being completed starts (a
    ///     character offset) and the words it can become.
    init(historyFile: String?, completer: @escaping @Sendable (String) -> (start: Int, candidates: [String])) {
        Self.useUTF8Characters()
        editor = beredskap_el_init(CommandLine.arguments.first ?? "beredskap")
        history = beredskap_history_init()
        beredskap_history_set_size(history, &event, 2000)
        beredskap_history_set_unique(history, &event, 1)
        beredskap_el_set_history(editor, history)
        beredskap_el_set_editor(editor, "emacs")
        beredskap_el_set_signal(editor, 1)
        beredskap_el_set_prompt(editor, lineEditorPrompt)
        beredskap_el_add_function(editor, "beredskap-complete", "Complete the word at the cursor", lineEditorComplete)
        beredskap_el_bind(editor, "^I", "beredskap-complete")
        el_source(editor, nil)  // ~/.editrc
        LineEditorState.completer.withLock { $0 = completer }
        self.historyFile = historyFile == "/dev/null" ? nil : historyFile
        if let file = self.historyFile {
            beredskap_history_load(history, &event, file)
        }
    }

    /// Takes the character type from the environment when it is UTF-8, and C.UTF-8 otherwise.
    ///
    /// libedit decodes keys with the C library's multibyte functions. In the C locale, which is what a
    /// fresh Debian gives with LANG unset, those refuse every byte past ASCII, and typed å, ä and ö are
    /// dropped. The terminal sends UTF-8 whatever the locale says, and the shell reads and writes
    /// nothing else, so a locale of another character set would be as wrong.
    static func useUTF8Characters() {
        if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)) {
            let name = String(cString: codeset).uppercased().filter { $0.isLetter || $0.isNumber }
            if name == "UTF8" { return }
        }
        // glibc has C.UTF-8 built in; macOS calls it UTF-8.
        for fallback in ["C.UTF-8", "UTF-8"] where setlocale(LC_CTYPE, fallback) != nil { return }
    }

    /// Reads one line after showing `prompt`.
    ///
    /// - Parameter ticker: Called every quarter of a second while the user types (on this thread);
    ///   what it returns is printed above the line being typed, which is then drawn again as it was.
    ///   Without one, libedit reads keys its own way.
    func readLine(prompt: String, ticker: (() -> String?)? = nil) -> Input {
        LineEditorState.ticker = ticker
        beredskap_el_set_getcfn(editor, ticker == nil ? nil : lineEditorReadCharacter)
        defer { LineEditorState.ticker = nil }
        LineEditorState.setPrompt(prompt)
        LineEditorState.readingLine.store(true, ordering: .relaxed)
        defer { LineEditorState.readingLine.store(false, ordering: .relaxed) }
        var count: Int32 = 0
        guard let pointer = el_gets(editor, &count) else {
            // Ctrl-C sets the flag (the read fails with EINTR); any other failure, such as EIO from a
            // terminal that has gone away, ends the input instead of asking again forever.
            if shellInterrupt.exchange(false, ordering: .relaxed) || (count < 0 && errno == EINTR) {
                return .interrupted
            }
            return .endOfInput
        }
        if shellInterrupt.exchange(false, ordering: .relaxed) { return .interrupted }
        var line = String(cString: pointer)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds an entry to the history and writes the history file, so that it survives any exit.
    func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        beredskap_history_enter(history, &event, entry)
        if let file = historyFile {
            beredskap_history_save(history, &event, file)
        }
    }

    /// Restores the terminal and frees libedit's state.
    func close() {
        el_end(editor)
        history_end(history)
    }
}

/// What the C callbacks of libedit read. `Mutex` and `Atomic` make it safe to touch from the
/// signal-free threads that use it; libedit calls back on the thread that called `el_gets`.
enum LineEditorState {
    static let completer = Mutex<(@Sendable (String) -> (start: Int, candidates: [String]))?>(nil)
    static let readingLine = Atomic<Bool>(false)
    /// The prompt as a C string libedit can hold on to until the next prompt is set.
    nonisolated(unsafe) static var promptStorage: UnsafeMutablePointer<CChar> = strdup("> ")
    static let promptLock = Mutex<Void>(())
    /// What `readLine` runs while it waits for a key; only touched on the thread that reads lines.
    nonisolated(unsafe) static var ticker: (() -> String?)?

    static func setPrompt(_ prompt: String) {
        promptLock.withLock { _ in
            let old = promptStorage
            promptStorage = strdup(prompt)
            free(old)
        }
    }
}

private func lineEditorPrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    LineEditorState.promptStorage
}

private func lineEditorComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
        return UInt8(CC_ERROR)
    }
    let length = buffer.distance(to: cursor)
    let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: length)
    let before = String(decoding: bytes, as: UTF8.self)
    guard let completer = LineEditorState.completer.withLock({ $0 }) else { return UInt8(CC_ERROR) }
    let (start, candidates) = completer(before)
    let typed = String(before.dropFirst(start))
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    if let (delete, insert) = Completion.insertion(typed: typed, candidates: candidates) {
        // Replaced whole, so that `Mini` becomes the id `mini-maria` as the plan writes it.
        el_deletestr(editor, Int32(delete))
        el_insertstr(editor, insert)
        return UInt8(CC_REFRESH)
    }
    let listing = "\n" + Completion.columns(candidates) + "\n"
    _ = ResultFileStream.writeAll(listing, to: STDOUT_FILENO)
    return UInt8(CC_REDISPLAY)
}

/// libedit's character reader while a ticker runs: waits for a key a quarter of a second at a time,
/// runs the ticker between, and prints what it says above the line being typed. Decodes UTF-8 itself,
/// as libedit's own reader does with the C library. A signal (Ctrl-C) ends the wait with EINTR, which
/// libedit passes on as its own reader's would.
private func lineEditorReadCharacter(_ editor: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    var bytes: [UInt8] = []
    while true {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 250)
        if ready < 0 {
            // Ctrl-C ends the line; another signal (a resized window) does not.
            if errno == EINTR && !shellInterrupt.load(ordering: .relaxed) { continue }
            return -1
        }
        if ready == 0 {
            // Only between characters: half a character is not a place to draw the line again.
            if bytes.isEmpty, let editor, let text = LineEditorState.ticker?(), !text.isEmpty {
                _ = ResultFileStream.writeAll(
                    "\r\u{1B}[K" + text + (text.hasSuffix("\n") ? "" : "\n"), to: STDOUT_FILENO)
                beredskap_el_refresh(editor)
            }
            continue
        }
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 0 { return 0 }
        if count < 0 {
            if errno == EAGAIN || (errno == EINTR && !shellInterrupt.load(ordering: .relaxed)) { continue }
            return -1
        }
        bytes.append(byte)
        let expected: Int =
            switch bytes[0] {
            case 0..<0x80: 1
            case 0xC0..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF8: 4
            default: 1
            }
        guard bytes.count >= expected else { continue }
        let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
        character?.pointee = wchar_t(bitPattern: scalar.value)
        return 1
    }
}
