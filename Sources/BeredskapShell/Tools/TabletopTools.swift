import ArgumentParser
import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapWorkspace
import Foundation

/// Who enters a line of a drill's log: `--by NAME`.
struct EnteredBy: ParsableArguments {
    @Option(help: ArgumentHelp("Who enters it (default: $USER).", valueName: "name"))
    var by: String?

    /// The name given, else the user's.
    var name: String? { by ?? ProcessInfo.processInfo.environment["USER"] }
}

extension DrillTool {
    /// `drill start SCENARIO [--participants "role:Name, role:Name"] [--at TIME] [--id ID]
    /// [--clock real [--speed N]]`.
    struct Start: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "start", abstract: "Start a tabletop drill on a scenario, saved in the store as it goes.")
        static let examples = [
            "drill start bench-night --participants \"stadsdirektor:Anna Berg\"",
            "drill start bench-night --clock real --speed 60",
        ]

        @OptionGroup var scenario: ScenarioOptions
        @Option(help: ArgumentHelp("Who plays which role.", valueName: "\"role:Name, role:Name\""))
        var participants: String?
        @Option(help: ArgumentHelp("The drill's id (default: the scenario and the time).", valueName: "id"))
        var id: String?
        @Option(
            help: ArgumentHelp(
                "'manual' (default): the clock moves with next and advance; 'real': it follows the wall clock.",
                valueName: "manual|real"))
        var clock: String?
        @Option(
            help: ArgumentHelp(
                "With --clock real: simulated minutes per minute on the wall (default: 1).", valueName: "n"))
        var speed: String?
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let location = invocation.arguments.first?.location
            let pace = try Self.speed(clock: clock, speed: speed, in: invocation)
            let plan = try session.currentPlan()
            // Two drills may run at once (two rooms, two scenarios); the leader should know.
            let running = (try? session.workspace.drills.sessions().filter { $0.state != .ended }) ?? []
            let loaded = try scenario.load(in: session, invocation)
            // The scenario's text goes with the drill, a built-in one's too: a later version's built-in
            // scenario must not change how a saved drill reads.
            let text = try scenario.fileText(in: session, invocation)
            let drill: ActiveDrill
            do {
                // An unknown role is the participants' fault; a refused start is the command's.
                drill = try session.workspace.drills.start(
                    scenario: loaded, scenarioText: text,
                    participants: try Self.participants(
                        participants, at: invocation.location(ofOption: "participants")),
                    id: id, leader: entered.name, at: Date(), speed: pace,
                    location: invocation.location(ofOption: "participants") ?? location)
            } catch  where error.code == .store {
                var refusal = error
                refusal.location = location
                throw refusal
            }
            for other in running {
                session.errors(
                    "note: the drill '\(other.id)' (\(other.title)) is still \(other.state.rawValue) beside this one; "
                        + "`drill open \(other.id)` goes back to it, `drill end` ends the one in use")
            }
            session.tabletop = drill
            session.show(drill.session, from: 0, plan: plan)
            if let pace {
                session.emit(DrillLogText(session: drill.session, plan: plan).clockRunning(speed: pace) + "\n")
            }
        }

        /// `--clock real --speed N`: the speed of a clock that follows the wall clock; nil for one moved by hand.
        static func speed(clock: String?, speed: String?, in invocation: ToolInvocation) throws(ShellError) -> Double? {
            switch clock?.lowercased() {
            case nil, "manual":
                if speed != nil {
                    throw ShellError(
                        "'--speed' sets how fast a real clock runs; add `--clock real`",
                        at: invocation.location(ofOption: "speed"))
                }
                return nil
            case "real":
                guard let speed else { return 1 }
                guard let value = Double(speed.replacingOccurrences(of: ",", with: ".")), value > 0, value <= 3600
                else {
                    throw ShellError(
                        "'--speed' takes simulated minutes per minute, from above 0 to 3600 (60: an hour a minute), not '\(speed)'",
                        at: invocation.location(ofOption: "speed"))
                }
                return value
            case let other?:
                throw ShellError(
                    "'--clock' is 'manual' or 'real', not '\(other)'\(Suggestion.didYouMean(other, in: ["manual", "real"]))",
                    at: invocation.location(ofOption: "clock"))
            }
        }

        /// `--participants "stadsdirektor:Anna Berg, sof-direktor:Bo"`.
        static func participants(_ text: String?, at location: InputLocation?) throws(ShellError) -> [DrillParticipant]
        {
            guard let text else { return [] }
            var result: [DrillParticipant] = []
            for part in text.split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                    throw ShellError("write participants as \"role:Name, role:Name\", not '\(part)'", at: location)
                }
                result.append(DrillParticipant(role: EntityID(pieces[0]), person: pieces[1]))
            }
            return result
        }
    }

    /// `drill next`: the scenario's next inject.
    struct Next: ShellTool {
        static let configuration = CommandConfiguration(commandName: "next", abstract: "Deliver the next inject.")
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try session.playDrill(invocation) { drill, plan throws(ShellError) in
                if try session.workspace.drills.next(&drill, by: entered.name, at: Date()).isEmpty {
                    return [DrillLogText(session: drill.session, plan: plan).noMoreInjects()]
                }
                return []
            }
        }
    }

    /// `drill inject N`: the drill leader gives inject N now, whatever it waits for.
    struct Inject: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "inject",
            abstract: "Give inject N now: one that waits for the drill leader, or any other before its time.")
        static let examples = ["drill inject 2"]
        @Argument(help: ArgumentHelp("The inject's number, as `drill status` shows it.", valueName: "n"))
        var number: String?
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            guard let number, let value = Int(number), value >= 1 else {
                throw ShellError(
                    "expected `drill inject N`, N an inject's number from 1 as `drill status` shows it"
                        + (number.map { ", not '\($0)'" } ?? ""),
                    at: number.flatMap { invocation.location(of: $0) } ?? invocation.arguments.first?.location)
            }
            try session.playDrill(invocation) { drill, _ throws(ShellError) in
                try session.workspace.drills.deliver(&drill, inject: value - 1, by: entered.name, at: Date())
                return []
            }
        }
    }

    /// When a line is logged afterwards and what it corrects: `--at MINUTE`, `--corrects LINE`.
    struct Afterwards: ParsableArguments {
        @Option(
            name: .customLong("at"),
            help: ArgumentHelp("The drill's minute it happened, when it is logged afterwards.", valueName: "minute"))
        var minute: String?
        @Option(help: ArgumentHelp("The log line it corrects; the log keeps both.", valueName: "line"))
        var corrects: String?

        /// The minute and the line, read.
        func values(in invocation: ToolInvocation) throws(ShellError) -> (minute: Double?, corrects: Int?) {
            var minuteValue: Double?
            if let minute {
                let text = minute.lowercased().replacingOccurrences(of: ",", with: ".")
                guard let value = Double(text.hasSuffix("m") ? String(text.dropLast()) : text), value >= 0 else {
                    throw ShellError(
                        "'--at' takes the drill's minute it happened, e.g. --at 32, not '\(minute)'",
                        at: invocation.location(ofOption: "at"))
                }
                minuteValue = value
            }
            var line: Int?
            if let corrects {
                guard let value = Int(corrects), value >= 1 else {
                    throw ShellError(
                        "'--corrects' takes a log line's number, as the log shows it, not '\(corrects)'",
                        at: invocation.location(ofOption: "corrects"))
                }
                line = value
            }
            return (minuteValue, line)
        }
    }

    /// `drill advance 10m`: the drill's clock moves on.
    struct Advance: ShellTool {
        static let configuration = CommandConfiguration(commandName: "advance", abstract: "Move the drill's clock on.")
        static let examples = ["drill advance 10m"]
        @Argument(help: ArgumentHelp("10m, 1h or 90 (minutes).", valueName: "time"))
        var time: String?
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let minutes = try Self.minutes(time, in: invocation)
            try session.playDrill(invocation) { drill, _ throws(ShellError) in
                try session.workspace.drills.advance(&drill, minutes: minutes, by: entered.name, at: Date())
                return []
            }
        }

        /// `10m`, `1h`, `90` (minutes).
        static func minutes(_ time: String?, in invocation: ToolInvocation) throws(ShellError) -> Double {
            guard let time else {
                throw ShellError(
                    "expected a time to advance by, e.g. drill advance 10m", at: invocation.arguments.first?.location)
            }
            let text = time.lowercased()
            let (number, unit): (Substring, Double) =
                text.hasSuffix("min")
                ? (text.dropLast(3), 1)
                : text.hasSuffix("m")
                    ? (text.dropLast(), 1) : text.hasSuffix("h") ? (text.dropLast(), 60) : (text[...], 1)
            guard let value = Double(number), value > 0 else {
                throw ShellError("'\(time)' is not a time; write 10m, 1h or 90", at: invocation.location(of: time))
            }
            return value * unit
        }
    }

    /// `drill act ROLE "what was done" ["note"] [--inject N]`.
    struct Act: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "act",
            abstract:
                "Log what a role did; it fulfils inject N's expected action when its words match, or with --inject N.")
        static let examples = [
            "drill act sof-direktor \"informerar stadsdirektören\"",
            "drill act sof-direktor \"ringde presstjänsten\" --inject 1",
            "drill act socialjouren \"ringde enhetschefen\" --at 12",
            "drill act socialjouren \"ringde enhetschefen, inte direktören\" --corrects 4",
        ]
        @Argument(help: ArgumentHelp("The role that acted.", valueName: "role"))
        var role: String?
        @Argument(help: ArgumentHelp("What was done.", valueName: "action"))
        var action: String?
        @Argument(help: ArgumentHelp("A remark.", valueName: "note"))
        var note: String?
        @Option(
            help: ArgumentHelp(
                "The inject whose expected action this is, as `drill status` numbers it.", valueName: "n"))
        var inject: String?
        @Option(help: ArgumentHelp("Who enters it.", valueName: "name"))
        var by: String?
        @OptionGroup var afterwards: Afterwards

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            guard let role, let action else {
                throw ShellError(
                    "expected `drill act ROLE \"what was done\" [\"note\"] [--inject N] [--at MINUTE] [--corrects LINE]`",
                    at: invocation.arguments.first?.location)
            }
            let index = try Self.injectIndex(inject, in: invocation)
            let (minute, corrects) = try afterwards.values(in: invocation)
            try session.playDrill(invocation) { drill, plan throws(ShellError) in
                let entry = try session.workspace.drills.act(
                    &drill, role: EntityID(role), action: action, note: note, inject: index, by: by, at: Date(),
                    atMinute: minute, corrects: corrects)
                return DrillLogText(session: drill.session, plan: plan).expectationRemarks(after: entry)
            }
        }

        /// `--inject N`: the inject numbered N from 1, as `drill status` and the report number them.
        static func injectIndex(_ text: String?, in invocation: ToolInvocation) throws(ShellError) -> Int? {
            guard let text else { return nil }
            guard let number = Int(text), number >= 1 else {
                throw ShellError(
                    "'--inject' takes an inject's number from 1, as `drill status` shows it, not '\(text)'",
                    at: invocation.location(ofOption: "inject"))
            }
            return number - 1
        }
    }

    /// `drill decide STEP OPTION "rationale"`.
    struct Decide: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "decide", abstract: "Log the decision taken at a decision step.")
        static let examples = ["drill decide posom-beslut aktivera \"många drabbade\""]
        @Argument(help: ArgumentHelp("The decision step.", valueName: "step"))
        var step: String?
        @Argument(help: ArgumentHelp("The option chosen.", valueName: "option"))
        var option: String?
        @Argument(help: ArgumentHelp("Why.", valueName: "rationale"))
        var rationale: String?
        @Option(
            help: ArgumentHelp(
                "The inject whose expected action this decision is, as `drill status` numbers it.", valueName: "n"))
        var inject: String?
        @Option(help: ArgumentHelp("Who enters it.", valueName: "name"))
        var by: String?
        @OptionGroup var afterwards: Afterwards

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            guard let step, let option else {
                throw ShellError(
                    "expected `drill decide STEP OPTION \"rationale\" [--at MINUTE] [--corrects LINE]`",
                    at: invocation.arguments.first?.location)
            }
            let (minute, corrects) = try afterwards.values(in: invocation)
            let index = try Act.injectIndex(inject, in: invocation)
            try session.playDrill(invocation) { drill, plan throws(ShellError) in
                let entry = try session.workspace.drills.decide(
                    &drill, step: EntityID(step), option: EntityID(option), rationale: rationale, inject: index, by: by,
                    at: Date(), atMinute: minute, corrects: corrects)
                // A decision says which expected action it fulfils; one that fulfils none says nothing.
                return entry.inject == nil
                    ? [] : DrillLogText(session: drill.session, plan: plan).expectationRemarks(after: entry)
            }
        }
    }

    /// `drill rate OBJECTIVE P|S|M|U "observation" [--by NAME]`: an evaluator's rating, also after the end.
    struct Rate: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "An evaluator's rating of an objective (P, S, M or U), while the drill runs or after its end.")
        static let examples = [
            "drill rate stadsdirektor-60 S \"nådd i tid, men först via Socialjouren\" --by \"Eva Lind\""
        ]
        @Argument(help: ArgumentHelp("The objective.", valueName: "objective"))
        var objective: String?
        @Argument(help: ArgumentHelp("P, S, M or U, or its meaning in words.", valueName: "rating"))
        var rating: String?
        @Argument(help: ArgumentHelp("What the rating rests on.", valueName: "observation"))
        var observation: String?
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let usage = "drill rate OBJECTIVE P|S|M|U \"observation\""
            guard let objective, let rating, let observation, !observation.trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw ShellError(
                    "expected `\(usage)`; the observation says what the rating rests on",
                    at: invocation.arguments.first?.location)
            }
            guard let value = PerformanceRating(parsing: rating) else {
                // The scale's words are the plan's: the evaluator rates in the language of its reports.
                let language = ReportLanguage(planLanguage: try session.currentPlan().metadata.language)
                throw ShellError(
                    "'\(rating)' is not a rating; write P, S, M or U, or its meaning ("
                        + PerformanceRating.allCases.map { "\($0.rawValue) = \($0.label(language))" }.joined(
                            separator: ", ")
                        + ")" + Suggestion.didYouMean(rating, in: PerformanceRating.writtenForms),
                    at: invocation.location(of: rating))
            }
            try session.playDrill(invocation, includingEnded: true) { drill, _ throws(ShellError) in
                do throws(ShellError) {
                    try session.workspace.drills.rate(
                        &drill, objective: EntityID(objective), rating: value, observation: observation,
                        by: entered.name, at: Date())
                } catch  where error.code == .drill {
                    throw ShellError(error.message, at: invocation.location(of: objective), code: error.code)
                }
                return []
            }
        }
    }

    /// `drill status`: where the drill stands.
    struct Status: ShellTool {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Where the drill stands.")

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            // A clock that follows the wall clock is shown where it stands now, with what fell due.
            try session.playDrill(invocation) { drill, plan throws(ShellError) in
                try session.workspace.drills.catchUp(&drill, at: Date())
                return [String(DrillLogText(session: drill.session, plan: plan).status().dropLast())]
            }
        }
    }

    /// `drill pause`, `drill resume`, `drill end`: the drill's clock stops, goes on, or the drill ends
    /// (evaluators may still rate after the end).
    struct Clock<Change: ClockChange>: ShellTool {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: Change.change.name, abstract: Change.change.abstract)
        }
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try session.playDrill(invocation) { drill, _ throws(ShellError) in
                try Change.change.apply(session.workspace.drills, &drill, by: entered.name, at: Date())
                return []
            }
        }
    }

    /// `drill sessions`: the drills saved in the store.
    struct Sessions: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "sessions", abstract: "The drills saved in the store.")

        @OptionGroup var output: OutputModeOption

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            try output.apply(to: session, invocation) { () throws(ShellError) in try emitResult(in: session, invocation)
            }
        }

        func emitResult(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let zone = session.workspace.jurisdiction.timeZone
            session.emit(
                ResultTable(
                    columns: ["id", "scenario", "title", "state", "minute", "started"],
                    rows: try session.workspace.drills.sessions().map {
                        [
                            .text($0.id), .text($0.scenario), .text($0.title), .text($0.state.rawValue),
                            .number($0.minute), .text(zone.format($0.startedAt)),
                        ]
                    }))
        }
    }

    /// `drill open ID`: takes up a saved drill to go on with it.
    struct Open: ShellTool {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Take up a saved drill.")
        @Argument(help: ArgumentHelp("The drill.", valueName: "id"))
        var id: String

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let drill = try session.workspace.drills.reopen(id, location: invocation.location(of: id))
            session.tabletop = drill
            session.emit(DrillLogText(session: drill.session, plan: try session.currentPlan()).status())
        }
    }

    /// `drill adopt ID`: the after-action report's improvement plan becomes activities of the plan, in one
    /// change set (inside a script or transaction, with it).
    struct Adopt: ShellTool {
        static let configuration = CommandConfiguration(
            commandName: "adopt", abstract: "Add the drill's improvement plan to the plan's activities.")
        static let examples = ["drill adopt natt-2017-10-14"]
        @Argument(help: ArgumentHelp("The drill.", valueName: "id"))
        var id: String
        @OptionGroup var entered: EnteredBy

        func run(in session: ShellSession, _ invocation: ToolInvocation) throws(ShellError) {
            let adoption = try session.workspace.drills.adopt(
                id, starts: session.workspace.today(), location: invocation.location(of: id))
            guard !adoption.activities.isEmpty else {
                session.emit("The drill '\(id)' left nothing to improve; the plan is unchanged.\n")
                return
            }
            let activities = adoption.activities
            let added =
                "\(activities.count) activit\(activities.count == 1 ? "y" : "ies") added from the improvement plan"
            let ids = activities.map(\.id.rawValue).joined(separator: ", ")
            switch adoption.outcome {
            case .applied(let record)?: session.emit("\(added) (#\(record.id)): \(ids)\n")
            case .queued?: session.emit("\(added), in this change set: \(ids)\n")
            case .nothingMatched?, nil: break
            }
        }
    }
}

/// What `drill pause`, `drill resume` and `drill end` do to the drill.
enum DrillClockChange {
    case pause, resume, end

    var name: String {
        switch self {
        case .pause: "pause"
        case .resume: "resume"
        case .end: "end"
        }
    }

    var abstract: String {
        switch self {
        case .pause: "Pause the drill's clock."
        case .resume: "Go on after a pause."
        case .end: "End the drill."
        }
    }

    func apply(
        _ drills: DrillSessions, _ drill: inout PlayedDrill, by who: String?, at wall: Date
    )
        throws(WorkspaceError)
    {
        switch self {
        case .pause: try drills.pause(&drill, by: who, at: wall)
        case .resume: try drills.resume(&drill, by: who, at: wall)
        case .end: try drills.end(&drill, by: who, at: wall)
        }
    }
}

/// A subcommand of ``DrillTool/Clock``: which change it makes.
protocol ClockChange {
    static var change: DrillClockChange { get }
}

/// `drill pause`.
enum PauseDrill: ClockChange { static let change = DrillClockChange.pause }
/// `drill resume`.
enum ResumeDrill: ClockChange { static let change = DrillClockChange.resume }
/// `drill end`.
enum EndDrill: ClockChange { static let change = DrillClockChange.end }
