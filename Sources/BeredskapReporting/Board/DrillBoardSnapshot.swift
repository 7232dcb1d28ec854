import BeredskapEscalation
import BeredskapModel
import Foundation

/// What a drill's situation board shows at one moment: the drill's clock, the injects that have reached
/// the players, the expected actions still awaited, and the decisions taken, in the plan's language.
///
/// The board is what the players see on the projector, so it carries no controller's material: an
/// inject's expected action and its contingency stay off it, and an awaited action names only the role
/// that owes it, the inject and the deadline.
///
/// ```swift
/// let snapshot = DrillBoardSnapshot(session: drill.session, plan: plan)
/// snapshot.clock.minute         // 30
/// snapshot.awaited.map(\.role)  // ["Direktör vid Socialförvaltningen"]
/// ```
public struct DrillBoardSnapshot: Hashable, Sendable, Codable {
    /// The drill's clock: the simulated minute and whether it runs.
    ///
    /// This is the one place a clock that ticks between events extends: a drill on a real-time clock
    /// would add the wall time the snapshot was taken at and its speed here, and the page would count
    /// on from ``minute`` while ``state`` is running.
    public struct Clock: Hashable, Sendable, Codable {
        /// The simulated minute since the alarm.
        public var minute: Double
        /// Running, paused or ended.
        public var state: DrillState
        /// The event's local time at ``minute``, as "02:45", in the plan's time zone.
        public var time: String

        /// Creates a clock.
        public init(minute: Double, state: DrillState, time: String) {
            self.minute = minute
            self.state = state
            self.time = time
        }
    }

    /// An inject that has reached the players.
    public struct Inject: Hashable, Sendable, Codable {
        /// Its number in the scenario, from 1, as `drill status` numbers it.
        public var number: Int
        /// The minute it reached the players.
        public var minute: Double
        /// Who sends it.
        public var from: String
        /// Who receives it: the role's title.
        public var to: String
        /// The message as the players get it.
        public var text: String

        /// Creates an inject's line.
        public init(number: Int, minute: Double, from: String, to: String, text: String) {
            self.number = number
            self.minute = minute
            self.from = from
            self.to = to
            self.text = text
        }
    }

    /// An expected action that no action has fulfilled yet.
    public struct AwaitedAction: Hashable, Sendable, Codable {
        /// The number of the inject that expects it, from 1.
        public var inject: Int
        /// The title of the role that owes it.
        public var role: String
        /// The minute it is expected by, when the scenario gives one.
        public var deadline: Double?
        /// Whether its deadline has passed and the drill leader has been told to press on.
        public var overdue: Bool

        /// Creates an awaited action.
        public init(inject: Int, role: String, deadline: Double?, overdue: Bool) {
            self.inject = inject
            self.role = role
            self.deadline = deadline
            self.overdue = overdue
        }
    }

    /// A decision taken at a decision step of the alarm path.
    public struct Decision: Hashable, Sendable, Codable {
        /// The minute it was taken.
        public var minute: Double
        /// The decision step's id.
        public var step: String
        /// The title of the role that decided.
        public var role: String
        /// The option chosen, by its label in the plan.
        public var option: String
        /// Why, as the player gave it.
        public var rationale: String?

        /// Creates a decision's line.
        public init(minute: Double, step: String, role: String, option: String, rationale: String?) {
            self.minute = minute
            self.step = step
            self.role = role
            self.option = option
            self.rationale = rationale
        }
    }

    /// The language the board's own words are in.
    public var language: ReportLanguage
    /// The drill's id.
    public var drill: String
    /// The scenario's title.
    public var title: String
    /// The clock.
    public var clock: Clock
    /// The injects given, in the order they were given.
    public var injects: [Inject]
    /// The expected actions still awaited, in the order their injects were given.
    public var awaited: [AwaitedAction]
    /// The decisions taken, in order.
    public var decisions: [Decision]
    /// How many lines the drill's log has: it grows with every drill command.
    public var logLines: Int

    /// Creates a snapshot from its parts.
    public init(
        language: ReportLanguage, drill: String, title: String, clock: Clock, injects: [Inject],
        awaited: [AwaitedAction], decisions: [Decision], logLines: Int
    ) {
        self.language = language
        self.drill = drill
        self.title = title
        self.clock = clock
        self.injects = injects
        self.awaited = awaited
        self.decisions = decisions
        self.logLines = logLines
    }

    /// The board of `session` as it stands.
    ///
    /// - Parameters:
    ///   - session: The drill.
    ///   - plan: The plan it is played on, for its roles' titles and its options' labels.
    ///   - language: The language of the board's words; the plan's when `nil`.
    ///   - now: The wall time the board shows: a clock that follows the wall clock stands where it is
    ///     then, between the saves of the drill.
    public init(session: TabletopSession, plan: Plan, language: ReportLanguage? = nil, now: Date = Date()) {
        let language = language ?? ReportLanguage(planLanguage: plan.metadata.language)
        let minute =
            session.state == .running
            ? max(session.minute, session.clock?.minute(at: now) ?? session.minute) : session.minute
        let context = EventContext(
            start: session.scenario.event.start, classification: session.scenario.event.classification,
            officeHours: false, timeZone: ((try? Jurisdiction(plan: plan)) ?? .default).timeZone)
        let injects = session.scenario.injects
        let steps = plan.alarmPaths.first { $0.id == session.scenario.path }?.steps.filter { $0.kind == .decide } ?? []
        var given: [Inject] = []
        var decisions: [Decision] = []
        for entry in session.log {
            switch entry.kind {
            case .inject:
                guard let index = entry.inject, injects.indices.contains(index) else { continue }
                let inject = injects[index]
                given.append(
                    Inject(
                        number: index + 1, minute: entry.minute, from: plan.roleTitle(EntityID(inject.from)),
                        to: plan.roleTitle(EntityID(inject.to)), text: inject.text))
            case .decision:
                let step =
                    entry.step.flatMap { id in steps.first { $0.id == id } }
                    ?? steps.first { $0.reachedActor == entry.role && $0.options.contains { $0.id == entry.option } }
                let option = step?.options.first { $0.id == entry.option }?.label ?? entry.option?.rawValue ?? ""
                decisions.append(
                    Decision(
                        minute: entry.minute, step: (entry.step ?? step?.id)?.rawValue ?? "",
                        role: entry.role.map(plan.roleTitle) ?? "", option: option, rationale: entry.note))
            default:
                continue
            }
        }
        self.init(
            language: language, drill: session.id, title: session.scenario.title,
            clock: Clock(minute: minute, state: session.state, time: context.clock(atMinute: minute)),
            injects: given,
            awaited: session.openExpectations.map {
                AwaitedAction(
                    inject: $0.index + 1, role: plan.roleTitle($0.expected.role), deadline: $0.deadline,
                    overdue: session.contingencies.contains($0.index))
            },
            decisions: decisions, logLines: session.log.count)
    }

    /// The snapshot as one line of JSON, with its keys sorted: what the board's event stream sends.
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, numbers and enums cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
