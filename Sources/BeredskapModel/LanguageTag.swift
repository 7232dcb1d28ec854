/// What the tool reads from a plan's language tag (``PlanMetadata/language``): whether the words it
/// adds to the plan's own (report headings, the messages of the change sets it records) are English
/// or Swedish.
///
/// ```swift
/// LanguageTag.isEnglish("en-GB")   // true
/// LanguageTag.isEnglish("sv")      // false
/// LanguageTag.isEnglish("fi")      // false: Swedish, the language the plan format comes from
/// ```
public enum LanguageTag {
    /// Whether `tag`, a BCP 47 tag such as `sv` or `en-GB`, names English. Every other language gets
    /// Swedish words.
    public static func isEnglish(_ tag: String) -> Bool {
        tag.lowercased().hasPrefix("en")
    }
}
