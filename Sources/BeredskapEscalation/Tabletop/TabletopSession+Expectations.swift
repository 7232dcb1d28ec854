import BeredskapModel
import Foundation

extension TabletopSession {
    /// An inject's expected action that has reached the players and that no action has fulfilled.
    public struct OpenExpectation: Hashable, Sendable {
        /// The inject, by index in the scenario; people see it numbered from 1 (`index + 1`).
        public var index: Int
        /// The inject.
        public var inject: ScenarioInject
        /// What it expects.
        public var expected: ExpectedAction
        /// The minute the inject was given.
        public var givenAt: Double

        /// The minute by which the action is expected, when the scenario gives a time.
        public var deadline: Double? {
            expected.withinMinutes.map { givenAt + $0 }
        }
    }

    /// The expected actions of the injects given that no action has fulfilled yet, in the order the
    /// injects were given; a contingency that has fired does not close one, a late action still can.
    ///
    /// ```swift
    /// drill.openExpectations.map { "inspel \($0.index + 1): \($0.expected.action)" }
    /// ```
    public var openExpectations: [OpenExpectation] {
        firedInjects.sorted { (deliveries[$0] ?? 0, $0) < (deliveries[$1] ?? 0, $1) }.compactMap { index in
            guard let expected = scenario.injects[index].expectedAction, !isFulfilled(index) else { return nil }
            return OpenExpectation(
                index: index, inject: scenario.injects[index], expected: expected, givenAt: deliveries[index] ?? 0)
        }
    }

    /// The action logged that fulfils the expected action of the inject at `index`, if one has: the
    /// action that names the inject or, in a session saved before actions did, the expected role's
    /// first action after the inject.
    public func fulfilment(ofInject index: Int) -> TabletopLogEntry? {
        fulfilments[index].map { log[$0] }
    }

    /// Whether an action has fulfilled the expected action of the inject at `index`.
    func isFulfilled(_ index: Int) -> Bool {
        fulfilment(ofInject: index) != nil
    }

    /// The earliest open expectation of `role` that `action`'s words match.
    func matchingExpectation(of role: EntityID, action: String) -> OpenExpectation? {
        openExpectations.first {
            $0.expected.role == role && ActionWording.matches(action, expected: $0.expected.action)
        }
    }

    /// Checks that the drill leader's `--inject` names an inject given that expects an action of `role`
    /// and that no action has fulfilled, but the line `replaced` being corrected.
    func requireExpectation(
        _ index: Int, of role: EntityID, in plan: Plan, besides replaced: TabletopLogEntry? = nil
    ) throws(TabletopError) {
        let number = index + 1
        guard scenario.injects.indices.contains(index) else {
            let count = scenario.injects.count
            throw TabletopError(
                "no inject \(number); the scenario has "
                    + (count == 0 ? "none" : count == 1 ? "inject 1 only" : "injects 1–\(count)"))
        }
        guard firedInjects.contains(index) else {
            throw TabletopError(
                "inject \(number) has not been given yet; "
                    + (dueMinute(ofInject: index).map { "it comes at minute " + Self.minuteText($0) }
                        ?? "it waits for its start condition; `drill inject \(number)` gives it now"))
        }
        guard let expected = scenario.injects[index].expectedAction else {
            throw TabletopError("inject \(number) expects no action")
        }
        guard expected.role == role else {
            throw TabletopError(
                "inject \(number) expects an action of '\(expected.role)', not of '\(role)': \(expected.action)")
        }
        if let done = fulfilment(ofInject: index), done.sequence != replaced?.sequence {
            throw TabletopError(
                "inject \(number) was fulfilled already, at minute \(Self.minuteText(done.minute)) (log line "
                    + "\(done.sequence)): \(plan.roleTitle(role)): \(done.action ?? "")")
        }
    }
}
