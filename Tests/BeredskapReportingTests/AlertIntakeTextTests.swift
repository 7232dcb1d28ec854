import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation
import Testing

/// An incoming alert's intake as the receiver reads it, in the plan's language.
@Suite struct AlertIntakeTextTests {
    static let swedishWords = ["Larm ", "Händelse", "Larmväg", "larmväg", "Simulerad", "ÖVNING", "regel ", "körning"]

    /// A CAP alert of the Stockholm samples' shape.
    static func alert(status: String = "Actual", category: String = "Met", severity: String = "Severe") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>SE-TEST-1</identifier>
          <sender>larm@example.se</sender>
          <sent>2024-06-21T02:30:00+02:00</sent>
          <status>\(status)</status>
          <msgType>Alert</msgType>
          <scope>Public</scope>
          <info>
            <language>sv-SE</language>
            <category>\(category)</category>
            <event>Åska</event>
            <urgency>Immediate</urgency>
            <severity>\(severity)</severity>
            <certainty>Observed</certainty>
            <area><areaDesc>Stockholm</areaDesc></area>
          </info>
        </alert>
        """
    }

    /// The intake of `xml` by `plan`'s rules, as the workspace makes it: routed, the path run from the
    /// alert's start.
    static func intake(_ xml: String, plan: Plan) throws -> AlertIntake {
        let alert = try CAPParser.parse(data: Data(xml.utf8), source: "alert.cap")
        let decision = try AlertRouting(plan: plan).decide(alert)
        var intake = AlertIntake(alert: alert, decision: decision)
        guard let route = decision.route else { return intake }
        let scenario = Scenario(
            name: "cap-\(alert.identifier)", title: decision.info?.event ?? alert.identifier, path: route.path,
            event: ScenarioEvent(start: decision.eventStart, classification: route.classification))
        intake.path = plan.alarmPaths.first { $0.id == route.path }
        intake.timeline = try DryRun.run(scenario: scenario, plan: plan, seed: 1)
        return intake
    }

    static func englishPlan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = "en"
        return plan
    }

    @Test func aSwedishPlansRealAlertReadsAsAlarmReceiveHasAlwaysPrintedIt() throws {
        let text = AlertIntakeText.rendered(try Self.intake(Self.alert(), plan: BuiltInPlans.stockholm()), .sv)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Larm SE-TEST-1 från larm@example.se, skarpt larm (Actual)")
        #expect(lines[1] == "Händelse: Åska")
        #expect(
            lines[2].hasPrefix(
                "Larmväg: Om larm inkommer via TIB, tjänsteman i beredskap (extraordinär händelse) — regel 'allvarligt-via-tib': "
            ))
        #expect(lines[3] == "")
        #expect(lines[4] == "Simulerad tidslinje: inget larm har skickats till någon.")
        #expect(lines[5].hasPrefix("Scenario: cap-SE-TEST-1 — Åska"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.contains("ÖVNING"))
    }

    @Test func anEnglishPlansRealAlertReadsInEnglishOnly() throws {
        let plan = try Self.englishPlan()
        let text = AlertIntakeText.rendered(try Self.intake(Self.alert(), plan: plan), .en)
        #expect(text.hasPrefix("Alert SE-TEST-1 from larm@example.se, real alert (Actual)\nEvent: Åska\n"))
        #expect(
            text.contains(
                "Alarm path: Om larm inkommer via TIB, tjänsteman i beredskap (extraordinary event) — rule 'allvarligt-via-tib': "
            ))
        #expect(text.contains("\n\nSimulated timeline: no alarm has been sent to anyone.\nScenario: cap-SE-TEST-1"))
        #expect(text.contains(" Minute  Time     Event\n"))
        // The plan's own names and reasons stay Swedish; what the text adds is English.
        var added = text
        for own in plan.alarmPaths.map(\.name) + plan.alertRules.map(\.reason) + ["Åska"] {
            added = added.replacingOccurrences(of: own, with: "")
        }
        for word in Self.swedishWords { #expect(!added.contains(word), "\(word)") }
    }

    @Test(arguments: [ReportLanguage.sv, .en])
    func anExerciseIsMarkedAsADrillOnEveryLine(_ language: ReportLanguage) throws {
        let plan = language == .en ? try Self.englishPlan() : try BuiltInPlans.stockholm()
        let text = AlertIntakeText.rendered(try Self.intake(Self.alert(status: "Exercise"), plan: plan), language)
        let mark = language == .sv ? "ÖVNING  " : "DRILL  "
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count > 5 && lines.allSatisfy { $0.hasPrefix(mark) }, "\(text)")
        #expect(
            lines[0] == mark + (language == .sv ? "Larm" : "Alert") + " SE-TEST-1 "
                + (language == .sv
                    ? "från larm@example.se, övning (Exercise)" : "from larm@example.se, drill (Exercise)"))
        #expect(!text.contains("Simulerad") && !text.contains("Simulated"))
    }

    @Test func anUnroutedAlertSaysWhatItWasInEitherLanguage() throws {
        let xml = Self.alert(category: "Fire", severity: "Minor")
        let swedish = AlertIntakeText.rendered(try Self.intake(xml, plan: BuiltInPlans.stockholm()), .sv)
        #expect(
            swedish == """
                Larm SE-TEST-1 från larm@example.se, skarpt larm (Actual)
                Händelse: Åska
                Ingen larmväg: ingen regel i planen gäller Actual Alert (Public); info 1: Minor, Immediate, Observed, Fire, 'Åska'

                """)
        let english = AlertIntakeText.rendered(try Self.intake(xml, plan: Self.englishPlan()), .en)
        #expect(
            english == """
                Alert SE-TEST-1 from larm@example.se, real alert (Actual)
                Event: Åska
                No alarm path: no rule in the plan applies to Actual Alert (Public); info 1: Minor, Immediate, Observed, Fire, 'Åska'

                """)
    }

    @Test func theDecisionsReasonNamesTheRuleInThePlansLanguage() throws {
        let intake = try Self.intake(Self.alert(), plan: BuiltInPlans.stockholm())
        #expect(AlertIntakeText.reason(intake.decision, .sv).hasPrefix("regel 'allvarligt-via-tib': "))
        #expect(AlertIntakeText.reason(intake.decision, .en).hasPrefix("rule 'allvarligt-via-tib': "))
    }

    @Test func controlCharactersInTheAlertAreShownAsEscapesAndEachLineStaysOne() throws {
        let xml = Self.alert().replacingOccurrences(
            of: "<event>Åska</event>", with: "<event>Åska&#x9B;2J&#xA;rad</event>")
        let text = AlertIntakeText.rendered(try Self.intake(xml, plan: BuiltInPlans.stockholm()), .sv)
        #expect(text.split(separator: "\n")[1].hasPrefix("Händelse: Åska\\u{9B}2J\\u{A}rad"), "\(text)")
        #expect(!text.contains("\u{9B}"))
    }
}
