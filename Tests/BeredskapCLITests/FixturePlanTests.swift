import Foundation
import Testing

/// Four plans that are not Stockholm's (a city-wide plan with chapters and numbered areas, a routine
/// for reports of concern, a crisis-management plan with rotas and CAP alerts, a plan in English) run
/// through every command of the tool by Fixtures/plans/check.sh: each validates without a warning and
/// is canonical, and every listing, report in every format, diagram, calendar, drill, script, undo and
/// the lifecycle through the plan's own decision chain succeeds.
@Suite struct FixturePlanTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plans")

    @Test func everyCommandWorksOnPlansThatAreNotStockholms() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.folder.appendingPathComponent("check.sh").path, Beredskap.executable.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let failures = output.split(separator: "\n").filter { $0.hasPrefix("FAIL") || $0.hasPrefix("      ") }
        #expect(process.terminationStatus == 0, "\(failures.prefix(40).joined(separator: "\n"))")
        #expect(output.contains("== 0 failure(s)"))
    }

    @Test func aPlanInEnglishGetsTheHolidaysInEnglish() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = Self.folder.appendingPathComponent("english.yaml").path
        let imported = try Beredskap.run(["--store", "s.sqlite", "import", file], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = "lakeby-action-plan-2025-2027-en"
        let holidays = try Beredskap.run(
            ["--store", "s.sqlite", "calendar", "holidays", "2025", "--plan", plan, "--format", "csv"], in: directory)
        #expect(holidays.stdout.contains("2025-06-20,Midsummer Eve,eve"), "\(holidays.stdout)\(holidays.stderr)")
        #expect(!holidays.stdout.contains("Midsommar"))
        let week = try Beredskap.run(
            ["--store", "s.sqlite", "reachability", "--week", "2025-06-16", "--plan", plan, "--format", "terminal"],
            in: directory)
        #expect(week.stdout.contains("Midsummer Eve"), "\(week.stdout)\(week.stderr)")
        #expect(!week.stdout.contains("Midsommarafton"))
    }

    @Test func theFixturePlansUseNoneOfStockholmsIds() throws {
        let stockholm = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent(
                    "Sources/BeredskapStorage/Resources/Plans/stockholm-socialforvaltningen-2017-2018.yaml"),
            encoding: .utf8)
        let planID = { (text: String) in
            text.split(separator: "\n").first { $0.hasPrefix("  id: ") }.map { String($0.dropFirst(6)) }
        }
        var ids: Set<String> = []
        for name in ["city-wide", "orosanmalan", "krisledning", "english"] {
            let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
            let id = try #require(planID(text))
            #expect(id != planID(stockholm), "\(name).yaml")
            ids.insert(id)
        }
        #expect(ids.count == 4)
    }
}
