import Foundation
import Testing

/// Tabletop drills played through the real executable, on a store two processes share.
@Suite struct DrillCommandTests {
    /// Two `drill start bench-night` at the same moment, in two processes: two sessions, neither
    /// overwriting the other.
    @Test func twoDrillsStartedAtTheSameMomentGetTwoIDs() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Beredskap.run(["--store", "s.sqlite", "--no-rc", "-c", "count units"], in: directory)
        let starts = (0..<2).map { _ in
            let process = Process()
            process.executableURL = Beredskap.executable
            process.arguments = ["--store", "s.sqlite", "--no-rc", "-c", "drill start bench-night"]
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for start in starts { try start.run() }
        for start in starts { start.waitUntilExit() }
        #expect(starts.map(\.terminationStatus) == [0, 0])
        let sessions = try Beredskap.run(
            [
                "--store", "s.sqlite", "--no-rc", "--format", "csv", "-c",
                ".sql SELECT id FROM drill_sessions ORDER BY id",
            ],
            in: directory
        ).stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(sessions.count == 2)
        #expect(sessions.count == 2 && sessions[1] == sessions[0] + "-2")
        // Each kept its own start line.
        let starts2 = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "--format", "csv", "-c", ".sql SELECT count(*) FROM drill_log"],
            in: directory)
        #expect(starts2.stdout == "count(*)\n2\n")
    }

    /// After N acts in one shell, the saved log is the start and exactly the N acts, in order, and a
    /// second process taking up the session sees them all.
    @Test func everyActIsSavedInOrderAndASecondProcessSeesThem() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let count = 300
        let script =
            (["drill start bench-night --id natt"] + (1...count).map { "drill act stadsdirektor \"ringde \($0)\"" })
            .joined(separator: "\n")
        try script.write(to: directory.appendingPathComponent("acts.bsh"), atomically: true, encoding: .utf8)
        let played = try Beredskap.run(["--store", "s.sqlite", "run", "acts.bsh"], in: directory)
        #expect(played.status == 0, "\(played.stderr)")
        let log = try Beredskap.run(
            [
                "--store", "s.sqlite", "--no-rc", "--format", "csv", "-c",
                ".sql SELECT sequence, role, action FROM drill_log WHERE session_id = 'natt' ORDER BY sequence",
            ], in: directory
        ).stdout.split(separator: "\n").dropFirst(2)
        #expect(log.map(String.init) == (1...count).map { "\($0 + 1),stadsdirektor,ringde \($0)" })
        let status = try Beredskap.run(["--store", "s.sqlite", "--no-rc", "-c", "drill status"], in: directory)
        #expect(status.stdout.contains("\(count + 1) rader i loggen"))
        // The second process goes on where the first stopped.
        let next = try Beredskap.run(
            ["--store", "s.sqlite", "--no-rc", "-c", "drill act stadsdirektor \"ringde igen\""], in: directory)
        #expect(next.status == 0, "\(next.stderr)")
        let last = try Beredskap.run(
            [
                "--store", "s.sqlite", "--no-rc", "--format", "csv", "-c",
                ".sql SELECT max(sequence), count(*) FROM drill_log WHERE session_id = 'natt'",
            ], in: directory)
        #expect(last.stdout.hasSuffix("\(count + 2),\(count + 2)\n"))
    }
}
