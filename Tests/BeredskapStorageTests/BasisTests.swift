import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

/// What an entry rests on (`basis`): read and written by plan files, kept by both stores, checked
/// against the entry's keys, and left out with what it marks as assumed.
@Suite struct BasisTests {
    static let text = """
        formatVersion: 1
        plan:
          id: basis-exempel
          title: Plan med underlag
          basis:
          - kind: stated
        organizations:
        - id: socialforvaltningen
          name: Socialförvaltningen
          kind: administration
        - id: stodavdelningen
          name: Stödavdelningen
          kind: department
          parent: socialforvaltningen
        units:
        - id: origo
          name: Origo
          department: stodavdelningen
          basis:
          - field: department
            kind: inferred
            note: Avdelningen har ett resurscentrum mot hedersrelaterat våld.
        alertRules:
        - id: system-ej-larm
          status: [System]
          reason: Ett systemmeddelande är ingen händelse.
          basis:
          - kind: assumed
            note: Planen anger inte hur larm når den.

        """

    func read(_ text: String) -> PlanFileReadResult { PlanFileReader.read(text, file: "underlag.yaml") }

    @Test func aPlanFileKeepsWhatEachEntryRestsOnAndWritesItBackUnchanged() throws {
        let result = read(Self.text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let plan = try #require(result.plan)
        #expect(plan.metadata.entityBasis == Basis(kind: .stated))
        #expect(
            plan.units[0].basis(of: "department")
                == Basis(
                    field: "department", kind: .inferred,
                    note: "Avdelningen har ett resurscentrum mot hedersrelaterat våld."))
        // A field without a basis of its own rests on what the entry does: here nothing.
        #expect(plan.units[0].basis(of: "name") == nil)
        #expect(plan.alertRules[0].isAssumed)
        #expect(try PlanFileWriter.text(for: plan, format: .yaml) == Self.text)
    }

    @Test func aBasisAboutAKeyTheEntryHasNotIsAnErrorAtItsLine() {
        let text = Self.text.replacingOccurrences(of: "field: department", with: "field: departement")
        let diagnostics = read(text).diagnostics
        #expect(diagnostics.count == 1)
        let problem = diagnostics.first
        #expect(problem?.line == 20)
        #expect(problem?.message.contains("'departement'") == true)
        #expect(problem?.message.contains("did you mean 'department'?") == true)
    }

    @Test func anUnknownKindOfBasisIsAnErrorWithTheNearestKind() {
        let text = Self.text.replacingOccurrences(of: "kind: assumed", with: "kind: asumed")
        let messages = read(text).diagnostics.map(\.message)
        #expect(messages == ["unknown basis 'asumed'; did you mean 'assumed'?"])
        let swedish = Self.text.replacingOccurrences(of: "kind: assumed", with: "kind: antaget")
        #expect(read(swedish).diagnostics.first?.message.contains("did you mean 'assumed' (antaget)?") == true)
    }

    @Test(arguments: TestBackend.allCases) func theStoreKeepsEveryBasis(_ backend: TestBackend) throws {
        let plan = try #require(read(Self.text).plan)
        let store = try backend.open(seed: false)
        _ = try store.importPlan(plan)
        #expect(try store.plan("basis-exempel") == plan)
        // The whole Stockholm plan too, with its 38 marks.
        let stockholm = try BuiltInPlans.stockholm()
        _ = try store.importPlan(stockholm)
        let stored = try store.plan(stockholm.id)
        #expect(stored == stockholm)
        #expect(stored.basisNotes.count == 38)
    }

    @Test func leavingOutWhatIsAssumedLeavesThePlanAsItsSourceGivesIt() throws {
        let stockholm = try BuiltInPlans.stockholm()
        #expect(stockholm.alertRules.count == 6)
        let sourced = PlanFileWriter.leavingOutAssumed(stockholm)
        // The six alert rules are the transcriber's, and go.
        #expect(sourced.alertRules.isEmpty)
        // A step's assumed `after` goes with its basis; the step the path implies (inferred) stays.
        let tib = try #require(sourced.alarmPaths.first { $0.id == "via-tib" })
        let informs = try #require(tib.steps.first { $0.id == "informera-sof-direktor" })
        #expect(informs.after.isEmpty)
        #expect(informs.basis.isEmpty)
        #expect(tib.steps.contains { $0.id == "kontakt-stadsdirektor" })
        // What is inferred stays, departments and all.
        #expect(sourced.units == stockholm.units)
        #expect(sourced.basisNotes.allSatisfy { $0.basis.kind != .assumed })
        #expect(sourced.basisNotes.count == stockholm.basisNotes.count - 9)
        // A plan that assumes nothing is itself.
        let plain = try #require(read(Self.text.replacingOccurrences(of: "kind: assumed", with: "kind: inferred")).plan)
        #expect(PlanFileWriter.leavingOutAssumed(plain) == plain)
    }

    @Test func anAssumedFieldTheEntryCannotDoWithoutStaysAndTheRestGo() throws {
        // A role's title is required: it stays, with its mark; the role's assumed description goes,
        // and so does the unit's assumed department.
        let text =
            Self.text.replacingOccurrences(of: "kind: inferred", with: "kind: assumed") + """
                roles:
                - id: samordnare
                  title: Samordnare
                  organization: socialforvaltningen
                  description: Samordnar arbetet.
                  basis:
                  - field: title
                    kind: assumed
                  - field: description
                    kind: assumed

                """
        let result = read(text)
        let plan = try #require(result.plan, "\(result.diagnostics)")
        let sourced = PlanFileWriter.leavingOutAssumed(plan)
        let role = try #require(sourced.roles.first)
        #expect(role.title == "Samordnare" && role.organization == "socialforvaltningen")
        #expect(role.description == nil)
        #expect(role.basis == [Basis(field: "title", kind: .assumed)])
        #expect(sourced.units[0].department == nil)
        #expect(sourced.alertRules.isEmpty)
    }
}
