import Foundation
import Testing

@testable import BeredskapEscalation

/// The public CAP fixtures, and hand-written alerts for the cases the fixtures do not cover.
enum CAPSamples {
    /// The bytes of `Fixtures/cap/name`.
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/cap"))
        return try Data(contentsOf: url)
    }

    /// Parses `Fixtures/cap/name`, naming it by its file name.
    static func parseFixture(_ name: String) throws -> CAPAlert {
        try CAPParser.parse(data: fixture(name), source: name)
    }

    /// The error `body` throws, or `nil` when it throws none.
    static func refusal(_ body: () throws(CAPError) -> CAPAlert) -> CAPError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    /// The error parsing `Fixtures/cap/name` gives.
    static func refusal(ofFixture name: String) throws -> CAPError? {
        let data = try fixture(name)
        return refusal { () throws(CAPError) in try CAPParser.parse(data: data, source: name) }
    }

    /// The error parsing `xml` as `test.cap` gives.
    static func refusal(of xml: String, maximumSize: Int = CAPParser.defaultMaximumSize) -> CAPError? {
        refusal { () throws(CAPError) in
            try CAPParser.parse(data: Data(xml.utf8), source: "test.cap", maximumSize: maximumSize)
        }
    }

    /// A valid CAP 1.2 alert; each argument replaces one part.
    static func alert(
        identifier: String = "SE-TEST-1", sender: String = "larm@example.se",
        sent: String = "2024-06-21T02:30:00+02:00", status: String = "Actual", messageType: String = "Alert",
        scope: String = "Public", extraAlertElements: String = "", infos: [String]? = nil
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>\(identifier)</identifier>
          <sender>\(sender)</sender>
          <sent>\(sent)</sent>
          <status>\(status)</status>
          <msgType>\(messageType)</msgType>
          <scope>\(scope)</scope>
        \(extraAlertElements)
        \((infos ?? [info()]).joined(separator: "\n"))
        </alert>
        """
    }

    /// A valid `<info>` block; each argument replaces one part.
    static func info(
        category: String = "Safety", event: String = "Hot mot skola", urgency: String = "Immediate",
        severity: String = "Severe", certainty: String = "Likely", extra: String = ""
    ) -> String {
        """
          <info>
            <language>sv-SE</language>
            <category>\(category)</category>
            <event>\(event)</event>
            <urgency>\(urgency)</urgency>
            <severity>\(severity)</severity>
            <certainty>\(certainty)</certainty>
            \(extra)
            <area><areaDesc>Stockholm</areaDesc></area>
          </info>
        """
    }

    /// Parses a hand-written alert that must be valid.
    static func parse(_ xml: String) throws -> CAPAlert {
        try CAPParser.parse(data: Data(xml.utf8), source: "test.cap")
    }
}
