import Foundation

/// Case and diacritic folding for matching text the way people type it.
///
/// Swedish users search for "foraldrastod" and expect "Föräldrastöd"; a suggestion for a misspelt id
/// should not depend on whether the user typed "å" or "a".
public enum TextFolding {
    /// Lowercases `text` and removes diacritics (`"Föräldrastöd"` → `"foraldrastod"`).
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
