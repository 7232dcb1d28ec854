import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// The JSON Schema in Documentation/ must describe exactly what the reader accepts.
@Suite struct SchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = packageRoot.appendingPathComponent("Documentation/plan.schema.json")

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func properties(of definition: [String: Any]) -> Set<String> {
        Set((definition["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    static func keys<R: PlanFileRecord>(_ type: R.Type) -> Set<String> { Set(R.fields.map(\.key)) }

    static let recordKeys: [(definition: String, keys: Set<String>)] = [
        ("plan", keys(PlanMetadata.self)), ("revision", keys(PlanRevision.self)), ("approval", keys(Approval.self)),
        ("reference", keys(PlanReference.self)), ("followUpPolicy", keys(FollowUpPolicy.self)),
        ("revisionPolicy", keys(RevisionPolicy.self)), ("section", keys(Section.self)),
        ("definition", keys(Definition.self)), ("milieu", keys(Milieu.self)),
        ("organization", keys(Organization.self)), ("unit", keys(ServiceUnit.self)),
        ("targetGroup", keys(TargetGroup.self)),
        ("contact", keys(Contact.self)), ("externalActor", keys(ExternalActor.self)), ("role", keys(Role.self)),
        ("focusArea", keys(FocusArea.self)), ("indicator", keys(Indicator.self)), ("activity", keys(Activity.self)),
        ("statusEntry", keys(StatusEntry.self)), ("alarmPath", keys(AlarmPath.self)), ("step", keys(AlarmStep.self)),
        ("condition", keys(StepCondition.self)), ("conditionAlternative", keys(StepCondition.Alternative.self)),
        ("option", keys(DecisionOption.self)),
        ("repeat", keys(StepRepeat.self)),
    ]

    @Test func everyMappingHasTheSameKeysInTheSchemaAsInTheReader() throws {
        let schema = try Self.schema()
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        #expect(Self.properties(of: schema) == Self.keys(PlanFileDocument.self))
        for (name, keys) in Self.recordKeys {
            let definition = try #require(definitions[name], "the schema has no $defs/\(name)")
            #expect(Self.properties(of: definition) == keys, "$defs/\(name)")
        }
    }

    @Test func everyClosedSetHasTheSameValuesInTheSchema() throws {
        let text = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let vocabularies: [[String]] = [
            UnitFunction.allCases.map(\.rawValue), FunctionLevel.allCases.map(\.rawValue),
            AlarmStepKind.allCases.map(\.rawValue), ExternalActor.Kind.allCases.map(\.rawValue),
            Section.Insert.allCases.map(\.rawValue), Frequency.allCases.map(\.rawValue),
            ActivityStatus.allCases.map(\.rawValue), Organization.StandardKind.allCases.map(\.rawValue),
            HolidayCalendar.allCases.map(\.rawValue),
        ]
        for values in vocabularies {
            let list = values.map { "\"\($0)\"" }.joined(separator: ",\\s*")
            #expect(text.range(of: "\"enum\": \\[\\s*\(list)\\s*\\]", options: .regularExpression) != nil, "\(values)")
        }
    }

    /// Validates with Python's jsonschema (Scripts/setup installs it), an implementation nobody here wrote.
    @Test func theShippedPlanValidatesAgainstTheSchema() throws {
        let json = try PlanFileWriter.text(for: try BuiltInPlans.stockholm(), format: .json)
        #expect(try Self.validateWithPython(json) == "valid")
    }

    @Test func theSchemaRejectsWhatTheReaderRejects() throws {
        let broken = """
            {"formatVersion": 1, "plan": {"id": "x"},
             "units": [{"id": "a", "name": "A", "level": "prevention", "functons": ["preventive"]},
                       {"id": "b", "name": "B", "level": "prevention", "functions": ["remedia"]}]}
            """
        let output = try Self.validateWithPython(broken)
        #expect(output.contains("'title' is a required property"))
        #expect(output.contains("'functons' was unexpected"))
        #expect(output.contains("'remedia' is not one of"))
    }

    static func validateWithPython(_ json: String) throws -> String {
        let (status, output) = try JSONSchemaCheck.problems(in: json, against: schemaURL)
        #expect(status == 0, "python3 with jsonschema and PyYAML is needed: run Scripts/setup")
        return output
    }
}
