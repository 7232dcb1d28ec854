import BeredskapEscalation
import BeredskapModel
import Foundation

/// A tabletop drill being played through a workspace: the session, with what is needed to save it.
///
/// The front end keeps it between commands and passes it to each of ``DrillSessions``' commands,
/// which play it and save what it logged.
public struct PlayedDrill: Sendable {
    /// The session: scenario, players, clock and log.
    public internal(set) var session: TabletopSession
    /// A scenario file's text, nil for a built-in scenario.
    public let scenarioText: String?
    /// When the session started, on the wall clock.
    public let startedAt: Date
    /// How many of the session's log lines the store has: each save appends only the lines after
    /// them, so a save costs the same at the 3,000th act as at the first.
    public internal(set) var savedLines: Int

    init(session: TabletopSession, scenarioText: String?, startedAt: Date, savedLines: Int) {
        self.session = session
        self.scenarioText = scenarioText
        self.startedAt = startedAt
        self.savedLines = savedLines
    }
}
