import BeredskapModel
import Foundation

/// A tabletop drill as the store keeps it: the session, its players and its log, for the after-action
/// report. The store knows nothing of how a drill is played; the escalation layer does.
///
/// The log is kept as data (`TabletopLogEntry`), never as sentences: the report and the shell write
/// each line in the plan's language.
public struct DrillSessionRecord: Hashable, Sendable {
    /// The session's id.
    public var id: String
    /// The plan drilled.
    public var plan: EntityID
    /// The scenario's name.
    public var scenario: String
    /// A scenario file's text, so the session can be taken up again; nil for a built-in scenario.
    public var scenarioText: String?
    /// The scenario's title.
    public var title: String
    /// When the simulated alarm came in.
    public var eventStart: Date
    /// Running, paused or ended.
    public var state: DrillState
    /// The simulated minute reached.
    public var minute: Double
    /// When the session started and ended, on the wall clock.
    public var startedAt: Date
    /// When it ended, if it has.
    public var endedAt: Date?
    /// The players.
    public var participants: [DrillParticipant]
    /// The log, in order.
    public var log: [TabletopLogEntry]
    /// Whether an action's `inject` names the inject it fulfils. Sessions saved before schema v3 did not
    /// record that; in them, any action of the expected role after the inject fulfils it.
    public var actionsNameTheirInject: Bool
    /// Simulated minutes per wall-clock minute, for a drill whose clock follows the wall clock; nil
    /// for one whose clock moves only when told.
    public var clockSpeed: Double?
    /// When such a clock last started running; nil while it stands still.
    public var clockAnchor: Date?
    /// The drill's minute at ``clockAnchor``.
    public var clockAnchorMinute: Double?

    /// Creates a record.
    public init(
        id: String, plan: EntityID, scenario: String, scenarioText: String?, title: String, eventStart: Date,
        state: DrillState, minute: Double, startedAt: Date, endedAt: Date?, participants: [DrillParticipant],
        log: [TabletopLogEntry], actionsNameTheirInject: Bool = true, clockSpeed: Double? = nil,
        clockAnchor: Date? = nil, clockAnchorMinute: Double? = nil
    ) {
        self.clockSpeed = clockSpeed
        self.clockAnchor = clockAnchor
        self.clockAnchorMinute = clockAnchorMinute
        self.id = id
        self.plan = plan
        self.scenario = scenario
        self.scenarioText = scenarioText
        self.title = title
        self.eventStart = eventStart
        self.state = state
        self.minute = minute
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.participants = participants
        self.log = log
        self.actionsNameTheirInject = actionsNameTheirInject
    }
}

extension PlanStore {
    /// Starts a drill session in the store under an id no other session has, and returns that id.
    ///
    /// The id is decided inside the write transaction, so two shells starting the same scenario in the
    /// same minute — even in two processes at the same moment — get two sessions: the first keeps
    /// `session.id`, the next `ID-2`, then `ID-3`. The session row is inserted, never replaced.
    ///
    /// ```swift
    /// let id = try store.startDrillSession(record)   // "bench-night-2017-10-14-0230-2" if taken
    /// ```
    ///
    /// - Parameters:
    ///   - session: The session with its players and the log lines it starts with.
    ///   - exactID: Refuse an id that is taken instead of adding a suffix: an id the user chose.
    /// - Returns: The id the session was saved under.
    /// - Throws: ``StoreError`` with code `invalidChange` when `exactID` is set and the id is taken.
    @discardableResult
    public func startDrillSession(_ session: DrillSessionRecord, exactID: Bool = false) throws(StoreError) -> String {
        try write { db -> String in
            try authorize(session.plan, for: .drill, db)
            func taken(_ id: String) throws -> Bool {
                try Bool.fetchOne(db, sql: "SELECT 1 FROM drill_sessions WHERE id = ?", arguments: [id]) ?? false
            }
            var id = session.id
            if try taken(id) {
                guard !exactID else {
                    throw StoreError(
                        .invalidChange, "a drill session '\(id)' exists already; give the new one another --id")
                }
                var suffix = 2
                while try taken("\(session.id)-\(suffix)") { suffix += 1 }
                id = "\(session.id)-\(suffix)"
            }
            try Self.insert(session, as: id, db)
            return id
        }
    }

    /// Saves a drill session's state and appends the log lines it carries that the store does not
    /// have yet. Called after every drill command, so that a crash loses nothing that was entered.
    /// Once a session has ended, its end time stays as first saved, though evaluators' ratings may be
    /// logged after it.
    ///
    /// Only the new lines are written, so each save costs the same however long the log has grown:
    /// pass just the lines entered since the last save (lines the store has already are skipped by
    /// their sequence, without being rewritten). A session the store does not have is created.
    ///
    /// - Parameters:
    ///   - session: The session's state, and the log lines to append.
    ///   - savedLines: How many log lines the caller last saved or read. When given, the save is
    ///     refused if the store's log has grown past that meanwhile — another shell played the same
    ///     drill — instead of dropping one of the two lines that claim the same place.
    /// - Throws: ``StoreError`` with code `conflict` when the log grew meanwhile, `unknownEntity` when
    ///   `savedLines` is given for a session the store does not have.
    public func saveDrillSession(_ session: DrillSessionRecord, after savedLines: Int? = nil) throws(StoreError) {
        _ = try write { db -> Int in
            try authorize(session.plan, for: .drill, db)
            let stored = try Int.fetchOne(
                db, sql: "SELECT max(sequence) FROM drill_log WHERE session_id = ?", arguments: [session.id])
            let exists =
                try Bool.fetchOne(db, sql: "SELECT 1 FROM drill_sessions WHERE id = ?", arguments: [session.id])
                ?? false
            if let savedLines {
                guard exists else {
                    throw StoreError(.unknownEntity, "no drill session '\(session.id)' to save; it was never started")
                }
                if (stored ?? 0) != savedLines {
                    throw StoreError(
                        .conflict,
                        "the drill '\(session.id)' has \(stored ?? 0) log lines in the store, not the \(savedLines) this "
                            + "shell read: another shell is playing it. `drill open \(session.id)` takes it up as it is"
                    )
                }
            }
            guard exists else {
                try Self.insert(session, as: session.id, db)
                return 0
            }
            try db.execute(
                sql: """
                    UPDATE drill_sessions SET state = ?, minute = ?, ended_at = COALESCE(ended_at, ?),
                        clock_speed = ?, clock_anchor = ?, clock_anchor_minute = ?
                    WHERE id = ?
                    """,
                arguments: [
                    session.state.rawValue, session.minute, session.endedAt.map { Self.timestamp($0) },
                    session.clockSpeed, session.clockAnchor.map { Self.timestamp($0) }, session.clockAnchorMinute,
                    session.id,
                ])
            try Self.insertLog(session.log.filter { $0.sequence > stored ?? 0 }, of: session.id, db)
            return 0
        }
    }

    /// Inserts a session with its players and log under `id`.
    private static func insert(_ session: DrillSessionRecord, as id: String, _ db: any SQLConnection) throws {
        // A plain INSERT, never an upsert: should a taken id ever reach here, the primary key refuses
        // the row rather than letting a second drill overwrite the first.
        try db.execute(
            sql: """
                INSERT INTO drill_sessions
                    (id, plan_id, scenario, scenario_text, title, event_start, state, minute, started_at, ended_at,
                    actions_name_inject, clock_speed, clock_anchor, clock_anchor_minute)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, session.plan.rawValue, session.scenario, session.scenarioText, session.title,
                timestamp(session.eventStart), session.state.rawValue, session.minute,
                timestamp(session.startedAt),
                session.endedAt.map { timestamp($0) }, session.actionsNameTheirInject, session.clockSpeed,
                session.clockAnchor.map { timestamp($0) }, session.clockAnchorMinute,
            ])
        for (position, participant) in session.participants.enumerated() {
            try db.execute(
                sql: "INSERT INTO drill_participants (session_id, position, role, person) VALUES (?, ?, ?, ?)",
                arguments: [id, position, participant.role.rawValue, participant.person])
        }
        try insertLog(session.log, of: id, db)
    }

    /// Inserts log lines; one that takes the place of a saved line is an error, never a replacement.
    private static func insertLog(_ entries: [TabletopLogEntry], of session: String, _ db: any SQLConnection) throws {
        guard !entries.isEmpty else { return }
        let statementSQL = """
            INSERT INTO drill_log (session_id, sequence, minute, wall_time, kind, role, action, note, entered_by,
                inject, step, option, objective, rating, corrects)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        for entry in entries {
            try db.execute(
                sql: statementSQL,
                arguments: [
                    session, entry.sequence, entry.minute, timestamp(entry.wallTime), entry.kind.rawValue,
                    entry.role?.rawValue, entry.action, entry.note, entry.enteredBy, entry.inject, entry.step?.rawValue,
                    entry.option?.rawValue, entry.objective?.rawValue, entry.rating?.rawValue, entry.corrects,
                ])
        }
    }

    /// The drill sessions of the store, newest first, without their logs.
    public func drillSessions() throws(StoreError) -> [DrillSessionRecord] {
        try wrapping {
            try backend.read { db in
                try SQLRow.fetchAll(db, sql: "SELECT * FROM drill_sessions ORDER BY started_at DESC, id DESC").map {
                    try Self.session($0, participants: [], log: [])
                }
            }
        }
    }

    /// One drill session with its players and its log.
    ///
    /// - Throws: ``StoreError`` with code `unknownEntity` naming the sessions there are.
    public func drillSession(_ id: String) throws(StoreError) -> DrillSessionRecord {
        try wrapping {
            try backend.read { db in
                guard
                    let row = try SQLRow.fetchOne(db, sql: "SELECT * FROM drill_sessions WHERE id = ?", arguments: [id])
                else {
                    let ids = try String.fetchAll(db, sql: "SELECT id FROM drill_sessions ORDER BY started_at")
                    throw StoreError(
                        .unknownEntity,
                        "no drill session '\(id)'"
                            + (ids.isEmpty ? "; none has been started" : Suggestion.didYouMean(id, in: ids)))
                }
                let participants = try SQLRow.fetchAll(
                    db, sql: "SELECT role, person FROM drill_participants WHERE session_id = ? ORDER BY position",
                    arguments: [id]
                ).map { DrillParticipant(role: EntityID($0["role"] as String), person: $0["person"]) }
                let log = try SQLRow.fetchAll(
                    db, sql: "SELECT * FROM drill_log WHERE session_id = ? ORDER BY sequence", arguments: [id]
                ).map { try Self.logEntry($0, of: id) }
                return try Self.session(row, participants: participants, log: log)
            }
        }
    }

    private static func session(
        _ row: SQLRow, participants: [DrillParticipant], log: [TabletopLogEntry]
    ) throws(StoreError) -> DrillSessionRecord {
        let id: String = row["id"]
        let stored: String = row["state"]
        guard let state = DrillState(rawValue: stored) else {
            throw StoreError(.damaged, "the drill '\(id)' is in an unknown state '\(stored)'")
        }
        return DrillSessionRecord(
            id: id, plan: EntityID(row["plan_id"] as String), scenario: row["scenario"],
            scenarioText: row["scenario_text"], title: row["title"],
            eventStart: date(fromTimestamp: row["event_start"]), state: state, minute: row["minute"],
            startedAt: date(fromTimestamp: row["started_at"]),
            endedAt: (row["ended_at"] as String?).map { date(fromTimestamp: $0) }, participants: participants, log: log,
            actionsNameTheirInject: row["actions_name_inject"], clockSpeed: row["clock_speed"],
            clockAnchor: (row["clock_anchor"] as String?).map { date(fromTimestamp: $0) },
            clockAnchorMinute: row["clock_anchor_minute"])
    }

    /// A log line as stored; a kind or rating this version does not know is an error naming the drill
    /// and the line, never a guess.
    private static func logEntry(_ row: SQLRow, of session: String) throws(StoreError) -> TabletopLogEntry {
        let sequence: Int = row["sequence"]
        func unreadable(_ what: String) -> StoreError {
            StoreError(.damaged, "the drill '\(session)' has an unreadable log line \(sequence): \(what)")
        }
        let storedKind: String = row["kind"]
        guard let kind = TabletopLogEntry.Kind(rawValue: storedKind) else {
            throw unreadable("'\(storedKind)' is not a kind of log line")
        }
        var rating: PerformanceRating?
        if let stored = row["rating"] as String? {
            guard let value = PerformanceRating(rawValue: stored) else {
                throw unreadable("'\(stored)' is not a rating (P, S, M or U)")
            }
            rating = value
        }
        func id(_ column: String) -> EntityID? { (row[column] as String?).map { EntityID($0) } }
        return TabletopLogEntry(
            sequence: sequence, minute: row["minute"], wallTime: date(fromTimestamp: row["wall_time"]), kind: kind,
            role: id("role"), action: row["action"], note: row["note"], enteredBy: row["entered_by"],
            inject: row["inject"], step: id("step"), option: id("option"), objective: id("objective"), rating: rating,
            corrects: row["corrects"])
    }
}
