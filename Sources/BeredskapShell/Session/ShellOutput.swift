import BeredskapStorage
import BeredskapWorkspace
import Foundation
import Synchronization

/// Where the shell writes results. Diagnostics always go to standard error.
public protocol ShellOutput: AnyObject {
    /// Writes text as it is; results end with their own line break.
    func write(_ text: String)
    /// Why writing failed, once it has (a full disk, a closed pipe); nil while every write succeeded.
    /// A session stops at the statement whose result could not be written.
    var failure: String? { get }
}

extension ShellOutput {
    /// Nil: an output that cannot fail.
    public var failure: String? { nil }
}

/// Standard output.
///
/// Writes go straight to the descriptor (after flushing what `print` buffered, to keep the order),
/// and the first failure — a full disk, `> /dev/full` — is kept for the whole process, since every
/// sink writes the same descriptor: nothing more is written, and the statement, or the program,
/// fails with it.
public final class StandardOutput: ShellOutput {
    private static let failedWith = Atomic<Int32>(0)

    /// Creates the standard output sink.
    public init() {}

    /// Why a write to standard output failed, once one has.
    public static var failure: String? {
        let code = failedWith.load(ordering: .relaxed)
        return code == 0 ? nil : "cannot write to standard output: \(String(cString: strerror(code)))"
    }

    /// Why a write to standard output failed, once one has.
    public var failure: String? { Self.failure }

    /// Writes to standard output. After a failure nothing more is written.
    public func write(_ text: String) {
        guard Self.failedWith.load(ordering: .relaxed) == 0 else { return }
        fflush(nil)
        if let code = ResultFileStream.writeAll(text, to: STDOUT_FILENO) {
            Self.failedWith.store(code, ordering: .relaxed)
        }
    }
}

/// A file, for `.output` and `.once`.
final class FileOutput: ShellOutput {
    let file: ResultFileStream
    private(set) var failure: String?

    init(path: String, protecting store: StoreLocation) throws(ShellError) {
        do {
            file = try ResultFileStream(path: path, protecting: store)
        } catch {
            throw ShellError(error.message)
        }
    }

    func write(_ text: String) {
        guard failure == nil else { return }
        do {
            try file.write(text)
        } catch {
            failure = error.message
        }
    }

    deinit { try? file.close() }
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
