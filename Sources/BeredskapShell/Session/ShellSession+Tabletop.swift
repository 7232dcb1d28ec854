import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// The tabletop drill a shell session is playing, with what is needed to save it.
struct ActiveDrill {
    var session: TabletopSession
    /// A scenario file's text, nil for a built-in scenario.
    let scenarioText: String?
    let startedAt: Date
    /// How many of the session's log lines the store has: each save appends only the lines after
    /// them, so a save costs the same at the 3,000th act as at the first.
    var savedLines: Int
}

extension ShellSession {
    /// The tabletop commands: `drill start|next|advance|act|decide|rate|status|pause|resume|end|sessions|open|adopt`.
    func tabletop(_ action: String, _ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        let by = tool.options["by"]?.text ?? ProcessInfo.processInfo.environment["USER"]
        let now = Date()
        switch action {
        case "start":
            try tool.allowOnly(
                words: 2, options: ["participants", "at", "id", "by"], flags: [],
                usage: "drill start SCENARIO [--participants \"role:Name, role:Name\"] [--at TIME] [--id ID]",
                at: location)
            if let active = tabletop, active.session.state != .ended {
                throw ShellError(
                    "the drill '\(active.session.id)' is still going; `drill end` it first", at: location)
            }
            let plan = try currentPlan()
            let scenario = try self.scenario(tool, plan: plan, at: location)
            let participants = try self.participants(tool.options["participants"], plan: plan)
            let chosenID = tool.options["id"]?.text
            let text: String? =
                BuiltInScenarios.names.contains(scenario.name) && tool.options["at"] == nil
                ? nil : try scenarioFileText(tool)
            var session = TabletopSession(
                id: chosenID ?? Self.drillID(scenario: scenario.name, at: now), scenario: scenario, planID: plan.id,
                participants: participants, leader: by, at: now)
            do {
                // The store decides the id: a readable one taken by a drill started the same minute gets
                // a suffix; an id the user chose is refused instead.
                session.id = try store.startDrillSession(
                    record(of: session, scenarioText: text, startedAt: now, lines: session.log[...]),
                    exactID: chosenID != nil)
            } catch {
                throw ShellError("the drill could not be started: \(error.message)", at: location)
            }
            tabletop = ActiveDrill(session: session, scenarioText: text, startedAt: now, savedLines: session.log.count)
            show(session, from: 0, plan: plan)
        case "next", "advance", "act", "decide", "rate", "pause", "resume", "end", "status":
            if tabletop == nil { tabletop = try latestOpenDrill() }
            guard var active = tabletop else {
                throw ShellError("no drill is going; `drill start SCENARIO` or `drill open ID`", at: location)
            }
            let plan = try currentPlan()
            let before = active.session.log.count
            // What the shell says after the log lines: which expected action an action fulfils.
            var remarks: [String] = []
            // Let go of the shell's copy while the command adds to the log, so that the log is not
            // copied whole at every act; the drill's commands refuse before they change anything, so
            // `active` is put back as it is when one fails.
            tabletop = nil
            do {
                switch action {
                case "next":
                    try tool.allowOnly(words: 1, options: ["by"], flags: [], usage: "drill next", at: location)
                    if try active.session.next(by: by, at: now).isEmpty {
                        emit(DrillLogText(session: active.session, plan: plan).noMoreInjects() + "\n")
                    }
                case "advance":
                    try tool.allowOnly(words: 2, options: ["by"], flags: [], usage: "drill advance 10m", at: location)
                    try active.session.advance(minutes: try Self.duration(tool, at: location), by: by, at: now)
                case "act":
                    try tool.allowOnly(
                        words: 4, options: ["by", "inject"], flags: [],
                        usage: "drill act ROLE ACTION [\"note\"] [--inject N]", at: location)
                    guard tool.words.count >= 3 else {
                        throw ShellError(
                            "expected `drill act ROLE \"what was done\" [\"note\"] [--inject N]`", at: location)
                    }
                    let entry = try active.session.act(
                        role: EntityID(tool.words[1].text), action: tool.words[2].text,
                        note: tool.words.count > 3 ? tool.words[3].text : nil,
                        inject: try Self.injectIndex(tool.options["inject"]), by: tool.options["by"]?.text,
                        in: plan, at: now)
                    remarks = DrillLogText(session: active.session, plan: plan).expectationRemarks(after: entry)
                case "rate":
                    try rate(tool, in: &active.session, by: by, at: now, location: location)
                case "decide":
                    try tool.allowOnly(
                        words: 4, options: ["by"], flags: [], usage: "drill decide STEP OPTION \"rationale\"",
                        at: location)
                    guard tool.words.count >= 3 else {
                        throw ShellError("expected `drill decide STEP OPTION \"rationale\"`", at: location)
                    }
                    try active.session.decide(
                        step: EntityID(tool.words[1].text), option: EntityID(tool.words[2].text),
                        rationale: tool.words.count > 3 ? tool.words[3].text : nil, by: tool.options["by"]?.text,
                        in: plan, at: now)
                case "pause": try active.session.pause(by: by, at: now)
                case "resume": try active.session.resume(by: by, at: now)
                case "end": try active.session.end(by: by, at: now)
                default:
                    tabletop = active
                    emit(DrillLogText(session: active.session, plan: plan).status())
                    return
                }
            } catch {
                tabletop = active
                // Usage errors already say where; the drill's own refusals are about this command.
                throw (error as? ShellError) ?? ShellError("\(error)", at: location)
            }
            try saveDrill(active, showingFrom: before, plan: plan)
            for remark in remarks { emit(remark + "\n") }
        case "sessions":
            let sessions: [DrillSessionRecord]
            do {
                sessions = try store.drillSessions()
            } catch {
                throw ShellError(error.message, at: location)
            }
            emit(
                ResultTable(
                    columns: ["id", "scenario", "title", "state", "minute", "started"],
                    rows: sessions.map {
                        [
                            .text($0.id), .text($0.scenario), .text($0.title), .text($0.state.rawValue),
                            .number($0.minute), .text(Jurisdiction.default.timeZone.format($0.startedAt)),
                        ]
                    }))
        case "adopt":
            try tool.allowOnly(words: 2, options: ["by"], flags: [], usage: "drill adopt ID", at: location)
            guard tool.words.count == 2 else { throw ShellError("expected `drill adopt ID`", at: location) }
            try adoptImprovements(of: tool.words[1], at: location)
        case "open":
            try tool.allowOnly(words: 2, options: [], flags: [], usage: "drill open ID", at: location)
            guard tool.words.count == 2 else { throw ShellError("expected `drill open ID`", at: location) }
            let drill = try openDrill(tool.words[1])
            tabletop = drill
            emit(DrillLogText(session: drill.session, plan: try currentPlan()).status())
        default:
            throw ShellError(
                "unknown drill command '\(action)'"
                    + (Suggestion.nearest(to: action, in: Self.drillCommands).map { "; did you mean '\($0)'?" } ?? ""),
                at: tool.words[0].location)
        }
    }

    static let drillCommands = [
        "run", "simulate", "start", "next", "advance", "act", "decide", "rate", "status", "pause", "resume", "end",
        "sessions", "open", "adopt",
    ]

    /// Appends the log lines entered since the last save, then shows those from `first` on. When the
    /// save is refused, the shell lets go of the drill, so that the next command takes it up as the
    /// store has it rather than build on lines that were never saved.
    func saveDrill(_ drill: ActiveDrill, showingFrom first: Int, plan: Plan) throws(ShellError) {
        var active = drill
        let session = active.session
        do {
            try store.saveDrillSession(
                record(
                    of: session, scenarioText: active.scenarioText, startedAt: active.startedAt,
                    lines: session.log[active.savedLines...]),
                after: active.savedLines)
        } catch {
            tabletop = nil
            throw ShellError("the drill could not be saved: \(error.message)")
        }
        active.savedLines = session.log.count
        tabletop = active
        show(session, from: first, plan: plan)
    }

    /// The session as the store keeps it, with only the log lines given.
    func record(
        of session: TabletopSession, scenarioText: String?, startedAt: Date, lines: ArraySlice<TabletopLogEntry>
    ) -> DrillSessionRecord {
        DrillSessionRecord(
            id: session.id, plan: session.planID, scenario: session.scenario.name, scenarioText: scenarioText,
            title: session.scenario.title, eventStart: session.scenario.event.start, state: session.state,
            minute: session.minute, startedAt: startedAt,
            // Evaluators may rate after the end; the drill ended when its end was logged.
            endedAt: session.state == .ended ? session.log.last { $0.kind == .end }?.wallTime : nil,
            participants: session.participants, log: Array(lines),
            actionsNameTheirInject: session.actionsNameTheirInject)
    }

    /// Prints the log lines from `first` on, marked as a drill's, in the plan's language.
    func show(_ session: TabletopSession, from first: Int, plan: Plan) {
        let words = DrillLogText(session: session, plan: plan)
        for entry in session.log.dropFirst(first) {
            emit(words.line(entry) + "\n")
        }
        if session.state == .ended {
            emit(words.saved() + "\n")
        }
    }

    /// The newest session that has not ended, so that a drill goes on from one `beredskap -c` to the
    /// next as it does in one REPL.
    func latestOpenDrill() throws(ShellError) -> ActiveDrill? {
        let sessions: [DrillSessionRecord]
        do {
            sessions = try store.drillSessions()
        } catch {
            throw ShellError(error.message)
        }
        guard let open = sessions.first(where: { $0.state != .ended }) else { return nil }
        return try openDrill(
            ToolInvocation.Argument(text: open.id, location: InputLocation(source: "", line: 1, column: 1)))
    }

    /// Takes up a saved session.
    func openDrill(_ argument: ToolInvocation.Argument) throws(ShellError) -> ActiveDrill {
        let record: DrillSessionRecord
        do {
            record = try store.drillSession(argument.text)
        } catch {
            throw ShellError(error.message, at: argument.location)
        }
        let plan = try currentPlan()
        var scenario: Scenario
        do {
            if let text = record.scenarioText {
                scenario = try ScenarioReader.read(text, file: record.scenario, plan: plan)
            } else {
                scenario = try BuiltInScenarios.scenario(named: record.scenario, plan: plan)
            }
        } catch {
            throw ShellError(error.description, at: argument.location)
        }
        scenario.event.start = record.eventStart
        return ActiveDrill(
            session: TabletopSession(
                id: record.id, scenario: scenario, planID: record.plan, participants: record.participants,
                minute: record.minute, state: record.state, log: record.log,
                actionsNameTheirInject: record.actionsNameTheirInject),
            scenarioText: record.scenarioText, startedAt: record.startedAt, savedLines: record.log.count)
    }

    /// `--participants "stadsdirektor:Anna Berg, sof-direktor:Bo"`.
    func participants(
        _ argument: ToolInvocation.Argument?, plan: Plan
    ) throws(ShellError)
        -> [TabletopSession.Participant]
    {
        guard let argument else { return [] }
        var result: [TabletopSession.Participant] = []
        for part in argument.text.split(separator: ",") {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                throw ShellError(
                    "write participants as \"role:Name, role:Name\", not '\(part)'", at: argument.location)
            }
            let role = EntityID(pieces[0])
            guard plan.roles.contains(where: { $0.id == role }) || plan.actor(role) != nil else {
                throw ShellError(
                    "no role '\(role)' in the plan"
                        + (Suggestion.nearest(to: role.rawValue, in: plan.roles.map(\.id.rawValue)).map {
                            "; did you mean '\($0)'?"
                        } ?? ""), at: argument.location)
            }
            result.append(TabletopSession.Participant(role: role, person: pieces[1]))
        }
        return result
    }

    /// The text of the scenario file named in a tool command.
    func scenarioFileText(_ tool: ToolInvocation) throws(ShellError) -> String? {
        guard tool.words.count == 2, !BuiltInScenarios.names.contains(tool.words[1].text) else {
            return tool.words.count == 2 ? BuiltInScenarios.text(named: tool.words[1].text) : nil
        }
        return FileManager.default.contents(atPath: resolvePath(tool.words[1].text)).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// `10m`, `1h`, `90` (minutes).
    static func duration(_ tool: ToolInvocation, at location: InputLocation) throws(ShellError) -> Double {
        guard tool.words.count == 2 else {
            throw ShellError("expected a time to advance by, e.g. drill advance 10m", at: location)
        }
        let text = tool.words[1].text.lowercased()
        let (number, unit): (Substring, Double) =
            text.hasSuffix("min")
            ? (text.dropLast(3), 1)
            : text.hasSuffix("m") ? (text.dropLast(), 1) : text.hasSuffix("h") ? (text.dropLast(), 60) : (text[...], 1)
        guard let value = Double(number), value > 0 else {
            throw ShellError("'\(tool.words[1].text)' is not a time; write 10m, 1h or 90", at: tool.words[1].location)
        }
        return value * unit
    }

    static func drillID(scenario: String, at date: Date) -> String {
        let stamp = Jurisdiction.default.timeZone.format(date).prefix(16).replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: ":", with: "")
        return "\(scenario)-\(stamp)"
    }
}
