import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage

/// What adopting a drill's improvement plan did.
public struct DrillAdoption: Sendable {
    /// The activities made from the improvement plan; empty when the drill left nothing to improve.
    public var activities: [Activity]
    /// How they were added: as a change set, or queued in the open transaction; nil when there were none.
    public var outcome: EditOutcome?
}

// After the drill: the session a report is about, and the improvement plan adopted into the plan.
extension DrillSessions {
    /// The drill an after-action report is about: the one named by `id`; without one, `playing` (the
    /// front end's drill, running, paused or just ended) when it is of the plan in use, else the plan's
    /// newest drill in the store.
    ///
    /// - Throws: ``WorkspaceError`` when there is no such drill, or the plan has none.
    public func sessionToReport(
        _ id: String?, playing: TabletopSession? = nil, location: InputLocation? = nil
    ) throws(WorkspaceError) -> TabletopSession {
        if let id { return try reopen(id, location: location).session }
        let plan = try workspace.plan()
        if let playing, playing.planID == plan.id { return playing }
        guard let newest = try sessions().first(where: { $0.plan == plan.id }) else {
            throw WorkspaceError(
                "plan '\(plan.id)' has no drill sessions yet; play one with `drill start SCENARIO`", at: location,
                code: .drill)
        }
        return try reopen(newest.id, location: location).session
    }

    /// Adds the after-action report's improvement plan of the ended drill `id` to the plan in use as
    /// activities, in one change set (or to the open transaction), each numbered after `atgard-ID`.
    ///
    /// ```swift
    /// let adoption = try workspace.drills.adopt("ovning-1", starts: try PartialDate(parsing: "2018-04"))
    /// adoption.activities.map(\.id)   // ["atgard-ovning-1-1", "atgard-ovning-1-2"]
    /// ```
    ///
    /// - Parameters:
    ///   - id: The drill.
    ///   - starts: When the activities start.
    ///   - location: Where the command was written, for messages.
    /// - Throws: ``WorkspaceError`` when the drill has not ended, or its improvement plan is in the plan
    ///   already.
    public func adopt(
        _ id: String, starts: PartialDate, location: InputLocation? = nil
    ) throws(WorkspaceError) -> DrillAdoption {
        let session = try reopen(id, location: location).session
        guard session.state == .ended else {
            throw WorkspaceError(
                "the drill '\(session.id)' has not ended; `drill end` it before adopting its improvement plan",
                at: location, code: .drill)
        }
        let plan = try workspace.plan()
        let prefix = "atgard-" + Self.idWord(session.id)
        let existing = Set(
            plan.activities.map(\.id.rawValue) + plan.focusAreas.flatMap { $0.activities.map(\.id.rawValue) })
        if existing.contains(prefix + "-1") {
            throw WorkspaceError(
                "the improvement plan of '\(session.id)' is already in the plan (\(prefix)-1 …)", at: location,
                code: .drill)
        }
        let activities = DrillReport(session: session, plan: plan).improvementActivities(
            idPrefix: prefix, starts: starts)
        guard !activities.isEmpty else { return DrillAdoption(activities: [], outcome: nil) }
        var extended = plan
        extended.activities += activities
        let edits = extended.entities(of: .activity).suffix(activities.count).map {
            LocatedEdit(.add(.activity, $0.fileValue, position: nil), at: location ?? .unknown)
        }
        let outcome = try workspace.apply(
            edits, message: DrillLogText(session: session, plan: plan).adoptionMessage(), at: location)
        return DrillAdoption(activities: activities, outcome: outcome)
    }

    /// Lowercase letters, digits and hyphens: a session id as part of an entity id.
    static func idWord(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        let mapped = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return mapped.split(separator: "-").joined(separator: "-")
    }
}
