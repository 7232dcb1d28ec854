import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// The built-in scenarios on the built-in Stockholm plan: each reads, is the file shipped beside it,
/// and plays through as a drill leader would play it.
@Suite struct BuiltInScenarioTests {
    /// The scenarios written as full drills: several injects, contingencies and start conditions.
    static let drills = ["midsommar-tib", "kontorstid-socialjouren", "mediatryck"]
    static let wall = Date(timeIntervalSince1970: 1_521_014_400)

    static func plan() throws -> Plan { try BuiltInPlans.stockholm() }

    static func scenario(_ name: String) throws -> Scenario {
        try BuiltInScenarios.scenario(named: name, plan: try plan())
    }

    @Test(arguments: BuiltInScenarios.names)
    func theEmbeddedTextIsTheShippedFile(_ name: String) throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/BeredskapEscalation/Resources/Scenarios/\(name).yaml")
        #expect(try String(contentsOf: file, encoding: .utf8) == BuiltInScenarios.text(named: name))
    }

    @Test func everyShippedFileIsABuiltInScenario() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/BeredskapEscalation/Resources/Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltInScenarios.names))
    }

    @Test(arguments: BuiltInScenarios.names)
    func readsAndValidatesAgainstTheBuiltInPlan(_ name: String) throws {
        let plan = try Self.plan()
        let scenario = try Self.scenario(name)
        #expect(scenario.name == name)
        #expect(scenario.plan == plan.metadata.id)
        #expect(ScenarioValidator.validate(scenario, against: plan).isEmpty)
        #expect(BuiltInScenarios.entries(for: plan).first { $0.name == name }?.problem == nil)
    }

    @Test(arguments: drills)
    func isAFullDrill(_ name: String) throws {
        let scenario = try Self.scenario(name)
        #expect(scenario.injects.count >= 5)
        #expect(scenario.injects.contains { $0.contingency != nil })
        #expect(scenario.injects.contains { $0.expectedAction?.withinMinutes != nil })
        #expect(!scenario.objectives.isEmpty)
        #expect(scenario.injects.contains { $0.start != nil })
        #expect(scenario.injects.contains { $0.start?.trigger == .manual })
        #expect(!scenario.title.isEmpty && scenario.title != name)
    }

    /// Midsummer Eve is a holiday eve: the Swedish calendar counts 23:40 that night outside office
    /// hours, and the alarm is the CAP alert the plan's rules send to TIB as extraordinary.
    @Test func midsummerIsOutsideOfficeHoursAndItsAlertGoesToTIB() throws {
        let plan = try Self.plan()
        let scenario = try Self.scenario("midsommar-tib")
        #expect(scenario.event.officeHours == nil, "the calendar decides")
        #expect(!OfficeHours.swedishMunicipalDefault.isOfficeHours(at: scenario.event.start))
        let office = try Self.scenario("kontorstid-socialjouren")
        #expect(OfficeHours.swedishMunicipalDefault.isOfficeHours(at: office.event.start))
        let decision = try AlertRouting(plan: plan).decide(try CAPSamples.parseFixture("thunderstorm.cap"))
        #expect(decision.route == AlertRoute(classification: scenario.event.classification, path: scenario.path))
        #expect(scenario.injects.first?.text.hasPrefix("SEVERE THUNDERSTORM WARNING") == true)
    }

    /// Next until nothing is due, an expected action done in its words, a decision that starts an
    /// inject, the leader's manual inject, and the end.
    @Test(arguments: drills)
    func playsThroughWhenThePlayersAct(_ name: String) throws {
        let plan = try Self.plan()
        let scenario = try Self.scenario(name)
        var drill = TabletopSession(
            id: name, scenario: scenario, planID: plan.metadata.id, participants: [], leader: "Kim", at: Self.wall)
        let given = try drill.next(at: Self.wall)
        #expect(given.contains { $0.kind == .inject && $0.inject == 0 })
        let expected = try #require(scenario.injects[0].expectedAction)
        let acted = try drill.act(
            role: expected.role, action: expected.action, note: nil, by: nil, in: plan, at: Self.wall)
        #expect(acted.inject == 0)
        #expect(drill.fulfilment(ofInject: 0) != nil)
        // A decision an inject waits for starts it, `after` minutes on.
        let decisions = scenario.injects.indices.compactMap { index -> (Int, EntityID, EntityID)? in
            guard case .decision(let step, let option?)? = scenario.injects[index].start?.trigger else { return nil }
            return (index, step, option)
        }
        let (waiting, step, option) = try #require(decisions.first)
        try drill.decide(step: step, option: option, rationale: "övning", by: nil, in: plan, at: Self.wall)
        #expect(drill.dueMinute(ofInject: waiting) != nil)
        var rounds = 0
        while try !drill.next(at: Self.wall).isEmpty {
            rounds += 1
            try #require(rounds < 50, "next keeps giving injects")
        }
        #expect(drill.deliveries[waiting] != nil)
        #expect(!drill.contingencies.contains(0), "the first inject's action was done")
        let manual = try #require(scenario.injects.firstIndex { $0.start?.trigger == .manual })
        #expect(drill.deliveries[manual] == nil, "the leader has not played it")
        try drill.deliver(inject: manual, by: "Kim", at: Self.wall)
        #expect(drill.deliveries[manual] != nil)
        try drill.end(by: "Kim", at: Self.wall)
        #expect(drill.state == .ended)
    }

    /// When nobody acts, the first inject's contingency fires at its deadline, and an inject that
    /// waits for that action to be missed comes after it.
    @Test(arguments: drills)
    func theContingencyFiresWhenTheActionIsNotDone(_ name: String) throws {
        let plan = try Self.plan()
        let scenario = try Self.scenario(name)
        var drill = TabletopSession(
            id: name, scenario: scenario, planID: plan.metadata.id, participants: [], leader: nil, at: Self.wall)
        let within = try #require(scenario.injects[0].expectedAction?.withinMinutes)
        #expect(scenario.injects[0].contingency != nil)
        try drill.advance(minutes: within - 1, at: Self.wall)
        #expect(!drill.contingencies.contains(0))
        try drill.advance(minutes: 2, at: Self.wall)
        #expect(drill.contingencies.contains(0))
        try drill.advance(minutes: scenario.durationMinutes, at: Self.wall)
        for (index, inject) in scenario.injects.enumerated() {
            guard case .missed(let id)? = inject.start?.trigger, let missed = drill.injectIndex(id) else { continue }
            #expect(drill.contingencies.contains(missed), "inject \(missed + 1) was not handled")
            #expect(drill.deliveries[index] != nil, "inject \(index + 1) waits for \(id) to be missed")
        }
        try drill.end(by: nil, at: Self.wall)
    }

    /// `drill simulate` runs them; the runs give only the injects that come at a minute.
    @Test(arguments: drills)
    func simulates(_ name: String) throws {
        let plan = try Self.plan()
        let result = try MonteCarlo.simulate(scenario: try Self.scenario(name), plan: plan, runs: 1000, seed: 1)
        #expect(result.runs == 1000)
        #expect(result.objectives.count == (try Self.scenario(name)).objectives.count)
        #expect(result.objectives.allSatisfy { $0.metShare > 0 })
    }

    @Test func aPlanTheScenariosAreNotWrittenForIsToldWhy() throws {
        var other = try Self.plan()
        other.metadata.id = "egen-plan"
        let entries = BuiltInScenarios.entries(for: other)
        #expect(entries.map(\.name) == BuiltInScenarios.names)
        for entry in entries {
            #expect(entry.problem?.contains("written for plan 'stockholm-socialforvaltningen-2017-2018'") == true)
            #expect(entry.scenario.name == entry.name)
        }
    }
}
