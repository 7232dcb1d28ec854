import BeredskapModel
import Foundation
import GRDB

/// A tabletop drill as the store keeps it: the session, its players and its log, for the after-action
/// report. The store knows nothing of how a drill is played; the escalation layer does.
public struct DrillSessionRecord: Hashable, Sendable {
    /// A person playing a role.
    public struct Participant: Hashable, Sendable {
        /// The role's id.
        public var role: String
        /// Who plays it.
        public var person: String

        /// Creates a participant.
        public init(role: String, person: String) {
            self.role = role
            self.person = person
        }
    }

    /// One line of the log.
    public struct LogRow: Hashable, Sendable {
        /// Its place in the log, from 1.
        public var sequence: Int
        /// The simulated minute.
        public var minute: Double
        /// When it was entered.
        public var wallTime: Date
        /// What kind of line: start, inject, contingency, action, decision, advance, pause, resume, end,
        /// rating.
        public var kind: String
        /// The role that acted or decided.
        public var role: String?
        /// What happened.
        public var text: String
        /// Why, or a remark.
        public var note: String?
        /// Who entered it.
        public var enteredBy: String?
        /// The inject it concerns, by index in the scenario; for an action, the inject it fulfils.
        public var inject: Int?
        /// The option chosen, for a decision.
        public var option: String?
        /// The objective rated, for an evaluator's rating (kind `rating`).
        public var objective: String?
        /// The rating given (`P`, `S`, `M`, `U`), for an evaluator's rating.
        public var rating: String?

        /// Creates a log line.
        public init(
            sequence: Int, minute: Double, wallTime: Date, kind: String, role: String?, text: String, note: String?,
            enteredBy: String?, inject: Int?, option: String?, objective: String? = nil, rating: String? = nil
        ) {
            self.sequence = sequence
            self.minute = minute
            self.wallTime = wallTime
            self.kind = kind
            self.role = role
            self.text = text
            self.note = note
            self.enteredBy = enteredBy
            self.inject = inject
            self.option = option
            self.objective = objective
            self.rating = rating
        }

        /// What the `option` column holds: the decision's option, or for a rating `OBJECTIVE:RATING`
        /// (`direktor-30:M`). The log table has no columns of its own for a rating, and an objective id
        /// never contains a colon.
        var storedOption: String? {
            guard kind == Self.ratingKind, let objective else { return option }
            return objective + ":" + (rating ?? "")
        }

        /// A log line as read back, with a rating's objective and rating taken out of the `option` column.
        init(
            sequence: Int, minute: Double, wallTime: Date, kind: String, role: String?, text: String, note: String?,
            enteredBy: String?, inject: Int?, storedOption: String?
        ) {
            var option = storedOption
            var objective: String?
            var rating: String?
            if kind == Self.ratingKind, let stored = storedOption, let colon = stored.lastIndex(of: ":") {
                objective = String(stored[..<colon])
                rating = String(stored[stored.index(after: colon)...])
                if rating?.isEmpty == true { rating = nil }
                option = nil
            }
            self.init(
                sequence: sequence, minute: minute, wallTime: wallTime, kind: kind, role: role, text: text, note: note,
                enteredBy: enteredBy, inject: inject, option: option, objective: objective, rating: rating)
        }

        /// The kind of an evaluator's rating.
        static let ratingKind = "rating"
    }

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
    /// running, paused or ended.
    public var state: String
    /// The simulated minute reached.
    public var minute: Double
    /// When the session started and ended, on the wall clock.
    public var startedAt: Date
    /// When it ended, if it has.
    public var endedAt: Date?
    /// The players.
    public var participants: [Participant]
    /// The log, in order.
    public var log: [LogRow]
    /// Whether an action's `inject` names the inject it fulfils. Sessions saved before schema v3 did not
    /// record that; in them, any action of the expected role after the inject fulfils it.
    public var actionsNameTheirInject: Bool

    /// Creates a record.
    public init(
        id: String, plan: EntityID, scenario: String, scenarioText: String?, title: String, eventStart: Date,
        state: String, minute: Double, startedAt: Date, endedAt: Date?, participants: [Participant], log: [LogRow],
        actionsNameTheirInject: Bool = true
    ) {
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
    /// Saves a drill session: its state, its players, and the log lines not saved before. Called
    /// after every drill command, so that a crash loses nothing that was entered. Once a session has
    /// ended, its end time stays as first saved, though evaluators' ratings may be logged after it.
    public func saveDrillSession(_ session: DrillSessionRecord) throws(StoreError) {
        _ = try write { db -> Int in
            try db.execute(
                sql: """
                    INSERT INTO drill_sessions
                        (id, plan_id, scenario, scenario_text, title, event_start, state, minute, started_at, ended_at,
                        actions_name_inject)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET state = excluded.state, minute = excluded.minute,
                        ended_at = COALESCE(drill_sessions.ended_at, excluded.ended_at)
                    """,
                arguments: [
                    session.id, session.plan.rawValue, session.scenario, session.scenarioText, session.title,
                    Self.timestamp(session.eventStart), session.state, session.minute,
                    Self.timestamp(session.startedAt),
                    session.endedAt.map { Self.timestamp($0) }, session.actionsNameTheirInject,
                ])
            try db.execute(sql: "DELETE FROM drill_participants WHERE session_id = ?", arguments: [session.id])
            for (position, participant) in session.participants.enumerated() {
                try db.execute(
                    sql: "INSERT INTO drill_participants (session_id, position, role, person) VALUES (?, ?, ?, ?)",
                    arguments: [session.id, position, participant.role, participant.person])
            }
            for row in session.log {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO drill_log (session_id, sequence, minute, wall_time, kind, role, text, note,
                            entered_by, inject, option)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        session.id, row.sequence, row.minute, Self.timestamp(row.wallTime), row.kind, row.role,
                        row.text,
                        row.note, row.enteredBy, row.inject, row.storedOption,
                    ])
            }
            return 0
        }
    }

    /// The drill sessions of the store, newest first, without their logs.
    public func drillSessions() throws(StoreError) -> [DrillSessionRecord] {
        try wrapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM drill_sessions ORDER BY started_at DESC, id DESC").map {
                    Self.session($0, participants: [], log: [])
                }
            }
        }
    }

    /// One drill session with its players and its log.
    ///
    /// - Throws: ``StoreError`` with code `unknownEntity` naming the sessions there are.
    public func drillSession(_ id: String) throws(StoreError) -> DrillSessionRecord {
        try wrapping {
            try writer.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM drill_sessions WHERE id = ?", arguments: [id])
                else {
                    let ids = try String.fetchAll(db, sql: "SELECT id FROM drill_sessions ORDER BY started_at")
                    throw StoreError(
                        .unknownEntity,
                        "no drill session '\(id)'"
                            + (ids.isEmpty ? "; none has been started" : Suggestion.didYouMean(id, in: ids)))
                }
                let participants = try Row.fetchAll(
                    db, sql: "SELECT role, person FROM drill_participants WHERE session_id = ? ORDER BY position",
                    arguments: [id]
                ).map { DrillSessionRecord.Participant(role: $0["role"], person: $0["person"]) }
                let log = try Row.fetchAll(
                    db, sql: "SELECT * FROM drill_log WHERE session_id = ? ORDER BY sequence", arguments: [id]
                ).map { row in
                    DrillSessionRecord.LogRow(
                        sequence: row["sequence"], minute: row["minute"],
                        wallTime: Self.date(fromTimestamp: row["wall_time"]), kind: row["kind"], role: row["role"],
                        text: row["text"], note: row["note"], enteredBy: row["entered_by"], inject: row["inject"],
                        storedOption: row["option"])
                }
                return Self.session(row, participants: participants, log: log)
            }
        }
    }

    private static func session(
        _ row: Row, participants: [DrillSessionRecord.Participant], log: [DrillSessionRecord.LogRow]
    ) -> DrillSessionRecord {
        DrillSessionRecord(
            id: row["id"], plan: EntityID(row["plan_id"] as String), scenario: row["scenario"],
            scenarioText: row["scenario_text"], title: row["title"],
            eventStart: date(fromTimestamp: row["event_start"]), state: row["state"], minute: row["minute"],
            startedAt: date(fromTimestamp: row["started_at"]),
            endedAt: (row["ended_at"] as String?).map { date(fromTimestamp: $0) }, participants: participants, log: log,
            actionsNameTheirInject: row["actions_name_inject"])
    }
}
