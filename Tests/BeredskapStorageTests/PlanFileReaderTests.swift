import BeredskapModel
import Foundation
import Testing

@testable import BeredskapStorage

@Suite struct PlanFileReaderTests {
    static let minimal = """
        formatVersion: 1
        plan:
          id: exempel
          title: Handlingsplan
        """

    @Test func readsAMinimalPlan() throws {
        let plan = try PlanFileReader.read(Self.minimal, file: "p.yaml").validPlan()
        #expect(plan.id == "exempel")
        #expect(plan.metadata.language == "sv")
        #expect(plan.units.isEmpty)
    }

    @Test func readsTheSameStructureFromJSON() throws {
        let json = """
            {"formatVersion": 1, "plan": {"id": "exempel", "title": "Handlingsplan"},
             "units": [{"id": "origo", "name": "Origo", "level": "prevention",
                        "functions": ["preventive", "detecting"],
                        "targetGroups": [{"description": "Ungdomar", "minAge": 13, "maxAge": 26}]}]}
            """
        let plan = try PlanFileReader.read(json, file: "p.json").validPlan()
        #expect(plan.units.first?.functions == [.preventive, .detecting])
        #expect(plan.units.first?.targetGroups.first?.includes(age: 26) == true)
    }

    @Test func plainNumbersAreReadAsTextWhereTextBelongs() throws {
        let text = Self.minimal + "\n  version: 2\n  period: {start: 2017, end: 2018}\n"
        let plan = try PlanFileReader.read(text, file: "p.yaml").validPlan()
        #expect(plan.metadata.version == "2")
        #expect(plan.metadata.period?.start.description == "2017")
    }

    @Test func blockTextLosesOnlyItsTrailingLineBreak() throws {
        let text = """
            formatVersion: 1
            plan:
              id: exempel
              title: Handlingsplan
            definitions:
              - id: radikalisering
                term: Radikalisering
                text: |
                  Första stycket.

                  Andra stycket.
            """
        let plan = try PlanFileReader.read(text, file: "p.yaml").validPlan()
        #expect(plan.definitions.first?.text == "Första stycket.\n\nAndra stycket.")
    }

    @Test func nullMeansAbsentForOptionalKeysButNotForRequiredOnes() {
        let text = Self.minimal + "\n  version: ~\ndefinitions:\n  - id: a\n    term:\n    text: T\n"
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(result.diagnostics.map(\.description) == ["p.yaml:8:10: error: 'term' needs a value"])
        #expect(result.plan?.metadata.version == nil)
    }

    @Test func aMisspeltRequiredKeyIsReportedOnceNotAlsoAsMissing() {
        let text = Self.minimal.replacingOccurrences(of: "title:", with: "titel:")
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "p.yaml:4:3: error: unknown key 'titel' in the plan mapping; did you mean 'title'?"
            ])
    }

    @Test func anUnknownKeyWithNoNearMatchListsTheKnownKeys() {
        let text = Self.minimal + "\n  colour: red\n"
        let result = PlanFileReader.read(text, file: "p.yaml")
        #expect(
            result.diagnostics.first?.message
                == "unknown key 'colour' in the plan mapping; known keys: id, title, language, version, diaryNumbers, publishedOn, owner, period, revisions, approvals, references, followUp, timeZone, holidays, officeHours, basis"
        )
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithTheOffset() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID()).yaml")
        try Data("formatVersion: 1\nplan:\n  id: x\n  title: F\u{F6}rvaltning\n".utf8).write(to: url)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.firstIndex(of: 0xC3)!] = 0xF6  // ö in ISO-8859-1, a lone byte in UTF-8
        bytes.remove(at: bytes.firstIndex(of: 0xB6)!)
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try PlanFileReader.read(contentsOf: url.path)
        } throws: { error in
            let diagnostic = (error as? PlanFileError)?.diagnostics.first
            return diagnostic?.line == 4 && diagnostic?.column == 11
                && diagnostic?.message == "the file is not UTF-8 text (invalid byte at offset 41); save it as UTF-8"
        }
    }

    @Test func aMissingFileIsReportedNotCrashed() {
        #expect(throws: PlanFileError.self) { try PlanFileReader.read(contentsOf: "/nonexistent/plan.yaml") }
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bom-\(UUID()).yaml")
        try Data(("\u{FEFF}" + Self.minimal).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try PlanFileReader.read(contentsOf: url.path).validPlan().id == "exempel")
    }
}
