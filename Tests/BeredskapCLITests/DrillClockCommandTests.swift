import Foundation
import Testing

/// Playing a drill from one-shot commands: a clock that follows the wall clock, an inject the leader
/// gives, and two drills at once.
@Suite struct DrillClockCommandTests {
    static let scenario = """
        name: klocka
        title: Klockan går
        plan: stockholm-socialforvaltningen-2017-2018
        path: via-socialjouren
        event: {time: "2017-10-14T02:30", classification: extraordinary, officeHours: false}
        injects:
        - {id: brand, at: 1, from: SOS Alarm, to: socialjouren, type: event, text: Brand i Rinkeby.}
        - {start: manual, from: Polisen, to: socialjouren, type: information, text: Polisen bekräftar.}

        """

    /// A directory with a store and the scenario file, and a way to run beredskap on them.
    struct Room {
        let directory: URL

        init() throws {
            directory = try temporaryDirectory()
            try DrillClockCommandTests.scenario.write(
                to: directory.appendingPathComponent("klocka.yaml"), atomically: true, encoding: .utf8)
            try Beredskap.makeStore(in: directory)
        }

        func run(_ arguments: String...) throws -> Beredskap.Result {
            try Beredskap.run(["--store", "s.sqlite"] + arguments, in: directory)
        }

        /// The minute `drill status` says the drill stands at.
        func minute() throws -> Double? {
            let status = try run("drill", "status")
            guard let range = status.stdout.range(of: #"minut [0-9]+,[0-9]"#, options: .regularExpression) else {
                return nil
            }
            return Double(status.stdout[range].dropFirst(6).replacingOccurrences(of: ",", with: "."))
        }
    }

    @Test func aWallClockDrillMovesOnBetweenCommandsAndStandsStillWhenPaused() async throws {
        let room = try Room()
        defer { try? FileManager.default.removeItem(at: room.directory) }
        let started = try room.run("drill", "start", "klocka.yaml", "--clock", "real", "--speed", "600")
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("Klockan följer väggklockan, 600,0 övningsminuter per minut"))
        try await Task.sleep(for: .seconds(1))
        // Ten drill minutes a second: another process finds the clock past minute 10, inject 1 given.
        let status = try room.run("drill", "status")
        #expect(status.stdout.contains("Brand i Rinkeby."), "\(status.stdout)")
        #expect(status.stdout.contains("klockan går (600,0 min per minut)"), "\(status.stdout)")
        #expect(try #require(try room.minute()) >= 10)
        #expect(try room.run("drill", "pause").status == 0)
        let paused = try #require(try room.minute())
        try await Task.sleep(for: .milliseconds(600))
        #expect(try room.minute() == paused)
        #expect(try room.run("drill", "resume").status == 0)
        try await Task.sleep(for: .milliseconds(600))
        #expect(try #require(try room.minute()) > paused)
    }

    @Test func theLeaderGivesAManualInjectOnceAndIsToldOfAWrongNumber() throws {
        let room = try Room()
        defer { try? FileManager.default.removeItem(at: room.directory) }
        #expect(try room.run("drill", "start", "klocka.yaml").status == 0)
        let next = try room.run("drill", "next")
        #expect(next.stdout.contains("Brand i Rinkeby."))
        let none = try room.run("drill", "next")
        #expect(none.stdout.contains("Inget inspel står på tur; 1 väntar på sitt villkor"), "\(none.stdout)")
        let status = try room.run("drill", "status")
        #expect(status.stdout.contains("Inspel 2 väntar på övningsledningen (`drill inject 2`): Polisen bekräftar."))
        let given = try room.run("drill", "inject", "2")
        #expect(given.status == 0 && given.stdout.contains("Polisen bekräftar."), "\(given.stderr)")
        let again = try room.run("drill", "inject", "2")
        #expect(again.status != 0)
        #expect(again.stderr.contains("inject 2 was given already, at minute 1"), "\(again.stderr)")
        let wrong = try room.run("drill", "inject", "9")
        #expect(wrong.stderr.contains("no inject 9; the scenario has injects 1–2"), "\(wrong.stderr)")
        let word = try room.run("drill", "inject", "polisen")
        #expect(word.stderr.contains("expected `drill inject N`"), "\(word.stderr)")
    }

    @Test func theClockOptionsAreCheckedBeforeTheDrillStarts() throws {
        let room = try Room()
        defer { try? FileManager.default.removeItem(at: room.directory) }
        let cases: [([String], String)] = [
            (["--speed", "5"], "'--speed' sets how fast a real clock runs; add `--clock real`"),
            (["--clock", "reel"], "'--clock' is 'manual' or 'real', not 'reel'; did you mean 'real'?"),
            (["--clock", "real", "--speed", "0"], "'--speed' takes simulated minutes per minute"),
        ]
        for (options, message) in cases {
            let result = try Beredskap.run(
                ["--store", "s.sqlite", "drill", "start", "klocka.yaml"] + options, in: room.directory)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(options): \(result.stderr)")
        }
        #expect(try room.run("drill", "sessions").stdout.contains("klocka") == false, "nothing was started")
    }

    @Test func aSecondDrillStartsBesideTheFirstAndNamesIt() throws {
        let room = try Room()
        defer { try? FileManager.default.removeItem(at: room.directory) }
        #expect(try room.run("drill", "start", "bench-night", "--id", "rum-a").status == 0)
        let second = try room.run("drill", "start", "klocka.yaml", "--id", "rum-b")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stderr.contains(
                "note: the drill 'rum-a' (Larm via Socialjouren en lördagsnatt) is still running beside this one"),
            "\(second.stderr)")
        let sessions = try room.run("drill", "sessions").stdout
        #expect(sessions.contains("rum-a") && sessions.contains("rum-b"))
    }
}
