/// Whether a tabletop drill is being played: the state a drill session is saved in and taken up from.
///
/// ```swift
/// DrillState(rawValue: "paused")   // .paused
/// ```
public enum DrillState: String, Hashable, Sendable, CaseIterable, Codable {
    /// The clock can move and players act.
    case running
    /// Stopped for a while; `resume` goes on.
    case paused
    /// Over; only evaluators' ratings can still be logged.
    case ended
}
