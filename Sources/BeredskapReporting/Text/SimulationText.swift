import BeredskapEscalation
import Foundation

/// A Monte Carlo simulation's result in words, in a report language: the line that says what was run,
/// the titles of its tables' columns, and shares as percentages.
///
/// The tables themselves are the front end's (a terminal table, CSV); their rows are the result's
/// `roles`, the `steps` that have a target time, and the `objectives`, with columns in the order of
/// ``roleColumns(_:)``, ``stepColumns(_:)`` and ``objectiveColumns(_:)``.
///
/// ```swift
/// let result = try MonteCarlo.simulate(scenario: scenario, plan: plan, runs: 10_000, seed: 42)
/// print(SimulationText.summary(result, .en), terminator: "")
/// // 10000 runs, seed 42, alarm path via-socialjouren; minutes from the alarm
/// SimulationText.roleColumns(.sv)   // ["id", "titel", "p50", "p90", "p99", "medel", "nådd", "via ställföreträdare"]
/// SimulationText.share(0.125, .sv)  // "12,5 %"
/// ```
public enum SimulationText {
    /// What was run, ending in a line break: "10000 körningar, frö 42, larmväg via-socialjouren; minuter
    /// från larmet".
    public static func summary(_ result: MonteCarloResult, _ language: ReportLanguage) -> String {
        switch language {
        case .sv: "\(result.runs) körningar, frö \(result.seed), larmväg \(result.path); minuter från larmet\n"
        case .en: "\(result.runs) runs, seed \(result.seed), alarm path \(result.path); minutes from the alarm\n"
        }
    }

    /// The columns of the table of roles: id, title, the 50th, 90th and 99th percentile and the mean of
    /// the minutes until reached, the share of runs that reached the role, and the share reached via
    /// its deputy.
    public static func roleColumns(_ language: ReportLanguage) -> [String] {
        switch language {
        case .sv: ["id", "titel", "p50", "p90", "p99", "medel", "nådd", "via ställföreträdare"]
        case .en: ["id", "title", "p50", "p90", "p99", "mean", "reached", "via deputy"]
        }
    }

    /// The columns of the table of steps with a target time: the step, its target in minutes, the share
    /// of runs in which it ran, and the share of those that missed the target.
    public static func stepColumns(_ language: ReportLanguage) -> [String] {
        switch language {
        case .sv: ["steg", "tidsmål", "kördes", "missade tidsmålet"]
        case .en: ["step", "target", "ran", "missed target"]
        }
    }

    /// The columns of the table of objectives: the objective and the share of runs that met it.
    public static func objectiveColumns(_ language: ReportLanguage) -> [String] {
        switch language {
        case .sv: ["mål", "uppfyllt"]
        case .en: ["objective", "met"]
        }
    }

    /// A share of runs as a percentage with one decimal, with a decimal comma in Swedish: "12,5 %",
    /// "12.5 %".
    public static func share(_ value: Double, _ language: ReportLanguage) -> String {
        NumberText.percent(value, language)
    }
}
