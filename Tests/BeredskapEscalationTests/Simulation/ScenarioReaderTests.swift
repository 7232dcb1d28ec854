import BeredskapModel
import Foundation
import Testing

@testable import BeredskapEscalation

@Suite struct ScenarioReaderTests {
    let plan = StockholmFixture.plan

    /// Reads `text` against the fixture plan and returns the diagnostics' descriptions.
    func errors(_ text: String) -> [String] {
        do {
            _ = try ScenarioReader.read(text, file: "bench-night.yaml", plan: plan)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// The bench-night text with one line replaced.
    func benchNight(replacing old: String, with new: String) -> String {
        let text = BuiltInScenarios.benchNightText
        precondition(text.contains(old), "bench-night has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The 1-based line of the first line of the text containing `fragment`.
    func line(of fragment: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(fragment) } ?? -1) + 1
    }

    @Test func benchNightReadsAsSpecified() throws {
        let scenario = try StockholmFixture.benchNight()
        #expect(scenario.name == "bench-night")
        #expect(scenario.path == "via-socialjouren")
        #expect(scenario.event.classification == .extraordinary)
        #expect(scenario.event.officeHours == false)
        #expect(scenario.durationMinutes == 240)
        // 02:30 summer time in Stockholm is 00:30 UTC.
        #expect(scenario.event.start == Date(timeIntervalSince1970: 1_507_941_000))
        let chief = scenario.response(for: "socialjourens-enhetschef")
        #expect(chief.answer == LogNormal(median: 5, p90: 20))
        #expect(chief.noAnswer == 0.10)
        #expect(chief.timeout == 15)
        let director = scenario.response(for: "stadsdirektor")
        #expect(director.answer == LogNormal(median: 15, p90: 45))
        #expect(director.noAnswer == 0.10)
        #expect(director.timeout == 30)
        #expect(scenario.steps["posom-beslut"]?.time == .logNormal(LogNormal(median: 5, p90: 15)))
        #expect(
            scenario.decisions["posom-beslut"]
                == .probabilities([
                    OptionProbability(option: "aktivera", probability: 0.5),
                    OptionProbability(option: "aktivera-inte", probability: 0.5),
                ]))
        #expect(scenario.injects.first?.kind == .media)
        #expect(scenario.injects.first?.expectedAction?.withinMinutes == 15)
        #expect(scenario.objectives.map(\.role) == ["stadsdirektor", "direktor-berord-forvaltning"])
        #expect(scenario.objectives.first?.text == "Stadsdirektören informerad inom 60 minuter")
    }

    @Test func anUnknownRoleIsNamedWithItsLineAndASuggestion() {
        let text = benchNight(replacing: "  stadsdirektor: {median: 15", with: "  stadsdirektör: {median: 15")
        let row = line(of: "stadsdirektör: {median", in: text)
        #expect(
            errors(text) == [
                "bench-night.yaml:\(row):3: error: unknown role 'stadsdirektör'; did you mean 'stadsdirektor'?"
            ])
    }

    @Test func anUnknownStepOrOptionInADecisionIsNamed() {
        var text = benchNight(
            replacing: "  posom-beslut:\n    probabilities", with: "  posom-beslutt:\n    probabilities")
        #expect(
            errors(text).first?.hasSuffix(
                "error: unknown step 'posom-beslutt' on path 'via-socialjouren'; did you mean 'posom-beslut'?") == true)
        text = benchNight(replacing: "scripted: ge-uppdrag", with: "scripted: ge-updrag")
        let row = line(of: "scripted: ge-updrag", in: text)
        #expect(
            errors(text) == [
                "bench-night.yaml:\(row):15: error: 'uppdrag-beslut' has no option 'ge-updrag'; did you mean 'ge-uppdrag'?"
                    + " Its options are 'ge-uppdrag', 'inget-uppdrag'"
            ])
    }

    @Test func probabilitiesMustAddUpToOne() {
        let text = benchNight(replacing: "aktivera-inte: 0.5", with: "aktivera-inte: 0.4")
        #expect(errors(text).count == 1)
        #expect(errors(text).first?.contains("the probabilities add up to 0.9, not 1") == true)
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() {
        var text = benchNight(replacing: "duration: 240", with: "duraton: 240")
        text = text.replacingOccurrences(of: "noAnswer: 0.10, timeout: 15", with: "noAnswer: 1.5, timeout: 15")
        text = text.replacingOccurrences(of: "type: media", with: "type: medya")
        let found = errors(text)
        #expect(found.count == 3)
        #expect(found[0].contains("unknown key 'duraton'; did you mean 'duration'?"))
        #expect(found[0].hasPrefix("bench-night.yaml:\(line(of: "duraton", in: text)):1: "))
        // The probability is wrong in value, not in shape: the check against the plan finds it, and it
        // still comes in file order.
        #expect(found[1].contains("a probability is between 0 and 1, not 1.5"))
        #expect(found[1].hasPrefix("bench-night.yaml:\(line(of: "1.5", in: text)):"))
        #expect(found[2].contains("unknown inject type 'medya'; did you mean 'media'?"))
    }

    @Test func aBadTimeAndAMissingKeyAreReported() {
        var text = benchNight(replacing: "time: \"2017-10-14T02:30\"", with: "time: \"2017-10-32T02:30\"")
        text = text.replacingOccurrences(of: "path: via-socialjouren\n", with: "")
        let found = errors(text)
        #expect(found.count == 2)
        #expect(found.contains { $0.contains("missing 'path' in 'scenario'") })
        #expect(
            found.contains {
                $0.contains("expected a local time like '2017-10-14T02:30' for 'time', found '2017-10-32T02:30'")
            })
    }

    @Test func anEventTimeTheClocksSkipIsRefusedWithTheTimesThatExist() {
        let text = benchNight(replacing: "time: \"2017-10-14T02:30\"", with: "time: \"2017-03-26T02:30\"")
        let found = errors(text)
        #expect(found.count == 1)
        #expect(
            found.first?.contains("'time': 2017-03-26 02:30 does not exist in Europe/Stockholm") == true, "\(found)")
        #expect(found.first?.contains("use 03:30 (CEST) or 01:30 (CET)") == true)
    }

    @Test func aYAMLSyntaxErrorHasItsLine() {
        let text = "name: x\nevent: {time: [\n"
        #expect(errors(text).first?.hasPrefix("bench-night.yaml:3:") == true)
        #expect(errors(text).first?.contains("YAML syntax error") == true)
    }

    @Test func anObjectiveNeedsARoleThePathReaches() {
        let text = benchNight(replacing: "rule: {role: stadsdirektor,", with: "rule: {role: tib,")
        #expect(
            errors(text).first?.hasSuffix(
                "error: 'tib' is never contacted or informed on path 'via-socialjouren', so it cannot be reached")
                == true)
    }

    @Test func anUnknownPathOrBuiltInNameIsNamed() {
        let text = benchNight(replacing: "path: via-socialjouren", with: "path: via-socialjour")
        #expect(
            errors(text).first?.hasSuffix(
                "error: unknown alarm path 'via-socialjour'; did you mean 'via-socialjouren'?") == true)
        #expect(throws: ScenarioError.self) { try BuiltInScenarios.scenario(named: "bench-nigth", plan: plan) }
        do {
            _ = try BuiltInScenarios.scenario(named: "bench-nigth", plan: plan)
        } catch {
            #expect(error.description.contains("did you mean 'bench-night'?"))
        }
    }

    @Test func aScenarioBuiltInSwiftIsCheckedWhenItRuns() throws {
        var scenario = try StockholmFixture.benchNight()
        scenario.decisions["posom-beslut"] = .scripted("aktivra")
        #expect {
            _ = try DryRun.run(scenario: scenario, plan: plan, seed: 1)
        } throws: { error in
            (error as? ScenarioError)?.description
                == "bench-night: decisions.posom-beslut.scripted: error: 'posom-beslut' has no option 'aktivra'; "
                + "did you mean 'aktivera'? Its options are 'aktivera', 'aktivera-inte'"
        }
    }

    @Test func aStepOverrideMustFitTheStepsKind() {
        let text = benchNight(
            replacing: "  posom-beslut: {median: 5, p90: 15}", with: "  posom-beslut: {median: 5, p90: 15, timeout: 10}"
        )
        #expect(
            errors(text).first?.hasSuffix(
                "error: 'noAnswer' and 'timeout' apply to contact and inform steps; 'posom-beslut' is a decide step")
                == true)
        let backwards = benchNight(
            replacing: "  posom-beslut: {median: 5, p90: 15}", with: "  posom-beslut: {median: 15, p90: 5}")
        #expect(
            errors(backwards).first?.contains("a log-normal needs 0 < median <= p90; found median 15.0, p90 5.0")
                == true)
    }
}
