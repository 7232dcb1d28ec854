import BeredskapStorage
import Foundation

/// A progress bar on standard error, for long simulations on a terminal.
final class ProgressBar: Sendable {
    /// A bar when `wanted` and standard error is a terminal; nil otherwise.
    static func forStandardError(wanted: Bool) -> ProgressBar? {
        wanted && isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    /// Draws the bar at `fraction` (0…1). Called one at a time by the simulation.
    func show(_ fraction: Double) {
        let width = 40
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        _ = ResultFileStream.writeAll(String(format: "\r%@ %3d %%", bar, Int(fraction * 100)), to: STDERR_FILENO)
    }

    /// Clears the bar's line.
    func finish() {
        _ = ResultFileStream.writeAll(("\r" + String(repeating: " ", count: 48) + "\r"), to: STDERR_FILENO)
    }
}
