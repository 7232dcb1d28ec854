/// An incoming alert in OASIS CAP 1.2 (Common Alerting Protocol): who sent it, how to treat it, and
/// what it says in one or more ``CAPInfo`` blocks.
///
/// Read one with ``CAPParser``; route it to one of the plan's alarm paths with ``AlertRouting``.
///
/// ```swift
/// let alert = try CAPParser.parse(data: data, source: "thunderstorm.cap")
/// alert.sender              // "KSTO@NWS.NOAA.GOV"
/// alert.status              // .actual
/// alert.infos[0].event      // "SEVERE THUNDERSTORM"
/// alert.infos[0].severity   // .severe
/// ```
public struct CAPAlert: Hashable, Sendable {
    /// The sender's unique number or string for this message (`<identifier>`).
    public var identifier: String
    /// Who sent the message, unique worldwide, such as an e-mail address or a domain (`<sender>`).
    public var sender: String
    /// When the message was sent (`<sent>`).
    public var sent: CAPDateTime
    /// How the message is meant to be handled: real, exercise, test (`<status>`).
    public var status: CAPStatus
    /// Whether the message is a new alert, an update, a cancellation … (`<msgType>`).
    public var messageType: CAPMessageType
    /// The particular source of the message, such as an operator (`<source>`).
    public var source: String?
    /// Who the message is for (`<scope>`).
    public var scope: CAPScope
    /// The rule for restricted distribution; present when ``scope`` is ``CAPScope/restricted``.
    public var restriction: String?
    /// The intended recipients; present when ``scope`` is ``CAPScope/private``. Written space-separated,
    /// multi-word addresses in double quotes.
    public var addresses: [String]
    /// Codes for special handling, such as a profile (`<code>`, any number).
    public var codes: [String]
    /// The purpose or significance of the message; for an exercise, which exercise (`<note>`).
    public var note: String?
    /// The earlier messages this one updates, cancels or acknowledges (`<references>`).
    public var references: [CAPReference]
    /// The incidents this message is about, for collating messages (`<incidents>`).
    public var incidents: [String]
    /// The information blocks, commonly one per language.
    public var infos: [CAPInfo]

    /// Creates an alert.
    public init(
        identifier: String, sender: String, sent: CAPDateTime, status: CAPStatus, messageType: CAPMessageType,
        source: String? = nil, scope: CAPScope, restriction: String? = nil, addresses: [String] = [],
        codes: [String] = [], note: String? = nil, references: [CAPReference] = [], incidents: [String] = [],
        infos: [CAPInfo] = []
    ) {
        self.identifier = identifier
        self.sender = sender
        self.sent = sent
        self.status = status
        self.messageType = messageType
        self.source = source
        self.scope = scope
        self.restriction = restriction
        self.addresses = addresses
        self.codes = codes
        self.note = note
        self.references = references
        self.incidents = incidents
        self.infos = infos
    }
}

/// A reference to an earlier CAP message, written `sender,identifier,sent` in `<references>`.
public struct CAPReference: Hashable, Sendable, CustomStringConvertible {
    /// The earlier message's sender.
    public var sender: String
    /// The earlier message's identifier.
    public var identifier: String
    /// When the earlier message was sent.
    public var sent: CAPDateTime

    /// Creates a reference.
    public init(sender: String, identifier: String, sent: CAPDateTime) {
        self.sender = sender
        self.identifier = identifier
        self.sent = sent
    }

    /// `sender,identifier,sent`, as CAP writes it.
    public var description: String { "\(sender),\(identifier),\(sent)" }
}

/// A named value of a system the sender and recipients agree on: an event code, a parameter or a
/// geocode (`<valueName>` and `<value>`).
public struct CAPValuePair: Hashable, Sendable {
    /// The system's name, such as `SAME` or a URI.
    public var valueName: String
    /// The value in that system; may be empty.
    public var value: String

    /// Creates a value pair.
    public init(valueName: String, value: String) {
        self.valueName = valueName
        self.value = value
    }
}
