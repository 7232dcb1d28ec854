import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapEscalation

/// `ScenarioWriter`'s text: a scenario file the reader reads back to the same scenario, whatever its text.
@Suite struct ScenarioWriterTests {
    static let zone = Jurisdiction.default.timeZone

    /// The complete scenario of Documentation/Scenarios.md, its first `yaml` block.
    static func documentedScenarioText() throws -> String {
        let url = ScenarioSchemaTests.packageRoot.appendingPathComponent("Documentation/Scenarios.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(document.range(of: "```yaml\n"))
        let end = try #require(document.range(of: "\n```", range: start.upperBound..<document.endIndex))
        return String(document[start.upperBound..<end.lowerBound])
    }

    static func documentedScenario() throws -> Scenario {
        try ScenarioReader.read(try documentedScenarioText(), file: "Scenarios.md", plan: try BuiltInPlans.stockholm())
    }

    static func readBack(_ scenario: Scenario) throws -> Scenario {
        let text = ScenarioWriter.text(for: scenario, timeZone: zone)
        do {
            return try ScenarioReader.read(text, file: "written.yaml", timeZone: zone)
        } catch {
            Issue.record("the written scenario does not read:\n\(error)\n\(text)")
            throw error
        }
    }

    @Test func theBuiltInScenarioReadsBackEqual() throws {
        #expect(try Self.readBack(BuiltInScenarios.benchNight) == BuiltInScenarios.benchNight)
    }

    @Test func theDocumentedCompleteScenarioReadsBackEqualAndValid() throws {
        let scenario = try Self.documentedScenario()
        #expect(scenario.injects[1].controller == "Övningsledningen, presstjänsten")
        #expect(scenario.injects[1].objective == "direktor-30")
        let text = ScenarioWriter.text(for: scenario, timeZone: Self.zone)
        #expect(try ScenarioReader.read(text, file: "written.yaml", plan: try BuiltInPlans.stockholm()) == scenario)
    }

    @Test func theTextIsReadableAndTheSameEveryTime() throws {
        let text = ScenarioWriter.text(
            for: BuiltInScenarios.benchNight, timeZone: Self.zone, comment: ["Skriven av ett test.", "Rad två"])
        #expect(
            text
                == ScenarioWriter.text(
                    for: BuiltInScenarios.benchNight, timeZone: Self.zone, comment: ["Skriven av ett test.", "Rad två"])
        )
        #expect(
            text.hasPrefix(
                "# Skriven av ett test.\n# Rad två\nname: bench-night\ntitle: Larm via Socialjouren en lördagsnatt\n"))
        #expect(text.contains("event:\n  time: \"2017-10-14T02:30\"\n  classification: extraordinary\n"))
        #expect(text.contains("  socialjourens-enhetschef: {median: 5, p90: 20, noAnswer: 0.1, timeout: 15}\n"))
        #expect(text.contains("injects:\n- at: 45\n  from: SVT Nyheter\n"))
        #expect(text.contains("  rule: {role: stadsdirektor, reachedWithin: 60}\n"))
        #expect(!text.contains("defaultResponse"), "the standard response is the default")
        let order = ["name:", "title:", "plan:", "path:", "event:", "duration:", "responses:", "steps:", "decisions:"]
        let positions = order.compactMap { text.range(of: "\n" + $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test func aCommentCannotStartYAML() throws {
        let text = ScenarioWriter.text(
            for: BuiltInScenarios.benchNight, timeZone: Self.zone, comment: ["från ark.csv\nname: kapad\u{1B}"])
        #expect(text.hasPrefix("# från ark.csv\n# name: kapad\\u{1B}\nname: bench-night\n"))
        #expect(try ScenarioReader.read(text, file: "w.yaml") == BuiltInScenarios.benchNight)
    }

    static let hostileTexts = [
        "", "true", "no", "45", "null", "~", "- lista", "# inte en kommentar", "a: b", "'enkla'", "\"dubbla\"",
        "  inledande blanksteg", "avslutande blanksteg  ", "rad 1\nrad 2", "rad 1\r\nrad 2", "slut\n",
        "\n\ninledande rader", "Larm\u{1B}[2J\u{07}", "\u{9B}C1", "=cmd|' /C calc'!A0", "tab\there", "{flow}", "[x]",
        "&anchor", "*alias", "!tag", "%directive", "@at", "`bakåt`", "a\u{2028}b", "ä \\ 東京",
    ]

    @Test(arguments: hostileTexts)
    func anyTextReadsBackTheSame(_ text: String) throws {
        var scenario = BuiltInScenarios.benchNight
        scenario.title = text
        scenario.event.administration = text
        scenario.injects[0].from = text.isEmpty ? "x" : text
        scenario.injects[0].text = text
        scenario.injects[0].contingency = text
        scenario.injects[0].controller = text
        scenario.injects[0].expectedAction?.action = text
        scenario.objectives[0].text = text
        #expect(try Self.readBack(scenario) == scenario)
    }

    @Test func everyOptionalPartReadsBack() throws {
        var scenario = BuiltInScenarios.benchNight
        scenario.plan = nil
        scenario.durationMinutes = 90.5
        scenario.defaultResponse = ResponseProfile(answer: LogNormal(median: 2.5, p90: 7), noAnswer: 0.333, timeout: 12)
        scenario.steps["kontakt-direktor"] = StepOverride(targetMinutes: 30)
        scenario.steps["ingenting"] = StepOverride()
        scenario.steps["upprepa"] = StepOverride(
            time: .fixed(0), noAnswer: 0.5, timeout: 4, targetMinutes: 1e-3, everyMinutes: 60)
        scenario.event.officeHours = true
        scenario.event.start = scenario.event.start.addingTimeInterval(17)
        scenario.injects.append(ScenarioInject(at: 0.25, from: "", to: "", kind: .information, text: "kort"))
        scenario.injects[0].objective = "direktor-30"
        #expect(try Self.readBack(scenario) == scenario)
        var empty = scenario
        empty.injects = []
        empty.objectives = []
        let text = ScenarioWriter.text(for: empty, timeZone: Self.zone)
        #expect(!text.contains("injects") && !text.contains("objectives"))
        #expect(try Self.readBack(empty) == empty)
    }
}
