import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapEscalation

/// Documentation/scenario.schema.json must describe exactly what the scenario reader accepts, as
/// plan.schema.json does the plan reader (SchemaTests).
@Suite struct ScenarioSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemaURL = packageRoot.appendingPathComponent("Documentation/scenario.schema.json")

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func properties(of definition: [String: Any]) -> Set<String> {
        Set((definition["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The reader knows `deputy` in a response only to say that deputies come from the plan; a
    /// scenario may not have it, so the schema leaves it out.
    static let mappingKeys: [(definition: String, keys: [String])] = [
        ("event", ScenarioReader.eventKeys), ("response", ScenarioDecoder.responseKeys.filter { $0 != "deputy" }),
        ("step", ScenarioDecoder.stepKeys), ("decision", ScenarioDecoder.decisionKeys),
        ("inject", ScenarioReader.injectKeys), ("start", ScenarioReader.startKeys),
        ("expectedAction", ScenarioReader.expectedActionKeys),
        ("contingency", ScenarioReader.contingencyKeys), ("objective", ScenarioReader.objectiveKeys),
        ("rule", ScenarioReader.ruleKeys),
    ]

    @Test func everyMappingHasTheSameKeysInTheSchemaAsInTheReader() throws {
        let schema = try Self.schema()
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        #expect(Self.properties(of: schema) == Set(ScenarioReader.topKeys))
        for (name, keys) in Self.mappingKeys {
            let definition = try #require(definitions[name], "the schema has no $defs/\(name)")
            #expect(Self.properties(of: definition) == Set(keys), "$defs/\(name)")
        }
        #expect(
            Set(definitions.keys) == Set(Self.mappingKeys.map(\.definition)), "a $defs entry the test does not check")
    }

    @Test func everyClosedSetHasTheSameValuesInTheSchema() throws {
        let text = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        for values in [EventClassification.allCases.map(\.rawValue), ScenarioInject.Kind.allCases.map(\.rawValue)] {
            let list = values.map { "\"\($0)\"" }.joined(separator: ",\\s*")
            #expect(text.range(of: "\"enum\": \\[\\s*\(list)\\s*\\]", options: .regularExpression) != nil, "\(values)")
        }
    }

    /// Validates with Python's jsonschema (Scripts/setup installs it), an implementation nobody here wrote.
    @Test(arguments: BuiltInScenarios.names)
    func theBuiltInScenarioValidatesAgainstTheSchema(_ name: String) throws {
        #expect(try Self.validateWithPython(try #require(BuiltInScenarios.text(named: name))) == "valid")
    }

    @Test func theSchemaRejectsWhatTheReaderRejects() throws {
        let broken = BuiltInScenarios.benchNightText.replacingOccurrences(of: "  type: media", with: "  typ: media")
            .replacingOccurrences(of: "classification: extraordinary", with: "classification: extra")
        let output = try Self.validateWithPython(broken)
        #expect(output.contains("'type' is a required property"))
        #expect(output.contains("'typ' was unexpected"))
        #expect(output.contains("'extra' is not one of"))
    }

    static func validateWithPython(_ yaml: String) throws -> String {
        let (status, output) = try JSONSchemaCheck.problems(in: yaml, against: schemaURL)
        #expect(status == 0, "python3 with jsonschema and PyYAML is needed: run Scripts/setup")
        return output
    }
}
