import Foundation
import Testing

/// A trainer's whole session in a real terminal: a drill whose clock follows the wall clock at 60
/// simulated minutes a minute (a drill minute each second), its injects announced above a line the
/// trainer is half-way through typing, an action logged afterwards, a contingency that fires, the end,
/// the report — and the saved drill, read again by another process, with the same log.
@Suite struct TrainerSessionTerminalTests {
    /// Inject 1 at minute 1 expects Socialjouren to contact its unit head within 10 minutes; inject 2
    /// comes a minute after it and expects the director of Socialförvaltningen within 2, so its
    /// contingency fires at minute 4 unless someone acts.
    static let scenario = """
        name: tmux-ovning
        title: Övning i terminalen
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event:
          time: "2017-10-14T02:30"
          classification: extraordinary
          officeHours: false
        injects:
        - id: brand
          at: 1
          from: SOS Alarm
          to: socialjouren
          type: event
          text: Brand i ett flerbostadshus i Rinkeby.
          expectedAction:
            role: socialjouren
            action: kontaktar Socialjourens enhetschef
            within: 10
        - id: svt
          start: {delivered: brand, after: 1}
          from: SVT Nyheter
          to: sof-direktor
          type: media
          text: SVT ringer och frågar om branden.
          expectedAction:
            role: sof-direktor
            action: hänvisar till presstjänsten
            within: 2
          contingency:
            text: SVT ringer Socialjouren i stället.

        """

    @Test func aDrillOnTheWallClockAnnouncesItsInjectsAboveTheLineBeingTyped() async throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try Self.scenario.write(to: home.appendingPathComponent("ovning.yaml"), atomically: true, encoding: .utf8)
        let store = home.appendingPathComponent("s.sqlite").path
        try Beredskap.makeStore(store, in: home)

        let terminal = try await TmuxTerminal.start(home: home, store: store)
        defer { terminal.close() }
        let started = ContinuousClock.now
        let start = try await terminal.run("drill start ovning.yaml --id rum-1 --clock real --speed 60")
        #expect(start.contains { $0.contains("Klockan följer väggklockan, 60,0 övningsminuter per minut") }, "\(start)")

        // Half a command typed, not entered: the injects come above it, and it stays as typed.
        let half = "drill act socialjouren \"kontakt"
        try await terminal.type(half)
        let announced = try await terminal.waitUntil("injects 1 and 2 above the half-typed line") { lines in
            lines.contains { $0.contains("Brand i ett flerbostadshus") }
                && lines.contains { $0.contains("SVT ringer och frågar om branden") }
                && lines.last == TerminalTests.prompt + half
        }
        #expect(ContinuousClock.now - started >= .milliseconds(1900), "inject 2 is due at minute 2, two seconds in")
        let first = try #require(announced.firstIndex { $0.contains("Brand i ett flerbostadshus") })
        let second = try #require(announced.firstIndex { $0.contains("SVT ringer och frågar om branden") })
        #expect(first < second)
        #expect(announced[first].hasPrefix("ÖVNING     1,0  02:31"), "\(announced[first])")
        #expect(announced[second].hasPrefix("ÖVNING     2,0  02:32"), "\(announced[second])")

        // The rest of the line, logging the action at minute 1, when it happened.
        let rest = "ar Socialjourens enhetschef\" --at 1"
        try await terminal.type(rest)
        let logged = try await terminal.pressEnter(after: half + rest)
        #expect(logged.contains { $0.contains("[inlagd i efterhand]") }, "\(logged)")
        #expect(logged.contains { $0.contains("Uppfyller inspel 1") }, "\(logged)")

        // Nobody answers SVT: its contingency fires at minute 4 on its own.
        try await terminal.waitUntil("the contingency of inject 2", timeout: .seconds(20)) { lines in
            lines.contains { $0.contains("Reservinspel") && $0.contains("SVT ringer Socialjouren i stället.") }
        }
        let ended = try await terminal.run("drill end")
        #expect(ended.contains { $0.contains("Sparad som 'rum-1'") }, "\(ended)")
        let report = try await terminal.run("report drill rum-1 --format csv")
        #expect(report.first?.hasPrefix("Övning,#,Minut") == true, "\(report)")
        #expect(report.dropFirst().allSatisfy { $0.hasPrefix("ÖVNING,") })
        #expect(report.contains { $0.contains("reservinspel") })
        try await terminal.type(".quit")
        try await terminal.press("Enter")
        #expect(try await terminal.waitForExit() == 0)

        // Another process reads the saved drill: the same log, line for line.
        let again = try Beredskap.run(["--store", store, "report", "drill", "rum-1", "--format", "csv"], in: home)
        #expect(again.status == 0, "\(again.stderr)")
        let rows = again.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.map(Self.withoutQuotes) == report.map(Self.withoutQuotes))
    }

    /// A CSV row as the screen shows it and as the file has it: the same but for the quotes.
    static func withoutQuotes(_ row: String) -> String {
        row.replacingOccurrences(of: "\"", with: "")
    }
}
