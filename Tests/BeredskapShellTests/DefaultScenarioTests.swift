import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// `drill simulate PATH`, `drill run PATH`, `drill start PATH`: any plan's alarm path on the default
/// response model, with the plan's own deputies and waits.
@Suite struct DefaultScenarioTests {
    static let synthetic = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BeredskapStorageTests/Fixtures/synth-40.yaml")

    static func shell(_ plan: Plan) throws -> TestShell {
        let store = try PlanStore.open(.memory, seed: false)
        try store.create(plan)
        let shell = try TestShell(store: store)
        shell.session.mode = .box
        return shell
    }

    /// The share of runs reached through a deputy, by role id, from `drill simulate --format json`.
    static func deputyShares(_ json: String) throws -> [String: Double] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let roles = try #require(object?["roles"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: roles.compactMap { role in
                (role["id"] as? String).map { ($0, (role["deputyShare"] as? NSNumber)?.doubleValue ?? -1) }
            })
    }

    @Test func anotherAdministrationsPathRunsWithoutAScenarioFile() throws {
        let plan = try PlanFileReader.read(contentsOf: Self.synthetic.path).validPlan()
        let shell = try Self.shell(plan)
        let path = try #require(plan.alarmPaths.first).id
        let simulation = shell.run("drill simulate \(path) --runs 400 --seed 5 --at '2017-10-14 02:30'")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        #expect(simulation.hasPrefix("400 körningar, frö 5, larmväg \(path)"), "\(simulation)")
        let run = shell.run("drill run \(path) --at '2017-10-14 02:30'")
        #expect(run.contains("lördag 14 oktober 2017 kl. 02:30"), "\(run)")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func withoutDeputiesInThePlanNobodyIsReachedThroughOne() throws {
        let shell = try Self.shell(try BuiltInPlans.stockholm())
        let shares = try Self.deputyShares(
            shell.run("drill simulate via-tib --runs 400 --at '2017-10-14 02:30' --format json"))
        #expect(shares.count == 2)
        #expect(shares.values.allSatisfy { $0 == 0 }, "\(shares)")
        // And reachability says the same: both roles the simulation reaches have no deputy.
        let reachability = shell.run("reachability --week 2017-10-09")
        for role in shares.keys {
            #expect(reachability.contains("(\(role)): "), "\(role) is not a single point of failure:\n\(reachability)")
        }
    }

    @Test func thePlansOwnDeputyAndWaitOverrideTheModelForThatRoleAlone() throws {
        var plan = try BuiltInPlans.stockholm()
        let director = try #require(plan.roles.firstIndex { $0.id == "stadsdirektor" })
        plan.roles[director].deputies = ["sof-direktor"]
        plan.roles[director].deputyAfterMinutes = 1
        let shell = try Self.shell(plan)
        let command = "drill simulate via-tib --runs 400 --seed 2 --at '2017-10-14 02:30' --format json"
        let shares = try Self.deputyShares(shell.run(command))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        // A minute's wait for an answer that takes LN(10, 30) minutes: the deputy nearly always answers.
        #expect(try #require(shares["stadsdirektor"]) > 0.8, "\(shares)")
        #expect(shares["sof-direktor"] == 0, "\(shares)")
    }

    @Test func aDrillStartedOnAPathIsTakenUpAgainFromTheStore() throws {
        let shell = try Self.shell(try BuiltInPlans.stockholm())
        _ = shell.run("drill start via-tib --at '2017-10-14 02:30' --id ov-tib")
        _ = shell.run("drill end")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        shell.session.mode = .box
        let opened = shell.run("drill open ov-tib")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        #expect(opened.contains("Om larm inkommer via TIB"), "\(opened)")
    }

    @Test func anUnknownPathNamesThePathsThereAreAndTheNearest() throws {
        let shell = try Self.shell(try BuiltInPlans.stockholm())
        _ = shell.run("drill simulate via-tb --runs 10")
        let error = try #require(shell.errors.first)
        #expect(error.contains("not an alarm path of the plan (via-socialjouren, via-tib)"), "\(error)")
        #expect(error.contains("did you mean 'via-tib'?"), "\(error)")
    }
}
