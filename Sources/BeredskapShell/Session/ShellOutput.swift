import Foundation

/// Where the shell writes results. Diagnostics always go to standard error.
public protocol ShellOutput: AnyObject {
    /// Writes text as it is; results end with their own line break.
    func write(_ text: String)
}

/// Standard output.
public final class StandardOutput: ShellOutput {
    /// Creates the standard output sink.
    public init() {}

    /// Writes to standard output.
    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A file, for `.output` and `.once`.
final class FileOutput: ShellOutput {
    let handle: FileHandle

    init(path: String) throws(ShellError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ShellError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }

    deinit { try? handle.close() }
}

/// Collects what the shell writes, for tests and embedders.
public final class CollectedOutput: ShellOutput {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty collector.
    public init() {}

    /// Appends to ``text``.
    public func write(_ text: String) { self.text += text }
}
