import BeredskapModel
import Foundation

/// A plan's calendar as the escalation layer uses it: the office hours and the on-duty rotas the plan
/// declares, read from their text into ``OfficeHours`` and ``Rota`` values, and who can be reached when.
///
/// Times are read in the ``jurisdiction``'s time zone and offices close on its holidays; a plan that
/// gives no office hours gets the jurisdiction's default ones. A role with
/// `availability: officeHours` is reachable in office hours; one with `availability: onDuty` and a
/// `rota` is reachable while a shift of that rota (or an exception that covers) holds the duty; every
/// other role around the clock.
///
/// ```swift
/// let calendar = try PlanCalendar(plan: plan)
/// calendar.isOfficeHours(at: saturdayNight)              // false
/// calendar.isAvailable("tib", at: christmasEve)          // false if the rota has a gap then
/// calendar.rotas["tib-schema"]?.gaps(in: december)       // the stretches nobody holds
/// ```
public struct PlanCalendar: RoleAvailability {
    /// The jurisdiction the calendar is read in.
    public let jurisdiction: Jurisdiction
    /// The office hours: the plan's, or the jurisdiction's default when it gives none.
    public let officeHours: OfficeHours
    /// The rotas by id.
    public let rotas: [EntityID: Rota]
    /// The rota of each role that names one.
    public let rotaOfRole: [EntityID: EntityID]
    private let officeHoursRoles: Set<EntityID>
    /// Rotas worked out for a stretch of time by ``preparing(for:)``.
    private var prepared: [EntityID: PreparedRota] = [:]

    /// Reads the calendar of `plan` in `jurisdiction`.
    ///
    /// - Parameters:
    ///   - plan: The plan whose office hours and rotas are read.
    ///   - jurisdiction: The time zone, holidays and default office hours; unless given, the plan's
    ///     own (``Jurisdiction/init(plan:otherwise:)``).
    /// - Throws: ``PlanDataError`` with a time zone the system does not know, and every office-hours
    ///   rule, rota start, rule, length or exception that cannot be read, each at its path in the plan.
    public init(plan: Plan, jurisdiction: Jurisdiction? = nil) throws(PlanDataError) {
        let resolved: Jurisdiction
        if let jurisdiction { resolved = jurisdiction } else { resolved = try Jurisdiction(plan: plan) }
        let (calendar, issues) = Self.read(plan, in: resolved)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty else { throw PlanDataError(issues: errors) }
        self = calendar
    }

    private init(
        jurisdiction: Jurisdiction, officeHours: OfficeHours, rotas: [EntityID: Rota], rotaOfRole: [EntityID: EntityID],
        officeHoursRoles: Set<EntityID>
    ) {
        self.jurisdiction = jurisdiction
        self.officeHours = officeHours
        self.rotas = rotas
        self.rotaOfRole = rotaOfRole
        self.officeHoursRoles = officeHoursRoles
    }

    /// Whether the office is open at `date`.
    public func isOfficeHours(at date: Date) -> Bool { officeHours.isOfficeHours(at: date) }

    /// The rota that staffs `role`, if it names one the plan has.
    public func rota(of role: EntityID) -> Rota? { rotaOfRole[role].flatMap { rotas[$0] } }

    /// Whether the primary holder of `role` can be reached at `date`.
    public func isAvailable(_ role: EntityID, at date: Date) -> Bool {
        // A simulation asks for every contact: no hashing of the id when no role could be unavailable.
        if !officeHoursRoles.isEmpty, officeHoursRoles.contains(role) { return officeHours.isOfficeHours(at: date) }
        guard !rotaOfRole.isEmpty, let id = rotaOfRole[role], let rota = rotas[id] else { return true }
        return prepared[id]?.isCovered(at: date) ?? rota.isCovered(at: date)
    }

    /// Whether no role is limited to office hours or staffed by a rota the plan has: everyone answers
    /// at every moment (the built-in plan, which states neither).
    public var isEveryoneAlwaysAvailable: Bool {
        officeHoursRoles.isEmpty && rotaOfRole.values.allSatisfy { rotas[$0] == nil }
    }

    /// The calendar with every rota's shifts and gaps in `interval` worked out once, so that asking
    /// about a moment in it is a binary search rather than an expansion of the rota's rule from its
    /// first shift. Moments outside `interval` are answered as before.
    ///
    /// A simulation prepares the days after its event (``DryRun`` and ``MonteCarlo`` do it
    /// themselves), the reachability analysis the year it looks at.
    public func preparing(for interval: DateInterval) -> PlanCalendar {
        var copy = self
        for (id, rota) in rotas {
            copy.prepared[id] = PreparedRota(interval: interval, periods: rota.dutyPeriods(in: interval))
        }
        return copy
    }

    /// The calendar with what could be read, and the problems with the rest (a rota that cannot be
    /// read is left out; office hours that cannot be read fall back to the default). Without a
    /// jurisdiction it is the plan's, or the default one when the plan's time zone is unknown (which
    /// the model validator reports).
    static func read(_ plan: Plan, in jurisdiction: Jurisdiction? = nil) -> (PlanCalendar, [PlanIssue]) {
        let jurisdiction = jurisdiction ?? (try? Jurisdiction(plan: plan)) ?? .default
        var issues: [PlanIssue] = []
        var officeHours = jurisdiction.defaultOfficeHours
        if !plan.metadata.officeHours.isEmpty {
            let problems = OfficeHours.problems(in: plan.metadata.officeHours)
            for error in problems {
                let path = PlanPath(["plan", "officeHours", .index(error.rule - 1), .key(error.field.rawValue)])
                issues.append(PlanIssue(.error, .invalidValue, at: path, error.message))
            }
            if problems.isEmpty,
                let hours = try? OfficeHours(
                    rules: plan.metadata.officeHours, timeZone: jurisdiction.timeZone, holidays: jurisdiction.holidays)
            {
                officeHours = hours
            }
        }
        var rotas: [EntityID: Rota] = [:]
        for (index, entry) in plan.rotas.enumerated() {
            let path = PlanPath(["rotas", .index(index)])
            switch Self.rota(entry, at: path, in: jurisdiction.timeZone) {
            case .success(let rota):
                rotas[entry.id] = rota
                issues += Self.warnings(about: rota, written: entry, at: path)
            case .failure(let error): issues += error.issues
            }
        }
        let rotaOfRole = Dictionary(
            plan.roles.compactMap { role in role.rota.map { (role.id, $0) } }, uniquingKeysWith: { first, _ in first })
        let officeHoursRoles = Set(plan.roles.filter { $0.availability == .officeHours }.map(\.id))
        let calendar = PlanCalendar(
            jurisdiction: jurisdiction, officeHours: officeHours, rotas: rotas, rotaOfRole: rotaOfRole,
            officeHoursRoles: officeHoursRoles)
        return (calendar, issues)
    }

    /// What is odd about a rota that can be read: a rule that gives no shift at all, and a first shift
    /// that is not an occurrence of the rule (RFC 5545 leaves open whether such a start is one, so
    /// calendar programs may show a shift there that the rota does not have).
    static func warnings(about rota: Rota, written entry: DutyRota, at path: PlanPath) -> [PlanIssue] {
        guard
            let first = rota.recurrence.occurrences(from: rota.firstShift, in: rota.timeZone).first(where: { _ in true }
            )
        else {
            return [
                PlanIssue(
                    .warning, .invalidValue, at: path.appending("repeats"),
                    "'\(entry.repeats)' gives no shift from \(rota.firstShift) on, so nobody is ever on duty by this rota"
                )
            ]
        }
        guard first == rota.firstShift else {
            return [
                PlanIssue(
                    .warning, .invalidValue, at: path.appending("starts"),
                    "\(rota.firstShift) is not a start the rule '\(entry.repeats)' gives, so the first shift is at "
                        + "\(first); calendar programs may show one at \(rota.firstShift) too. Start the rota on a shift"
                )
            ]
        }
        return []
    }

    /// One rota with its times in `zone`, or every problem with it.
    static func rota(_ entry: DutyRota, at path: PlanPath, in zone: LocalTimeZone) -> Result<Rota, PlanDataError> {
        var issues: [PlanIssue] = []
        func note(_ key: String, _ message: String, index: Int? = nil, field: String? = nil) {
            var place = path.appending(key)
            if let index { place = place.appending(index) }
            if let field { place = place.appending(field) }
            issues.append(PlanIssue(.error, .invalidValue, at: place, message))
        }
        // An empty text is the model validator's to report; reading it would say the same twice.
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        var start: LocalDateTime?
        if !blank(entry.starts) {
            do { start = try LocalDateTime(parsing: entry.starts) } catch { note("starts", error.message) }
        }
        var rule: RecurrenceRule?
        if !blank(entry.repeats) {
            do { rule = try RecurrenceRule(parsing: entry.repeats) } catch { note("repeats", error.description) }
        }
        var length: Rota.ShiftLength?
        if !blank(entry.shiftLength) {
            do { length = try Rota.ShiftLength(parsing: entry.shiftLength) } catch {
                note("shiftLength", error.message)
            }
        }
        var overrides: [RotaOverride] = []
        for (index, exception) in entry.exceptions.enumerated() {
            var ends: [(local: LocalDateTime, date: Date)] = []
            for (key, text) in [("from", exception.from), ("to", exception.to)] {
                do {
                    let local = try LocalDateTime(parsing: text)
                    ends.append((local, try zone.resolve(local, gap: .moveForward, overlap: .earlier).date))
                } catch {
                    note("exceptions", error.message, index: index, field: key)
                }
            }
            guard ends.count == 2 else { continue }
            guard ends[0].date < ends[1].date else {
                note(
                    "exceptions",
                    ends[0].local < ends[1].local
                        ? "from \(exception.from) to \(exception.to) covers no time: the clocks skip it when summer "
                            + "time begins"
                        : "ends at \(exception.to), which is not after it starts at \(exception.from)",
                    index: index, field: "to")
                continue
            }
            overrides.append(
                RotaOverride(
                    interval: DateInterval(start: ends[0].date, end: ends[1].date),
                    coverage: exception.covered ? .covered : .uncovered, note: exception.note))
        }
        guard issues.isEmpty, let start, let rule, let length else { return .failure(PlanDataError(issues: issues)) }
        return .success(
            Rota(
                name: entry.name, firstShift: start, recurrence: rule, shiftLength: length, overrides: overrides,
                timeZone: zone))
    }
}

/// A rota's duty over a stretch of time: the starts of its periods, sorted, and whether each is held.
private struct PreparedRota: Sendable {
    let interval: DateInterval
    let starts: [Date]
    let covered: [Bool]

    init(interval: DateInterval, periods: [Rota.DutyPeriod]) {
        self.interval = interval
        starts = periods.map(\.interval.start)
        covered = periods.map(\.isCovered)
    }

    /// Whether the duty is held at `date`, or `nil` outside the prepared stretch.
    func isCovered(at date: Date) -> Bool? {
        guard interval.start <= date, date < interval.end, !starts.isEmpty else { return nil }
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= date { low = middle } else { high = middle }
        }
        return starts[low] <= date ? covered[low] : nil
    }
}
