import BeredskapModel
import Foundation

/// Static analysis of a plan's alarm paths against the plan's calendar (*nåbarhet*): for every hour of a
/// week and of the year's holidays, per entry path, whether each step's roles can be reached; the single
/// points of failure; the gaps in the on-duty rotas; and the steps that can never run.
///
/// A role is reachable at an hour when its `availability` in the plan allows it then — in the plan's
/// office hours, or while its rota holds the duty — or when one of its deputies is reachable. Actors
/// that are not roles (a unit such as Socialjouren, an external actor) are taken as reachable: the plan
/// does not say when they answer.
///
/// ```swift
/// let analysis = try ReachabilityAnalysis(plan: plan, week: CalendarDay(year: 2017, month: 10, day: 9)!)
/// analysis.paths[0].days[1].hours[3].reachableSteps   // steps of the first path reached Tuesday 03:00
/// analysis.singlePointsOfFailure.map(\.role)   // roles without deputies that every path needs
/// analysis.rotaGaps                            // stretches of the year no shift covers
/// analysis.neverRun                            // steps whose conditions cannot all hold
/// ```
public struct ReachabilityAnalysis: Hashable, Sendable, Codable {
    /// One step's reachability.
    public struct StepReach: Hashable, Sendable, Codable {
        /// The alarm path.
        public var path: String
        /// The step.
        public var step: String
        /// The role that must be reached (the step's target, or its actor for a decision).
        public var role: String
        /// The role's title.
        public var title: String
        /// Hours of the week (of 168) in which the role cannot be reached, deputies included.
        public var unreachableHours: Int
        /// The start of the first such hour, local time in the calendar's jurisdiction
        /// (`2017-10-14 02:00`).
        public var firstUnreachable: LocalDateTime?
        /// The holidays and eves on which the role cannot be reached at some hour, each as its name
        /// (in English for a plan in English) and date: `Midsommarafton 2025-06-20`.
        public var unreachableHolidays: [String]
    }

    /// What the analysis could not check, because the plan does not say what it would need.
    public enum Unchecked: String, Hashable, Sendable, Codable, CaseIterable {
        /// The plan has no alarm paths: single points of failure and steps that never run were not
        /// looked for, so their empty lists say nothing.
        case alarmPaths
        /// The plan names no deputy for any role: no role can be stood in for, so an empty list of
        /// single points of failure means only that no role is needed by every path.
        case deputies
    }

    /// A role that every entry path needs and that has no deputy.
    public struct SinglePoint: Hashable, Sendable, Codable {
        /// The role.
        public var role: String
        /// Its title.
        public var title: String
        /// The steps that need it, as `path/step`.
        public var steps: [String]
    }

    /// A stretch of time in which nobody holds a rota's duty.
    public struct RotaGap: Hashable, Sendable, Codable {
        /// The rota.
        public var rota: String
        /// Its name.
        public var name: String
        /// The roles the rota staffs.
        public var roles: [String]
        /// The start, local time (`2017-12-24 08:00`).
        public var from: String
        /// The end, not included, local time.
        public var to: String
        /// The length in hours.
        public var hours: Double
        /// The note of the exception that made the gap, when one did.
        public var note: String?
    }

    /// A step that cannot run in any circumstance.
    ///
    /// In JSON: `{"path": "via-jour", "step": "natt", "cause": "waits-for-never-run", "waitsFor": "dag",
    /// "reason": "it waits for 'dag', which can never run"}`. The `cause` code and `waitsFor` are the
    /// stable part; `reason` is the same in English words, for a reader of the file.
    public struct NeverRun: Hashable, Sendable, Codable {
        /// The alarm path.
        public var path: String
        /// The step.
        public var step: String
        /// Why.
        public var cause: NeverRunCause

        /// Creates a finding.
        public init(path: String, step: String, cause: NeverRunCause) {
            self.path = path
            self.step = step
            self.cause = cause
        }

        private enum CodingKeys: String, CodingKey {
            case path, step, cause, waitsFor, reason
        }

        /// Reads a finding written by ``encode(to:)``.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(String.self, forKey: .path)
            step = try container.decode(String.self, forKey: .step)
            let code = try container.decode(String.self, forKey: .cause)
            let waitsFor = try container.decodeIfPresent(String.self, forKey: .waitsFor).map { EntityID($0) }
            guard let cause = NeverRunCause(code: code, waitsFor: waitsFor) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .cause, in: container, debugDescription: "unknown never-run cause '\(code)'")
            }
            self.cause = cause
        }

        /// Writes the path, the step, the cause's code, the step it waits for when there is one, and the
        /// cause in English words.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(step, forKey: .step)
            try container.encode(cause.code, forKey: .cause)
            try container.encodeIfPresent(cause.waitsFor?.rawValue, forKey: .waitsFor)
            try container.encode(cause.description, forKey: .reason)
        }
    }

    /// The Monday the analysed week starts on.
    public var week: String
    /// Every step that needs a role, with its reachability.
    public var steps: [StepReach]
    /// Every entry path's week hour by hour, in the plan's order: how many of its steps can be reached.
    public var paths: [PathWeek]
    /// The single points of failure.
    public var singlePointsOfFailure: [SinglePoint]
    /// The year whose holidays and rota gaps are analysed: the year of the day asked about, also when
    /// its week starts in the year before.
    public var year: Int
    /// The gaps in the plan's rotas during ``year``, by rota and time.
    public var rotaGaps: [RotaGap]
    /// The steps that can never run.
    public var neverRun: [NeverRun]
    /// What could not be checked, in the order of ``Unchecked``'s cases; empty when everything was.
    public var unchecked: [Unchecked]

    /// Analyses `plan` with its own calendar (office hours and rotas).
    ///
    /// - Throws: ``PlanDataError`` when the plan's office hours or rotas cannot be read.
    public init(plan: Plan, week: CalendarDay) throws(PlanDataError) {
        self.init(plan: plan, week: week, calendar: try PlanCalendar(plan: plan))
    }

    /// Analyses `plan` for the week starting on the Monday on or before `week`, for the public
    /// holidays and eves of the year of `week` itself, and the rotas over that whole year, with `calendar`
    /// deciding who can be reached when.
    public init(plan: Plan, week: CalendarDay, calendar: PlanCalendar) {
        let monday = week.adding(days: -(week.weekday.rawValue - 1))
        self.week = monday.description
        year = week.year
        let zone = calendar.officeHours.timeZone
        // The week and the holidays lie in the year asked about, or in the one before or after for a
        // week that straddles New Year.
        let availability =
            Self.years(min(monday.year, week.year), monday.adding(days: 7).year, in: zone).map {
                calendar.preparing(for: $0)
            }
            ?? calendar
        let roles = Dictionary(plan.roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        func instant(_ day: CalendarDay, _ hour: Int) -> Date? { Self.instant(day, hour, in: zone) }
        func reachable(_ role: EntityID, at date: Date, visited: Set<EntityID> = []) -> Bool {
            guard let known = roles[role] else { return true }
            if availability.isAvailable(role, at: date) { return true }
            return known.deputies.contains {
                !visited.contains($0) && reachable($0, at: date, visited: visited.union([role]))
            }
        }

        // The instants are the same for every role, and a role's reach the same for every step needing it.
        let weekHours: [(day: CalendarDay, hour: Int, date: Date)] = (0..<7).flatMap { offset in
            (0..<24).compactMap { hour in
                let day = monday.adding(days: offset)
                return instant(day, hour).map { (day, hour, $0) }
            }
        }
        let holidays = calendar.jurisdiction.holidays.days(in: week.year)
        let holidayHours: [(holiday: Holiday, dates: [Date])] = holidays.map { holiday in
            (holiday, (0..<24).compactMap { instant(holiday.date, $0) })
        }
        // Holidays are named in the plan's language, as its reports name them.
        let english = LanguageTag.isEnglish(plan.metadata.language)
        typealias Reach = (missing: Int, first: LocalDateTime?, holidays: [String], hours: Set<LocalDateTime>)
        var known: [EntityID: Reach] = [:]
        func reach(of role: EntityID) -> Reach {
            if let done = known[role] { return done }
            let unreachable = weekHours.filter { !reachable(role, at: $0.date) }.compactMap {
                LocalDateTime(day: $0.day, hour: $0.hour)
            }
            let holidays = holidayHours.filter { entry in entry.dates.contains { !reachable(role, at: $0) } }
            let result = (
                unreachable.count, unreachable.first,
                holidays.map { "\(english ? $0.holiday.englishName : $0.holiday.name) \($0.holiday.date)" },
                Set(unreachable)
            )
            known[role] = result
            return result
        }
        var reaches: [StepReach] = []
        var needs: [EntityID: [String]] = [:]
        var pathsNeeding: [EntityID: Set<EntityID>] = [:]
        for path in plan.alarmPaths {
            for step in path.steps {
                for role in step.neededActors {
                    guard let title = roles[role]?.title else { continue }
                    needs[role, default: []].append("\(path.id)/\(step.id)")
                    pathsNeeding[role, default: []].insert(path.id)
                    let found = reach(of: role)
                    reaches.append(
                        StepReach(
                            path: path.id.rawValue, step: step.id.rawValue, role: role.rawValue, title: title,
                            unreachableHours: found.missing, firstUnreachable: found.first,
                            unreachableHolidays: found.holidays))
                }
            }
        }
        steps = reaches
        let weekHolidays = Set([monday.year, monday.adding(days: 6).year]).flatMap {
            calendar.jurisdiction.holidays.days(in: $0)
        }
        paths = plan.alarmPaths.map { path in
            PathWeek(
                path: path, monday: monday, roles: path.steps.flatMap(\.neededActors).filter { roles[$0] != nil },
                holidays: weekHolidays, unreachable: { reach(of: $0).hours })
        }
        let entryPaths = Set(plan.alarmPaths.map(\.id))
        singlePointsOfFailure = needs.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { role in
            guard let known = roles[role], known.deputies.isEmpty, pathsNeeding[role] == entryPaths,
                !entryPaths.isEmpty
            else { return nil }
            return SinglePoint(role: role.rawValue, title: known.title, steps: needs[role] ?? [])
        }
        rotaGaps = Self.gaps(of: plan, calendar: calendar, year: week.year, in: zone)
        neverRun = plan.alarmPaths.flatMap { Self.neverRunSteps(of: $0) }
        unchecked =
            plan.alarmPaths.isEmpty
            ? [.alarmPaths] : plan.roles.contains { !$0.deputies.isEmpty } ? [] : [.deputies]
    }

    /// From the start of `first` to the end of `last`, in `zone`.
    static func years(_ first: Int, _ last: Int, in zone: LocalTimeZone) -> DateInterval? {
        guard let from = CalendarDay(year: first, month: 1, day: 1),
            let to = CalendarDay(year: last + 1, month: 1, day: 1),
            let start = instant(from, 0, in: zone, minute: 0), let end = instant(to, 0, in: zone, minute: 0)
        else { return nil }
        return DateInterval(start: start, end: end)
    }

    /// Every stretch of `year` that a rota of `plan` leaves uncovered, in the plan's rota order.
    static func gaps(of plan: Plan, calendar: PlanCalendar, year: Int, in zone: LocalTimeZone) -> [RotaGap] {
        guard let year = years(year, year, in: zone) else { return [] }
        return plan.rotas.flatMap { entry -> [RotaGap] in
            guard let rota = calendar.rotas[entry.id] else { return [] }
            let roles = plan.roles.filter { $0.rota == entry.id }.map(\.id.rawValue)
            return rota.dutyPeriods(in: year).filter { !$0.isCovered }.map { period in
                RotaGap(
                    rota: entry.id.rawValue, name: entry.name, roles: roles,
                    from: zone.localDateTime(at: period.interval.start).description,
                    to: zone.localDateTime(at: period.interval.end).description,
                    hours: period.interval.duration / 3600, note: period.override?.note)
            }
        }
    }

    /// Steps that can never run (``BeredskapModel/AlarmPath/stepsThatNeverRun``), as the report lists them.
    static func neverRunSteps(of path: AlarmPath) -> [NeverRun] {
        path.stepsThatNeverRun.map { NeverRun(path: path.id.rawValue, step: $0.step.rawValue, cause: $0.cause) }
    }

    /// Half past `hour` on `day` unless another `minute` is given: a time in the hour that exists even
    /// on the nights the clocks change.
    static func instant(_ day: CalendarDay, _ hour: Int, in zone: LocalTimeZone, minute: Int = 30) -> Date? {
        guard let local = LocalDateTime(day: day, hour: hour, minute: minute) else { return nil }
        return try? zone.resolve(local, gap: .moveForward).date
    }
}
