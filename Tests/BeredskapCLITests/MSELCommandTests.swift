import Foundation
import Testing

/// `beredskap drill msel export|import` through the built executable: the sheet Excel opens, the
/// scenario file it comes back as, and nothing written when the sheet is wrong.
@Suite struct MSELCommandTests {
    static func file(_ name: String, in directory: URL) -> URL { directory.appendingPathComponent(name) }

    @Test func exportWritesTheSheetAndImportWritesAScenarioThatValidates() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try Beredskap.run(
            ["drill", "msel", "export", "bench-night", "--out", "ovning.csv"], in: directory)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.isEmpty && exported.stderr.isEmpty)
        let bytes = try Data(contentsOf: Self.file("ovning.csv", in: directory))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let sheet = String(decoding: bytes, as: UTF8.self)
        #expect(sheet.contains("Nr;Tid;Typ;Från;Till;Inspel;Förväntad åtgärd;") && sheet.contains("\r\n1;0:45;media;"))

        let imported = try Beredskap.run(
            ["drill", "msel", "import", "ovning.csv", "--scenario", "bench-night", "--out", "ovning.yaml"],
            in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let yaml = try String(contentsOf: Self.file("ovning.yaml", in: directory), encoding: .utf8)
        #expect(yaml.contains("name: bench-night\n") && yaml.contains("- at: 45\n"))
        let validated = try Beredskap.run(["validate", "ovning.yaml"], in: directory)
        #expect(validated.status == 0, "\(validated.stderr)\n\(yaml)")
        #expect(validated.stdout.hasPrefix("ovning.yaml: ok — scenario 'bench-night'"))

        // The scenario file exports to the same sheet.
        let again = try Beredskap.run(["drill", "msel", "export", "ovning.yaml"], in: directory)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == sheet)
    }

    @Test func withoutOutTheSheetAndTheScenarioGoToStandardOutput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try Beredskap.run(
            ["drill", "msel", "export", "via-tib", "--at", "2017-10-14 02:30"], in: directory)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(
            exported.stdout == "\u{FEFF}Nr;Tid;Typ;Från;Till;Inspel;Förväntad åtgärd;Förväntas av;Inom (min);"
                + "Alternativt inspel;Ansvarig spelledare;Övningsmål;Id;Startvillkor\r\n")
        let sheet = "Tid;Typ;Inspel;Förväntad åtgärd;Förväntas av\r\n0:05;händelse;Larm från SOS;ringer;tib\r\n"
        try sheet.write(to: Self.file("tib.csv", in: directory), atomically: true, encoding: .utf8)
        let imported = try Beredskap.run(
            ["drill", "msel", "import", "tib.csv", "--scenario", "via-tib", "--at", "2017-10-14 02:30"], in: directory)
        #expect(imported.status != 0, "--at belongs to export")
        let plain = try Beredskap.run(["drill", "msel", "import", "tib.csv", "--scenario", "via-tib"], in: directory)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("injects:\n- at: 5\n  type: event\n  text: Larm från SOS\n"), "\(plain.stdout)")
    }

    @Test func aBadSheetWritesNothingAndNamesRowAndColumn() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = "Tid;Typ;Inspel;Förväntas av;Förväntad åtgärd\r\n0:75;media;Hej;stadsdirektr;svarar\r\n"
        try sheet.write(to: Self.file("ovning.csv", in: directory), atomically: true, encoding: .utf8)
        let result = try Beredskap.run(
            ["drill", "msel", "import", "ovning.csv", "--scenario", "bench-night", "--out", "ovning.yaml"],
            in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("ovning.csv:2:1: error: Tid: '0:75' is not a scenario time"), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "ovning.csv:2:4: error: Förväntas av: unknown role 'stadsdirektr'; did you mean 'stadsdirektor'?"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.file("ovning.yaml", in: directory).path))

        try "Tid;Typ;Text;Kolumn\r\n".write(
            to: Self.file("ovning.csv", in: directory), atomically: true, encoding: .utf8)
        let unknown = try Beredskap.run(
            ["drill", "msel", "import", "ovning.csv", "--scenario", "bench-night", "--out", "ovning.yaml"],
            in: directory)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("ovning.csv:1:4: error: unknown column 'Kolumn'"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.file("ovning.yaml", in: directory).path))
    }

    @Test func aMissingSheetOrScenarioIsAnError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let noSheet = try Beredskap.run(
            ["drill", "msel", "import", "saknas.csv", "--scenario", "bench-night"], in: directory)
        #expect(noSheet.status == 1 && noSheet.stderr.contains("no sheet"), "\(noSheet.stderr)")
        let noScenario = try Beredskap.run(["drill", "msel", "export", "bench-nigth"], in: directory)
        #expect(
            noScenario.status == 1 && noScenario.stderr.contains("did you mean 'bench-night'?"), "\(noScenario.stderr)")
        let noBase = try Beredskap.run(["drill", "msel", "import", "x.csv"], in: directory)
        #expect(noBase.status != 0 && noBase.stderr.contains("--scenario"), "\(noBase.stderr)")
    }
}
