import BeredskapEscalation
import BeredskapModel
import BeredskapReporting
import BeredskapStorage
import Foundation

extension Workspace {
    // MARK: Reports

    /// A report of the plan in use, rendered; for the follow-up with ``ReportRequest/plans`` `.all`,
    /// the follow-up of every plan of the store (``followUpOverview(asOf:)``).
    ///
    /// - Returns: The document: one self-contained HTML page, Markdown, CSV with CRLF line ends, JSON,
    ///   or text for a terminal.
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/report`` when a template cannot be used,
    ///   the report has no form in the format, or a report other than the follow-up is asked of every
    ///   plan; with the store's code when an earlier version cannot be read.
    public func report(_ request: ReportRequest) throws(WorkspaceError) -> String {
        let date = request.asOf ?? today()
        if request.plans == .all {
            guard case .followUp = request.kind else {
                throw WorkspaceError("only the follow-up reports on every plan of the store", code: .report)
            }
            guard request.since == nil else {
                throw WorkspaceError(
                    "a follow-up of every plan counts each plan's statuses on one date; --since compares two "
                        + "follow-ups of one plan", code: .report)
            }
            return try render(.followUpOverview(try followUpOverview(asOf: request.asOf)), request)
        }
        let plan = request.leavesOutAssumed ? PlanFileWriter.leavingOutAssumed(try plan()) : try plan()
        // The status of the version reported on: the current one's, or none for a plan as it was on an
        // earlier day (which may have been another version).
        var status: String? = try self.status().status.rawValue
        let report: Report
        switch request.kind {
        case .followUp:
            var reported = try planForFollowUp(asOf: request.asOf, current: plan)
            if reported != plan {
                status = nil
                if request.leavesOutAssumed { reported = PlanFileWriter.leavingOutAssumed(reported) }
            }
            report = .followUp(
                FollowUpReport(
                    plan: reported, asOf: date, since: try since(request.since), previous: try previousVersion()))
        case .coverage:
            report = .coverage(CoverageReport(plan: plan, date: date))
        case .alarmList:
            report = .alarmList(AlarmListReport(plan: plan, includeSensitive: request.includeSensitive, date: date))
        case .planDocument:
            report = .planDocument(PlanDocumentReport(plan: plan, date: date))
        case .drill(let session):
            report = .drill(DrillReport(session: session, plan: plan, date: request.asOf))
        case .reachability(let week):
            let calendar = try calendar()
            report = .reachability(
                ReachabilityReport(
                    plan: plan, analysis: reachability(of: plan, week: week, calendar: calendar), calendar: calendar,
                    date: date))
        }
        return try render(report.with(status: status), request)
    }

    /// `report` rendered as `request` asks.
    private func render(_ report: Report, _ request: ReportRequest) throws(WorkspaceError) -> String {
        do {
            return try ReportRenderer(templateDirectory: request.templateDirectory).render(
                report, format: request.format, language: request.language, table: request.table)
        } catch {
            throw WorkspaceError(error.description, code: .report)
        }
    }

    /// The plan as it was at the end of `date`, when a follow-up looks back; the current plan otherwise.
    func planForFollowUp(asOf date: PartialDate?, current: Plan) throws(WorkspaceError) -> Plan {
        guard let date, !hasPendingEdits, endOfDay(date) < Date() else { return current }
        let stored = try storedPlan(planID, atEndOf: date)
        if let plan = stored.plan { return plan }
        // The store would say the same with the instant in UTC; the user wrote a day of the plan's zone.
        let zone = jurisdiction.timeZone
        let first = stored.first.map { "; its first change set is #\($0.id) of \(zone.format($0.date))" } ?? ""
        throw WorkspaceError(
            StoreError(
                .unknownPlan,
                "plan '\(current.id)' did not exist yet on \(date) (\(zone))\(first); `history` lists its change sets"))
    }

    /// The plan `id` as the store held it at the end of `date` (a day that has passed), or nil with its
    /// first change set when it did not exist yet then.
    func storedPlan(
        _ id: EntityID?, atEndOf date: PartialDate
    ) throws(WorkspaceError) -> (plan: Plan?, first: ChangeSetRecord?) {
        let end = endOfDay(date)
        do {
            if let first = try store.history(plan: id).last, first.date > end { return (nil, first) }
            return (try store.plan(id, asOf: end), nil)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The day a follow-up counts from.
    func since(_ since: ReportRequest.Since?) throws(WorkspaceError) -> PartialDate? {
        switch since {
        case nil: return nil
        case .date(let date)?: return date
        case .changeSet(let changeSet)?:
            let record: ChangeSetRecord?
            do {
                record = try store.history(plan: planID).first { $0.id == changeSet }
            } catch {
                throw WorkspaceError(error)
            }
            guard let record else {
                throw WorkspaceError(
                    "no change set #\(changeSet) in this plan; `history` lists them", code: .unknownEntity)
            }
            return day(of: record.date)
        }
    }

    /// The plan's previous yearly version, whose measures a revised plan's follow-up reports on.
    func previousVersion() throws(WorkspaceError) -> Plan? {
        do {
            let (version, _) = try store.status(plan: planID)
            return version > 1 ? try store.plan(planID, version: version - 1) : nil
        } catch {
            throw WorkspaceError(error)
        }
    }

    // MARK: Days

    /// Today in the plan's time zone (``jurisdiction``), as a plan date.
    public func today() -> PartialDate { day(of: Date()) }

    /// The calendar day of an instant in the plan's time zone, as a plan date.
    public func day(of date: Date) -> PartialDate {
        let day = jurisdiction.timeZone.day(at: date)
        return (try? PartialDate(year: day.year, month: day.month, day: day.day)) ?? PartialDate(year: day.year)
    }

    /// The last second of a plan date (of its last day, for a month or a year) in the plan's time zone.
    public func endOfDay(_ date: PartialDate) -> Date {
        let last = date.lastDay
        guard
            let local = LocalDateTime(
                year: last.year, month: last.month, day: last.day, hour: 23, minute: 59, second: 59),
            let resolved = try? jurisdiction.timeZone.resolve(local)
        else { return Date() }
        return resolved.date
    }

    // MARK: Calendars and diagrams

    /// The plan's office hours and rotas in the plan's jurisdiction, or what in them cannot be read and where.
    public func calendar(at location: InputLocation? = nil) throws(WorkspaceError) -> PlanCalendar {
        let plan = try plan()
        do {
            return try PlanCalendar(plan: plan)
        } catch {
            throw WorkspaceError(
                "plan '\(plan.id)' has a time zone, office hours or rotas that cannot be read:\n  "
                    + error.issues.map { "\($0.path): \($0.message)" }.joined(separator: "\n  "), at: location,
                code: .report)
        }
    }

    /// The activities' starts and follow-ups as an iCalendar file, or one rota's shifts and exceptions.
    ///
    /// - Parameters:
    ///   - rota: The rota; the activities when nil.
    ///   - language: The language of titles; the plan's when nil.
    public func iCalendar(
        rota: EntityReference? = nil, language: ReportLanguage? = nil
    ) throws(WorkspaceError)
        -> String
    {
        let plan = try plan()
        guard let rota else { return ICalendarExport(plan: plan, language: language).text }
        let id = try resolveID(rota, in: .rotas)
        do {
            return try RotaCalendarExport(plan: plan, rota: EntityID(id), language: language).text
        } catch {
            throw WorkspaceError(
                "rota '\(id)' cannot be exported: \(error.description)", at: rota.location, code: .report)
        }
    }

    /// An alarm path drawn as a graph.
    ///
    /// - Throws: ``WorkspaceError`` for an unknown path, or when Graphviz cannot draw the SVG.
    public func diagram(
        _ reference: EntityReference, format: DiagramFormat, language: ReportLanguage? = nil,
        at location: InputLocation? = nil
    ) throws(WorkspaceError) -> String {
        let plan = try plan()
        let id = try entity(reference, in: .alarmPaths).id
        guard let path = plan.alarmPaths.first(where: { $0.id.rawValue == id }) else {
            throw WorkspaceError("no alarm path '\(id)'", at: reference.location, code: .unknownEntity)
        }
        let diagram = AlarmPathDiagram(path: path, in: plan, language: language)
        switch format {
        case .dot: return diagram.dot
        case .mermaid: return diagram.mermaid
        case .svg:
            do {
                return try diagram.svg()
            } catch {
                throw WorkspaceError(error.message, at: location, code: .report)
            }
        }
    }

    /// A rota of the plan day by day, from the first day to the last (four weeks from this week's Monday
    /// by default), as stretches that are held or a gap, each with the exception that made it.
    ///
    /// - Parameters:
    ///   - reference: The rota.
    ///   - first: The first day; this week's Monday when nil.
    ///   - last: The last day; four weeks on from the first when nil.
    /// - Returns: The rota's time zone and its stretches.
    /// - Throws: ``WorkspaceError`` for an unknown rota, or a last day before the first.
    public func dutyPeriods(
        of reference: EntityReference, from first: CalendarDay? = nil, to last: CalendarDay? = nil
    ) throws(WorkspaceError) -> (timeZone: LocalTimeZone, periods: [Rota.DutyPeriod]) {
        let id = try resolveID(reference, in: .rotas)
        guard let rota = try calendar(at: reference.location).rotas[EntityID(id)] else {
            throw WorkspaceError(
                "plan '\(try plan().id)' has no rota '\(id)'", at: reference.location, code: .unknownEntity)
        }
        let zone = rota.timeZone
        let today = zone.day(at: Date())
        let from = first ?? today.adding(days: -(today.weekday.rawValue - 1))
        let to = last ?? from.adding(days: 27)
        guard from <= to else { throw WorkspaceError("--to \(to) is before --from \(from)") }
        func start(of day: CalendarDay) -> Date {
            // `.moveForward` never throws.
            LocalDateTime(day: day).flatMap { try? zone.resolve($0, gap: .moveForward).date } ?? .distantPast
        }
        return (zone, rota.dutyPeriods(in: DateInterval(start: start(of: from), end: start(of: to.adding(days: 1)))))
    }

    /// Who can be reached at each step of each entry path, hour by hour over the week of `week` and on
    /// the year's holidays (*nåbarhet*); the single points of failure; the steps that never run.
    /// `report(_:)` with ``ReportRequest/Kind/reachability(week:)`` renders it.
    ///
    /// - Parameters:
    ///   - week: A day of the week to analyse; this week when nil.
    ///   - location: Where the request was written, for messages.
    public func reachability(
        week: CalendarDay? = nil, at location: InputLocation? = nil
    ) throws(WorkspaceError)
        -> ReachabilityAnalysis
    {
        reachability(of: try plan(), week: week, calendar: try calendar(at: location))
    }

    /// The analysis of `plan` with `calendar` for the week of `week`, this week in the calendar's zone when nil.
    func reachability(of plan: Plan, week: CalendarDay?, calendar: PlanCalendar) -> ReachabilityAnalysis {
        ReachabilityAnalysis(
            plan: plan, week: week ?? calendar.jurisdiction.timeZone.day(at: Date()), calendar: calendar)
    }
}
