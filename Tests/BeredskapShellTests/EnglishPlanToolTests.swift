import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// The tool commands on a plan written in English print English only: the tool's words, dates and
/// headings follow the plan's language; only the plan's and the scenario's own text stays as written.
@Suite struct EnglishPlanToolTests {
    static func englishShell() throws -> TestShell {
        let store = try PlanStore.open(.memory, seed: false)
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = "en"
        try store.create(plan)
        return try TestShell(store: store)
    }

    /// Swedish words the tool itself used to write; none is in the plan's own names and texts that the
    /// commands below print.
    static let swedishWords = [
        "kontaktar", "lördag", "oktober", "Händelse", "Nådd", "körningar", "frö ", "ställföreträdare",
        "Ställföreträdare", "minuter från larmet", "ÖVNING", "Larmväg", "skarpt larm", "Simulerad", "Veckan från",
        "kontorstid", "aldrig",
    ]

    static func expectEnglish(_ text: String, _ comment: String) {
        for word in swedishWords { #expect(!text.contains(word), "\(comment): '\(word)' in\n\(text)") }
    }

    @Test func drillRunAndSimulateAreEnglish() throws {
        let shell = try Self.englishShell()
        shell.session.mode = .box
        let run = shell.run("drill run bench-night --seed 7")
        #expect(run.contains("Event: Saturday 14 October 2017 at 02:30"), "\(run)")
        // The scenario's title is the scenario's own Swedish; the rest is the tool's.
        Self.expectEnglish(run.split(separator: "\n").dropFirst().joined(separator: "\n"), "drill run")
        let simulation = shell.run("drill simulate bench-night --runs 500 --seed 3")
        #expect(simulation.hasPrefix("500 runs, seed 3"), "\(simulation)")
        Self.expectEnglish(simulation, "drill simulate")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func reachabilityIsEnglish() throws {
        let shell = try Self.englishShell()
        shell.session.mode = .box
        let coverage = shell.run("reachability --week 2017-10-09")
        #expect(coverage.contains("2017-10-09"), "\(coverage)")
        Self.expectEnglish(coverage, "coverage")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func anExerciseAlertIsEnglishAndMarkedAsADrill() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("BeredskapEscalationTests/Fixtures/cap")
        let original = try String(contentsOf: fixtures.appendingPathComponent("thunderstorm.cap"), encoding: .utf8)
        let exercise = FileManager.default.temporaryDirectory.appendingPathComponent(
            "exercise-\(UUID().uuidString).cap")
        try original.replacingOccurrences(of: "<status>Actual</status>", with: "<status>Exercise</status>")
            .write(to: exercise, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: exercise) }
        let shell = try Self.englishShell()
        let printed = shell.run("alarm receive '\(exercise.path)'")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        let lines = printed.split(separator: "\n")
        #expect(lines.count > 5 && lines.allSatisfy { $0.hasPrefix("DRILL") }, "\(printed)")
        #expect(printed.contains("Alarm path: "), "\(printed)")
        Self.expectEnglish(printed, "alarm receive")
    }
}
