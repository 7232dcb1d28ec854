import Foundation
import PostgreSQLTestSupport
import Testing

/// The drill material and the after-action report printed by a real headless Chromium to PDF, and
/// read back page by page with poppler: what lands on each printed page, not what the HTML says.
@Suite(.serialized) struct DrillMaterialPrintTests {
    /// The exercise mark's colour (#b00020).
    static let markColour: (red: UInt8, green: UInt8, blue: UInt8) = (0xB0, 0x00, 0x20)

    private func browser() throws -> HeadlessChromium {
        try #require(
            HeadlessChromium.find(),
            """
            no chromium, chromium-browser or google-chrome with pdfinfo, pdftotext and pdftoppm on PATH; \
            Scripts/setup installs chromium and poppler-utils
            """)
    }

    /// Writes `command`'s HTML with `--out` in `directory` and prints it.
    private func printed(_ command: String, file: String, in directory: URL) throws -> PrintedDocument {
        let made = try Beredskap.run(["--no-rc", "-c", command + " --out " + file], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        return try browser().print(html: directory.appendingPathComponent(file))
    }

    private func pages(_ document: PrintedDocument) throws -> [String] {
        try (1...document.pageCount()).map { try document.text(page: $0) }
    }

    @Test func everyInjectIsACardOfItsOwnMarkedAsAnExerciseWithNothingForTheEvaluators() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try printed("drill cards tre.yaml", file: "cards.html", in: directory)
        let texts = try pages(document)
        #expect(texts.count == DrillMaterialFixture.injectTexts.count)
        // Played in order of their minutes, numbered as `drill status` numbers them.
        let order = [0, 2, 1]
        for (page, text) in texts.enumerated() {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("ÖVNING"), "page \(page + 1)")
            let shown = DrillMaterialFixture.injectTexts.filter { flat.contains($0) }
            #expect(shown == [DrillMaterialFixture.injectTexts[order[page]]], "page \(page + 1)")
            #expect(flat.contains("Inspel \(order[page] + 1)"), "page \(page + 1)")
            for secret in DrillMaterialFixture.evaluatorTexts + DrillMaterialFixture.objectiveTexts {
                #expect(!flat.contains(secret), "page \(page + 1) shows \(secret)")
            }
        }
        for page in 1...texts.count {
            let pixels = try document.pixmap(page: page)
            // The top band: the page's top fifth, margin and mark.
            let top = pixels.count(of: Self.markColour, rows: 0..<(pixels.height / 5))
            #expect(top > 500, "page \(page): \(top) pixels of the mark's colour at the top")
        }
        #expect(FileManager.default.fileExists(atPath: try document.png(page: 1).path))
    }

    @Test func theHandoutIsMarkedOnEveryPage() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try printed(
            "drill handout tre.yaml --participants \"stadsdirektor:Anna Berg\"", file: "handout.html", in: directory)
        let texts = try pages(document)
        #expect(texts.count >= 2, "the handout should run over a page for this test to say anything")
        for (page, text) in texts.enumerated() {
            #expect(text.contains("ÖVNING"), "page \(page + 1)")
            let pixels = try document.pixmap(page: page + 1)
            #expect(pixels.count(of: Self.markColour, rows: 0..<(pixels.height / 10)) > 20, "page \(page + 1)")
        }
        let all = texts.joined(separator: "\n")
        #expect(all.contains("Anna Berg"))
        #expect(all.contains("Tre inspel en lördagsnatt"))
        // The first expected action is also what the plan's own step says, which the handout shows.
        for secret in DrillMaterialFixture.evaluatorTexts.dropFirst() { #expect(!all.contains(secret)) }
    }

    @Test func eachObjectiveHasASheetOfItsOwnWithTheRatingBoxes() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try printed("drill sheets tre.yaml", file: "sheets.html", in: directory)
        let texts = try pages(document)
        #expect(texts.count == DrillMaterialFixture.objectiveTexts.count)
        for (page, text) in texts.enumerated() {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("ÖVNING"), "page \(page + 1)")
            #expect(
                DrillMaterialFixture.objectiveTexts.filter { flat.contains($0) }
                    == [DrillMaterialFixture.objectiveTexts[page]], "page \(page + 1)")
            let words = Set(flat.split(separator: " ").map(String.init))
            #expect(["P", "S", "M", "U"].allSatisfy(words.contains), "page \(page + 1)")
            // The meanings wrap in their boxes, which the text of the page interleaves.
            #expect(words.contains("Genomfört") && words.contains("genomföras"), "page \(page + 1)")
        }
        // The evaluators see what the players do not: the expected actions and the contingencies.
        #expect(texts[0].contains("beslutar om POSOM"))
        #expect(texts[1].contains("hänvisar till stadens presstjänst"))
        #expect(texts[1].contains("Reportern ringer Socialjouren i stället"))
    }

    @Test func theAfterActionReportOfAPlayedDrillIsMarkedOnEveryPrintedPage() throws {
        let directory = try DrillMaterialFixture.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            drill start tre.yaml --id natt --participants "stadsdirektor:Anna Berg, sof-direktor:Bo Ek"
            drill next
            drill act socialjouren "kontaktar Socialjourens enhetschef"
            drill next
            drill next
            drill advance 60m
            drill act stadsdirektor "informeras om läget"
            drill end
            drill rate direktor-30 M "nådd först efter 40 minuter, via Socialjouren"
            report drill natt --format html --out report.html

            """
        try script.write(to: directory.appendingPathComponent("play.bsh"), atomically: true, encoding: .utf8)
        let played = try Beredskap.run(["--store", "s.sqlite", "run", "play.bsh"], in: directory)
        #expect(played.status == 0, "\(played.stderr)")
        let document = try browser().print(html: directory.appendingPathComponent("report.html"))
        let texts = try pages(document)
        #expect(texts.count >= 2, "the report should run over a page for this test to say anything")
        for (page, text) in texts.enumerated() {
            #expect(text.contains("ÖVNING"), "page \(page + 1)")
        }
    }
}
