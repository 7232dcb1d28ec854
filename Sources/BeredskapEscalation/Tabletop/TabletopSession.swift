import BeredskapModel
import Foundation

/// A tabletop drill (*seminarieövning*) in progress: a scenario played by people in the plan's roles,
/// on a simulated clock that the drill leader moves on.
///
/// Every inject, action and decision goes into the ``log`` with its simulated minute, the wall-clock
/// time it was entered, who entered it and why. An inject that expects an action fires its
/// contingency when the simulated clock passes the deadline without an action that fulfils it (see
/// ``act(role:action:note:inject:by:in:at:)``). Evaluators rate the scenario's objectives with
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
    /// Where in the log the action that fulfils each inject's expected action is, by inject index;
    /// kept up as the log grows, so that an act late in a long drill costs what the first one did.
    private(set) var fulfilments: [Int: Int] = [:]

    /// Starts a session: the alarm is received at minute 0.
    public init(
        id: String, scenario: Scenario, planID: EntityID, participants: [Participant], leader: String?, at wall: Date
    ) {
        self.id = id
        self.scenario = scenario
        self.planID = planID
        self.participants = participants
        record(.start, wall: wall, by: leader)
    }

    /// Restores a session from its saved parts.
    ///
    /// `actionsNameTheirInject` is `false` for a session saved before actions recorded the inject they
    /// fulfil: in it, any action of the expected role after an inject fulfils it, as it did then.
    public init(
        id: String, scenario: Scenario, planID: EntityID, participants: [Participant], minute: Double, state: State,
        log: [TabletopLogEntry], actionsNameTheirInject: Bool = true
    ) {
        self.actionsNameTheirInject = actionsNameTheirInject
        self.id = id
        self.scenario = scenario
        self.planID = planID
        self.participants = participants
        self.minute = minute
        self.state = state
        self.log = log
        for (position, entry) in log.enumerated() {
            if entry.kind == .inject, let index = entry.inject { firedInjects.insert(index) }
            if entry.kind == .contingency, let index = entry.inject { contingencies.insert(index) }
            noteFulfilment(at: position)
        }
    }

    /// The injects not yet given, in time order.
    public var upcomingInjects: [(index: Int, inject: ScenarioInject)] {
        scenario.injects.enumerated().filter { !firedInjects.contains($0.offset) }
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map { ($0.offset, $0.element) }
    }

    /// Moves the clock to the next inject and gives it (and anything else due by then).
    ///
    /// - Returns: What happened; empty when no inject is left.
    @discardableResult
    public mutating func next(by who: String? = nil, at wall: Date) throws(TabletopError) -> [TabletopLogEntry] {
        try requireRunning()
        guard let next = upcomingInjects.first else { return [] }
        return try advance(minutes: max(0, next.inject.at - minute), by: who, at: wall)
    }

    /// Moves the simulated clock on by `minutes`, giving every inject and contingency that falls due.
    @discardableResult
    public mutating func advance(
        minutes: Double, by who: String? = nil, at wall: Date
    ) throws(TabletopError) -> [TabletopLogEntry] {
        try requireRunning()
        guard minutes >= 0 else { throw TabletopError("the clock only moves forward; advance by a positive time") }
        let first = log.count
        let target = minute + minutes
        while true {
            // The earliest of: the next inject, the next contingency deadline.
            let inject = upcomingInjects.first.flatMap { $0.inject.at <= target ? $0 : nil }
            let deadline = dueContingency(before: target)
            if let inject, deadline.map({ inject.inject.at <= $0.minute }) ?? true {
                minute = max(minute, inject.inject.at)
                firedInjects.insert(inject.index)
                record(.inject, wall: wall, by: who, inject: inject.index)
            } else if let deadline {
                minute = max(minute, deadline.minute)
                contingencies.insert(deadline.index)
                let item = scenario.injects[deadline.index]
                record(.contingency, wall: wall, by: who, role: item.expectedAction?.role, inject: deadline.index)
            } else {
                break
            }
        }
        if target > minute {
            minute = target
        }
        record(.advance, wall: wall, by: who)
        return Array(log[first...])
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
    /// - Throws: ``TabletopError`` when the drill is not running, the plan has no such role, or
    ///   `inject` is not an inject given that expects an action of `role`.
    @discardableResult
    public mutating func act(
        role: EntityID, action: String, note: String?, inject: Int? = nil, by who: String?, in plan: Plan,
        at wall: Date
    ) throws(TabletopError) -> TabletopLogEntry {
        try requireRunning()
        guard plan.roles.contains(where: { $0.id == role }) || plan.actor(role) != nil else {
            throw TabletopError(
                "no role '\(role)' in the plan"
                    + (Suggestion.nearest(to: role.rawValue, in: plan.roles.map(\.id.rawValue)).map {
                        "; did you mean '\($0)'?"
                    } ?? ""))
        }
        let fulfilled: Int?
        if let inject {
            try requireExpectation(inject, of: role, in: plan)
            fulfilled = inject
        } else {
            fulfilled = matchingExpectation(of: role, action: action)?.index
        }
        record(
            .action, wall: wall, by: who ?? person(playing: role), role: role, action: action, note: note,
            inject: fulfilled)
        return log[log.count - 1]
    }

    /// Logs a decision at a decide step of the scenario's alarm path.
    @discardableResult
    public mutating func decide(
        step: EntityID, option: EntityID, rationale: String?, by who: String?, in plan: Plan, at wall: Date
    ) throws(TabletopError) -> TabletopLogEntry {
        try requireRunning()
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
        record(
            .decision, wall: wall, by: who ?? person(playing: decision.reachedActor), role: decision.reachedActor,
            note: rationale,
            step: step, option: option)
        return log[log.count - 1]
    }

    /// Pauses the drill.
    public mutating func pause(by who: String?, at wall: Date) throws(TabletopError) {
        try requireRunning()
        state = .paused
        record(.pause, wall: wall, by: who)
    }

    /// Goes on after a pause.
    public mutating func resume(by who: String?, at wall: Date) throws(TabletopError) {
        guard state == .paused else { throw TabletopError("the drill is \(state.rawValue), not paused") }
        state = .running
        record(.resume, wall: wall, by: who)
    }

    /// Ends the drill; after it, only evaluators' ratings can be logged.
    public mutating func end(by who: String?, at wall: Date) throws(TabletopError) {
        guard state != .ended else { throw TabletopError("the drill has already ended") }
        state = .ended
        record(.end, wall: wall, by: who)
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

    /// The first inject whose expected action is overdue by `target`, with its deadline.
    private func dueContingency(before target: Double) -> (index: Int, minute: Double)? {
        var due: [(index: Int, minute: Double)] = []
        for index in firedInjects where !contingencies.contains(index) {
            let inject = scenario.injects[index]
            guard let within = inject.expectedAction?.withinMinutes else { continue }
            let deadline = inject.at + within
            guard deadline <= target else { continue }
            if !isFulfilled(index) { due.append((index, deadline)) }
        }
        return due.min { ($0.minute, $0.index) < ($1.minute, $1.index) }
    }

    /// Appends an entry at the current minute; the one way the log grows.
    mutating func record(
        _ kind: TabletopLogEntry.Kind, wall: Date, by who: String?, role: EntityID? = nil, action: String? = nil,
        note: String? = nil, inject: Int? = nil, step: EntityID? = nil, option: EntityID? = nil,
        objective: EntityID? = nil, rating: PerformanceRating? = nil
    ) {
        log.append(
            TabletopLogEntry(
                sequence: log.count + 1, minute: minute, wallTime: wall, kind: kind, role: role, action: action,
                note: note, enteredBy: who, inject: inject, step: step, option: option, objective: objective,
                rating: rating))
        noteFulfilment(at: log.count - 1)
    }

    /// Records which inject the action at `position` fulfils, if it is the first to: the inject it
    /// names or, in a session saved before actions named one, every inject expecting its role by then.
    private mutating func noteFulfilment(at position: Int) {
        let entry = log[position]
        guard entry.kind == .action else { return }
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
