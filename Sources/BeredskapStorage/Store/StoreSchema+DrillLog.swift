import Foundation

extension StoreSchema {
    /// Version 4: a drill's log as data, not sentences. Each line has columns of its own for what it
    /// records — the action a player typed, the decision's step, the objective and the rating — and no
    /// sentence: reports write it in the plan's language.
    ///
    /// Earlier versions kept a Swedish sentence in `text` and a rating as `OBJECTIVE:RATING` in
    /// `option`. Every line keeps its meaning: a decision's option stays its option and its step is
    /// read from its sentence ("… beslutar (posom-beslut): …"); a rating's `option` becomes its objective
    /// and rating; an action's words are its sentence after the role's title ("Direktör vid
    /// Socialförvaltningen: ringde pressen" → "ringde pressen"). The other lines' sentences said only
    /// what the line's kind, minute, inject and the scenario say, so they are not kept.
    static func migrateDrillLogToColumns(_ db: any SQLConnection) throws {
        try db.execute(sql: drillLogV4)
        for row in try SQLRow.fetchAll(db, sql: "SELECT * FROM drill_log") {
            let kind: String = row["kind"]
            let text: String = row["text"]
            var option: String? = row["option"]
            var action: String?
            var step: String?
            var objective: String?
            var rating: String?
            switch kind {
            case "action":
                action = text.range(of: ": ").map { String(text[$0.upperBound...]) } ?? text
            case "decision":
                step = decisionStep(in: text)
            case "rating":
                if let stored = option, let colon = stored.lastIndex(of: ":") {
                    objective = String(stored[..<colon])
                    rating = String(stored[stored.index(after: colon)...])
                    if rating?.isEmpty == true { rating = nil }
                    option = nil
                }
            default:
                break
            }
            let kept = ["session_id", "sequence", "minute", "wall_time"].map { row.value(named: $0) }
            let carried = ["note", "entered_by", "inject"].map { row.value(named: $0) }
            try db.execute(
                sql: """
                    INSERT INTO drill_log_v4 (session_id, sequence, minute, wall_time, kind, role, action, note,
                        entered_by, inject, step, option, objective, rating)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: SQLArguments(kept) + [kind, row.value(named: "role"), action]
                    + SQLArguments(carried) + [step, option, objective, rating])
        }
        try db.execute(
            sql: """
                DROP TABLE drill_log;
                ALTER TABLE drill_log_v4 RENAME TO drill_log;
                """)
    }

    /// The step of a decision's sentence as earlier versions wrote it, "TITLE beslutar (STEP): OPTION".
    private static func decisionStep(in text: String) -> String? {
        guard let open = text.range(of: " beslutar ("),
            let close = text[open.upperBound...].range(of: "): ")
        else { return nil }
        let step = text[open.upperBound..<close.lowerBound]
        return step.isEmpty ? nil : String(step)
    }

    /// The log table of version 4.
    package static let drillLogV4 = """
        CREATE TABLE drill_log_v4 (
            session_id TEXT NOT NULL REFERENCES drill_sessions(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            minute REAL NOT NULL,
            wall_time TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT,
            action TEXT,
            note TEXT,
            entered_by TEXT,
            inject INTEGER,
            step TEXT,
            option TEXT,
            objective TEXT,
            rating TEXT,
            PRIMARY KEY (session_id, sequence)
        ) WITHOUT ROWID;
        """
}
