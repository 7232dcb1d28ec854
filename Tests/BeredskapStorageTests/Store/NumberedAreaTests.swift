import BeredskapModel
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// Focus areas numbered by chapter and area, as many plans number them ("3:1 Anhörig- och
/// individstöd" under chapter 3): labels unique among the areas of one parent.
@Suite struct NumberedAreaTests {
    /// The built-in plan with two chapters and three areas, two of them in chapter 3.
    static func plan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        plan.focusAreas = [
            FocusArea(id: "kapitel-3", number: 3, title: "Stöd till individer och anhöriga"),
            FocusArea(
                id: "anhorigstod", number: "3:1", parent: "kapitel-3", title: "Anhörig- och individstöd",
                goal: "Fler anhöriga får stöd."),
            FocusArea(id: "avhopp", number: "3:2", parent: "kapitel-3", title: "Stöd vid avhopp"),
            FocusArea(id: "kapitel-6", number: 6, title: "Kommunikation"),
            FocusArea(id: "paverkan", number: "6:2", parent: "kapitel-6", title: "Informationspåverkan"),
        ]
        return plan
    }

    static func yaml(_ plan: Plan) throws -> String {
        try PlanFileWriter.text(for: plan, format: .yaml)
    }

    @Test func aLabelIsReadAsWrittenQuotedOrNotAndWrittenBackTheSame() throws {
        let written = try Self.yaml(Self.plan())
        // The writer keeps a whole number a number and quotes a label, which YAML 1.1 would read as 181.
        #expect(written.contains("number: 3\n"))
        #expect(written.contains("number: '3:1'\n"))
        #expect(written.contains("parent: kapitel-3\n"))
        let unquoted = written.replacingOccurrences(of: "number: '3:1'", with: "number: 3:1")
        let read = try PlanFileReader.read(unquoted, file: "kapitel.yaml").validPlan()
        #expect(read.focusAreas.map(\.number?.text) == ["3", "3:1", "3:2", "6", "6:2"])
        #expect(read.focusAreas[1].parent == "kapitel-3")
        #expect(try Self.yaml(read) == written)
    }

    @Test(arguments: ["03", "+3", "-1", "3.", "6.2", "1e3", "III", "3 a"])
    func aLabelThatIsNotAPlainWholeNumberComesBackAsWritten(label: String) throws {
        var plan = try Self.plan()
        plan.focusAreas[3].number = AreaNumber(label)
        let read = try PlanFileReader.read(try Self.yaml(plan), file: "kapitel.yaml").validPlan()
        #expect(read.focusAreas[3].number?.text == label)
    }

    @Test func numbersAreUniqueAmongTheAreasOfOneParentOnly() throws {
        var plan = try Self.plan()
        // "2" in chapter 3 and "2" in chapter 6 are two areas; a second "3:1" in chapter 3 is not.
        plan.focusAreas[2].number = "2"
        plan.focusAreas[4].number = "2"
        #expect(PlanValidator.validate(plan).filter { $0.severity == .error }.isEmpty)
        plan.focusAreas[2].number = "3:1"
        let issues = PlanValidator.validate(plan).filter { $0.severity == .error }
        #expect(issues.map(\.code) == [.duplicateID])
        #expect(issues.first?.path.description == "focusAreas[2].number")
        #expect(issues.first?.message.contains("under 'kapitel-3'") == true)
    }

    @Test func aParentMustBeAnAreaAndTheAreasMustNotLoop() throws {
        var plan = try Self.plan()
        plan.focusAreas[1].parent = "kapitel-9"
        let unknown = PlanValidator.validate(plan).filter { $0.severity == .error }
        #expect(unknown.map(\.code) == [.unknownReference])
        #expect(unknown.first?.path.description == "focusAreas[1].parent")
        plan = try Self.plan()
        plan.focusAreas[0].parent = "anhorigstod"
        #expect(PlanValidator.validate(plan).contains { $0.code == .cycle })
    }

    @Test(arguments: TestBackend.allCases) func theStoreKeepsLabelsAndParents(_ backend: TestBackend) throws {
        let store = try backend.open(seed: false)
        let plan = try Self.plan()
        try store.create(plan)
        #expect(try store.plan() == plan)
        var text = ""
        try store.export(plan.id, format: .yaml, options: .init(includeSensitive: true)) { text += $0 }
        #expect(text == (try Self.yaml(plan)))
        // A label is edited as text; a parent as an id, which a rename follows.
        var changes = ChangeSet(message: "Nytt nummer")
        changes.set(.focusArea, "avhopp", "number", to: .string("3:5"))
        try store.apply(changes)
        #expect(try store.plan().focusAreas.first { $0.id == "avhopp" }?.number == "3:5")
        let listed = try store.query(
            "SELECT id FROM focus_areas WHERE number = '3:5' AND version_id = (SELECT max(row_id) FROM plan_versions)")
        #expect(listed.rows.count == 1)
        try store.apply(ChangeSet(message: "Nytt id", edits: [.rename(.focusArea, "kapitel-3", to: "kap-3")]))
        #expect(try store.plan().focusAreas.filter { $0.parent == "kap-3" }.map(\.id) == ["anhorigstod", "avhopp"])
    }
}
