/// The width of text in terminal columns, for lining up columns that hold accented, combining or wide
/// characters.
///
/// Control characters, combining marks and zero-width characters take no column, East Asian wide and
/// fullwidth characters and emoji take two, and everything else takes one. The shell's tables and the
/// reports' terminal form both measure with it.
public enum DisplayWidth {
    /// The number of terminal columns `text` takes.
    ///
    /// `"Föräldrastöd"` is 12 columns whether its `ö` and `ä` are precomposed or written as a letter
    /// followed by a combining diaeresis; `"東京"` is 4.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += of(scalar)
        }
        return width
    }

    /// Pads `text` with spaces to `width` terminal columns.
    ///
    /// Text that is already as wide as `width`, or wider, is returned unchanged.
    ///
    /// - Parameters:
    ///   - text: The text to pad.
    ///   - width: The width to pad to, in terminal columns.
    ///   - alignRight: Whether to put the spaces before the text instead of after it.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return alignRight ? spaces + text : text + spaces
    }

    /// The number of terminal columns one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0xFE00...0xFE0F: return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
            0x2E80...0x303E, 0x3040...0xA4CF,  // CJK radicals to Yi, except U+303F half fill space
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFE30...0xFE4F,  // CJK compatibility forms
            0xFF00...0xFF60,  // Fullwidth forms
            0xFFE0...0xFFE6,  // Fullwidth signs
            0x1F300...0x1F64F,  // Pictographs and emoticons
            0x1F900...0x1F9FF,  // Supplemental symbols and pictographs
            0x20000...0x3FFFD:  // CJK extension planes
            return true
        default:
            return false
        }
    }
}
