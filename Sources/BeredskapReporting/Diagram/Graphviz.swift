import Foundation

extension AlarmPathDiagram {
    /// The diagram as SVG, drawn by Graphviz's `dot`.
    ///
    /// - Throws: ``GraphvizError`` when `dot` is not on `PATH` ("Graphviz is not installed: apt-get install
    ///   graphviz") or fails.
    public func svg() throws(GraphvizError) -> String {
        try Graphviz.render(dot, format: "svg")
    }
}

/// Why Graphviz could not draw a diagram.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Code: String, Hashable, Sendable {
        /// `dot` is not on `PATH`.
        case notInstalled
        /// `dot` ran and failed.
        case failed
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, with what to do about it.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Running Graphviz's `dot`.
enum Graphviz {
    /// The `dot` program on `PATH`, if there is one.
    static func executable(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for directory in (path ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// `source` drawn by `dot -T<format>`, with `dot` looked up in `searchPath`.
    static func render(
        _ source: String, format: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
    ) throws(GraphvizError) -> String {
        guard let dot = executable(path: searchPath) else {
            throw GraphvizError(.notInstalled, message: "Graphviz is not installed: apt-get install graphviz")
        }
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-T" + format]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw GraphvizError(.failed, message: "cannot run \(dot.path): \(error.localizedDescription)")
        }
        // dot reads all of its input before it writes, and diagrams are far smaller than a pipe's
        // buffer, so writing first and reading after cannot deadlock.
        input.fileHandleForWriting.write(Data(source.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GraphvizError(.failed, message: "dot failed (exit \(process.terminationStatus)): \(detail)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
