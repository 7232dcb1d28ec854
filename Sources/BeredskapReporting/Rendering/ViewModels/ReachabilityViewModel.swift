import BeredskapEscalation
import BeredskapModel
import Foundation

/// The view model of the reachability report.
///
/// Keys: `header`, `heading` (the week and the office hours), `legend` (`level`, `label`), `paths` (`name`,
/// `id`, `hasSteps`, `fullHours`, `days` with `weekday`, `short`, `date`, `isHoliday`, `holidays` with
/// `name` and `kind`; `rows` with `hour` and `cells` with `level`, `figure`, `isFull` and `description`;
/// for the terminal `grid`), `steps` (`path`, `step`, `role`, `hours`, `first`, `holidays`),
/// `singlePointsIntro`, `singlePoints`, `rotaGapsIntro`, `rotaGaps`, `neverRunIntro`, `neverRun` (each item
/// `text`, each list with a `has…` flag), `hasRotas`, and for the terminal `stepsTable`, `singlePointsText`, `rotaGapsText`, `neverRunText`.
struct ReachabilityViewModel {
    let report: ReachabilityReport
    let builder: ViewModelBuilder

    var analysis: ReachabilityAnalysis { report.analysis }
    var language: ReportLanguage { builder.language }

    var dictionary: [String: Any] {
        var model = builder.common()
        let days = report.analysis.paths.first?.days.map(\.date) ?? []
        let week = [days.first, days.last].compactMap { $0 }.joined(separator: " – ")
        model["header"] = builder.header(
            report.header, kind: builder.label(.reachabilityReport), extra: [(.week, week)])
        model["heading"] = ReachabilityText.heading(
            analysis, officeHours: report.officeHours, planStatesHours: report.planStatesHours, language
        )
        .trimmingCharacters(in: .newlines)
        let scale: [(level: Int, label: Label)] = [
            (4, .everyStepReached), (3, .someStepsReached), (2, .someStepsReached), (1, .someStepsReached),
            (0, .noStepReached),
        ]
        model["legend"] = scale.map { ["level": String($0.level), "label": builder.label($0.label)] }
        model["paths"] = analysis.paths.map(path)
        model["steps"] = stepRows.map { row in
            ["path": row[0], "step": row[1], "role": row[2], "hours": row[3], "first": row[4], "holidays": row[5]]
        }
        model["singlePointsIntro"] = ReachabilityText.singlePointsIntro(analysis, language)
        model["singlePoints"] = analysis.singlePointsOfFailure.map { ["text": ReachabilityText.singlePoint($0)] }
        model["hasSinglePoints"] = !analysis.singlePointsOfFailure.isEmpty
        model["hasRotas"] = report.hasRotas
        model["hasRotaGaps"] = !analysis.rotaGaps.isEmpty
        model["hasNeverRun"] = !analysis.neverRun.isEmpty
        model["rotaGapsIntro"] = ReachabilityText.rotaGapsIntro(analysis, language)
        model["rotaGaps"] = analysis.rotaGaps.map { ["text": ReachabilityText.rotaGap($0, language)] }
        model["neverRunIntro"] = ReachabilityText.neverRunIntro(analysis, language)
        model["neverRun"] = analysis.neverRun.map { ["text": ReachabilityText.neverRunStep($0, language)] }
        if builder.isTerminal {
            model["stepsTable"] = TextTable(
                columns: [
                    .init(heading: builder.label(.alarmPath)), .init(heading: builder.label(.step)),
                    .init(heading: builder.label(.role)),
                    .init(heading: builder.label(.unreachableHours), alignRight: true),
                    .init(heading: builder.label(.firstUnreachable)),
                    .init(heading: builder.label(.unreachableHolidays), alignRight: true),
                ],
                rows: stepRows
            ).render(width: builder.lineWidth)
            model["singlePointsText"] = ReachabilityText.singlePoints(analysis, language)
            model["rotaGapsText"] = ReachabilityText.rotaGaps(analysis, language)
            model["neverRunText"] = ReachabilityText.neverRun(analysis, language)
        }
        return model
    }

    /// Each step that needs a role: path, step, role, hours unreached, the first of them, holidays unreached.
    private var stepRows: [[String]] {
        analysis.steps.map { step in
            [
                step.path, step.step, step.title, String(step.unreachableHours),
                step.firstUnreachable.map { ReachabilityText.hour($0, language) } ?? "–",
                String(step.unreachableHolidays.count),
            ]
        }
    }

    private func path(_ week: ReachabilityAnalysis.PathWeek) -> [String: Any] {
        let days = week.days.map(day)
        let rows = (0..<24).map { hour -> [String: Any] in
            [
                "hour": String(format: "%02d:00", hour),
                "cells": zip(week.days, days).map { day, dayModel -> [String: Any] in
                    let reach = day.hours[hour]
                    let level = Self.level(reach.reachableSteps, of: week.steps)
                    var description = builder.label(
                        .hourCell,
                        [
                            "day": "\(dayModel["weekday"] ?? "") \(day.date)",
                            "hour": String(format: "%02d:00–%02d:00", hour, hour + 1),
                            "reached": String(reach.reachableSteps), "steps": String(week.steps),
                        ])
                    if !reach.unreachable.isEmpty {
                        description += "; " + builder.label(.notReached, ["roles": report.unreachedTitles(reach)])
                    }
                    return [
                        "level": String(level), "isFull": level == 4, "description": description,
                        "figure": "\(reach.reachableSteps)/\(week.steps)",
                    ]
                },
            ]
        }
        let full = week.days.flatMap(\.hours).filter { $0.reachableSteps == week.steps }.count
        var model: [String: Any] = [
            "name": week.name, "id": week.path, "hasSteps": week.steps > 0, "days": days, "rows": rows,
            "fullHours": builder.label(.hoursFullyReached, ["hours": String(full), "total": "168"]),
        ]
        if builder.isTerminal { model["grid"] = grid(week, days: days) }
        return model
    }

    private func day(_ day: ReachabilityAnalysis.DayHours) -> [String: Any] {
        let weekday = (try? CalendarDay(parsing: day.date))?.weekday
        let name = weekday.map { language == .sv ? $0.swedishName : $0.englishTitle } ?? ""
        return [
            "weekday": name, "short": String(name.prefix(3)), "date": day.date, "isHoliday": !day.holidays.isEmpty,
            "holidays": day.holidays.map { holiday in
                ["name": holidayName(holiday), "kind": kind(holiday)]
            },
        ]
    }

    /// The holiday's name in the report's language: "Midsommarafton", "Midsummer Eve".
    private func holidayName(_ holiday: ReachabilityAnalysis.HolidayMark) -> String {
        language == .sv ? holiday.name : holiday.englishName
    }

    /// "helgdagsafton", "public holiday".
    private func kind(_ holiday: ReachabilityAnalysis.HolidayMark) -> String {
        builder.label(holiday.kind == .eve ? .eve : .publicHoliday)
    }

    /// The share of a path's steps reached, in five steps: 4 every step, 0 none, 1–3 a third each between.
    static func level(_ reached: Int, of steps: Int) -> Int {
        guard steps > 0, reached < steps else { return 4 }
        guard reached > 0 else { return 0 }
        return 1 + min(2, 3 * reached / steps)
    }

    /// The week as lines of text for a terminal: a day a line, an hour three columns, `·` where every step
    /// is reached and else how many are not; the holidays under it.
    private func grid(_ week: ReachabilityAnalysis.PathWeek, days: [[String: Any]]) -> String {
        let label = { (day: [String: Any]) in
            "\(day["short"] ?? "") \(day["date"] ?? "")" + ((day["isHoliday"] as? Bool) == true ? "*" : " ")
        }
        let width = days.map { DisplayWidth.of(label($0)) }.max() ?? 0
        let header = String(repeating: " ", count: width) + (0..<24).map { String(format: " %02d", $0) }.joined()
        let lines = zip(week.days, days).map { day, model in
            DisplayWidth.pad(label(model), to: width)
                + day.hours.map { hour -> String in
                    let missing = week.steps - hour.reachableSteps
                    return "  " + (missing == 0 ? "·" : missing > 9 ? "+" : String(missing))
                }
                .joined()
        }
        let holidays = zip(week.days, days).flatMap { day, model in
            day.holidays.map { "* \(model["short"] ?? "") \(day.date) \(holidayName($0)) (\(kind($0)))" }
        }
        return ([header] + lines + holidays).joined(separator: "\n")
    }
}
