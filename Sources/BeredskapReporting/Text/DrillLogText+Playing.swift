import BeredskapEscalation
import BeredskapModel

// What the shell says while a drill is played, besides the log's own lines.
extension DrillLogText {
    /// The drill's state, its players, the expected actions still open, the alarm path's rules for
    /// handling what its steps pass on and the next inject, each line marked as a drill's.
    ///
    /// ```swift
    /// text.status()
    /// // ÖVNING  Övning ovning-1: Larm en lördagsnatt
    /// // ÖVNING  Läge: pågår, minut 30, 6 rader i loggen
    /// // …
    /// ```
    public func status() -> String {
        var lines = [
            words(.statusTitle, ["id": session.id, "title": session.scenario.title]),
            words(
                .statusState,
                [
                    "state": DrillText.state(session.state.rawValue, language),
                    "minute": minutes(session.minute), "lines": String(session.log.count),
                    "noun": words(session.log.count == 1 ? .line : .lines),
                ])
                + (session.clock.flatMap { clock in
                    clock.anchor.map { _ in words(.statusClock, ["speed": NumberText.decimal(clock.speed, language)]) }
                } ?? ""),
        ]
        for participant in session.participants {
            lines.append(
                words(.statusParticipant, ["person": participant.person, "role": plan.roleTitle(participant.role)]))
        }
        for open in session.openExpectations {
            lines.append(
                words(
                    .statusWaiting,
                    [
                        "number": String(open.index + 1), "role": plan.roleTitle(open.expected.role),
                        "action": open.expected.action,
                    ])
                    + (open.deadline.map { words(.statusDeadline, ["minute": minutes($0)]) } ?? "")
                    + (session.contingencies.contains(open.index) ? words(.statusContingencyGiven) : ""))
        }
        // The path's rules for handling what its steps pass on, which players must keep to.
        for step in plan.alarmPaths.first(where: { $0.id == session.scenario.path })?.steps ?? []
        where !step.handling.isEmpty {
            lines.append(
                words(
                    .statusHandling,
                    [
                        "step": DrillText.clause(step, plan: plan, language),
                        "rules": step.handling.joined(separator: "; "),
                    ]))
        }
        if let next = session.upcomingInjects.first {
            lines.append(
                words(
                    .statusNext,
                    [
                        "number": String(next.index + 1), "minute": minutes(next.minute),
                        "text": next.inject.text,
                    ]))
        }
        for waiting in session.waitingInjects {
            lines.append(
                words(
                    .statusPending,
                    [
                        "number": String(waiting.index + 1),
                        "condition": Self.schedule(ofInject: waiting.index, in: session.scenario, language: language),
                        "text": waiting.inject.text,
                    ]))
        }
        if session.upcomingInjects.isEmpty && session.waitingInjects.isEmpty {
            lines.append(words(.statusNoMore))
        }
        return lines.map(marked).joined(separator: "\n") + "\n"
    }

    /// The line that says where an ended drill was saved and how to report it.
    public func saved() -> String {
        marked(words(.saved, ["id": session.id]))
    }

    /// The message of the change set that adds the drill's improvement plan to the plan, in the plan's
    /// language since it goes into the plan's history: "Förbättringsplan från övningen ovning-1".
    public func adoptionMessage() -> String {
        words(.adoption, ["id": session.id])
    }

    /// The line that says no inject is left to give, or that those left wait for their condition.
    public func noMoreInjects() -> String {
        let waiting = session.waitingInjects.count
        return marked(waiting > 0 ? words(.noInjectDue, ["count": String(waiting)]) : words(.noMoreInjects))
    }

    /// The line that says the drill's clock follows the wall clock, and how fast.
    public func clockRunning(speed: Double) -> String {
        marked(words(.clockRunning, ["speed": NumberText.decimal(speed, language)]))
    }

    /// What an action logged did to the expected actions: the inject it fulfils, or each open expected
    /// action of its role that it did not match, with how to say that it does; each line marked.
    ///
    /// - Parameter entry: The action just logged.
    public func expectationRemarks(after entry: TabletopLogEntry) -> [String] {
        if let index = entry.inject, session.scenario.injects.indices.contains(index),
            let expected = session.scenario.injects[index].expectedAction
        {
            return [
                marked(
                    words(
                        .fulfils,
                        [
                            "number": String(index + 1), "role": plan.roleTitle(expected.role),
                            "action": expected.action,
                        ])
                        + (session.contingencies.contains(index) ? words(.afterContingency) : ""))
            ]
        }
        return session.openExpectations.filter { $0.expected.role == entry.role }.map { open in
            let number = String(open.index + 1)
            let title = plan.roleTitle(open.expected.role)
            return marked(
                words(.doesNotFulfil, ["number": number, "role": title, "action": open.expected.action])
                    + (open.deadline.map { words(.byMinute, ["minute": minutes($0)]) } ?? "")
                    // The command names the role by its id, as it is typed.
                    + words(.sayWhichInject, ["role": open.expected.role.rawValue, "number": number]))
        }
    }
}
