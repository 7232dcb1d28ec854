import Foundation
import Synchronization

/// The executables built with the package (beredskap, StoreStress), run by tests as a user or a
/// script runs them.
package enum Products {
    /// What a run printed and returned.
    package struct Result: Sendable {
        package let status: Int32
        package let stdout: String
        package let stderr: String

        package init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The directory the package's executables are built into.
    package static let directory: URL =
        Bundle.main.bundleURL.pathExtension == "xctest"
        ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL

    /// Runs an executable built with the package (beredskap, StoreStress), reading its standard output
    /// and standard error at once so that neither can fill up and stall it.
    package static func run(
        _ name: String, _ arguments: [String], in workingDirectory: URL? = nil, environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = directory.appendingPathComponent(name)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let errorData = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        Thread {
            errorData.withLock { $0 = errors.fileHandleForReading.readDataToEndOfFile() }
            drained.signal()
        }.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: errorData.withLock { String(decoding: $0, as: UTF8.self) })
    }

    /// Starts a product that prints a line when its work has begun (StoreStress's "applying"), waits
    /// for that line and `seconds` more, and kills it with SIGKILL, as a writer killed midway.
    package static func killMidway(_ name: String, _ arguments: [String], after seconds: Double) throws {
        let process = Process()
        process.executableURL = directory.appendingPathComponent(name)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        _ = pipe.fileHandleForReading.availableData
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
