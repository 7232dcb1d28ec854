import Foundation

/// Writes the input about to run, and its target, to files before each run, so that when an input
/// kills the process `Scripts/fuzz` can say which one did.
///
/// Two descriptors opened once and overwritten in place: a file created for each of 100,000 inputs
/// would cost more than the cheap targets themselves.
final class FuzzRecorder {
    private let input: Int32
    private let target: Int32

    /// `FUZZ_CURRENT` when set, else `.build/fuzz-current` in the repository; the target's name goes
    /// in the same path with `.target` added.
    init() {
        let path =
            ProcessInfo.processInfo.environment["FUZZ_CURRENT"]
            ?? FuzzCorpus.root.appendingPathComponent(".build/fuzz-current").path
        input = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        target = open(path + ".target", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }

    private var lastTarget: FuzzTarget?

    /// Records `bytes` as the input about to run on `name`; the target's file is written only when the
    /// target changes, which keeps the cost to two system calls an input.
    func record(_ bytes: [UInt8], for name: FuzzTarget) {
        guard input >= 0, target >= 0 else { return }
        _ = ftruncate(input, 0)
        _ = bytes.withUnsafeBytes { pwrite(input, $0.baseAddress, $0.count, 0) }
        guard name != lastTarget else { return }
        lastTarget = name
        let label = Array("\(name.rawValue)\n".utf8)
        _ = ftruncate(target, 0)
        _ = label.withUnsafeBytes { pwrite(target, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(input)
        close(target)
    }
}
