/// Text from a plan, a drill or an incoming alert made safe to show: control characters are written as
/// visible escapes instead of reaching a terminal, a spreadsheet or a browser raw.
///
/// A plan's text and a CAP headline come from people and programs outside the project. Written raw to a
/// terminal, `ESC[2J` clears the screen and `ESC]0;…BEL` sets the window's title; C1 controls
/// (U+0080–U+009F) do the same on terminals that read them as eight-bit escapes. Every text form of the
/// shell and of the reports passes its values through ``escaped(_:keeping:)``, so they all show such a
/// character the same way: `\u{1B}`, as Swift writes it, with the hexadecimal value in upper case.
///
/// ```swift
/// VisibleText.escaped("Larm\u{1B}[2J")               // "Larm\\u{1B}[2J"
/// VisibleText.escaped("rad 1\nrad 2", keeping: .lineBreaks)  // unchanged
/// ```
public enum VisibleText {
    /// The control characters a form can show as they are.
    public struct Allowed: OptionSet, Sendable {
        /// The raw value.
        public let rawValue: Int

        /// Creates a set from its raw value.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// TAB (U+0009).
        public static let tab = Allowed(rawValue: 1)
        /// LF (U+000A).
        public static let lineFeed = Allowed(rawValue: 2)
        /// CR (U+000D), for forms where it can only end a line, such as a quoted CSV field.
        public static let carriageReturn = Allowed(rawValue: 4)
        /// TAB and LF: what running text on a terminal may hold.
        public static let lineBreaks: Allowed = [.tab, .lineFeed]
    }

    /// Whether `scalar` is a control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `text` holds a control character that ``escaped(_:keeping:)`` would write as an escape.
    public static func needsEscaping(_ text: String, keeping allowed: Allowed = []) -> Bool {
        text.unicodeScalars.contains { isControl($0) && !isAllowed($0, allowed) }
    }

    /// `text` with each control character not in `allowed` written as `\u{XX}`.
    ///
    /// Everything else, a backslash included, stays as it is, so text without control characters comes
    /// back unchanged and escaping twice changes nothing.
    ///
    /// - Parameters:
    ///   - text: The text to show.
    ///   - allowed: The control characters the form shows as they are (a line feed in running text).
    public static func escaped(_ text: String, keeping allowed: Allowed = []) -> String {
        guard needsEscaping(text, keeping: allowed) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !isAllowed(scalar, allowed) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` with each escape that ``escaped(_:keeping:)`` writes (`\u{1B}`, a control character's
    /// value) turned back into the character; for a program that reads back a file the project wrote,
    /// such as the MSEL's spreadsheet. An escape of anything but a control character stays as it is.
    ///
    /// ```swift
    /// VisibleText.unescaped("Larm\\u{1B}[2J")   // "Larm\u{1B}[2J"
    /// ```
    public static func unescaped(_ text: String) -> String {
        guard text.contains("\\u{") else { return text }
        var result = String.UnicodeScalarView()
        var rest = Substring(text).unicodeScalars[...]
        while let first = rest.first {
            if first == "\\", let (scalar, length) = escape(at: rest) {
                result.append(scalar)
                rest = rest.dropFirst(length)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return String(result)
    }

    /// The control character of a `\u{X}` escape at the start of `scalars`, and the escape's length.
    private static func escape(at scalars: Substring.UnicodeScalarView.SubSequence) -> (Unicode.Scalar, Int)? {
        let prefix = Array(scalars.prefix(8))
        guard prefix.count >= 5, prefix[1] == "u", prefix[2] == "{",
            let close = prefix.firstIndex(of: "}"), close > 3
        else { return nil }
        let digits = String(String.UnicodeScalarView(prefix[3..<close]))
        guard digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
            let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value), isControl(scalar)
        else { return nil }
        return (scalar, close + 1)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar, _ allowed: Allowed) -> Bool {
        switch scalar {
        case "\t": allowed.contains(.tab)
        case "\n": allowed.contains(.lineFeed)
        case "\r": allowed.contains(.carriageReturn)
        default: false
        }
    }
}
