import BeredskapModel

/// Where a routed alert enters the plan: the event's classification and the alarm path that receives it.
///
/// In a routing file: `{"classification": "extraordinary", "path": "via-tib"}`.
public struct AlertRoute: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whether the event is extraordinary (*extraordinär händelse*), which changes the path's steps.
    public var classification: EventClassification
    /// The id of the alarm path that receives the alert, such as `via-tib`.
    public var path: EntityID

    /// Creates a route.
    public init(classification: EventClassification, path: EntityID) {
        self.classification = classification
        self.path = path
    }

    /// `extraordinary via via-tib`.
    public var description: String { "\(classification.rawValue) via \(path)" }

    private enum CodingKeys: String, CodingKey {
        case classification, path
    }

    /// Reads a route, refusing an unknown classification or a path id outside the id syntax.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let classificationText = try container.decode(String.self, forKey: .classification)
        guard let classification = EventClassification(rawValue: classificationText) else {
            let values = EventClassification.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: .classification, in: container,
                debugDescription: "unknown classification '\(classificationText)'; expected one of \(values)")
        }
        let path = EntityID(try container.decode(String.self, forKey: .path))
        guard path.isWellFormed else {
            throw DecodingError.dataCorruptedError(
                forKey: .path, in: container,
                debugDescription: "'\(path)' is not an alarm path id (lowercase letters, digits, single hyphens)")
        }
        self.init(classification: classification, path: path)
    }

    /// Writes the route as `classification` and `path` text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(classification.rawValue, forKey: .classification)
        try container.encode(path.rawValue, forKey: .path)
    }
}
