import BeredskapModel
import BeredskapStorage
import BeredskapWorkspace
import Testing

/// A condition that compares a field of a closed set is checked against the set's words before any
/// row is read, as an edit is.
@Suite struct ConditionValueTests {
    let workspace: Workspace

    init() throws {
        workspace = Workspace(store: try PlanStore.open(.memory))
    }

    func refusal(_ kind: QueryKind, _ field: String, _ op: ComparisonOperator, _ value: String) -> WorkspaceError? {
        let at = InputLocation(source: "t", line: 1, column: 2)
        let valueAt = InputLocation(source: "t", line: 1, column: 9)
        let condition = Condition.comparison(
            field: field, op: op, value: .text(value), location: at, valueLocation: valueAt)
        do {
            _ = try workspace.matching(kind, condition)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMisspeltValueIsRefusedAtTheValueWithTheNearest() {
        let error = refusal(.units, "level", .equal, "prevantion")
        #expect(error?.message == "unknown level 'prevantion'; did you mean 'prevention'?")
        #expect(error?.code == .unknownValue)
        #expect(error?.location == InputLocation(source: "t", line: 1, column: 9))
        #expect(
            refusal(.units, "function", .notEqual, "remedail")?.message.contains("did you mean 'remedial'?") == true)
    }

    @Test func aWordFarFromEveryValueGetsTheList() {
        let message = refusal(.activities, "status", .equal, "pågår")?.message
        #expect(message?.hasPrefix("unknown status 'pågår'; use planned (") == true)
        #expect(message?.contains("ongoing (pågående)") == true)
    }

    @Test func englishAndSwedishValuesAndContainsAreAccepted() {
        #expect(refusal(.units, "level", .equal, "prevention") == nil)
        #expect(refusal(.units, "functions", .equal, "åtgärdande") == nil)
        #expect(refusal(.activities, "status", .notEqual, "pågående") == nil)
        #expect(refusal(.units, "level", .contains, "prevantion") == nil)
        #expect(refusal(.units, "name", .equal, "prevantion") == nil)
    }

    @Test func theSchemaNamesEachFieldsType() {
        #expect(EntityRow.fieldType("level", of: .units)?.vocabulary == FunctionLevel.self)
        #expect(EntityRow.fieldType("function", of: .units)?.vocabulary == UnitFunction.self)
        #expect(EntityRow.fieldType("kind", of: .roles)?.vocabulary == Role.Kind.self)
        #expect(EntityRow.fieldType("status", of: .activities)?.vocabulary == ActivityStatus.self)
        #expect(EntityRow.fieldType("insert", of: .sections)?.vocabulary == Section.Insert.self)
        #expect(EntityRow.fieldType("classification", of: .alertRules)?.vocabulary == EventClassification.self)
        #expect(EntityRow.fieldType("name", of: .units)?.vocabulary == nil)
        #expect(EntityRow.fieldType("nope", of: .units) == nil)
    }
}
