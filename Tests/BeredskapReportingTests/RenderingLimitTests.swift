import BeredskapModel
import Foundation
import Testing

@testable import BeredskapReporting

/// Templates and names that crashed the renderer before, and now get an error or a sensible layout.
@Suite struct RenderingLimitTests {
    private func followUp(_ plan: Plan) -> Report {
        .followUp(FollowUpReport(plan: plan, asOf: Fixtures.asOf, since: Fixtures.since))
    }

    private func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0 != "\r" && VisibleText.isControl($0) }
    }

    private func temporaryDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("beredskap-templates-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// Crashed with a stack overflow before: Mustache renders the partial inside itself without end.
    @Test func aPartialThatIncludesItselfIsAnErrorNamingIt() throws {
        let directory = try temporaryDirectory(["title-block.html.mustache": "<header>\n  {{> title-block.html}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(followUp(try Fixtures.stockholm()), format: .html)
        }
        #expect(error.code == .recursiveTemplate)
        #expect(
            error.description
                == directory.appendingPathComponent("title-block.html.mustache").path
                + ":2:3: error: the template 'title-block.html' includes itself (title-block.html → title-block.html); "
                + "a partial cannot include itself, or its rendering would never end")
    }

    @Test func partialsThatIncludeEachOtherAreAnErrorNamingTheChain() throws {
        let directory = try temporaryDirectory([
            "followup.md.mustache": "# {{header.title}}\n{{> kapitel}}\n",
            "kapitel.mustache": "{{=<% %>=}}\n<%> followup.md%>\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(
                followUp(try Fixtures.stockholm()), format: .markdown)
        }
        #expect(error.code == .recursiveTemplate)
        #expect(
            error.description.hasSuffix(
                "/followup.md.mustache:2:1: error: the template 'followup.md' includes "
                    + "itself through 'kapitel' (followup.md → kapitel → followup.md); "
                    + "a partial cannot include itself, or its rendering would never end"))
    }

    @Test func aPartialNamedByTheDataIsRefused() throws {
        let directory = try temporaryDirectory(["followup.md.mustache": "{{>*header.title}}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ReportRenderingError.self) {
            try ReportRenderer(templateDirectory: directory).render(
                followUp(try Fixtures.stockholm()), format: .markdown)
        }
        #expect(error.code == .recursiveTemplate)
        #expect(
            error.description.contains(
                "followup.md.mustache:1:1: error: the template 'followup.md' includes a partial named by the data"))
    }

    /// Crashed with "Illegal instruction" before: a name over 50 characters on a step without a target.
    @Test func aLongActorNameIsWrappedInTheDiagram() throws {
        var plan = try Fixtures.stockholm()
        let long = "Stockholms stads socialjour, enheten för akuta ärenden utanför kontorstid"
        plan.units = plan.units.map { unit in
            var unit = unit
            if unit.id == "socialjouren" { unit.name = long }
            return unit
        }
        let diagram = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan)
        #expect(
            diagram.dot.contains(
                "\"larm-inkommer\" [label=\"1. tar emot\\nStockholms stads socialjour, enheten för akuta\\n"
                    + "ärenden utanför kontorstid\", shape=oval"))
        #expect(
            diagram.dot.contains(
                "[label=\"2. kontaktar\\nStockholms stads socialjour, enheten för akuta\\närenden utanför kontorstid →"
                    + "\\nSocialjourens enhetschef\"]"))
        #expect(
            AlarmPathDiagram.whoLines(actor: String(repeating: "x", count: 120), target: nil).map(\.count) == [
                50, 50, 20,
            ])
    }

    @Test func diagramsEscapeControlCharacters() throws {
        var plan = try Fixtures.stockholm()
        plan.units = plan.units.map { unit in
            var unit = unit
            if unit.id == "socialjouren" { unit.name = "Jour\u{1B}[2J" }
            return unit
        }
        let diagram = AlarmPathDiagram(path: plan.alarmPaths[0], in: plan)
        for text in [diagram.dot, diagram.mermaid] {
            #expect(text.contains("Jour\\u{1B}[2J") || text.contains("Jour\\\\u{1B}[2J"))
            #expect(!hasRawControl(text))
        }
    }
}
