import BeredskapModel

/// One of CAP 1.2's closed lists of values, written in an alert exactly as the standard spells them.
///
/// CAP's values are case-sensitive (`Actual`, not `actual`); the parser refuses any other spelling and
/// names the list it expected.
public protocol CAPVocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable, Codable {
    /// What a value is called in messages: "urgency" in "'Soon' is not a CAP 1.2 urgency".
    static var valueName: String { get }
}

extension CAPVocabulary {
    /// The values as CAP writes them, comma-separated, for messages.
    static var spelledValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Why `text` is not a value of this list, with the list and a "did you mean" when one is close
    /// (`actual`, `Immediat`).
    static func refusal(of text: String) -> String {
        "'\(text)' is not a CAP 1.2 \(valueName); expected one of \(spelledValues)"
            + Suggestion.didYouMean(text, in: allCases.map(\.rawValue))
    }
}

/// How an alert is meant to be handled: for real, as an exercise, or not at all (`<status>`).
public enum CAPStatus: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "status"

    /// Actionable by all targeted recipients: a real event.
    case actual = "Actual"
    /// Actionable only by the exercise's participants; the exercise is named in `<note>`.
    case exercise = "Exercise"
    /// For the alert network's own functions.
    case system = "System"
    /// Technical testing only; all recipients disregard it.
    case test = "Test"
    /// A preliminary template or draft, not actionable in its current form.
    case draft = "Draft"
}

/// What kind of message an alert is (`<msgType>`).
public enum CAPMessageType: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "message type"

    /// Initial information requiring attention by the recipients.
    case alert = "Alert"
    /// Updates and supersedes the messages in `<references>`.
    case update = "Update"
    /// Cancels the messages in `<references>`.
    case cancel = "Cancel"
    /// Acknowledges receipt and acceptance of the messages in `<references>`.
    case acknowledgement = "Ack"
    /// Rejects a message; the explanation should be in `<note>`.
    case error = "Error"
}

/// Who the alert is for (`<scope>`).
public enum CAPScope: String, CAPVocabulary {
    /// For general dissemination to unrestricted audiences.
    case `public` = "Public"
    /// For users with a known operational requirement, described in `<restriction>`.
    case restricted = "Restricted"
    /// For the users and devices listed in `<addresses>`.
    case `private` = "Private"

    /// What a value is called in messages.
    public static let valueName = "scope"
}
