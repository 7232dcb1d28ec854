import BeredskapModel

/// The messages the tool itself records with the change sets it makes: an import, a script run as one
/// change set, an undo. They are part of the plan's change log, so they are written in the plan's
/// language (Swedish unless the plan is English); messages already stored stay as they were written.
///
/// ```swift
/// ChangeSetMessage.importing("plan.yaml", language: "sv")   // "Import av plan.yaml"
/// ChangeSetMessage.script("edits.bsk", language: "en")      // "Script edits.bsk"
/// ChangeSetMessage.undoing(3, language: "sv")               // "Ångrar #3"
/// ChangeSetMessage.decision(.approved, by: "Municipal Council", on: "2025-10-01", language: "en")
/// // "Municipal Council: approved 2025-10-01"
/// ```
public enum ChangeSetMessage {
    /// The message of the change set that imports the plan file at `path`.
    ///
    /// - Parameters:
    ///   - path: The plan file as the user named it.
    ///   - language: The plan's language tag (`PlanMetadata.language`).
    public static func importing(_ path: String, language: String) -> String {
        LanguageTag.isEnglish(language) ? "Import of \(path)" : "Import av \(path)"
    }

    /// The message of the change set of a script's edits, read from `source` (a file, the command line).
    ///
    /// - Parameters:
    ///   - source: The script's name: its file, or `<command line>`.
    ///   - language: The plan's language tag.
    public static func script(_ source: String, language: String) -> String {
        LanguageTag.isEnglish(language) ? "Script \(source)" : "Skript \(source)"
    }

    /// The message of the change set that undoes change set `id`.
    ///
    /// - Parameters:
    ///   - id: The change set undone.
    ///   - language: The plan's language tag.
    public static func undoing(_ id: Int64, language: String) -> String {
        LanguageTag.isEnglish(language) ? "Undoes #\(id)" : "Ångrar #\(id)"
    }

    /// The message of the change set that records a decision of the plan's chain.
    ///
    /// - Parameters:
    ///   - action: The kind of decision.
    ///   - body: The body that took it.
    ///   - date: Its date, as written in plan files.
    ///   - language: The plan's language tag.
    public static func decision(_ action: Approval.Action, by body: String, on date: String, language: String) -> String
    {
        "\(body): \(LanguageTag.isEnglish(language) ? action.rawValue : action.swedishLabel) \(date)"
    }
}
