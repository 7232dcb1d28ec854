import Foundation

/// A drill's clock that follows the wall clock (`drill start --clock real --speed N`): while the
/// drill runs, `speed` simulated minutes pass for every minute on the wall.
///
/// The clock is kept as the minute the drill stood at when it last started running (``anchorMinute``)
/// and the wall time of that moment (``anchor``), so any process that reads the saved drill knows
/// where the clock stands now. A paused or ended drill's clock has no anchor and stands still.
///
/// ```swift
/// let clock = TabletopClock(speed: 60, anchor: start, anchorMinute: 0)
/// clock.minute(at: start.addingTimeInterval(30))   // 30: a simulated minute each wall second
/// ```
public struct TabletopClock: Hashable, Sendable {
    /// Simulated minutes per wall-clock minute: 1 is real time, 60 a simulated hour each minute.
    public var speed: Double
    /// When the clock last started running; nil while it stands still.
    public var anchor: Date?
    /// The simulated minute at ``anchor``.
    public var anchorMinute: Double

    /// Creates a clock.
    public init(speed: Double, anchor: Date?, anchorMinute: Double) {
        self.speed = speed
        self.anchor = anchor
        self.anchorMinute = anchorMinute
    }

    /// The simulated minute at the wall time `wall`; nil while the clock stands still.
    public func minute(at wall: Date) -> Double? {
        anchor.map { anchorMinute + max(0, wall.timeIntervalSince($0)) / 60 * speed }
    }

    /// The wall time at which the clock reaches the simulated minute `target`; nil while it stands still.
    public func wallTime(atMinute target: Double) -> Date? {
        anchor.map { $0.addingTimeInterval(max(0, target - anchorMinute) * 60 / speed) }
    }

    /// Runs on from `minute` at `wall`.
    mutating func anchor(at wall: Date, minute: Double) {
        anchor = wall
        anchorMinute = minute
    }

    /// Stands still.
    mutating func stop() {
        anchor = nil
    }
}
