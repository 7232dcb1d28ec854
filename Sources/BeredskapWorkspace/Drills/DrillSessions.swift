import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation

/// The tabletop drills of a workspace's store: start one, play it (next, advance, act, decide, rate,
/// pause, resume, end), and take up a saved one. Every command saves what it logged at once, so a
/// crash loses nothing that was entered.
///
/// ```swift
/// let drills = workspace.drills
/// var drill = try drills.start(scenario: scenario, scenarioText: nil, participants: [], id: "ovning-1",
///                              leader: "Kim", at: Date())
/// try drills.next(&drill, by: "Kim", at: Date())
/// try drills.act(&drill, role: "sof-direktor", action: "informerade stadsdirektören", at: Date())
/// try drills.end(&drill, by: "Kim", at: Date())
/// ```
///
/// A command the drill refuses (the drill is paused, no such role) throws ``WorkspaceError`` with
/// code ``WorkspaceError/Code/drill`` and leaves the drill as it was. A save the store refuses throws
/// code ``WorkspaceError/Code/store``; the drill then holds lines the store does not, and should be
/// taken up again with ``reopen(_:location:)``.
public struct DrillSessions {
    /// The workspace whose store keeps the drills.
    public let workspace: Workspace

    /// The drills of `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    // MARK: Starting and taking up

    /// Starts a drill of `scenario` on the plan in use and saves it under an id no other drill has.
    ///
    /// - Parameters:
    ///   - scenario: The scenario to play.
    ///   - scenarioText: A scenario file's text, so the drill can be taken up again; nil for a
    ///     built-in scenario.
    ///   - participants: Who plays which role; every role must be one of the plan's.
    ///   - id: The id the user chose, refused when taken; when nil, the scenario's name and the wall
    ///     time, with a suffix when another drill has it already.
    ///   - leader: Who leads the drill.
    ///   - wall: The wall-clock time.
    ///   - speed: When given, the drill's clock follows the wall clock, `speed` simulated minutes to
    ///     each minute on the wall; every command then first moves it to where it stands
    ///     (``catchUp(_:at:)``).
    ///   - location: Where the command was written, for messages.
    /// - Throws: ``WorkspaceError`` for a participant's unknown role or an id that is taken.
    public func start(
        scenario: Scenario, scenarioText: String?, participants: [DrillParticipant], id: String?, leader: String?,
        at wall: Date, speed: Double? = nil, location: InputLocation? = nil
    ) throws(WorkspaceError) -> PlayedDrill {
        let plan = try workspace.plan()
        for participant in participants {
            try Self.requireRole(participant.role, in: plan, location: location)
        }
        var session = TabletopSession(
            id: id ?? Self.defaultID(scenario: scenario.name, at: wall, in: workspace.jurisdiction.timeZone),
            scenario: scenario, planID: plan.id,
            participants: participants, leader: leader, at: wall, speed: speed)
        do {
            // The store decides the id: a readable one taken by a drill started the same minute gets
            // a suffix; an id the user chose is refused instead.
            session.id = try workspace.store.startDrillSession(
                Self.record(of: session, scenarioText: scenarioText, startedAt: wall, lines: session.log[...]),
                exactID: id != nil)
        } catch {
            throw WorkspaceError(
                StoreError(error.code, "the drill could not be started: \(error.message)"), at: location)
        }
        return PlayedDrill(session: session, scenarioText: scenarioText, startedAt: wall, savedLines: session.log.count)
    }

    /// Takes up a saved drill as the store has it, on the plan in use.
    ///
    /// - Throws: ``WorkspaceError`` when the store has no such drill (naming the ones it has), or its
    ///   scenario no longer reads.
    public func reopen(_ id: String, location: InputLocation? = nil) throws(WorkspaceError) -> PlayedDrill {
        let record: DrillSessionRecord
        do {
            record = try workspace.store.drillSession(id)
        } catch {
            throw WorkspaceError(error, at: location)
        }
        let plan = try workspace.plan()
        var scenario: Scenario
        do {
            if let text = record.scenarioText {
                scenario = try ScenarioReader.read(text, file: record.scenario, plan: plan)
            } else {
                scenario = try BuiltInScenarios.scenario(named: record.scenario, plan: plan)
            }
        } catch {
            throw WorkspaceError(error.description, at: location, code: .drill)
        }
        scenario.event.start = record.eventStart
        return PlayedDrill(
            session: TabletopSession(
                id: record.id, scenario: scenario, planID: record.plan, participants: record.participants,
                minute: record.minute, state: record.state, log: record.log,
                actionsNameTheirInject: record.actionsNameTheirInject,
                clock: record.clockSpeed.map {
                    TabletopClock(
                        speed: $0, anchor: record.clockAnchor, anchorMinute: record.clockAnchorMinute ?? record.minute)
                }),
            scenarioText: record.scenarioText, startedAt: record.startedAt, savedLines: record.log.count)
    }

    /// The newest drill that has not ended, so that a drill goes on from one command line to the next
    /// as it does in one REPL; nil when every drill has ended.
    public func latestOpen() throws(WorkspaceError) -> PlayedDrill? {
        guard let open = try sessions().first(where: { $0.state != .ended }) else { return nil }
        return try reopen(open.id)
    }

    /// The drills of the store, newest first, without their logs.
    public func sessions() throws(WorkspaceError) -> [DrillSessionRecord] {
        do {
            return try workspace.store.drillSessions()
        } catch {
            throw WorkspaceError(error)
        }
    }

    // MARK: Playing

    /// Moves the clock to the next inject and gives it, and saves.
    ///
    /// - Returns: What happened; empty when no inject is left.
    @discardableResult
    public func next(
        _ drill: inout PlayedDrill, by who: String?, at wall: Date
    ) throws(WorkspaceError)
        -> [TabletopLogEntry]
    {
        try play(&drill, at: wall) { session throws(TabletopError) in try session.next(by: who, at: wall) }
    }

    /// Gives the inject at `index` now, whatever it waits for, and saves.
    @discardableResult
    public func deliver(
        _ drill: inout PlayedDrill, inject index: Int, by who: String?, at wall: Date
    ) throws(WorkspaceError) -> [TabletopLogEntry] {
        try play(&drill, at: wall) { session throws(TabletopError) in
            try session.deliver(inject: index, by: who, at: wall)
        }
    }

    /// Moves a clock that follows the wall clock to where it stands at `wall`, giving what falls due,
    /// and saves when that logged anything.
    ///
    /// - Returns: What happened; empty for a drill whose clock moves only when told.
    @discardableResult
    public func catchUp(_ drill: inout PlayedDrill, at wall: Date) throws(WorkspaceError) -> [TabletopLogEntry] {
        let happened = drill.session.catchUp(at: wall)
        if !happened.isEmpty { try save(&drill) }
        return happened
    }

    /// Moves the clock on by `minutes`, giving every inject and contingency that falls due, and saves.
    public func advance(
        _ drill: inout PlayedDrill, minutes: Double, by who: String?, at wall: Date
    ) throws(WorkspaceError) {
        try play(&drill, at: wall) { session throws(TabletopError) in
            try session.advance(minutes: minutes, by: who, at: wall)
        }
    }

    /// Logs what a role does, and which inject's expected action it fulfils (see
    /// `TabletopSession.act(role:action:note:inject:by:in:at:atMinute:corrects:)`), and saves.
    ///
    /// - Parameters:
    ///   - drill: The drill.
    ///   - role: The role that acts.
    ///   - action: What it did, in the player's words.
    ///   - note: A remark.
    ///   - inject: The inject, by index in the scenario, whose expected action this is.
    ///   - who: Who entered it; the person playing the role when nil.
    ///   - wall: The wall-clock time.
    ///   - minute: The simulated minute it happened, when it is logged afterwards.
    ///   - corrects: The log line, by sequence, that this action corrects.
    /// - Returns: The entry logged.
    @discardableResult
    public func act(
        _ drill: inout PlayedDrill, role: EntityID, action: String, note: String? = nil, inject: Int? = nil,
        by who: String? = nil, at wall: Date, atMinute minute: Double? = nil, corrects: Int? = nil
    ) throws(WorkspaceError) -> TabletopLogEntry {
        let plan = try workspace.plan()
        return try play(&drill, at: wall) { session throws(TabletopError) in
            try session.act(
                role: role, action: action, note: note, inject: inject, by: who, in: plan, at: wall, atMinute: minute,
                corrects: corrects)
        }
    }

    /// Logs a decision at a decide step of the scenario's alarm path, and saves; `inject`, `minute` and
    /// `corrects` as for ``act(_:role:action:note:inject:by:at:atMinute:corrects:)``.
    @discardableResult
    public func decide(
        _ drill: inout PlayedDrill, step: EntityID, option: EntityID, rationale: String?, inject: Int? = nil,
        by who: String?, at wall: Date, atMinute minute: Double? = nil, corrects: Int? = nil
    ) throws(WorkspaceError) -> TabletopLogEntry {
        let plan = try workspace.plan()
        return try play(&drill, at: wall) { session throws(TabletopError) in
            try session.decide(
                step: step, option: option, rationale: rationale, inject: inject, by: who, in: plan, at: wall,
                atMinute: minute, corrects: corrects)
        }
    }

    /// Logs an evaluator's rating of one of the scenario's objectives, also after the end, and saves.
    @discardableResult
    public func rate(
        _ drill: inout PlayedDrill, objective: EntityID, rating: PerformanceRating, observation: String?,
        by who: String?, at wall: Date
    ) throws(WorkspaceError) -> TabletopLogEntry {
        try play(&drill, at: wall) { session throws(TabletopError) in
            try session.rate(objective: objective, rating: rating, observation: observation, by: who, at: wall)
        }
    }

    /// Pauses the drill, and saves.
    public func pause(_ drill: inout PlayedDrill, by who: String?, at wall: Date) throws(WorkspaceError) {
        try play(&drill, at: wall) { session throws(TabletopError) in try session.pause(by: who, at: wall) }
    }

    /// Goes on after a pause, and saves.
    public func resume(_ drill: inout PlayedDrill, by who: String?, at wall: Date) throws(WorkspaceError) {
        try play(&drill, at: wall) { session throws(TabletopError) in try session.resume(by: who, at: wall) }
    }

    /// Ends the drill, and saves; after it, only evaluators' ratings can be logged.
    public func end(_ drill: inout PlayedDrill, by who: String?, at wall: Date) throws(WorkspaceError) {
        try play(&drill, at: wall) { session throws(TabletopError) in try session.end(by: who, at: wall) }
    }

    /// Appends the log lines entered since the last save. The save is refused when another front end
    /// has logged lines of the same drill meanwhile.
    ///
    /// - Throws: ``WorkspaceError`` with code ``WorkspaceError/Code/store``.
    public func save(_ drill: inout PlayedDrill) throws(WorkspaceError) {
        let session = drill.session
        do {
            try workspace.store.saveDrillSession(
                Self.record(
                    of: session, scenarioText: drill.scenarioText, startedAt: drill.startedAt,
                    lines: session.log[drill.savedLines...]),
                after: drill.savedLines)
        } catch {
            throw WorkspaceError(StoreError(error.code, "the drill could not be saved: \(error.message)"))
        }
        drill.savedLines = session.log.count
    }

    // MARK: Parts

    /// Runs a command of the session, after moving a clock that follows the wall clock to `wall`;
    /// saves what was logged, also when the command was refused after the clock moved.
    @discardableResult
    private func play<Result>(
        _ drill: inout PlayedDrill, at wall: Date, _ command: (inout TabletopSession) throws(TabletopError) -> Result
    ) throws(WorkspaceError) -> Result {
        let result: Result
        let caughtUp = !drill.session.catchUp(at: wall).isEmpty
        do {
            result = try command(&drill.session)
        } catch {
            if caughtUp { try save(&drill) }
            throw WorkspaceError(error.description, code: .drill)
        }
        try save(&drill)
        return result
    }

    /// The session as the store keeps it, with only the log lines given.
    static func record(
        of session: TabletopSession, scenarioText: String?, startedAt: Date, lines: ArraySlice<TabletopLogEntry>
    ) -> DrillSessionRecord {
        DrillSessionRecord(
            id: session.id, plan: session.planID, scenario: session.scenario.name, scenarioText: scenarioText,
            title: session.scenario.title, eventStart: session.scenario.event.start, state: session.state,
            minute: session.minute, startedAt: startedAt,
            // Evaluators may rate after the end; the drill ended when its end was logged.
            endedAt: session.state == .ended ? session.log.last { $0.kind == .end }?.wallTime : nil,
            participants: session.participants, log: Array(lines),
            actionsNameTheirInject: session.actionsNameTheirInject, clockSpeed: session.clock?.speed,
            clockAnchor: session.clock?.anchor, clockAnchorMinute: session.clock?.anchorMinute)
    }

    /// Checks that `role` is one of the plan's roles or actors.
    static func requireRole(_ role: EntityID, in plan: Plan, location: InputLocation?) throws(WorkspaceError) {
        guard plan.roles.contains(where: { $0.id == role }) || plan.actor(role) != nil else {
            throw WorkspaceError(
                "no role '\(role)' in the plan"
                    + (Suggestion.nearest(to: role.rawValue, in: plan.roles.map(\.id.rawValue)).map {
                        "; did you mean '\($0)'?"
                    } ?? ""), at: location, code: .drill)
        }
    }

    /// The scenario's name and the minute it started, in the plan's time zone:
    /// `bench-night-2018-03-14-0900`.
    static func defaultID(scenario: String, at date: Date, in zone: LocalTimeZone) -> String {
        let stamp = zone.format(date).prefix(16).replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: ":", with: "")
        return "\(scenario)-\(stamp)"
    }
}

extension Workspace {
    /// The tabletop drills of the workspace's store.
    public var drills: DrillSessions {
        DrillSessions(workspace: self)
    }
}
