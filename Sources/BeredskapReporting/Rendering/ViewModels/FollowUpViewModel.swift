import BeredskapModel
import Foundation

/// The view model of the follow-up report.
///
/// Keys: `header`, `asOf`, `since`, `summary` (`label`, `count`, `statusClass`), `total`,
/// `overdueCount`, `overdue` (`number`, `title`, `text`), `groups` (`heading`, `goal`, `activities`,
/// terminal `table`), each activity (`number`, `title`, `description`, `responsible`, `otherActors`,
/// `starts`, `followUp`, `status`, `statusClass`, `statusDate`, `note`, `reportedBy`, `statusAtSince`,
/// `changed`, `overdue`, `isOverdue`), and `previousYear` (`intro`, `activities`, terminal `table`).
struct FollowUpViewModel {
    let report: FollowUpReport
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        let asOf = DateText.long(report.asOf, builder.language) ?? report.asOf
        model["header"] = builder.header(
            report.header, kind: builder.label(.followUpReport),
            extra: [(.since, DateText.long(report.since, builder.language))])
        model["asOf"] = asOf
        model["since"] = builder.date(report.since)
        model["hasSince"] = report.since != nil
        model["sinceNote"] = builder.value(
            DateText.long(report.since, builder.language).map { builder.label(.sinceNote, ["date": $0]) })
        let summary = report.summary.map { count -> [String: Any] in
            [
                "label": VocabularyText.capitalizedFirst(builder.status(count.status)), "count": count.count,
                "statusClass": builder.statusClass(count.status),
            ]
        }
        model["summary"] = summary
        model["total"] = report.activities.count
        model["overdueCount"] = report.overdueCount
        model["hasOverdue"] = report.overdueCount > 0
        model["overdue"] = report.activities.flatMap { row in
            row.overdue.map { mark -> [String: Any] in
                ["number": row.number, "title": row.title, "text": overdueText(mark)]
            }
        }
        model["groups"] = report.groups.map(group)
        model["hasActivities"] = !report.activities.isEmpty
        model["previousYear"] = report.previousYear.map(previousYear) ?? NSNull()
        if builder.isTerminal {
            model["summaryTable"] = TextTable(
                columns: [
                    .init(heading: builder.label(.status)), .init(heading: builder.label(.count), alignRight: true),
                ],
                rows: summary.map { [$0["label"] as! String, String($0["count"] as! Int)] }
                    + [[builder.label(.total), String(report.activities.count)]]
            ).render(width: builder.lineWidth)
        }
        return model
    }

    private func overdueText(_ mark: FollowUpReport.OverdueMark) -> String {
        let due = DateText.long(mark.due, builder.language) ?? mark.due
        switch mark.kind {
        case .followUpMissed: return builder.label(.followUpMissed, ["date": due])
        case .notStarted: return builder.label(.startPassed, ["date": due])
        }
    }

    private func group(_ group: FollowUpReport.Group) -> [String: Any] {
        let heading =
            group.title.map { VocabularyText.areaHeading(group.number, $0) }
            ?? builder.label(.activitiesGroup)
        let rows = group.activities.map(activity)
        // One row per value measured, or one saying an indicator has none yet.
        let indicatorRows = group.indicators.flatMap { indicator -> [[String: Any]] in
            let values: [[String: Any]] = indicator.measurements.map { measurement in
                [
                    "period": FollowUpPeriod.text(measurement.period, builder.language),
                    "date": DateText.long(measurement.date, builder.language) ?? measurement.date,
                    "value": measurement.value,
                    "source": [measurement.source, measurement.note].compactMap { $0 }.joined(separator: "; "),
                ]
            }
            return
                (values.isEmpty
                ? [["period": "–", "date": "", "value": builder.label(.notMeasured), "source": ""]] : values).map {
                    $0.merging(
                        [
                            "name": indicator.name, "target": indicator.target ?? "–",
                            "question": builder.value(indicator.question),
                        ], uniquingKeysWith: { first, _ in first })
                }
        }
        var model: [String: Any] = [
            "heading": heading, "headingRule": builder.rule(heading, "-"), "goal": builder.value(group.goal),
            "activities": rows, "hasActivities": !rows.isEmpty, "indicatorRows": indicatorRows,
            // A focus area without activities is not a plan without them.
            "noActivities": builder.label(group.id == nil ? .noActivities : .noAreaActivities),
            "hasIndicators": !group.indicators.isEmpty,
        ]
        if builder.isTerminal && !indicatorRows.isEmpty {
            model["indicatorsTable"] = TextTable(
                columns: [
                    .init(heading: builder.label(.indicators)), .init(heading: builder.label(.indicatorTarget)),
                    .init(heading: builder.label(.period)), .init(heading: builder.label(.measuredValue)),
                    .init(heading: builder.label(.measurementSource)),
                ],
                rows: indicatorRows.map { row in
                    ["name", "target", "period", "value", "source"].map { row[$0] as? String ?? "" }
                }
            ).render(width: builder.lineWidth)
        }
        if builder.isTerminal {
            let numberWidth = String(report.activities.count).count
            model["records"] = group.activities.map { row in
                record(row).render(width: builder.lineWidth, numberWidth: numberWidth)
            }.joined(separator: "\n\n")
        }
        return model
    }

    /// An activity as a terminal record.
    private func record(_ row: FollowUpReport.ActivityRow) -> TextRecord {
        let language = builder.language
        var fields: [(name: String, value: String)] = [
            (builder.label(.responsible), builder.responsible(row.responsible)),
            (builder.label(.otherActors), row.otherActors.isEmpty ? "–" : builder.names(row.otherActors)),
            (builder.label(.starts), builder.statedDate(row.starts)),
            (builder.label(.followUp), builder.followUp(row.followUp) as? String ?? "–"),
            (
                builder.label(.status),
                builder.status(row.status) + (DateText.long(row.statusDate, language).map { " (\($0))" } ?? "")
            ),
        ]
        if report.since != nil { fields.append((builder.label(.statusAtSince), builder.status(row.statusAtSince))) }
        if let note = row.note {
            fields.append((builder.label(.note), note + (row.reportedBy.map { " (\($0))" } ?? "")))
        }
        fields += row.overdue.map { (builder.label(.overdue) + " (!)", overdueText($0)) }
        return TextRecord(number: String(row.number), title: row.title, fields: fields)
    }

    private func activity(_ row: FollowUpReport.ActivityRow) -> [String: Any] {
        [
            "number": row.number, "id": row.id, "title": row.title, "description": builder.value(row.description),
            "responsible": builder.responsible(row.responsible),
            "otherActors": builder.value(builder.names(row.otherActors)),
            "starts": builder.statedDate(row.starts),
            "followUp": builder.followUp(row.followUp),
            "status": builder.status(row.status), "statusClass": builder.statusClass(row.status),
            "hasStatus": row.status != nil, "statusDate": builder.date(row.statusDate),
            "note": builder.value(row.note), "reportedBy": builder.value(row.reportedBy),
            "statusAtSince": report.since == nil ? NSNull() : builder.status(row.statusAtSince),
            "statusAtSinceClass": builder.statusClass(row.statusAtSince),
            "changed": row.changedSinceLast, "isOverdue": !row.overdue.isEmpty,
            "changedFrom": row.changedSinceLast
                ? builder.label(.changedFrom, ["status": builder.status(row.statusAtSince)]) : NSNull(),
            "overdue": row.overdue.map { ["text": overdueText($0)] },
        ]
    }

    private func previousYear(_ previous: FollowUpReport.PreviousYear) -> [String: Any] {
        let name = [previous.title, previous.version.map { "version \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let rows = previous.activities.map { activity -> [String: Any] in
            [
                "title": activity.title, "responsible": builder.responsible(activity.responsible),
                "starts": builder.statedDate(activity.starts),
                "status": builder.status(activity.status), "statusClass": builder.statusClass(activity.status),
                "statusDate": builder.date(activity.statusDate), "note": builder.value(activity.note),
                "continues": builder.label(activity.continues ? .yes : .no),
            ]
        }
        var model: [String: Any] = [
            "intro": builder.label(.previousYearIntro, ["plan": name]), "activities": rows,
        ]
        if builder.isTerminal {
            model["wrappedIntro"] = TextWrap.paragraph(model["intro"] as! String, width: builder.lineWidth)
            model["table"] = TextTable(
                columns: [
                    .init(heading: builder.label(.activity)), .init(heading: builder.label(.responsible)),
                    .init(heading: builder.label(.finalStatus)), .init(heading: builder.label(.note)),
                    .init(heading: builder.label(.continues)),
                ],
                rows: previous.activities.map { activity in
                    [
                        activity.title, builder.responsible(activity.responsible), builder.status(activity.status),
                        activity.note ?? "", builder.label(activity.continues ? .yes : .no),
                    ]
                }
            ).render(width: builder.lineWidth)
        }
        return model
    }
}
