import BeredskapModel
import BeredskapStorage
import Testing

@Suite struct RoundTripTests {
    @Test(arguments: PlanFileFormat.allCases)
    func exportReadExportIsByteIdentical(format: PlanFileFormat) throws {
        let plan = try BuiltInPlans.stockholm()
        let first = try PlanFileWriter.text(for: plan, format: format)
        let reread = try PlanFileReader.read(first, file: "a.\(format.rawValue)").validPlan()
        #expect(reread == plan)
        let second = try PlanFileWriter.text(for: reread, format: format)
        #expect(second == first)
    }

    @Test func yamlAndJSONCarryTheSamePlan() throws {
        let plan = try BuiltInPlans.stockholm()
        let json = try PlanFileWriter.text(for: plan, format: .json)
        let fromJSON = try PlanFileReader.read(json, file: "a.json").validPlan()
        let yaml = try PlanFileWriter.text(for: fromJSON, format: .yaml)
        #expect(yaml == (try PlanFileWriter.text(for: plan, format: .yaml)))
    }

    @Test func theShippedResourceIsInCanonicalForm() throws {
        let url = try #require(BuiltInPlans.resourceURL(BuiltInPlans.stockholmID))
        let shipped = try String(contentsOf: url, encoding: .utf8)
        #expect(shipped == (try PlanFileWriter.text(for: try BuiltInPlans.stockholm(), format: .yaml)))
    }

    /// A regression: an activity without `starts` read as starting in year 1 and was exported with
    /// `starts: '0001'`, a date the plan never gave.
    @Test func whatAnEntryLeavesOutStaysOutAfterReadingAndWriting() throws {
        let text = """
            formatVersion: 1
            plan:
              id: utan-start
              title: Plan utan start
            activities:
            - id: a
              title: En aktivitet utan start

            """
        let plan = try PlanFileReader.read(text, file: "a.yaml").validPlan()
        #expect(plan.activities.first?.starts == nil)
        #expect(try PlanFileWriter.text(for: plan, format: .yaml) == text)
    }

    @Test func textThatLooksLikeOtherTypesStaysText() throws {
        var plan = Plan(metadata: PlanMetadata(id: "exempel", title: "yes"))
        plan.metadata.version = "2017"
        plan.definitions = [
            Definition(id: "a", term: "null", text: "true"),
            Definition(id: "b", term: "2017-08-01", text: "Rad ett\nrad två: med kolon\n\n  indragen"),
            Definition(id: "c", term: "- inte en lista", text: "# inte en kommentar"),
            Definition(id: "d", term: "\"citat\" och 'apostrof'", text: "1.5"),
        ]
        for format in PlanFileFormat.allCases {
            let text = try PlanFileWriter.text(for: plan, format: format)
            #expect(try PlanFileReader.read(text, file: "p.\(format.rawValue)").validPlan() == plan)
        }
    }

    @Test func sensitiveContactsAreLeftOutUnlessAskedFor() throws {
        var plan = try BuiltInPlans.stockholm()
        let secret = "070-123 45 67"
        let index = try #require(plan.roles.firstIndex { $0.id == "socialjourens-enhetschef" })
        plan.roles[index].contacts = [
            Contact(kind: .phone, label: "Jourtelefon", value: "08-508 25 000"),
            Contact(kind: .phone, label: "Privat mobil", value: secret, sensitive: true),
        ]
        for format in PlanFileFormat.allCases {
            let withheld = try PlanFileWriter.text(for: plan, format: format)
            #expect(!withheld.contains(secret))
            #expect(withheld.contains("08-508 25 000"))
            let included = try PlanFileWriter.text(for: plan, format: format, options: .init(includeSensitive: true))
            #expect(included.contains(secret))
            #expect(try PlanFileReader.read(included, file: "p.\(format.rawValue)").validPlan() == plan)
        }
    }
}
