/// One information block of a CAP alert (`<info>`): the event, how urgent, severe and certain it is,
/// what to do, and where.
///
/// An alert commonly has one block per language; blocks may also differ in area or time.
public struct CAPInfo: Hashable, Sendable {
    /// The language of the block, an RFC 3066 code; `en-US` when the alert does not say (the CAP default).
    public var language: String
    /// The kinds of event, at least one.
    public var categories: [CAPCategory]
    /// The event, as text ("SEVERE THUNDERSTORM").
    public var event: String
    /// The recommended actions.
    public var responseTypes: [CAPResponseType]
    /// How soon to act.
    public var urgency: CAPUrgency
    /// How bad the event is.
    public var severity: CAPSeverity
    /// How sure the sender is.
    public var certainty: CAPCertainty
    /// The intended audience, as text.
    public var audience: String?
    /// Codes for the event in systems such as SAME.
    public var eventCodes: [CAPValuePair]
    /// When the information takes effect; the alert's ``CAPAlert/sent`` when absent.
    public var effective: CAPDateTime?
    /// When the event is expected to begin.
    public var onset: CAPDateTime?
    /// When the information expires.
    public var expires: CAPDateTime?
    /// The sender's name for people to read.
    public var senderName: String?
    /// A short headline.
    public var headline: String?
    /// The event, described in full.
    public var description: String?
    /// What to do.
    public var instruction: String?
    /// A link to more information.
    public var web: String?
    /// How to follow up or confirm.
    public var contact: String?
    /// System-specific parameters.
    public var parameters: [CAPValuePair]
    /// Additional files: images, audio, documents.
    public var resources: [CAPResource]
    /// The areas the information applies to.
    public var areas: [CAPArea]

    /// Creates an information block.
    public init(
        language: String = "en-US", categories: [CAPCategory], event: String, responseTypes: [CAPResponseType] = [],
        urgency: CAPUrgency, severity: CAPSeverity, certainty: CAPCertainty, audience: String? = nil,
        eventCodes: [CAPValuePair] = [], effective: CAPDateTime? = nil, onset: CAPDateTime? = nil,
        expires: CAPDateTime? = nil, senderName: String? = nil, headline: String? = nil, description: String? = nil,
        instruction: String? = nil, web: String? = nil, contact: String? = nil, parameters: [CAPValuePair] = [],
        resources: [CAPResource] = [], areas: [CAPArea] = []
    ) {
        self.language = language
        self.categories = categories
        self.event = event
        self.responseTypes = responseTypes
        self.urgency = urgency
        self.severity = severity
        self.certainty = certainty
        self.audience = audience
        self.eventCodes = eventCodes
        self.effective = effective
        self.onset = onset
        self.expires = expires
        self.senderName = senderName
        self.headline = headline
        self.description = description
        self.instruction = instruction
        self.web = web
        self.contact = contact
        self.parameters = parameters
        self.resources = resources
        self.areas = areas
    }

    /// The values of the parameters named `valueName`, in the alert's order.
    public func parameterValues(named valueName: String) -> [String] {
        parameters.filter { $0.valueName == valueName }.map(\.value)
    }
}

/// A file that goes with an information block (`<resource>`).
public struct CAPResource: Hashable, Sendable {
    /// What the file is ("Image file (GIF)").
    public var resourceDesc: String
    /// Its MIME type.
    public var mimeType: String
    /// Its size in bytes.
    public var size: Int?
    /// Where to fetch it.
    public var uri: String?
    /// The file itself, base64-encoded, when it is carried in the alert.
    public var derefUri: String?
    /// Its SHA-1 digest.
    public var digest: String?

    /// Creates a resource.
    public init(
        resourceDesc: String, mimeType: String, size: Int? = nil, uri: String? = nil, derefUri: String? = nil,
        digest: String? = nil
    ) {
        self.resourceDesc = resourceDesc
        self.mimeType = mimeType
        self.size = size
        self.uri = uri
        self.derefUri = derefUri
        self.digest = digest
    }
}
