import BeredskapModel
import BeredskapStorage
import Testing

@testable import BeredskapEscalation

/// An inject's `controller` and `objective`, the MSEL's columns the scenario file has as keys.
@Suite struct ScenarioInjectFieldsTests {
    static func read(_ lines: [String]) throws(ScenarioError) -> Scenario {
        let text = BuiltInScenarios.benchNightText.replacingOccurrences(
            of: "    text: Om direktören ännu inte är nådd ringer reportern Socialjouren i stället.\n",
            with: "    text: Om direktören ännu inte är nådd ringer reportern Socialjouren i stället.\n"
                + lines.map { "  " + $0 + "\n" }.joined())
        // The built-in plan is fixed; it reads.
        return try ScenarioReader.read(text, file: "natt.yaml", plan: try! BuiltInPlans.stockholm())
    }

    @Test func controllerAndObjectiveAreRead() throws {
        let scenario = try Self.read(["controller: Anna, övningsledningen", "objective: direktor-30"])
        #expect(scenario.injects[0].controller == "Anna, övningsledningen")
        #expect(scenario.injects[0].objective == "direktor-30")
        #expect(BuiltInScenarios.benchNight.injects[0].controller == nil)
    }

    @Test func anUnknownObjectiveIsAnErrorAtItsLineWithDidYouMean() {
        #expect {
            try Self.read(["objective: direktor-3"])
        } throws: { error in
            "\(error)".hasPrefix(
                "natt.yaml:40:14: error: unknown objective 'direktor-3'; did you mean 'direktor-30'? The scenario's "
                    + "objectives are 'stadsdirektor-60', 'direktor-30'")
        }
    }

    @Test func anObjectiveIsAnIdAndAControllerIsText() {
        #expect {
            try Self.read(["objective: Direktör 30", "controller: [Anna]"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("natt.yaml:40:14: error: invalid id 'Direktör 30'")
                && text.contains("natt.yaml:41:15: error: expected text for 'controller', found a list")
        }
    }
}
