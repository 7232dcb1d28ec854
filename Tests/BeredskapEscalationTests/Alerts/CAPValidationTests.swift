import Foundation
import Testing

@testable import BeredskapEscalation

/// CAP 1.2's rules, each broken on purpose: the refusal names the element, where it is, and what the
/// standard expects.
@Suite struct CAPValidationTests {
    @Test func aValueOutsideItsListIsNamedWithTheValuesCAPAllows() {
        let error = CAPSamples.refusal(of: CAPSamples.alert(infos: [CAPSamples.info(urgency: "Soon")]))
        #expect(
            error?.description
                == "test.cap: <info>[1]/<urgency>: 'Soon' is not a CAP 1.2 urgency; expected one of Immediate, "
                + "Expected, Future, Past, Unknown")
        #expect(error?.code == .invalidValue)
    }

    @Test func aValueInTheWrongCaseOrMisspeltGetsASuggestion() {
        let error = CAPSamples.refusal(of: CAPSamples.alert(status: "actual"))
        #expect(error?.problems.first?.location == "<status>")
        #expect(error?.problems.first?.message.hasSuffix("did you mean 'Actual'?") == true)
        let typo = CAPSamples.refusal(of: CAPSamples.alert(infos: [CAPSamples.info(urgency: "Immediat")]))
        #expect(typo?.problems.first?.message.hasSuffix("did you mean 'Immediate'?") == true)
    }

    @Test func theCAP10CertaintyVeryLikelyIsRefused() {
        let error = CAPSamples.refusal(of: CAPSamples.alert(infos: [CAPSamples.info(certainty: "Very Likely")]))
        #expect(error?.problems.map(\.location) == ["<info>[1]/<certainty>"])
        #expect(error?.problems.first?.message.contains("CAP 1.0") == true)
        #expect(error?.problems.first?.message.contains("write Likely") == true)
    }

    @Test func everyProblemOfADocumentIsReportedAtOnce() {
        let xml = CAPSamples.alert(
            identifier: "SE TEST,1", sent: "2024-06-21T00:30:00Z", messageType: "Alarm",
            infos: [
                CAPSamples.info(),
                CAPSamples.info(category: "Weather", urgency: "Soon", severity: "Huge")
                    .replacingOccurrences(of: "<event>Hot mot skola</event>", with: ""),
            ])
        let error = CAPSamples.refusal(of: xml)
        #expect(
            error?.problems.map(\.location) == [
                "<identifier>", "<sent>", "<msgType>", "<info>[2]/<category>[1]", "<info>[2]/<event>",
                "<info>[2]/<urgency>", "<info>[2]/<severity>",
            ])
        #expect(
            error?.problems.map(\.code) == [
                .invalidIdentifier, .invalidDateTime, .invalidValue, .invalidValue, .missingElement, .invalidValue,
                .invalidValue,
            ])
        #expect(error?.problems.first?.message.contains("a space and a comma") == true)
        #expect(error?.description.split(separator: "\n").count == 7)
        #expect(error?.problems.allSatisfy { $0.line != nil } == true)
    }

    @Test(arguments: [
        ("2024-06-21T00:30:00Z", "ends in 'Z'"),
        ("2024-06-21T00:30:00.5+02:00", "fractional seconds"),
        ("2024-06-21T00:30:00", "has no UTC offset"),
        ("2023-02-29T00:30:00+01:00", "is not a date that exists"),
        ("2024-06-21T24:30:00+01:00", "is not a time of day that exists"),
        ("21 June 2024", "is not a CAP 1.2 date and time"),
    ])
    func malformedTimesAreRefusedSayingWhy(_ text: String, _ why: String) {
        let error = CAPSamples.refusal(of: CAPSamples.alert(sent: text))
        #expect(error?.problems.map(\.location) == ["<sent>"])
        #expect(error?.code == .invalidDateTime)
        #expect(error?.problems.first?.message.contains(why) == true)
    }

    @Test func anIdentifierWithRestrictedCharactersIsRefused() {
        let error = CAPSamples.refusal(of: CAPSamples.alert(sender: "larm&amp;co@example.se"))
        #expect(error?.problems.map(\.location) == ["<sender>"])
        #expect(error?.problems.first?.message.hasPrefix("'larm&co@example.se' contains '&'") == true)
    }

    @Test func aRestrictedAlertNeedsItsRestrictionAndAPrivateOneItsAddresses() throws {
        let restricted = CAPSamples.refusal(of: CAPSamples.alert(scope: "Restricted"))
        #expect(restricted?.problems.map(\.location) == ["<restriction>"])
        #expect(restricted?.code == .missingForScope)
        let isPrivate = CAPSamples.refusal(of: CAPSamples.alert(scope: "Private"))
        #expect(isPrivate?.problems.map(\.location) == ["<addresses>"])
        let addressed = try CAPSamples.parse(
            CAPSamples.alert(
                scope: "Private",
                extraAlertElements: "<addresses>tib@stockholm.se \"Socialjouren Stockholm\"</addresses>"))
        #expect(addressed.addresses == ["tib@stockholm.se", "Socialjouren Stockholm"])
    }

    @Test func anUpdateNeedsWellFormedReferences() throws {
        let missing = CAPSamples.refusal(of: CAPSamples.alert(messageType: "Update"))
        #expect(missing?.problems.map(\.location) == ["<references>"])
        #expect(missing?.code == .invalidReferences)
        let malformed = CAPSamples.refusal(
            of: CAPSamples.alert(
                messageType: "Cancel",
                extraAlertElements:
                    "<references>larm@example.se,SE-1 larm@example.se,SE-2,2024-06-21T02:00:00Z</references>"))
        #expect(malformed?.problems.count == 2)
        #expect(malformed?.problems.first?.message == "'larm@example.se,SE-1' is not sender,identifier,sent")
        #expect(malformed?.problems.last?.message.contains("ends in 'Z'") == true)
        let update = try CAPSamples.parse(
            CAPSamples.alert(
                messageType: "Update",
                extraAlertElements: "<references>larm@example.se,SE-1,2024-06-21T02:00:00+02:00</references>"))
        #expect(
            update.references == [
                CAPReference(
                    sender: "larm@example.se", identifier: "SE-1",
                    sent: try #require(CAPDateTime("2024-06-21T02:00:00+02:00")))
            ])
    }

    @Test func aMissingRequiredElementIsNamedInEveryBlock() {
        let info = """
              <info>
                <category>Safety</category><event>Hot</event><urgency>Immediate</urgency><severity>Severe</severity>
                <certainty>Likely</certainty>
                <resource><resourceDesc>Karta</resourceDesc></resource>
                <area><polygon>59.3,18.0 59.4,18.1 59.3,18.2 59.3,18.0</polygon></area>
              </info>
            """
        let error = CAPSamples.refusal(of: CAPSamples.alert(infos: [info]))
        #expect(
            error?.problems.map(\.location) == ["<info>[1]/<resource>[1]/<mimeType>", "<info>[1]/<area>[1]/<areaDesc>"])
        #expect(error?.problems.allSatisfy { $0.code == .missingElement } == true)
    }

    @Test func shapesAreChecked() {
        let extra = """
            <area><areaDesc>Norrmalm</areaDesc>
              <polygon>59.3,18.0 59.4,18.1 59.3,18.2 59.35,18.0</polygon>
              <polygon>59.3,18.0 59.4,18.1 59.3,18.0</polygon>
              <circle>59.33,18.06</circle>
              <circle>99.0,18.06 2</circle>
              <ceiling>100</ceiling>
            </area>
            """
        let error = CAPSamples.refusal(of: CAPSamples.alert(infos: [CAPSamples.info(extra: extra)]))
        #expect(
            error?.problems.map(\.location) == [
                "<info>[1]/<area>[1]/<polygon>[1]", "<info>[1]/<area>[1]/<polygon>[2]",
                "<info>[1]/<area>[1]/<circle>[1]", "<info>[1]/<area>[1]/<circle>[2]", "<info>[1]/<area>[1]/<ceiling>",
            ])
        #expect(error?.problems.allSatisfy { $0.code == .invalidGeometry } == true)
        #expect(error?.problems.first?.message.contains("end with its first point") == true)
        #expect(error?.problems[3].message.contains("off the globe") == true)
    }

    @Test func unknownAndRepeatedElementsAreReported() {
        let xml = CAPSamples.alert(extraAlertElements: "<sender>other@example.se</sender><sendr>x</sendr>")
        let error = CAPSamples.refusal(of: xml)
        #expect(error?.problems.map(\.code) == [.duplicateElement, .unexpectedElement])
        #expect(error?.problems.last?.message == "CAP 1.2 has no such element here; did you mean <sender>?")
    }

    @Test func elementsOfOtherNamespacesAreSkipped() throws {
        let xml = CAPSamples.alert(
            extraAlertElements:
                "<x:extension xmlns:x=\"urn:example\"><x:identifier>ignored</x:identifier></x:extension>")
        let alert = try CAPSamples.parse(xml)
        #expect(alert.identifier == "SE-TEST-1")
    }

    @Test func commentsAndCDATAAreText() throws {
        let xml = CAPSamples.alert(
            extraAlertElements: "<!-- <![CDATA[ is not a section here --><note><![CDATA[Ring <TIB> & <!-- -->]]></note>"
        )
        let alert = try CAPSamples.parse(xml)
        #expect(alert.note == "Ring <TIB> & <!-- -->")
    }
}
