import BeredskapModel
import Foundation

/// A tabletop drill (*seminarieövning*) in progress: a scenario played by people in the plan's roles,
/// on a simulated clock that the drill leader moves on.
///
/// Every inject, action and decision goes into the ``log`` with its simulated minute, the wall-clock
/// time it was entered, who entered it and why. An inject that expects an action fires its
/// contingency when the simulated clock passes the deadline without an action that fulfils it (see
/// ``act(role:action:note:inject:by:in:at:atMinute:corrects:)``). Evaluators rate the scenario's objectives with
/// ``rate(objective:rating:observation:by:at:)``, during the drill or after it has ended.
///
/// ```swift
/// var drill = TabletopSession(id: "ovning-1", scenario: scenario, planID: plan.id,
///                             participants: [.init(role: "stadsdirektor", person: "Anna")],
///                             leader: "Kim", at: Date())
/// drill.next(at: Date())                                  // the first inject
/// try drill.act(role: "sof-direktor", action: "informerar stadsdirektören", note: nil, by: "Bo", at: Date())
/// try drill.decide(step: "posom-beslut", option: "aktivera", rationale: "Många drabbade",
///                  by: "Anna", in: plan, at: Date())
/// drill.end(by: "Kim", at: Date())
/// try drill.rate(objective: "stadsdirektor-60", rating: .someChallenges,
///                observation: "Nådd i tid men via Socialjouren", by: "Eva", at: Date())
/// ```
public struct TabletopSession: Hashable, Sendable {
    /// Whether the drill is being played: running, paused or ended.
    public typealias State = DrillState

    /// A person playing a role.
    public typealias Participant = DrillParticipant

    /// The session's id, unique in the store.
    public var id: String
    /// The scenario played.
    public var scenario: Scenario
    /// The plan the scenario runs on.
    public var planID: EntityID
    /// Whether the log's actions name the inject they fulfil (every session started by this version);
    /// `false` for one saved before, whose actions fulfil an inject by role and time alone.
    public private(set) var actionsNameTheirInject = true
    /// The players.
    public var participants: [Participant]
    /// The simulated minute since the alarm.
    public private(set) var minute: Double = 0
    /// Running, paused or ended.
    public private(set) var state: State = .running
    /// Everything that happened, in order.
    public private(set) var log: [TabletopLogEntry] = []
    /// The injects that have reached the players, by their index in the scenario.
    public private(set) var firedInjects: Set<Int> = []
    /// The injects whose contingency has fired.
    public private(set) var contingencies: Set<Int> = []
    /// The minute each inject given reached the players, by its index in the scenario.
    public private(set) var deliveries: [Int: Double] = [:]
    /// The minute each fired contingency fired, by its inject's index.
    private(set) var contingencyMinutes: [Int: Double] = [:]
    /// The lines, by sequence, that a later line corrects: they no longer count.
    public private(set) var correctedLines: [Int: Int] = [:]
    /// The lines logged at a minute before one logged earlier, by sequence.
    private(set) var afterwardsLines: Set<Int> = []
    /// The latest minute of the lines so far.
    private var latestMinute = 0.0
    /// The drill's clock when it follows the wall clock (`drill start --clock real`); nil when it moves
    /// only when the drill leader moves it.
    public private(set) var clock: TabletopClock?
    /// Where in the log the action that fulfils each inject's expected action is, by inject index;
    /// kept up as the log grows, so that an act late in a long drill costs what the first one did.
    private(set) var fulfilments: [Int: Int] = [:]

    /// Starts a session: the alarm is received at minute 0.
    ///
    /// - Parameters:
    ///   - id: The session's id.
    ///   - scenario: The scenario played.
    ///   - planID: The plan the scenario runs on.
    ///   - participants: The players.
    ///   - leader: Who leads the drill.
    ///   - wall: The wall-clock time.
    ///   - speed: When given, the drill's clock follows the wall clock from `wall`, `speed` simulated
    ///     minutes to each minute that passes (see ``catchUp(at:)``); when nil it moves only with
    ///     ``next(by:at:)`` and ``advance(minutes:by:at:)``.
    public init(
        id: String, scenario: Scenario, planID: EntityID, participants: [Participant], leader: String?, at wall: Date,
        speed: Double? = nil
    ) {
        self.id = id
        self.scenario = scenario
        self.planID = planID
        self.participants = participants
        clock = speed.map { TabletopClock(speed: $0, anchor: wall, anchorMinute: 0) }
        record(.start, wall: wall, by: leader)
    }

    /// Restores a session from its saved parts.
    ///
    /// `actionsNameTheirInject` is `false` for a session saved before actions recorded the inject they
    /// fulfil: in it, any action of the expected role after an inject fulfils it, as it did then.
    public init(
        id: String, scenario: Scenario, planID: EntityID, participants: [Participant], minute: Double, state: State,
        log: [TabletopLogEntry], actionsNameTheirInject: Bool = true, clock: TabletopClock? = nil
    ) {
        self.actionsNameTheirInject = actionsNameTheirInject
        self.clock = clock
        self.id = id
        self.scenario = scenario
        self.planID = planID
        self.participants = participants
        self.minute = minute
        self.state = state
        self.log = log
        for position in log.indices {
            take(position)
        }
    }

    /// The injects not yet given whose time is known, in the order they come: at their minute, or
    /// for one with a start condition that has been met, at the condition's minute plus its delay.
    public var upcomingInjects: [(index: Int, inject: ScenarioInject, minute: Double)] {
        scenario.injects.indices.filter { !firedInjects.contains($0) }.compactMap { index in
            dueMinute(ofInject: index).map { (index, scenario.injects[index], $0) }
        }.sorted { ($0.minute, $0.index) < ($1.minute, $1.index) }
    }

    /// The injects not yet given that wait for a start condition not met yet, or for the drill leader,
    /// in the scenario's order.
    public var waitingInjects: [(index: Int, inject: ScenarioInject)] {
        scenario.injects.indices.filter { !firedInjects.contains($0) && dueMinute(ofInject: $0) == nil }.map {
            ($0, scenario.injects[$0])
        }
    }

    /// The minute the inject at `index` comes: its `at` minute, or its start condition's minute plus
    /// the delay (never before `at`); nil while the condition is not met, and for an inject the drill
    /// leader plays.
    public func dueMinute(ofInject index: Int) -> Double? {
        let inject = scenario.injects[index]
        guard let start = inject.start else { return inject.at }
        let since: Double?
        switch start.trigger {
        case .manual:
            since = nil
        case .delivered(let id):
            since = injectIndex(id).flatMap { deliveries[$0] }
        case .done(let id):
            since = injectIndex(id).flatMap { fulfilment(ofInject: $0)?.minute }
        case .missed(let id):
            since = injectIndex(id).flatMap { contingencyMinutes[$0] }
        case .decision(let step, let option):
            since =
                log.first { entry in
                    entry.kind == .decision && entry.step == step && correctedLines[entry.sequence] == nil
                        && (option == nil || entry.option == option)
                }?.minute
        }
        return since.map { max($0 + start.afterMinutes, inject.at) }
    }

    /// The index of the inject whose id is `id`.
    public func injectIndex(_ id: EntityID) -> Int? {
        scenario.injects.firstIndex { $0.id == id }
    }

    /// Moves the clock to the next inject and gives it (and anything else due by then).
    ///
    /// - Returns: What happened; empty when no inject is due: every inject has been given, or those
    ///   left wait for a condition (``waitingInjects``).
    @discardableResult
    public mutating func next(by who: String? = nil, at wall: Date) throws(TabletopError) -> [TabletopLogEntry] {
        try requireRunning()
        guard let next = upcomingInjects.first else { return [] }
        return try advance(minutes: max(0, next.minute - minute), by: who, at: wall)
    }

    /// Gives the inject at `index` now, whatever it waits for: the drill leader plays it.
    ///
    /// - Throws: ``TabletopError`` when the drill is not running, there is no such inject, or it has
    ///   been given already.
    @discardableResult
    public mutating func deliver(
        inject index: Int, by who: String? = nil, at wall: Date
    ) throws(TabletopError) -> [TabletopLogEntry] {
        try requireRunning()
        guard scenario.injects.indices.contains(index) else {
            let count = scenario.injects.count
            throw TabletopError(
                "no inject \(index + 1); the scenario has "
                    + (count == 0 ? "none" : count == 1 ? "inject 1 only" : "injects 1–\(count)"))
        }
        guard !firedInjects.contains(index) else {
            throw TabletopError(
                "inject \(index + 1) was given already, at minute \(Self.minuteText(deliveries[index] ?? minute))")
        }
        let first = log.count
        record(.inject, wall: wall, by: who, inject: index)
        play(until: minute, by: who, at: wall, startedOnly: true)
        return Array(log[first...])
    }

    /// Moves a clock that follows the wall clock (``clock``) to where it stands at `wall`, giving every
    /// inject and contingency due by then; does nothing for a drill that is not running or whose clock
    /// moves only when told.
    ///
    /// - Returns: What happened.
    @discardableResult
    public mutating func catchUp(at wall: Date) -> [TabletopLogEntry] {
        guard state == .running, let target = clock?.minute(at: wall), target > minute else { return [] }
        let first = log.count
        play(until: target, by: nil, at: wall)
        return Array(log[first...])
    }

    /// Moves the simulated clock on by `minutes`, giving every inject and contingency that falls due.
    @discardableResult
    public mutating func advance(
        minutes: Double, by who: String? = nil, at wall: Date
    ) throws(TabletopError) -> [TabletopLogEntry] {
        try requireRunning()
        guard minutes >= 0 else { throw TabletopError("the clock only moves forward; advance by a positive time") }
        let first = log.count
        play(until: minute + minutes, by: who, at: wall)
        record(.advance, wall: wall, by: who)
        // A clock that follows the wall clock goes on from where the leader moved it.
        clock?.anchor(at: wall, minute: minute)
        return Array(log[first...])
    }

    /// Moves the clock to `target`, giving every inject and contingency due by then in the order they
    /// fall due; an inject given may start others, which are given in turn.
    ///
    /// - Parameter startedOnly: Give only injects whose start condition a line just logged has met,
    ///   not those that wait for their minute on a clock that did not move.
    private mutating func play(until target: Double, by who: String?, at wall: Date, startedOnly: Bool = false) {
        while true {
            // The earliest of: the next inject, the next contingency deadline.
            let inject = upcomingInjects.first { $0.minute <= target && (!startedOnly || $0.inject.start != nil) }
            let deadline = dueContingency(before: target)
            if let inject, deadline.map({ inject.minute <= $0.minute }) ?? true {
                minute = max(minute, inject.minute)
                record(.inject, wall: wall, by: who, inject: inject.index)
            } else if let deadline {
                minute = max(minute, deadline.minute)
                let item = scenario.injects[deadline.index]
                record(.contingency, wall: wall, by: who, role: item.expectedAction?.role, inject: deadline.index)
            } else {
                break
            }
        }
        if target > minute {
            minute = target
        }
    }

    /// Logs what a role does, and which inject's expected action it fulfils.
    ///
    /// The action fulfils an inject's expected action when the role is the expected role, the inject
    /// has been given and no action has fulfilled it yet, and either `inject` names it or the action's
    /// words match the expected action's (``ActionWording``; the earliest such inject when several
    /// match). The entry's `TabletopLogEntry.inject` records it, so that a session restored from its
    /// log makes the same contingency decisions. An action that fulfils nothing leaves every
    /// contingency of the role to fire at its deadline.
    ///
    /// - Parameters:
    ///   - role: The role that acts.
    ///   - action: What it did, in the player's words.
    ///   - note: A remark.
    ///   - inject: The inject, by index in the scenario, whose expected action this is, when the drill
    ///     leader says so rather than leaving it to the wording.
    ///   - who: Who entered it; the person playing the role when `nil`.
    ///   - plan: The plan, for the role's title.
    ///   - wall: The wall-clock time.
    ///   - earlier: The simulated minute the action happened, when it is logged afterwards; from 0 to
    ///     the drill's minute. The entry is logged with it, after the lines entered before it.
    ///   - corrected: The line, by sequence, that this action corrects: an action or decision not
    ///     corrected already. The action takes over the inject the corrected line fulfilled, when it
    ///     is the same role's and names none itself.
    /// - Throws: ``TabletopError`` when the drill is not running, the plan has no such role,
    ///   `inject` is not an inject given that expects an action of `role`, `earlier` is not a minute
    ///   the drill has passed, or `corrected` is not a line that can be corrected.
    @discardableResult
    public mutating func act(
        role: EntityID, action: String, note: String?, inject: Int? = nil, by who: String?, in plan: Plan,
        at wall: Date, atMinute earlier: Double? = nil, corrects corrected: Int? = nil
    ) throws(TabletopError) -> TabletopLogEntry {
        try requireRunning()
        let at = try pastMinute(earlier)
        let replaced = try correctable(corrected)
        guard plan.roles.contains(where: { $0.id == role }) || plan.actor(role) != nil else {
            throw TabletopError(
                "no role '\(role)' in the plan"
                    + (Suggestion.nearest(to: role.rawValue, in: plan.roles.map(\.id.rawValue)).map {
                        "; did you mean '\($0)'?"
                    } ?? ""))
        }
        let fulfilled: Int?
        if let inject {
            try requireExpectation(inject, of: role, in: plan, besides: replaced)
            fulfilled = inject
        } else if let replaced, replaced.kind == .action, replaced.role == role, let taken = replaced.inject {
            fulfilled = taken
        } else {
            fulfilled = matchingExpectation(of: role, action: action)?.index
        }
        record(
            .action, wall: wall, by: who ?? person(playing: role), role: role, action: action, note: note,
            inject: fulfilled, at: at, corrects: replaced?.sequence)
        let entry = log[log.count - 1]
        play(until: minute, by: who, at: wall, startedOnly: true)
        return entry
    }

    /// Logs a decision at a decide step of the scenario's alarm path.
    ///
    /// A decision fulfils an inject's expected action of the deciding role, as an action does: the
    /// inject `inject` names, or the earliest open one whose expected words the option's label, the
    /// step's text and the rationale together match (``ActionWording``). `earlier` and `corrected` are
    /// as for ``act(role:action:note:inject:by:in:at:atMinute:corrects:)``.
    @discardableResult
    public mutating func decide(
        step: EntityID, option: EntityID, rationale: String?, inject: Int? = nil, by who: String?, in plan: Plan,
        at wall: Date, atMinute earlier: Double? = nil, corrects corrected: Int? = nil
    ) throws(TabletopError) -> TabletopLogEntry {
        try requireRunning()
        let at = try pastMinute(earlier)
        let replaced = try correctable(corrected)
        guard let path = plan.alarmPaths.first(where: { $0.id == scenario.path }) else {
            throw TabletopError("the plan has no alarm path '\(scenario.path)'")
        }
        guard let decision = path.step(step), decision.kind == .decide else {
            let decisions = path.steps.filter { $0.kind == .decide }.map(\.id.rawValue)
            throw TabletopError(
                "'\(step)' is not a decision of \(path.id)"
                    + (Suggestion.nearest(to: step.rawValue, in: decisions).map { "; did you mean '\($0)'?" }
                        ?? "; its decisions: " + decisions.joined(separator: ", ")))
        }
        guard decision.options.contains(where: { $0.id == option }) else {
            let options = decision.options.map(\.id.rawValue)
            throw TabletopError(
                "'\(option)' is not an option of \(step)"
                    + (Suggestion.nearest(to: option.rawValue, in: options).map { "; did you mean '\($0)'?" }
                        ?? "; options: " + options.joined(separator: ", ")))
        }
        let role = decision.reachedActor
        let fulfilled: Int?
        if let inject {
            try requireExpectation(inject, of: role, in: plan, besides: replaced)
            fulfilled = inject
        } else if let replaced, replaced.kind == .decision, let taken = replaced.inject {
            fulfilled = taken
        } else {
            let label = decision.options.first { $0.id == option }?.label ?? option.rawValue
            let words = [label, decision.text ?? "", rationale ?? ""].joined(separator: " ")
            fulfilled = matchingExpectation(of: role, action: words)?.index
        }
        record(
            .decision, wall: wall, by: who ?? person(playing: role), role: role, note: rationale, inject: fulfilled,
            step: step, option: option, at: at, corrects: replaced?.sequence)
        let entry = log[log.count - 1]
        play(until: minute, by: who, at: wall, startedOnly: true)
        return entry
    }

    /// Pauses the drill; a clock that follows the wall clock stops.
    public mutating func pause(by who: String?, at wall: Date) throws(TabletopError) {
        try requireRunning()
        catchUp(at: wall)
        state = .paused
        clock?.stop()
        record(.pause, wall: wall, by: who)
    }

    /// Goes on after a pause; a clock that follows the wall clock goes on from the minute it stopped at.
    public mutating func resume(by who: String?, at wall: Date) throws(TabletopError) {
        guard state == .paused else { throw TabletopError("the drill is \(state.rawValue), not paused") }
        state = .running
        clock?.anchor(at: wall, minute: minute)
        record(.resume, wall: wall, by: who)
    }

    /// Ends the drill; after it, only evaluators' ratings can be logged.
    public mutating func end(by who: String?, at wall: Date) throws(TabletopError) {
        guard state != .ended else { throw TabletopError("the drill has already ended") }
        catchUp(at: wall)
        state = .ended
        clock?.stop()
        record(.end, wall: wall, by: who)
    }

    /// Whether the line `sequence` was logged afterwards: at a minute before one of the lines entered
    /// before it (`drill act --at`).
    public func isLoggedAfterwards(_ sequence: Int) -> Bool {
        afterwardsLines.contains(sequence)
    }

    /// The person playing `role`, if someone is.
    public func person(playing role: EntityID) -> String? {
        participants.first { $0.role == role }?.person
    }

    // MARK: Parts

    private func requireRunning() throws(TabletopError) {
        switch state {
        case .running: return
        case .paused: throw TabletopError("the drill is paused; `drill resume` goes on")
        case .ended: throw TabletopError("the drill has ended; start a new one with `drill start`")
        }
    }

    /// A minute the drill has passed, for a line logged afterwards; the drill's own minute when nil.
    private func pastMinute(_ earlier: Double?) throws(TabletopError) -> Double {
        guard let earlier else { return minute }
        guard earlier >= 0, earlier <= minute, earlier.isFinite else {
            throw TabletopError(
                "'--at' takes a minute the drill has passed, from 0 to \(Self.minuteText(minute)), not "
                    + Self.minuteText(earlier))
        }
        return earlier
    }

    /// The line `sequence`, when it is an action or decision no later line corrects.
    private func correctable(_ sequence: Int?) throws(TabletopError) -> TabletopLogEntry? {
        guard let sequence else { return nil }
        guard log.indices.contains(sequence - 1) else {
            throw TabletopError("no log line \(sequence); the log has lines 1–\(log.count)")
        }
        let entry = log[sequence - 1]
        guard entry.kind == .action || entry.kind == .decision else {
            throw TabletopError(
                "log line \(sequence) is the drill's own (\(entry.kind.rawValue)); only an action or a decision is corrected"
            )
        }
        if let later = correctedLines[sequence] {
            throw TabletopError("log line \(sequence) was corrected already, by line \(later); correct line \(later)")
        }
        return entry
    }

    /// A minute as an English message writes it: `20`, `7.5`.
    static func minuteText(_ minute: Double) -> String {
        minute == minute.rounded() && abs(minute) < 1e9 ? String(Int(minute)) : String(format: "%.1f", minute)
    }

    /// The first inject whose expected action is overdue by `target`, with its deadline.
    private func dueContingency(before target: Double) -> (index: Int, minute: Double)? {
        var due: [(index: Int, minute: Double)] = []
        for index in firedInjects where !contingencies.contains(index) {
            let inject = scenario.injects[index]
            guard let within = inject.expectedAction?.withinMinutes, let given = deliveries[index] else { continue }
            let deadline = given + within
            guard deadline <= target else { continue }
            if !isFulfilled(index) { due.append((index, deadline)) }
        }
        return due.min { ($0.minute, $0.index) < ($1.minute, $1.index) }
    }

    /// Appends an entry at the current minute; the one way the log grows.
    mutating func record(
        _ kind: TabletopLogEntry.Kind, wall: Date, by who: String?, role: EntityID? = nil, action: String? = nil,
        note: String? = nil, inject: Int? = nil, step: EntityID? = nil, option: EntityID? = nil,
        objective: EntityID? = nil, rating: PerformanceRating? = nil, at entryMinute: Double? = nil,
        corrects: Int? = nil
    ) {
        log.append(
            TabletopLogEntry(
                sequence: log.count + 1, minute: entryMinute ?? minute, wallTime: wall, kind: kind, role: role,
                action: action, note: note, enteredBy: who, inject: inject, step: step, option: option,
                objective: objective, rating: rating, corrects: corrects))
        take(log.count - 1)
    }

    /// Takes the line at `position` into the session's state: the inject it gives, the contingency it
    /// fires, the line it corrects, the inject it fulfils.
    private mutating func take(_ position: Int) {
        let entry = log[position]
        if entry.minute < latestMinute { afterwardsLines.insert(entry.sequence) }
        latestMinute = max(latestMinute, entry.minute)
        switch entry.kind {
        case .inject:
            if let index = entry.inject {
                firedInjects.insert(index)
                deliveries[index] = entry.minute
            }
        case .contingency:
            if let index = entry.inject {
                contingencies.insert(index)
                contingencyMinutes[index] = entry.minute
            }
        default:
            break
        }
        if let corrected = entry.corrects, log.indices.contains(corrected - 1) {
            correctedLines[corrected] = entry.sequence
            // What the corrected line fulfilled is open again, unless this line fulfils it.
            for (index, place) in fulfilments where place == corrected - 1 { fulfilments[index] = nil }
        }
        noteFulfilment(at: position)
    }

    /// Records which inject the action at `position` fulfils, if it is the first to: the inject it
    /// names or, in a session saved before actions named one, every inject expecting its role by then.
    private mutating func noteFulfilment(at position: Int) {
        let entry = log[position]
        guard entry.kind == .action || (entry.kind == .decision && actionsNameTheirInject) else { return }
        if actionsNameTheirInject {
            if let index = entry.inject, fulfilments[index] == nil { fulfilments[index] = position }
            return
        }
        for (index, inject) in scenario.injects.enumerated() where fulfilments[index] == nil {
            if let role = inject.expectedAction?.role, role == entry.role, entry.minute >= inject.at {
                fulfilments[index] = position
            }
        }
    }
}
