import BeredskapModel
import Foundation

extension TabletopSession {
    /// Logs an evaluator's rating of one of the scenario's objectives, with what they observed.
    ///
    /// As in HSEEP, evaluators rate each objective P, S, M or U; the after-action report shows this
    /// rating beside the one it reads from the log, and the latest evaluator's rating decides. Rating
    /// is allowed while the drill runs, while it is paused and after it has ended, since evaluators
    /// rate after the hot wash; the entry is logged at the simulated minute the drill stands at.
    ///
    /// ```swift
    /// try drill.rate(objective: "direktor-30", rating: .majorChallenges,
    ///                observation: "Nådd först efter tredje samtalet", by: "Eva Lind", at: Date())
    /// ```
    ///
    /// - Parameters:
    ///   - id: The objective's id in the scenario.
    ///   - rating: P, S, M or U.
    ///   - observation: What the evaluator saw.
    ///   - who: The evaluator.
    ///   - wall: The wall-clock time.
    /// - Throws: ``TabletopError`` when the scenario has no such objective, with "did you mean …?".
    @discardableResult
    public mutating func rate(
        objective id: EntityID, rating: PerformanceRating, observation: String?, by who: String?, at wall: Date
    ) throws(TabletopError) -> TabletopLogEntry {
        let objectives = scenario.objectives
        guard let objective = objectives.first(where: { $0.id == id }) else {
            throw TabletopError(
                objectives.isEmpty
                    ? "the scenario '\(scenario.name)' states no objectives to rate"
                    : "no objective '\(id)' in the scenario"
                        + (Suggestion.nearest(to: id.rawValue, in: objectives.map(\.id.rawValue)).map {
                            "; did you mean '\($0)'?"
                        } ?? "; its objectives: " + objectives.map(\.id.rawValue).joined(separator: ", ")))
        }
        record(
            .rating, wall: wall, by: who, role: objective.role, note: observation, objective: id, rating: rating)
        return log[log.count - 1]
    }

    /// The latest evaluator's rating of the objective `id`, if an evaluator has rated it.
    public func evaluatorRating(of id: EntityID) -> TabletopLogEntry? {
        log.last { $0.kind == .rating && $0.objective == id && $0.rating != nil }
    }

    /// Each evaluator's latest rating of the objective `id`, in the order the evaluators first rated
    /// it; an evaluator is who entered the rating (`--by`), and ratings entered by no one count as one
    /// evaluator's.
    ///
    /// ```swift
    /// drill.evaluatorRatings(of: "direktor-30").map(\.enteredBy)   // ["Eva Lind", "Bo Ek"]
    /// ```
    public func evaluatorRatings(of id: EntityID) -> [TabletopLogEntry] {
        var order: [String] = []
        var latest: [String: TabletopLogEntry] = [:]
        for entry in log where entry.kind == .rating && entry.objective == id && entry.rating != nil {
            let evaluator = entry.enteredBy ?? ""
            if latest[evaluator] == nil { order.append(evaluator) }
            latest[evaluator] = entry
        }
        return order.compactMap { latest[$0] }
    }
}
