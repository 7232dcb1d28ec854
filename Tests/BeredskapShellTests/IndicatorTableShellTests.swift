import BeredskapModel
import BeredskapStorage
import Testing

@testable import BeredskapShell

/// `report followup --format csv`: a CSV file is one table, so the indicators' values are a table of
/// their own, `--table indicators`, and the activities' table says so.
@Suite struct IndicatorTableShellTests {
    static func shell() throws -> TestShell {
        var plan = try BuiltInPlans.stockholm()
        plan.focusAreas = [
            FocusArea(
                id: "kompetens", number: AreaNumber(1), title: "Kompetens",
                indicators: [Indicator(id: "utbildade", name: "Utbildade medarbetare", kind: .count, target: "100")])
        ]
        let store = try PlanStore.open(.memory, seed: false)
        _ = try store.importPlan(plan)
        return try TestShell(store: store)
    }

    @Test func theValuesMeasuredAreTheIndicatorsTable() throws {
        let shell = try Self.shell()
        shell.run("measure utbildade 42 on 2018-04-30 from \"Personalsystemet\"")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        let values = shell.run("report followup --format csv --table indicators")
        #expect(
            values.components(separatedBy: "\r\n").dropFirst().first
                == "Kompetens,utbildade,Utbildade medarbetare,antal,,100,2018-04-30,2018,42,Personalsystemet,")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        let activities = shell.run("report followup --format csv")
        #expect(activities.hasPrefix("#,id,Fokusområde,Åtgärd,") && !activities.contains("Personalsystemet"))
        #expect(
            shell.errors.joined().contains(
                "note: the values measured for the plan's 1 indicator are a table of their own: add --table indicators")
        )
    }

    @Test func anUnknownTableOrATableOfAnotherFormatIsRefusedWithThePlace() throws {
        let shell = try Self.shell()
        shell.run("report followup --format csv --table mått")
        #expect(
            shell.errors.last?.contains("t:1:38: error: unknown table 'mått'; use activities or indicators") == true)
        shell.run("report followup --format markdown --table indicators")
        #expect(shell.errors.last?.contains("a table is chosen only for CSV (--table indicators)") == true)
    }
}
