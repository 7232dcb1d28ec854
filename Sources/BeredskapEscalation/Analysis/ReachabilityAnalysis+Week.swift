import BeredskapModel

extension ReachabilityAnalysis {
    /// An entry path's week, hour by hour: in each hour, how many of its steps that need a role can be
    /// reached, and which roles cannot.
    ///
    /// A step counts once for each time it needs a role, so a director who both is contacted and decides
    /// counts twice: the share of reachable steps is the share of the path's work that can be done then.
    ///
    /// ```swift
    /// let night = analysis.paths[0].days[1].hours[3]   // Tuesday 03:00–04:00
    /// night.reachableSteps                             // 0
    /// night.unreachable                                 // ["socialjourens-enhetschef", "direktor-berord-forvaltning"]
    /// ```
    public struct PathWeek: Hashable, Sendable, Codable {
        /// The alarm path's id.
        public var path: String
        /// Its name.
        public var name: String
        /// The steps that need a role (see ``StepReach``).
        public var steps: Int
        /// The seven days from Monday.
        public var days: [DayHours]

        /// Creates a path's week.
        public init(path: String, name: String, steps: Int, days: [DayHours]) {
            self.path = path
            self.name = name
            self.steps = steps
            self.days = days
        }

        /// The week of `path` from `monday`, with `roles` the roles its steps need, in step order, and
        /// `unreachable` the hours in which a role cannot be reached.
        init(
            path: AlarmPath, monday: CalendarDay, roles: [EntityID], holidays: [Holiday],
            unreachable: (EntityID) -> Set<LocalDateTime>
        ) {
            let missing = roles.map { (role: $0, hours: unreachable($0)) }
            self.init(
                path: path.id.rawValue, name: path.name, steps: roles.count,
                days: (0..<7).map { offset in
                    let day = monday.adding(days: offset)
                    return DayHours(
                        date: day.description, holidays: holidays.filter { $0.date == day }.sorted(),
                        hours: (0..<24).map { hour in
                            let time = LocalDateTime(day: day, hour: hour)
                            let away = missing.filter { entry in time.map(entry.hours.contains) ?? false }
                            var seen: Set<EntityID> = []
                            return HourReach(
                                hour: hour, reachableSteps: roles.count - away.count,
                                unreachable: away.map(\.role).filter { seen.insert($0).inserted }.map(\.rawValue))
                        })
                })
        }
    }

    /// One day of a path's week.
    public struct DayHours: Hashable, Sendable, Codable {
        /// The day, `2017-06-23`.
        public var date: String
        /// The public holidays and eves that fall on it, by the plan's holiday calendar.
        public var holidays: [HolidayMark]
        /// The 24 hours from 00:00.
        public var hours: [HourReach]

        /// Creates a day.
        public init(date: String, holidays: [Holiday], hours: [HourReach]) {
            self.date = date
            self.holidays = holidays.map { HolidayMark(name: $0.name, englishName: $0.englishName, kind: $0.kind) }
            self.hours = hours
        }
    }

    /// A holiday or eve on a day of the analysed week.
    public struct HolidayMark: Hashable, Sendable, Codable {
        /// Its name, `Midsommarafton`.
        public var name: String
        /// Its name in English, `Midsummer Eve`; the name as it is for a holiday of the plan's own
        /// calendar that has no English name.
        public var englishName: String
        /// A public holiday or an eve.
        public var kind: HolidayKind
    }

    /// One hour of a path's week, from `hour`:00 to the next hour, local time.
    public struct HourReach: Hashable, Sendable, Codable {
        /// The hour of the day, 0–23.
        public var hour: Int
        /// How many of the path's steps that need a role can be reached.
        public var reachableSteps: Int
        /// The roles that cannot be reached, each once, in step order.
        public var unreachable: [String]

        /// Creates an hour.
        public init(hour: Int, reachableSteps: Int, unreachable: [String]) {
            self.hour = hour
            self.reachableSteps = reachableSteps
            self.unreachable = unreachable
        }
    }
}
