import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import BeredskapWorkspace
import Foundation

/// The tabletop drill a shell session is playing, with what is needed to save it.
typealias ActiveDrill = PlayedDrill

extension ShellSession {
    /// The tabletop commands: `drill start|next|advance|act|decide|rate|status|pause|resume|end|sessions|open|adopt`.
    /// Each is one call into the workspace's drills; the shell parses the command and prints the
    /// lines logged, in the plan's language.
    func tabletop(_ action: String, _ tool: ToolInvocation, at location: InputLocation) throws(ShellError) {
        let by = tool.options["by"]?.text ?? ProcessInfo.processInfo.environment["USER"]
        let now = Date()
        let drills = workspace.drills
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
            let text: String? =
                BuiltInScenarios.names.contains(scenario.name) && tool.options["at"] == nil
                ? nil : try scenarioFileText(tool)
            let drill: ActiveDrill
            do {
                // An unknown role is the participants' fault; a refused start is the command's.
                drill = try drills.start(
                    scenario: scenario, scenarioText: text,
                    participants: try participants(tool.options["participants"]),
                    id: tool.options["id"]?.text, leader: by, at: now,
                    location: tool.options["participants"]?.location ?? location)
            } catch  where error.code == .store {
                var refusal = error
                refusal.location = location
                throw refusal
            }
            tabletop = drill
            show(drill.session, from: 0, plan: plan)
        case "next", "advance", "act", "decide", "rate", "pause", "resume", "end", "status":
            if tabletop == nil { tabletop = try drills.latestOpen() }
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
            do throws(ShellError) {
                switch action {
                case "next":
                    try tool.allowOnly(words: 1, options: ["by"], flags: [], usage: "drill next", at: location)
                    if try drills.next(&active, by: by, at: now).isEmpty {
                        emit(DrillLogText(session: active.session, plan: plan).noMoreInjects() + "\n")
                    }
                case "advance":
                    try tool.allowOnly(words: 2, options: ["by"], flags: [], usage: "drill advance 10m", at: location)
                    try drills.advance(&active, minutes: try Self.duration(tool, at: location), by: by, at: now)
                case "act":
                    try tool.allowOnly(
                        words: 4, options: ["by", "inject"], flags: [],
                        usage: "drill act ROLE ACTION [\"note\"] [--inject N]", at: location)
                    guard tool.words.count >= 3 else {
                        throw ShellError(
                            "expected `drill act ROLE \"what was done\" [\"note\"] [--inject N]`", at: location)
                    }
                    let entry = try drills.act(
                        &active, role: EntityID(tool.words[1].text), action: tool.words[2].text,
                        note: tool.words.count > 3 ? tool.words[3].text : nil,
                        inject: try Self.injectIndex(tool.options["inject"]), by: tool.options["by"]?.text, at: now)
                    remarks = DrillLogText(session: active.session, plan: plan).expectationRemarks(after: entry)
                case "rate":
                    try rate(tool, in: &active, by: by, at: now, location: location)
                case "decide":
                    try tool.allowOnly(
                        words: 4, options: ["by"], flags: [], usage: "drill decide STEP OPTION \"rationale\"",
                        at: location)
                    guard tool.words.count >= 3 else {
                        throw ShellError("expected `drill decide STEP OPTION \"rationale\"`", at: location)
                    }
                    try drills.decide(
                        &active, step: EntityID(tool.words[1].text), option: EntityID(tool.words[2].text),
                        rationale: tool.words.count > 3 ? tool.words[3].text : nil, by: tool.options["by"]?.text,
                        at: now)
                case "pause": try drills.pause(&active, by: by, at: now)
                case "resume": try drills.resume(&active, by: by, at: now)
                case "end": try drills.end(&active, by: by, at: now)
                default:
                    tabletop = active
                    emit(DrillLogText(session: active.session, plan: plan).status())
                    return
                }
            } catch  where error.code == .store {
                // The drill holds lines the store refused: let go of it, so that the next command takes
                // it up as the store has it rather than build on lines that were never saved.
                throw error
            } catch {
                tabletop = active
                // Usage errors already say where; the drill's own refusals are about this command.
                throw error.location == nil ? ShellError(error.message, at: location, code: error.code) : error
            }
            tabletop = active
            show(active.session, from: before, plan: plan)
            for remark in remarks { emit(remark + "\n") }
        case "sessions":
            let sessions = try drills.sessions()
            emit(
                ResultTable(
                    columns: ["id", "scenario", "title", "state", "minute", "started"],
                    rows: sessions.map {
                        [
                            .text($0.id), .text($0.scenario), .text($0.title), .text($0.state.rawValue),
                            .number($0.minute), .text(workspace.jurisdiction.timeZone.format($0.startedAt)),
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

    /// Takes up a saved session.
    func openDrill(_ argument: ToolInvocation.Argument) throws(ShellError) -> ActiveDrill {
        try workspace.drills.reopen(argument.text, location: argument.location)
    }

    /// `--participants "stadsdirektor:Anna Berg, sof-direktor:Bo"`.
    func participants(_ argument: ToolInvocation.Argument?) throws(ShellError) -> [DrillParticipant] {
        guard let argument else { return [] }
        var result: [DrillParticipant] = []
        for part in argument.text.split(separator: ",") {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                throw ShellError(
                    "write participants as \"role:Name, role:Name\", not '\(part)'", at: argument.location)
            }
            result.append(DrillParticipant(role: EntityID(pieces[0]), person: pieces[1]))
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
}
