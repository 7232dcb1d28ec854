import BeredskapModel
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// Organizations of kinds the format does not list (a sektor, a bolag, a krisledningsnämnd): an open
/// vocabulary, each such kind named by the plan's own label.
@Suite struct OrganizationKindTests {
    static func plan() throws -> Plan {
        var plan = try BuiltInPlans.stockholm()
        plan.organizations += [
            Organization(id: "sektor-utbildning", name: "Sektor utbildning", kind: "sektor", kindLabel: "Sektor"),
            Organization(
                id: "stadshus-ab", name: "Stadshus AB", kind: "bolag", kindLabel: "Kommunalt bolag",
                parent: "sektor-utbildning"),
            Organization(id: "kln", name: "Krisledningsnämnden", kind: .board, kindLabel: "Krisledningsnämnd"),
        ]
        return plan
    }

    static func errors(_ plan: Plan) -> [PlanIssue] {
        PlanValidator.validate(plan).filter { $0.severity == .error }
    }

    @Test func aKindOfThePlansOwnIsReadWrittenAndStoredWithItsLabel() throws {
        let plan = try Self.plan()
        #expect(Self.errors(plan).isEmpty)
        let text = try PlanFileWriter.text(for: plan, format: .yaml)
        #expect(text.contains("  kind: sektor\n  kindLabel: Sektor\n"))
        let read = try PlanFileReader.read(text, file: "sektor.yaml").validPlan()
        #expect(read == plan)
        #expect(try PlanFileWriter.text(for: read, format: .yaml) == text)
        for backend in TestBackend.allCases {
            let store = try backend.open(seed: false)
            try store.create(plan)
            #expect(try store.plan() == plan, "\(backend)")
        }
    }

    @Test(arguments: [
        ("departmnet", "did you mean 'department'?"), ("avdelning", "did you mean 'department' (avdelning)?"),
        ("bolag", "kindLabel: Bolag"),
    ])
    func aKindTheFormatDoesNotListNeedsItsLabel(kind: String, hint: String) throws {
        var plan = try Self.plan()
        plan.organizations[plan.organizations.count - 3].kindLabel = nil
        plan.organizations[plan.organizations.count - 3].kind = Organization.Kind(rawValue: kind)
        let errors = Self.errors(plan)
        #expect(errors.map(\.code) == [.unknownValue], "\(errors)")
        #expect(errors.first?.path.description == "organizations[\(plan.organizations.count - 3)].kind")
        #expect(errors.first?.message.contains(hint) == true, "\(errors.first?.message ?? "")")
    }
}
