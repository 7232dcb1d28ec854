import BeredskapModel
import Foundation

/// The record of one dry run of a scenario: every line in time order, when each role was reached, and
/// which objectives were met.
///
/// The same scenario, plan and seed always give the same timeline, and ``rendered`` the same text to
/// the byte.
///
/// ```swift
/// let timeline = try DryRun.run(scenario: BuiltInScenarios.benchNight, plan: plan, seed: 42)
/// print(timeline.rendered)
/// //   Minut  Klockan  Händelse
/// //     0,0  02:30    Stockholms stads socialjour tar emot larmet
/// //     0,0  02:30    Stockholms stads socialjour kontaktar Socialjourens enhetschef
/// //     4,2  02:34    Socialjourens enhetschef svarar efter 4,2 min
/// ```
public struct Timeline: Hashable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The scenario's title.
    public var title: String
    /// The alarm path's id.
    public var path: EntityID
    /// The alarm path's name.
    public var pathName: String
    /// The event the run simulated.
    public var context: EventContext
    /// The seed of the run.
    public var seed: UInt64
    /// The run's index within the seed (0 unless replaying one run of a Monte Carlo simulation).
    public var run: UInt64
    /// Every line, in time order; lines at the same minute in the order they happened.
    public var entries: [TimelineEntry]
    /// Every role the path contacts or informs, in the order the path first reaches it.
    public var reached: [RoleReach]
    /// The scenario's objectives and whether this run met them.
    public var objectives: [ObjectiveResult]

    /// Creates a timeline.
    public init(
        scenario: String, title: String, path: EntityID, pathName: String, context: EventContext, seed: UInt64,
        run: UInt64 = 0, entries: [TimelineEntry], reached: [RoleReach], objectives: [ObjectiveResult]
    ) {
        self.scenario = scenario
        self.title = title
        self.path = path
        self.pathName = pathName
        self.context = context
        self.seed = seed
        self.run = run
        self.entries = entries
        self.reached = reached
        self.objectives = objectives
    }

    /// The timeline as text for a terminal or a file, in Swedish, with control characters from the plan
    /// or an alert written as `VisibleText` (BeredskapModel) escapes.
    public var rendered: String {
        VisibleText.escaped(unescapedText, keeping: .lineBreaks)
    }

    private var unescapedText: String {
        var lines = ["Scenario: \(scenario) — \(title)", "Larmväg: \(pathName) (\(path))"]
        var event = "Händelse: \(Self.longDate(context.start)), \(context.classification.swedishLabel), "
        event += context.officeHours ? "under kontorstid" : "utanför kontorstid"
        lines.append(event)
        if let administration = context.administration { lines.append("Berörd förvaltning: \(administration)") }
        lines.append(run == 0 ? "Frö: \(seed)" : "Frö: \(seed), körning \(run)")
        lines.append("")
        lines.append("  Minut  Klockan  Händelse")
        for entry in entries {
            let minute = Self.minutes(entry.minute)
            lines.append(
                String(repeating: " ", count: max(0, 7 - minute.count)) + minute + "  \(entry.clock)    \(entry.text)")
        }
        lines.append("")
        lines.append("Nådd:")
        let width = reached.map(\.title.count).max() ?? 0
        for role in reached {
            let padding = String(repeating: " ", count: width - role.title.count)
            let when = role.minute.map { "efter \(Self.minutes($0)) min" } ?? "nåddes inte"
            lines.append("  \(role.title)\(padding)  \(when)\(role.viaDeputy ? " (ställföreträdare)" : "")")
        }
        if !objectives.isEmpty {
            lines.append("")
            lines.append("Mål:")
            for objective in objectives {
                let outcome = objective.met ? "uppfyllt    " : "ej uppfyllt "
                let when = objective.minute.map { " (nådd efter \(Self.minutes($0)) min)" } ?? " (nåddes inte)"
                lines.append("  \(outcome) \(objective.text)\(when)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Minutes with one decimal and a decimal comma, as Swedish text writes them: "4,2".
    public static func minutes(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    static let months = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december",
    ]

    /// "lördag 14 oktober 2017 kl. 02:30" in Stockholm time, without depending on the system's locale data.
    static func longDate(_ date: Date) -> String {
        let time = LocalTimeZone.stockholm.localDateTime(at: date)
        let day = time.day
        return "\(day.weekday.swedishName) \(day.day) \(months[day.month - 1]) \(day.year) kl. "
            + CalendarDay.pad(time.hour, 2) + ":" + CalendarDay.pad(time.minute, 2)
    }
}
