import Foundation
import Testing

/// Running a program the tests check output with: Python's icalendar, Graphviz.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `arguments` (the program first, looked up on PATH by `env`) with `input` on standard input.
    static func run(_ arguments: [String], input: String = "") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// What a Python script that reads an iCalendar file from standard input with Python's
    /// icalendar prints as JSON, decoded as `type`.
    static func icalendar<Parsed: Decodable>(
        _ script: String, reading calendar: String, as type: Parsed.Type
    ) throws -> Parsed {
        let result = try run(["python3", "-c", script], input: calendar)
        try #require(
            result.status == 0,
            "Python's icalendar must be installed (pip install icalendar, see Scripts/setup): \(result.errors)")
        return try JSONDecoder().decode(type, from: Data(result.output.utf8))
    }
}
