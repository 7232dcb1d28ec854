import Foundation

/// Whether and how text for a terminal is coloured.
///
/// Colour is only for a person at a terminal: never when the stream is a file or a pipe, and never
/// when `NO_COLOR` is set to anything but the empty string (no-color.org).
///
/// ```swift
/// let style = TerminalStyle.detect(for: STDERR_FILENO)
/// print(style.diagnostic("edit.bsh:3:17: error: no unit 'origoo'"))
/// ```
public struct TerminalStyle: Sendable, Equatable {
    /// Whether escape sequences are written.
    public var colored: Bool

    /// No colour at all.
    public static let plain = TerminalStyle(colored: false)

    /// Creates a style.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// The style for a file descriptor: coloured when it is a terminal and `NO_COLOR` is not set.
    ///
    /// - Parameters:
    ///   - descriptor: The stream, such as `STDOUT_FILENO`.
    ///   - environment: The environment to read `NO_COLOR` and `TERM` from.
    public static func detect(
        for descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return TerminalStyle(colored: isatty(descriptor) == 1 && !noColor && !dumb)
    }

    /// Text in bold, for table headers.
    public func bold(_ text: String) -> String {
        colored ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    /// A diagnostic with its `error:` or `warning:` label in colour (bold red or bold magenta); the
    /// rest of the message, the source line and the caret stay as they are.
    public func diagnostic(_ message: String) -> String {
        guard colored else { return message }
        for (label, color) in [("error:", "31"), ("warning:", "35")] {
            if let range = message.range(of: label) {
                return message.replacingCharacters(in: range, with: "\u{1B}[1;\(color)m" + label + "\u{1B}[0m")
            }
        }
        return message
    }
}
