import BeredskapModel

/// The CSV form of the tabular reports: one row per activity, per plan (then the total), per age band and function, per alarm
/// step, per line of a drill's log (its timeline, the part of the after-action report that is a
/// table), or per alarm path and hour of the analysed week, with headings in the report language and dates as written in plan files so they sort.
enum ReportCSV {
    static func table(
        _ report: Report, language: ReportLanguage, table: ReportTable = .activities
    ) throws(ReportRenderingError) -> CSVTable {
        func label(_ label: Label) -> String { label.text(language) }
        if table == .indicators {
            guard case .followUp(let report) = report else {
                throw ReportRenderingError(
                    .formatNotAvailable,
                    message: "only the follow-up of one plan has an indicators table; "
                        + "leave out --table for this report's CSV")
            }
            return indicators(report, language: language)
        }
        switch report {
        case .followUp(let report):
            let since = report.since != nil
            var header = [
                "#", "id", label(.group), label(.activity), label(.responsible), label(.otherActors),
                label(.starts), label(.followUp), label(.status), label(.statusDate),
            ]
            if since { header.append(label(.statusAtSince)) }
            header += [label(.note), label(.reportedBy), label(.overdue)]
            let rows = report.groups.flatMap { group in
                group.activities.map { row -> [String] in
                    var cells = [
                        String(row.number), row.id, group.title ?? "", row.title,
                        row.responsible.isEmpty ? Label.notStated.text(language) : names(row.responsible),
                        names(row.otherActors), row.starts ?? Label.notStated.text(language),
                        followUp(row.followUp, language),
                        status(row.status, language),
                        row.statusDate ?? "",
                    ]
                    if since { cells.append(status(row.statusAtSince, language)) }
                    let overdue = row.overdue.map { mark in
                        let due = DateText.long(mark.due, language) ?? mark.due
                        return (mark.kind == .followUpMissed ? Label.followUpMissed : Label.startPassed)
                            .text(language, ["date": due])
                    }
                    return cells + [row.note ?? "", row.reportedBy ?? "", overdue.joined(separator: "; ")]
                }
            }
            return CSVTable(header: header, rows: rows)
        case .followUpOverview(let report):
            let table = FollowUpOverviewTable(report, language: language)
            return CSVTable(header: table.headings, rows: table.rows + [table.total])
        case .coverage(let report):
            let header = [
                label(.ageBand), "min", "max", VocabularyText.capitalizedFirst(label(.function)), label(.units),
                VocabularyText.capitalizedFirst(label(.gap)),
            ]
            let rows = report.bands.flatMap { band in
                band.cells.map { cell in
                    [
                        band.label, String(band.minAge), band.maxAge.map(String.init) ?? "",
                        VocabularyText.label(UnitFunction.self, cell.function, language) ?? cell.function,
                        names(cell.units), label(cell.units.isEmpty ? .yes : .no),
                    ]
                }
            }
            return CSVTable(header: header, rows: rows)
        case .alarmList(let report):
            var header = [
                label(.alarmPath), label(.routine), label(.step), "id", label(.actor), label(.action), label(.target),
                label(.condition), label(.after), label(.options), label(.planText), label(.handling),
            ]
            if report.includesSensitive { header.append(label(.contacts)) }
            let rows = report.paths.flatMap { path in
                path.steps.map { step -> [String] in
                    var cells = [
                        path.name, path.routine ?? "", String(step.number), step.id,
                        AlarmStepText.actor(step, language),
                        AlarmStepText.kind(step.kind, language), step.target?.name ?? "",
                        (AlarmStepText.conditions(step.condition, language) + AlarmStepText.timing(step, language))
                            .joined(separator: "; "),
                        AlarmStepText.after(step, language),
                        step.options.map(\.label).joined(separator: " / "), step.text ?? "",
                        step.handling.joined(separator: "; "),
                    ]
                    if report.includesSensitive {
                        cells.append(
                            (step.contacts ?? []).map { AlarmStepText.contact($0, language) }.joined(separator: "; "))
                    }
                    return cells
                }
            }
            return CSVTable(header: header, rows: rows)
        case .drill(let report):
            // The exercise mark on every row, so that no sorted or filtered copy of the sheet loses it.
            let header = [
                label(.exerciseColumn), "#", label(.minute), label(.simulatedTime), label(.wallTime), label(.entryKind),
                label(.role), label(.whatHappened), label(.note), label(.enteredBy), label(.injects), label(.options),
                label(.correctsLine),
            ]
            let mark = DrillLogPhrase.mark.text(language)
            let rows = report.timeline.map { line in
                [
                    mark, String(line.sequence), DrillClock.minutes(line.minute, language),
                    DrillClock.dayAndClock(line.simulatedTime), DrillClock.dayAndClock(line.wallTime),
                    DrillText.kind(line.kind, language), line.role?.name ?? "", line.text, line.note ?? "",
                    line.enteredBy ?? "", line.inject.map(String.init) ?? "", line.option ?? "",
                    line.corrects.map(String.init) ?? "",
                ]
            }
            return CSVTable(header: header, rows: rows)
        case .reachability(let report):
            let header = [
                label(.alarmPath), "id", label(.date), label(.hour),
                VocabularyText.capitalizedFirst(label(.publicHoliday)), label(.stepsReached), label(.stepCount),
                label(.notReachedRoles),
            ]
            let rows = report.analysis.paths.flatMap { path in
                path.days.flatMap { day in
                    day.hours.map { hour in
                        [
                            path.name, path.path, day.date, String(format: "%02d:00", hour.hour),
                            day.holidays.map { language == .sv ? $0.name : $0.englishName }
                                .joined(separator: ", "),
                            String(hour.reachableSteps),
                            String(path.steps), report.unreachedTitles(hour),
                        ]
                    }
                }
            }
            return CSVTable(header: header, rows: rows)
        case .planDocument:
            throw ReportRenderingError(
                .formatNotAvailable,
                message: "the plan document is not a table, so it has no CSV form; "
                    + "CSV is available for the follow-up, coverage, alarm list, drill and reachability reports")
        }
    }

    /// The follow-up's indicators: a row per value measured, oldest first, and a row without a value
    /// for an indicator not measured by the follow-up date.
    private static func indicators(_ report: FollowUpReport, language: ReportLanguage) -> CSVTable {
        let labels: [Label] = [
            .group, .indicator, .indicatorKind, .question, .indicatorTarget, .date, .period, .measuredValue,
            .measurementSource, .note,
        ]
        var header = labels.map { $0.text(language) }
        header.insert("id", at: 1)
        let rows = report.groups.flatMap { group in
            group.indicators.flatMap { indicator -> [[String]] in
                let fixed = [
                    group.title ?? "", indicator.id, indicator.name,
                    VocabularyText.label(Indicator.Kind.self, indicator.kind, language) ?? indicator.kind,
                    indicator.question ?? "", indicator.target ?? "",
                ]
                guard !indicator.measurements.isEmpty else { return [fixed + ["", "", "", "", ""]] }
                return indicator.measurements.map { value in
                    fixed + [
                        value.date, value.period, value.value, value.source ?? "",
                        value.note ?? "",
                    ]
                }
            }
        }
        return CSVTable(header: header, rows: rows)
    }

    private static func names(_ actors: [ActorName]) -> String {
        actors.map(\.name).joined(separator: ", ")
    }

    /// A follow-up as a spreadsheet reader wants it: dates as written in plan files, so they sort.
    private static func followUp(_ text: String?, _ language: ReportLanguage) -> String {
        guard let text else { return "" }
        if text == "ordinary" { return Label.ordinaryFollowUp.text(language) }
        if text.hasPrefix("every "), let frequency = Frequency(rawValue: String(text.dropFirst(6))) {
            return frequency.label(language)
        }
        return text
    }

    private static func status(_ raw: String?, _ language: ReportLanguage) -> String {
        VocabularyText.label(ActivityStatus.self, raw, language) ?? ""
    }
}
