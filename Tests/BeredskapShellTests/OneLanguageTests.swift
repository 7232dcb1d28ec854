import BeredskapModel
import BeredskapStorage
import Foundation
import Testing

@testable import BeredskapShell

/// One language at a time: what the tool records in a plan's change log and every report or table about
/// the plan follow the plan's language; the tool's own confirmations and errors are English.
@Suite struct OneLanguageTests {
    /// A store whose only plan is the built-in one, written in `language`.
    static func store(language: String) throws -> PlanStore {
        let store = try PlanStore.open(.memory, seed: false)
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.language = language
        try store.create(plan)
        return store
    }

    static func repl(_ store: PlanStore) -> (ShellSession, CollectedOutput) {
        let output = CollectedOutput()
        return (ShellSession(store: store, mode: .csv, interactive: true, output: output) { _ in }, output)
    }

    @Test(arguments: [("sv", "Skript t", "Ångrar #2"), ("en", "Script t", "Undoes #2")])
    func theChangeLogIsInThePlansLanguage(language: String, script: String, undo: String) throws {
        let store = try Self.store(language: language)
        let shell = try TestShell(store: store)
        shell.run("set unit origo name = 'Origo Ung'")
        let (repl, output) = Self.repl(store)
        repl.runInteractive("undo")
        // The confirmation is the tool's, in English, the same words as `beredskap undo` prints.
        #expect(output.text == "undid #2 as #3: 1 change\n")
        let messages = try store.history().map(\.message)
        #expect(messages.prefix(2) == [undo, script])
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test(arguments: [("sv", "Import av "), ("en", "Import of ")])
    func anImportIsRecordedInThePlansLanguage(language: String, prefix: String) throws {
        let store = try Self.store(language: language)
        var plan = try store.plan()
        plan.metadata.title += " (reviderad)"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).yaml")
        try PlanFileWriter.text(for: plan, format: .yaml).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let shell = try TestShell(store: store)
        try shell.session.workspace.importPlan(fileAt: file.path)
        #expect(try store.history().first?.message == prefix + file.path)
    }

    @Test func messagesAlreadyStoredStayAsWritten() throws {
        let store = try Self.store(language: "sv")
        let shell = try TestShell(store: store)
        shell.run("set unit origo name = 'Origo Ung'")
        var plan = try store.plan()
        plan.metadata.language = "en"
        _ = try store.importPlan(plan, message: "Planen på engelska")
        #expect(try store.history().map(\.message).prefix(2) == ["Planen på engelska", "Skript t"])
    }

    @Test(arguments: ["sv", "en"])
    func aFollowUpBeforeThePlanExistedSaysSoInThePlansTimeZone(language: String) throws {
        let shell = try TestShell(store: try Self.store(language: language))
        #expect(shell.run("report followup --as-of 2017-10-31").isEmpty)
        let first = try shell.store.history().last!
        let error = try #require(shell.errors.last)
        let expected =
            "t:1:8: error: plan 'stockholm-socialforvaltningen-2017-2018' did not exist yet on 2017-10-31 "
            + "(Europe/Stockholm); its first change set is #1 of \(LocalTimeZoneText.stockholm(first.date)); "
            + "`history` lists its change sets\n"
        #expect(error.hasPrefix(expected), "\(error)")
        #expect(!error.contains("T22:59:59"))
    }

    @Test(arguments: [
        ("sv", ["5,3", "28,0", "100,0 %", "44,5 %"], "."), ("en", ["5.3", "28.0", "100.0 %", "44.5 %"], ","),
    ])
    func aSimulationWritesEveryNumberWithOneDecimalMark(language: String, numbers: [String], other: String) throws {
        let shell = try TestShell(store: try Self.store(language: language))
        shell.session.mode = .box
        let printed = shell.run("drill simulate bench-night --runs 200 --seed 3")
        #expect(shell.errors.isEmpty, "\(shell.errors)")
        for number in numbers { #expect(printed.contains(" \(number) "), "\(number) in\n\(printed)") }
        let digits = printed.unicodeScalars.map { CharacterSet.decimalDigits.contains($0) }
        let scalars = Array(printed.unicodeScalars)
        let mixed = scalars.indices.dropFirst().dropLast().contains {
            String(scalars[$0]) == other && digits[$0 - 1] && digits[$0 + 1]
        }
        #expect(!mixed, "a decimal '\(other)' in\n\(printed)")
    }

    @Test func aSimulationsMinutesAreNumbersInJSON() throws {
        let shell = try TestShell(store: try Self.store(language: "sv"))
        #expect(ShellValue.written(5.3, "5,3").text == "5,3")
        #expect(TableRenderer.jsonValue(.written(5.3, "5,3")) == "5.3")
        #expect(ShellValue.written(5.3, "5,3").isNumeric)
        #expect(shell.errors.isEmpty)
    }

    @Test(arguments: [
        ("sv", "P = genomfört utan svårigheter, S = genomfört med vissa svårigheter"),
        ("en", "P = performed without challenges, S = performed with some challenges"),
    ])
    func theRatingScaleOfAnErrorIsThePlans(language: String, scale: String) throws {
        let shell = try TestShell(store: try Self.store(language: language))
        shell.run("drill start bench-night --id ovning-1")
        shell.run("drill rate direktor-30 X \"x\"")
        let error = try #require(shell.errors.last)
        #expect(error.hasPrefix("t:1:24: error: 'X' is not a rating; write P, S, M or U, or its meaning (\(scale)"))
    }

    @Test(arguments: [("sv", "Spelad tid:         1 minut\n"), ("en", "Time played:             1 minute\n")])
    func oneMinutePlayedIsSingular(language: String, line: String) throws {
        let shell = try TestShell(store: try Self.store(language: language))
        shell.run("drill start bench-night --id ovning-1 --by Övningsledare\ndrill advance 1m\ndrill end")
        let report = shell.run("report drill ovning-1 --format terminal")
        #expect(report.contains(line), "\(report)")
        // The leader's name stays whole wherever the report gives it.
        #expect(!report.replacingOccurrences(of: "Övningsledare", with: "").contains("Övningsleda"))
        #expect(shell.errors.isEmpty, "\(shell.errors)")
    }

    @Test func anErrorOfATemplateIsLabelledOnce() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = directory.appendingPathComponent("followup.html.mustache")
        try "{{#broken}}\n".write(to: template, atomically: true, encoding: .utf8)
        let shell = try TestShell(store: try Self.store(language: "en"))
        shell.run("report followup --format html --template '\(directory.path)'")
        let error = try #require(shell.errors.last)
        #expect(
            error.hasPrefix("t:1:8: error: \(template.path):2:1: a section is opened but never closed\n"), "\(error)")
    }

    @Test func anErrorOfAScenarioIsLabelledOnce() throws {
        let store = try PlanStore.open(.memory, seed: false)
        var plan = try BuiltInPlans.stockholm()
        plan.metadata.id = "another-plan"
        try store.create(plan)
        let shell = try TestShell(store: store)
        shell.run("drill simulate bench-night")
        let error = try #require(shell.errors.last)
        #expect(
            error.hasPrefix(
                "t:1:16: error: bench-night.yaml:6:7: the scenario is written for plan "
                    + "'stockholm-socialforvaltningen-2017-2018', not 'another-plan'\n"), "\(error)")
    }
}

/// An instant as the plan's default time zone writes it in messages.
enum LocalTimeZoneText {
    static func stockholm(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let zone = formatter.timeZone.isDaylightSavingTime(for: date) ? "CEST (+02:00)" : "CET (+01:00)"
        return formatter.string(from: date) + " " + zone
    }
}
