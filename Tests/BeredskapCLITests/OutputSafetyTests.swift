import Foundation
import Testing

/// Results that cannot be written fail the command, and no output may overwrite the store.
@Suite struct OutputSafetyTests {
    /// Runs beredskap with standard output on `/dev/full`.
    func runIntoFullDevice(_ arguments: [String], store: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = Beredskap.executable
        process.arguments = ["--store", store] + arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [["-c", "count units"], ["export", "--format", "yaml"], ["plans"], ["history"]])
    func aResultThatCannotBeWrittenFailsTheCommand(_ arguments: [String]) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        let result = try runIntoFullDevice(arguments, store: store)
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot write to standard output: No space left on device"), "\(result.errors)")
    }

    @Test(arguments: [
        "report followup --format html --out STORE", "export ics --out STORE", "export ics --out STORE-wal",
        "diagram via-socialjouren --format dot --out LINK", ".output STORE-shm",
    ])
    func anOutputOntoTheStoreIsRefusedAndTheStoreKeepsItsPlan(_ command: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        #expect(try Beredskap.run(["--store", store, "-c", "count units"]).stdout == "23\n")
        link(store, directory.appendingPathComponent("other-name.db").path)
        let text = command.replacingOccurrences(of: "STORE", with: store).replacingOccurrences(
            of: "LINK", with: directory.appendingPathComponent("other-name.db").path)
        let result = try Beredskap.run(["--store", store, "-c", text, "-c", "count units"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("would be overwritten; nothing was written. Give another file name."))
        #expect(try Beredskap.run(["--store", store, "-c", "count units"]).stdout == "23\n")
        #expect(try Beredskap.run(["--store", store, "history"]).status == 0)
    }

    @Test func aReportWrittenWithOutIsWholeAndTheCommandSaysWhereItFailed() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("s.sqlite").path
        let out = directory.appendingPathComponent("uppfoljning.html").path
        let written = try Beredskap.run(["--store", store, "-c", "report followup --format html --out \(out)"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasSuffix("</html>\n"))
        let full = try Beredskap.run(["--store", store, "-c", "report followup --format html --out /dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write /dev/full: No space left on device"), "\(full.stderr)")
    }
}
