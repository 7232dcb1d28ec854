import Foundation
import Testing

@testable import BeredskapEscalation

/// The public CAP samples: the valid ones read with the values a duty officer would see, the broken
/// ones refused with the reason.
@Suite struct CAPFixtureTests {
    @Test(arguments: [
        "australia.cap", "canada.cap", "earthquake-iso8859-1.cap", "wcatwc-warning.cap", "thunderstorm.cap",
        "43b080713727.cap",
    ])
    func everyValidSampleParses(_ name: String) throws {
        let alert = try CAPSamples.parseFixture(name)
        #expect(!alert.identifier.isEmpty)
        #expect(!alert.infos.isEmpty)
        #expect(alert.infos.allSatisfy { !$0.areas.isEmpty })
    }

    @Test func theThunderstormWarningHasItsEventAreaAndTimes() throws {
        let alert = try CAPSamples.parseFixture("thunderstorm.cap")
        #expect(alert.identifier == "KSTO1055887203")
        #expect(alert.sender == "KSTO@NWS.NOAA.GOV")
        #expect(alert.status == .actual)
        #expect(alert.messageType == .alert)
        #expect(alert.scope == .public)
        #expect(alert.sent.text == "2003-06-17T14:57:00-07:00")
        #expect(alert.sent.utcOffset == -7 * 3600)
        #expect(alert.sent.date == Date(timeIntervalSince1970: 1_055_887_020))  // 2003-06-17T21:57:00Z
        let info = try #require(alert.infos.first)
        #expect(info.language == "en-US")
        #expect(info.categories == [.meteorological])
        #expect(info.event == "SEVERE THUNDERSTORM")
        #expect(info.responseTypes == [.shelter])
        #expect(info.urgency == .immediate)
        #expect(info.severity == .severe)
        #expect(info.certainty == .observed)
        #expect(info.eventCodes == [CAPValuePair(valueName: "SAME", value: "SVR")])
        #expect(info.expires?.date == Date(timeIntervalSince1970: 1_055_890_800))  // 2003-06-17T23:00:00Z
        #expect(info.instruction == "TAKE COVER IN A SUBSTANTIAL SHELTER UNTIL THE STORM PASSES.")
        let area = try #require(info.areas.first)
        #expect(area.areaDesc.hasPrefix("EXTREME NORTH CENTRAL TUOLUMNE COUNTY"))
        #expect(area.polygons.first?.points.count == 5)
        #expect(area.polygons.first?.points.first == CAPPoint(latitude: 38.47, longitude: -120.14))
        #expect(area.geocodes.map(\.value) == ["006109", "006009", "006003"])
    }

    @Test func theSecurityAdvisoryHasItsResourceAndTrimmedText() throws {
        let alert = try CAPSamples.parseFixture("43b080713727.cap")
        #expect(alert.sender == "hsas@dhs.gov")
        let info = try #require(alert.infos.first)
        #expect(info.categories == [.security])
        #expect(info.event == "Homeland Security Advisory System Update")
        #expect((info.urgency, info.severity, info.certainty) == (.immediate, .severe, .likely))
        #expect(info.instruction?.hasPrefix("A High Condition is declared") == true)
        #expect(info.parameterValues(named: "HSAS") == ["ORANGE"])
        #expect(
            info.resources == [
                CAPResource(
                    resourceDesc: "Image file (GIF)", mimeType: "image/gif",
                    uri: "http://www.dhs.gov/dhspublic/getAdvisoryImage")
            ])
    }

    @Test func prefixedElementsAndEscapedMarkupRead() throws {
        let alert = try CAPSamples.parseFixture("australia.cap")
        #expect(alert.sender == "webmaster@rfs.nsw.gov.au")
        #expect(alert.codes == ["urn:oasis:names:tc:emergency:cap:1.2:profile:CAP-AU:1.0"])
        #expect(alert.sent.utcOffset == 10 * 3600)
        #expect(alert.sent.date == Date(timeIntervalSince1970: 1_317_819_840))  // 2011-10-05T13:04:00Z
        #expect(alert.infos.count == 2)
        let info = alert.infos[0]
        #expect(info.language == "en-AU")
        #expect(info.categories == [.fire, .meteorological])
        #expect(info.event == "Fire")
        #expect(info.severity == .minor)
        #expect(info.description?.contains("ALERT LEVEL: Not Applicable<br />LOCATION") == true)
        #expect(info.parameterValues(named: "AllocatedResources") == [""])
        #expect(
            info.areas.first?.circles == [
                CAPCircle(center: CAPPoint(latitude: -35.3888, longitude: 147.0598), radiusKilometers: 25)
            ])
        #expect(alert.infos[1].areas.first?.geocodes.first?.value == "2642")
    }

    @Test func theCanadianUpdateHasReferencesAndTwoLanguages() throws {
        let alert = try CAPSamples.parseFixture("canada.cap")
        #expect(alert.messageType == .update)
        #expect(alert.source == "Environment Canada - Environnement Canada - Toronto (CWTO)")
        #expect(alert.codes.count == 3)
        #expect(alert.restriction == nil)
        #expect(alert.addresses.isEmpty)
        #expect(alert.note == nil)
        #expect(alert.references.map(\.identifier) == ["2.49.0.1.124.a3f342a4.2012", "2.49.0.1.124.60f31a3a.2012"])
        #expect(alert.references.first?.sender == "cap@ec.gc.ca")
        #expect(alert.references.first?.sent.text == "2012-05-02T21:45:05-00:00")
        #expect(alert.infos.map(\.language) == ["en-CA", "fr-CA"])
        #expect(alert.infos[1].event == "orages")
        #expect(alert.infos[1].description?.contains("C'est l'épreuve") == true)
        #expect(alert.infos[0].responseTypes == [.allClear])
        #expect(alert.infos[0].urgency == .past)
        #expect(alert.infos[0].areas.map { $0.polygons.count } == [1, 1])
        #expect(alert.infos[0].contact == nil)
    }

    @Test func theTsunamiWarningIsExtremeAndNamesItsIncident() throws {
        let alert = try CAPSamples.parseFixture("wcatwc-warning.cap")
        #expect(alert.messageType == .update)
        #expect(alert.incidents == ["lqw6d6"])
        #expect(alert.references.map(\.description) == ["PAAQ,PAAQ-1-lqw6d6,2011-09-02T10:55:55-00:00"])
        let info = try #require(alert.infos.first)
        #expect(info.event == "Tsunami Warning")
        #expect(info.severity == .extreme)
        #expect(info.onset?.text == "2011-09-02T11:36:50-00:00")
        #expect(info.resources.map(\.mimeType) == ["image/jpeg", "image/jpeg", "application/json"])
        #expect(info.parameterValues(named: "predictedArrivalTime").count == 25)
    }

    @Test func theLatin1SampleIsDecodedByItsDeclarationAndItsSignatureSkipped() throws {
        let data = try CAPSamples.fixture("earthquake-iso8859-1.cap")
        #expect(String(data: data, encoding: .utf8) == nil, "the sample must really be Latin-1")
        let alert = try CAPParser.parse(data: data, source: "earthquake-iso8859-1.cap")
        let info = try #require(alert.infos.first)
        #expect(info.headline == "EQ 4.6 Usulután, Usulután, El Salvador - PRELIMINARY REPORT")
        #expect(info.areas.first?.areaDesc.hasPrefix("47 miles (76 km) SSW of Usulután") == true)
        #expect(alert.addresses == ["0"])
        #expect(alert.sent.text == "2012-10-14T22:53:04+00:00")
        #expect(info.areas.first?.circles.first?.radiusKilometers == 0)
    }

    @Test func theInvalidSampleIsRefusedForItsMissingScopeAlone() throws {
        let error = try CAPSamples.refusal(ofFixture: "invalid.cap")
        #expect(error?.problems.map(\.code) == [.missingElement])
        #expect(error?.problems.first?.location == "<scope>")
        #expect(error?.description == "invalid.cap: <scope>: required element is missing")
    }

    @Test func theCAP11SampleIsRefusedNamingBothNamespaces() throws {
        let error = try CAPSamples.refusal(ofFixture: "earthquake.cap")
        #expect(error?.code == .unsupportedVersion)
        #expect(error?.problems.count == 1)
        let text = error?.description ?? ""
        #expect(text.hasPrefix("earthquake.cap: <alert>: "))
        #expect(text.contains("urn:oasis:names:tc:emergency:cap:1.1 (CAP 1.1)"))
        #expect(text.contains("namespace urn:oasis:names:tc:emergency:cap:1.2"))
    }
}
