import Foundation
import Testing

/// `drill cards`, `drill handout` and `drill sheets` through the real executable: the scenario as
/// `drill start` takes it, `--out`, standard output, and the errors.
@Suite struct DrillMaterialCommandTests {
    @Test(arguments: ["cards", "handout", "sheets"])
    func outWritesTheFileAndPrintsNothing(command: String) throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = try Beredskap.run(["--no-rc", "-c", "drill \(command) tre.yaml --out material.html"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.isEmpty)
        let html = try String(contentsOf: directory.appendingPathComponent("material.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("ÖVNING – inget verkligt larm"))
        #expect(html.contains("Tre inspel en lördagsnatt"))
    }

    @Test func withoutOutTheHTMLGoesToStandardOutput() throws {
        let cards = try Beredskap.run(["--no-rc", "-c", "drill cards bench-night"])
        #expect(cards.status == 0, "\(cards.stderr)")
        #expect(cards.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(cards.stdout.contains("En reporter ringer och frågar vad staden gör för de drabbade i natt."))
        #expect(!cards.stdout.contains("hänvisar till stadens presstjänst"))
        #expect(!cards.stdout.contains("Om direktören ännu inte är nådd"))
        let sheets = try Beredskap.run(["--no-rc", "-c", "drill sheets bench-night"])
        #expect(sheets.stdout.contains("Stadsdirektören informerad inom 60 minuter"))
        #expect(sheets.stdout.contains("Direktören på berörd förvaltning nådd inom 30 minuter"))
    }

    @Test func anAlarmPathIsPlayedOnTheDefaultModelAtTheTimeGiven() throws {
        let handout = try Beredskap.run(["--no-rc", "-c", "drill handout via-socialjouren --at \"2017-10-14 02:30\""])
        #expect(handout.status == 0, "\(handout.stderr)")
        #expect(handout.stdout.contains("14 oktober 2017 02:30"))
        #expect(handout.stdout.contains("Socialjourens enhetschef"))
        // No inject, no objective: a page that says so rather than none.
        let cards = try Beredskap.run(["--no-rc", "-c", "drill cards via-socialjouren"])
        #expect(cards.stdout.contains("Scenariot har inga inspel."))
        let sheets = try Beredskap.run(["--no-rc", "-c", "drill sheets via-socialjouren"])
        #expect(sheets.stdout.contains("Scenariot anger inga mål att utvärdera."))
    }

    @Test func theHandoutNamesThePlayersButNoContactDetails() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let handout = try Beredskap.run(
            ["--no-rc", "-c", "drill handout tre.yaml --participants \"stadsdirektor:Anna Berg, sof-direktor:Bo Ek\""],
            in: directory)
        #expect(handout.status == 0, "\(handout.stderr)")
        #expect(handout.stdout.contains("<dt>Spelas av</dt><dd>Anna Berg</dd>"))
        #expect(handout.stdout.contains("<dt>Spelas av</dt><dd>Bo Ek</dd>"))
        #expect(!handout.stdout.contains("tel:"))
        #expect(!handout.stdout.contains("class=\"contact"))
        let unknown = try Beredskap.run(
            ["--no-rc", "-c", "drill handout tre.yaml --participants \"stadsdirektr:Anna Berg\""], in: directory)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no role 'stadsdirektr'"))
        #expect(unknown.stderr.contains("did you mean 'stadsdirektor'?"))
    }

    @Test func anUnknownScenarioIsAnErrorThatSaysWhatThereIs() throws {
        let missing = try Beredskap.run(["--no-rc", "-c", "drill cards bench-nigth"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no scenario 'bench-nigth'"))
        #expect(missing.stderr.contains("did you mean 'bench-night'?"))
        let none = try Beredskap.run(["--no-rc", "-c", "drill sheets"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("expected a scenario"))
    }

    @Test func theShellTakesTheCommandsInAScript() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            drill cards tre.yaml --out kort.html
            drill handout tre.yaml --out deltagare.html
            drill sheets tre.yaml --lang en --out sheets.html

            """
        try script.write(to: directory.appendingPathComponent("material.bsh"), atomically: true, encoding: .utf8)
        let run = try Beredskap.run(["--store", "s.sqlite", "run", "material.bsh"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try String(contentsOf: directory.appendingPathComponent("sheets.html"), encoding: .utf8)
        #expect(sheets.contains("DRILL – not a real alarm"))
        #expect(sheets.contains("Performed without challenges"))
        for file in ["kort.html", "deltagare.html"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path))
        }
    }
}
