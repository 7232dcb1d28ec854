import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// A list of records (the target groups of a unit, the status log of an activity) in every output mode,
/// and `show` printing such lists rather than counting their items. Expected strings are written by hand.
@Suite struct RecordListTests {
    /// A unit with two target groups, the second without a maximum age.
    static let unit = ResultTable(
        columns: ["id", "targetGroups"],
        rows: [
            [
                .text("origo"),
                .records([
                    ShellRecord([("minAge", .integer(13)), ("maxAge", .integer(26)), ("description", .text("Unga"))]),
                    ShellRecord([("minAge", .integer(0)), ("maxAge", .null), ("description", .text("Alla"))]),
                ]),
            ]
        ])

    @Test func boxShowsOneLinePerRecord() {
        let expected = OutputTests.lines(
            "┌───────┬───────────────────────────────────────────┐",
            "│ id    │ targetGroups                              │",
            "├───────┼───────────────────────────────────────────┤",
            "│ origo │ minAge: 13, maxAge: 26, description: Unga │",
            "│       │ minAge: 0, description: Alla              │",
            "└───────┴───────────────────────────────────────────┘")
        #expect(TableRenderer.render(Self.unit, mode: .box) == expected)
    }

    @Test func tableShowsOneLinePerRecord() {
        let expected = OutputTests.lines(
            "+-------+-------------------------------------------+",
            "| id    | targetGroups                              |",
            "+-------+-------------------------------------------+",
            "| origo | minAge: 13, maxAge: 26, description: Unga |",
            "|       | minAge: 0, description: Alla              |",
            "+-------+-------------------------------------------+")
        #expect(TableRenderer.render(Self.unit, mode: .table) == expected)
    }

    @Test func csvHoldsTheListAsCompactJSON() {
        let expected = OutputTests.lines(
            "id,targetGroups",
            #"origo,"[{""minAge"": 13, ""maxAge"": 26, ""description"": ""Unga""}, "#
                + #"{""minAge"": 0, ""maxAge"": null, ""description"": ""Alla""}]""#)
        #expect(TableRenderer.render(Self.unit, mode: .csv) == expected)
    }

    @Test func jsonWritesAnArrayOfObjects() {
        let expected = OutputTests.lines(
            "[",
            #"  {"id": "origo", "targetGroups": [{"minAge": 13, "maxAge": 26, "description": "Unga"}, "#
                + #"{"minAge": 0, "maxAge": null, "description": "Alla"}]}"#,
            "]")
        #expect(TableRenderer.render(Self.unit, mode: .json) == expected)
    }

    @Test func markdownBreaksTheCellBetweenRecords() {
        let expected = OutputTests.lines(
            "| id    | targetGroups                                                              |",
            "|-------|---------------------------------------------------------------------------|",
            "| origo | minAge: 13, maxAge: 26, description: Unga<br>minAge: 0, description: Alla |")
        #expect(TableRenderer.render(Self.unit, mode: .markdown) == expected)
    }

    @Test func lineModePutsEachRecordUnderTheFirst() {
        let expected = OutputTests.lines(
            "          id = origo",
            "targetGroups = minAge: 13, maxAge: 26, description: Unga",
            "               minAge: 0, description: Alla")
        #expect(TableRenderer.render(Self.unit, mode: .line) == expected)
    }

    @Test func htmlBreaksTheCellBetweenRecords() {
        let expected = OutputTests.lines(
            "<table>",
            "<tr><th>id</th><th>targetGroups</th></tr>",
            "<tr><td>origo</td><td>minAge: 13, maxAge: 26, description: Unga<br>minAge: 0, description: Alla</td></tr>",
            "</table>")
        #expect(TableRenderer.render(Self.unit, mode: .html) == expected)
    }

    @Test func aRecordsTextIsEscapedInTheTextModes() {
        let table = ResultTable(
            columns: ["log"], rows: [[.records([ShellRecord([("note", .text("a\nb\u{1B}[2J<i>"))])])]])
        #expect(TableRenderer.render(table, mode: .box).contains("│ note: a↵b\\u{1B}[2J<i> │"))
        #expect(TableRenderer.render(table, mode: .html).contains("<td>note: a\nb\\u{1B}[2J&lt;i&gt;</td>"))
    }
}

/// `show` prints the lists of mappings of an entity (target groups, a status log) as lists.
@Suite struct ShowListsTests {
    /// The value of `field` in the one object `show` prints in JSON.
    static func shownJSON(_ shell: TestShell, _ entity: String, _ field: String) throws -> Any? {
        let text = shell.run(".mode json\nshow \(entity)")
        let objects = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        return objects?.first?[field]
    }

    @Test func jsonShowsTargetGroupsAsAnArrayOfObjects() throws {
        let shell = try TestShell()
        let groups = try #require(try Self.shownJSON(shell, "unit origo", "targetGroups") as? [[String: Any]])
        #expect(groups.count == 2)
        #expect(groups.first?["minAge"] as? Int == 13 && groups.first?["maxAge"] as? Int == 26)
        #expect((groups.last?["description"] as? String)?.hasPrefix("Yrkesverksamma") == true)
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func jsonShowsAStatusLogAsAnArrayOfObjects() throws {
        let shell = try TestShell()
        shell.run("log bilda-arbetsgrupp done \"Gruppen bildad.\" on 2017-08-31 by sof-samordnare")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        let log = try #require(try Self.shownJSON(shell, "activity bilda-arbetsgrupp", "statusLog") as? [[String: Any]])
        #expect(log.count == 1)
        #expect(log.first?["status"] as? String == "done" && log.first?["note"] as? String == "Gruppen bildad.")
    }

    @Test func csvHoldsTheTargetGroupsAsCompactJSON() throws {
        let shell = try TestShell()
        let text = shell.run("show unit origo")
        #expect(!text.contains("2 items"))
        #expect(text.contains(#""[{""description"": ""Ungdomar mellan 13 och 26 år som lever i en hederskontext"", "#))
        #expect(text.contains(#"""minAge"": 13, ""maxAge"": 26}, {""description"": ""Yrkesverksamma"#))
    }

    @Test func boxShowsATargetGroupPerLine() throws {
        let shell = try TestShell()
        let lines = shell.run(".mode box\nshow unit origo").split(separator: "\n")
        let first = try #require(
            lines.firstIndex { $0.contains("description: Ungdomar mellan 13 och 26 år som lever i en hederskontext") })
        #expect(lines[first].contains("minAge: 13, maxAge: 26"))
        #expect(lines[first + 1].contains("description: Yrkesverksamma och frivilligorganisationer"))
    }
}

/// `.once FILE` from a session styled for a terminal writes plain text, as `.output` does.
@Suite struct OnceStyleTests {
    @Test func aOnceFileHasNoEscapeCodes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shell-once-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = ShellSession(
            store: try PlanStore.open(.memory), mode: .box, output: StandardOutput(),
            style: TerminalStyle(colored: true)
        ) { _ in }
        let path = directory.appendingPathComponent("once.txt").path
        #expect(session.runScript(".once \(path)\nlist definitions", source: "t"))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("┌"))
        #expect(!data.contains(0x1B))
    }
}
