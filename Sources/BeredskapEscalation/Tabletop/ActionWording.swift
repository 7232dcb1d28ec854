import BeredskapModel

/// Whether an action a player logs is, in its words, the action an inject expects.
///
/// People do not type the scenario's wording: they write "Informerade stadsdirektören" for the expected
/// "informera stadsdirektören", or "aktiverar POSOM-ledningen" for "aktivera POSOM". The match is on
/// the expected action's key words, so a different tense or a longer compound still counts and a
/// different action does not:
///
/// 1. Both texts are folded (case and diacritics, with `TextFolding.fold(_:)`) and split into words
///    at everything that is not a letter or a digit, so "POSOM-ledningen" is "posom" and "ledningen".
/// 2. The expected action's key words are its words of four letters or more that are not
///    ``stopWords`` ("till", "från", "with", …); shorter words ("att", "på", "the") never count.
/// 3. Every key word needs a counterpart among the entered words — one that shares its first
///    ``prefixLength`` letters, or, for a key word shorter than that, one that starts with it ("ringde"
///    for "ring") — except that of four key words or more, a quarter (rounded down) may be missing: a
///    player who writes "hänvisade till presstjänsten och bekräftade att Socialjouren är på plats" has
///    done what "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats" asks,
///    without "stadens".
/// 4. A negation ("inte", "ej", "not" …) must be in both or in neither: "aktiverar **inte** POSOM" is
///    not "aktivera POSOM", and "lämnade namnen till media" is not "lämnar **inte** namnen till media",
///    whatever else fits. A negation is never one of the words that may be missing.
///
/// An expected action with no key word at all ("gå ut") is matched on all its words instead; an empty
/// one matches every action.
///
/// ```swift
/// ActionWording.matches("Informerade stadsdirektören", expected: "informera stadsdirektören")  // true
/// ActionWording.matches("aktiverar POSOM-ledningen", expected: "aktivera POSOM")                // true
/// ActionWording.matches("ringde pressen", expected: "aktivera POSOM")                           // false
/// ```
public enum ActionWording {
    /// How many leading letters a key word and its counterpart must share.
    public static let prefixLength = 5

    /// The shortest word that can be a key word.
    public static let minimumKeyWordLength = 4

    /// Words of four letters or more that say nothing about the action, Swedish and English, folded.
    ///
    /// The shorter ones ("och", "att", "om", "på", "i", "med", "för", "den", "det", "en", "ett", "the",
    /// "a", "to", "of", "and") are below ``minimumKeyWordLength`` and never count anyway.
    public static let stopWords: Set<String> = [
        // Swedish.
        "till", "fran", "eller", "samt", "inom", "utan", "under", "efter", "innan", "mellan", "genom", "sina",
        "sitt", "deras", "dess", "denna", "detta", "dessa", "vara", "blir", "sker", "alla", "allt",
        "ocksa", "sedan", "vilka", "vilket", "vilken", "ifall", "kring", "annat", "andra",
        // English.
        "with", "from", "into", "onto", "that", "this", "these", "those", "their", "them", "they", "then",
        "than", "about", "after", "before", "within", "without", "have", "will", "shall", "should", "must",
        "been", "were", "also", "upon", "other",
    ]

    /// Words that turn an action into its opposite, folded.
    public static let negations: Set<String> = ["inte", "ej", "icke", "aldrig", "not", "no", "never"]

    /// The folded words of `text`, split at everything that is not a letter or a digit.
    ///
    /// ```swift
    /// ActionWording.words("Aktiverar POSOM-ledningen")   // ["aktiverar", "posom", "ledningen"]
    /// ```
    public static func words(_ text: String) -> [String] {
        TextFolding.words(text)
    }

    /// The words of `text` an entered action must match: four letters or more, not a stop word.
    ///
    /// ```swift
    /// ActionWording.keyWords("hänvisar till stadens presstjänst")   // ["hanvisar", "stadens", "presstjanst"]
    /// ```
    public static func keyWords(_ text: String) -> [String] {
        words(text).filter { $0.count >= minimumKeyWordLength && !stopWords.contains($0) }
    }

    /// Whether `entered`, the words a player logged, is the action `expected` describes.
    ///
    /// - Parameters:
    ///   - entered: The action as logged (`drill act ROLE "…"`).
    ///   - expected: The expected action in the scenario's words.
    public static func matches(_ entered: String, expected: String) -> Bool {
        let given = words(entered)
        let wanted = words(expected)
        guard given.contains(where: negations.contains) == wanted.contains(where: negations.contains) else {
            return false
        }
        let keys = keyWords(expected).filter { !negations.contains($0) }
        let required = keys.isEmpty ? wanted.filter { !negations.contains($0) } : keys
        let missing = required.filter { key in !given.contains { counterpart($0, of: key) } }.count
        return missing <= (keys.count >= 4 ? keys.count / 4 : 0)
    }

    /// Whether `word` stands for `key`: the same first ``prefixLength`` letters, or, for a key shorter
    /// than that, a word that starts with it.
    static func counterpart(_ word: String, of key: String) -> Bool {
        guard key.count >= prefixLength else { return word.hasPrefix(key) }
        return word.count >= prefixLength && word.prefix(prefixLength) == key.prefix(prefixLength)
    }
}
