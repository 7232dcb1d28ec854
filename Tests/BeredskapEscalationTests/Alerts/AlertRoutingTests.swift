import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// Incoming alerts on their way into the Stockholm plan's alarm paths, by the rules its plan file
/// declares.
@Suite struct AlertRoutingTests {
    static let stockholm: AlertRouting = {
        do { return try AlertRouting(plan: BuiltInPlans.stockholm()) } catch { fatalError("\(error)") }
    }()

    @Test func aSevereObservedThunderstormGoesToTIBAsExtraordinary() throws {
        let decision = Self.stockholm.decide(try CAPSamples.parseFixture("thunderstorm.cap"))
        #expect(decision.route == AlertRoute(classification: .extraordinary, path: "via-tib"))
        #expect(decision.classification == .extraordinary)
        #expect(decision.ruleID == "allvarligt-via-tib")
        #expect(decision.isDrill == false)
        guard case .rule(id: "allvarligt-via-tib", let reason) = decision.cause else {
            Issue.record("decided by \(decision.cause)")
            return
        }
        #expect(!reason.isEmpty)
        #expect(decision.eventStart == decision.alert.sent.date)
    }

    @Test(
        arguments: [
            ("thunderstorm.cap", "via-tib"), ("43b080713727.cap", "via-tib"), ("wcatwc-warning.cap", "via-tib"),
            ("australia.cap", nil), ("canada.cap", nil), ("earthquake-iso8859-1.cap", nil),
        ] as [(String, EntityID?)])
    func theSamplesTakeTheirPathsAndNoActualAlertIsADrill(_ name: String, _ path: EntityID?) throws {
        let decision = Self.stockholm.decide(try CAPSamples.parseFixture(name))
        #expect(decision.route?.path == path)
        #expect(decision.alert.status == .actual)
        #expect(decision.isDrill == false)
    }

    @Test func anUnroutedAlertSaysWhatItWas() throws {
        let decision = Self.stockholm.decide(try CAPSamples.parseFixture("australia.cap"))
        #expect(decision.outcome == .unrouted(reason: .noRuleApplies))
        #expect(decision.ruleID == nil)
        #expect(decision.classification == nil)
    }

    @Test func anExerciseOrTestTakesTheSamePathAsADrill() throws {
        for status in ["Exercise", "Test"] {
            let decision = Self.stockholm.decide(try CAPSamples.parse(CAPSamples.alert(status: status)))
            #expect(decision.isDrill)
            #expect(decision.route?.path == "via-tib")
        }
        let real = Self.stockholm.decide(try CAPSamples.parse(CAPSamples.alert(status: "Actual")))
        #expect(real.isDrill == false)
        #expect(real.route?.path == "via-tib")
    }

    @Test func aModerateThreatToPeopleGoesToSocialjourenAsOrdinary() throws {
        let alert = try CAPSamples.parse(
            CAPSamples.alert(infos: [CAPSamples.info(category: "Health", severity: "Moderate")]))
        let decision = Self.stockholm.decide(alert)
        #expect(decision.outcome == .routed(AlertRoute(classification: .ordinary, path: "via-socialjouren")))
        let weather = try CAPSamples.parse(
            CAPSamples.alert(infos: [CAPSamples.info(category: "Met", severity: "Moderate")]))
        #expect(Self.stockholm.decide(weather).route == nil)
    }

    @Test(arguments: [
        ("Actual", "Cancel", "aterkallelse-ej-larm"), ("Actual", "Ack", "kvittens-fel-ej-larm"),
        ("Exercise", "Error", "kvittens-fel-ej-larm"), ("System", "Alert", "system-ej-larm"),
        ("Draft", "Alert", "utkast-ej-larm"),
    ])
    func messagesThatAreNotEventsAreStoppedByTheirRule(_ status: String, _ messageType: String, _ rule: String) throws {
        let references = "<references>larm@example.se,SE-0,2024-06-21T02:00:00+02:00</references>"
        let alert = try CAPSamples.parse(
            CAPSamples.alert(status: status, messageType: messageType, extraAlertElements: references))
        let decision = Self.stockholm.decide(alert)
        #expect(decision.route == nil)
        #expect(decision.ruleID == rule)
    }

    @Test func theFirstMatchingRuleWins() throws {
        let toTIB = AlertRoutingRule(
            id: "all-to-tib", when: AlertCondition(), route: AlertRoute(classification: .ordinary, path: "via-tib"),
            reason: "everything to TIB")
        let security = AlertRoutingRule(
            id: "security-to-socialjouren", when: AlertCondition(categories: [.security]),
            route: AlertRoute(classification: .ordinary, path: "via-socialjouren"), reason: "security")
        let alert = try CAPSamples.parseFixture("43b080713727.cap")
        #expect(AlertRouting(rules: [toTIB, security]).decide(alert).ruleID == "all-to-tib")
        #expect(AlertRouting(rules: [security, toTIB]).decide(alert).ruleID == "security-to-socialjouren")
        #expect(AlertRouting(rules: []).decide(alert).route == nil)
    }

    @Test func allInformationPartsMustHoldForOneBlock() throws {
        let alert = try CAPSamples.parse(
            CAPSamples.alert(infos: [
                CAPSamples.info(category: "Met", severity: "Severe"),
                CAPSamples.info(category: "Security", event: "Bombhot", severity: "Minor"),
            ]))
        let severeSecurity = AlertRouting(rules: [
            AlertRoutingRule(
                id: "severe-security", when: AlertCondition(severities: [.severe], categories: [.security]),
                route: AlertRoute(classification: .extraordinary, path: "via-tib"), reason: "r")
        ])
        #expect(severeSecurity.decide(alert).route == nil)
        let threat = AlertRouting(rules: [
            AlertRoutingRule(
                id: "threat", when: AlertCondition(eventContains: ["BOMBHOT"]),
                route: AlertRoute(classification: .extraordinary, path: "via-tib"), reason: "r")
        ])
        #expect(threat.decide(alert).info?.event == "Bombhot")
    }

    @Test func theEventStartsWhenTheAlertIsSentOrLaterTakesEffect() throws {
        let later = try CAPSamples.parse(
            CAPSamples.alert(infos: [CAPSamples.info(extra: "<effective>2024-06-21T03:00:00+02:00</effective>")]))
        let decision = Self.stockholm.decide(later)
        #expect(decision.eventStart == CAPDateTime("2024-06-21T03:00:00+02:00")?.date)
        let earlier = try CAPSamples.parse(
            CAPSamples.alert(infos: [CAPSamples.info(extra: "<effective>2024-06-21T01:00:00+02:00</effective>")]))
        #expect(Self.stockholm.decide(earlier).eventStart == earlier.sent.date)
    }

    @Test func theRulesTravelAsJSON() throws {
        let encoded = try JSONEncoder().encode(Self.stockholm)
        #expect(try JSONDecoder().decode(AlertRouting.self, from: encoded) == Self.stockholm)
        let file = """
            {"rules": [
              {"id": "exercise-via-socialjouren", "when": {"status": ["Exercise"], "eventContains": ["övning"]},
               "route": {"classification": "ordinary", "path": "via-socialjouren"},
               "reason": "drills go to Socialjouren"},
              {"id": "rest", "reason": "nothing else is routed"}
            ]}
            """
        let routing = try JSONDecoder().decode(AlertRouting.self, from: Data(file.utf8))
        let drill = try CAPSamples.parse(
            CAPSamples.alert(status: "Exercise", infos: [CAPSamples.info(event: "Ovning: hot mot skola")]))
        #expect(routing.decide(drill).route?.path == "via-socialjouren")
        #expect(routing.decide(drill).isDrill)
        let real = try CAPSamples.parse(CAPSamples.alert())
        #expect(routing.decide(real).ruleID == "rest")
        #expect(routing.decide(real).route == nil)
    }

    @Test func aRoutingFileWithAnUnknownClassificationIsRefused() {
        let file = """
            {"rules": [{"id": "x", "reason": "r", "route": {"classification": "huge", "path": "via-tib"}}]}
            """
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AlertRouting.self, from: Data(file.utf8)) }
    }

    @Test func routesToPathsThePlanLacksAreFound() {
        let plan = Plan(
            metadata: PlanMetadata(id: "test-plan", title: "Testplan"),
            alarmPaths: [AlarmPath(id: "via-tib", name: "Om larm inkommer via TIB")])
        #expect(Self.stockholm.missingPaths(in: plan) == ["via-socialjouren"])
    }
}
