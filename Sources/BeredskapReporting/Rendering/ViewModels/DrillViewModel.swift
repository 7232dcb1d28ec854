import BeredskapModel
import Foundation

/// The view model of the drill after-action report.
///
/// Keys: `header` (its `title` is the scenario's, the plan is a `meta` row), `overview` (`label`,
/// `value`), `participants` (`role`, `person`), `hasParticipants`, `ratings` (`letter`, `label`, `count`,
/// `ratingClass`), `timeline` (`sequence`, `minute`, `simulatedClock`, `wallClock`, `kind`, `kindClass`,
/// `role`, `text`, `note`, `enteredBy`), `objectives` (`number`, `text`, `role`, `target`, `acted`,
/// `rating`, `ratingText`, `ratingClass` — the final rating —, `logRating`, `logRatingText`,
/// `evaluation` (`rating`, `ratingText`, `ratingClass`, `evaluator`, `time`, `source`, `observation`) or
/// the `notRated` text, `evaluationText` (either in one line), `observations` (`text`)), `deviations` (`number`, `kind`,
/// `kindClass`, `role`, `expected`, `deadline`, `happened`, `text`), `improvements` (`number`, `issue`,
/// `correctiveAction`, `responsible`, `due`), a `has…` flag for each list, and for the terminal
/// `overviewText`, `participantsTable`, `timelineTable`, `objectivesText`, `deviationsText`,
/// `improvementsText` and the wrapped notes.
struct DrillViewModel {
    let report: DrillReport
    let builder: ViewModelBuilder

    private var language: ReportLanguage { builder.language }

    var dictionary: [String: Any] {
        var model = builder.common()
        let overview = report.overview
        var header = report.header
        header.title = overview.scenarioTitle
        // The plan's period and version describe the plan, not the drill; the plan row names it instead.
        header.period = nil
        header.version = nil
        model["header"] = builder.header(
            header, kind: builder.label(.drillReport),
            extra: [(.plan, report.header.title), (.session, overview.sessionID)], exercise: report.exercise)
        let rows = overviewRows()
        model["overview"] = rows.map { ["label": $0.0, "value": $0.1] }
        model["participants"] = overview.participants.map { ["role": $0.role.name, "person": $0.person] }
        model["hasParticipants"] = !overview.participants.isEmpty
        model["ratings"] = DrillReport.Rating.allCases.map { rating -> [String: Any] in
            [
                "letter": rating.rawValue, "label": VocabularyText.capitalizedFirst(DrillText.rating(rating, language)),
                "count": report.objectives.count { $0.rating == rating }, "ratingClass": "rating-" + rating.rawValue,
            ]
        }
        model["timeline"] = report.timeline.map(logLine)
        model["objectives"] = report.objectives.enumerated().map { objective($1, number: $0 + 1) }
        model["hasObjectives"] = !report.objectives.isEmpty
        model["deviations"] = report.deviations.enumerated().map { deviation($1, number: $0 + 1) }
        model["hasDeviations"] = !report.deviations.isEmpty
        model["improvements"] = report.improvements.enumerated().map { index, item -> [String: Any] in
            [
                "number": index + 1, "capability": item.capability, "issue": item.issue,
                "correctiveAction": item.correctiveAction, "responsible": item.responsibleTitle,
                "organization": item.responsibleOrganization ?? "–", "pointOfContact": item.pointOfContact ?? "–",
                "start": DateText.long(item.start, language),
                "due": DateText.long(item.due, language), "dueDate": item.due.description,
            ]
        }
        model["hasImprovements"] = !report.improvements.isEmpty
        if builder.isTerminal { addTerminalText(to: &model, overview: rows) }
        return model
    }

    private func overviewRows() -> [(String, String)] {
        let overview = report.overview
        let classification =
            VocabularyText.label(EventClassification.self, overview.classification, language)
            ?? overview.classification
        let hours = builder.label(overview.officeHours ? .officeHours : .outsideOfficeHours)
        var rows: [(String, String?)] = [
            (builder.label(.scenario), "\(overview.scenarioTitle) (\(overview.scenario))"),
            (builder.label(.alarmPath), overview.pathName),
            (builder.label(.eventTime), longTime(overview.eventTime)),
            (builder.label(.classification), VocabularyText.capitalizedFirst(classification) + ", " + hours),
            (builder.label(.affectedAdministration), overview.administration),
            (builder.label(.leader), overview.leader),
            (builder.label(.sessionState), VocabularyText.capitalizedFirst(DrillText.state(overview.state, language))),
            (builder.label(.timePlayed), minutesText(overview.minutesPlayed)),
            (builder.label(.conducted), conducted()),
            (
                builder.label(.injects),
                builder.label(
                    .injectsGiven, ["given": String(overview.injectsGiven), "total": String(overview.injectsTotal)])
            ),
        ]
        rows.removeAll { $0.1 == nil || $0.1?.isEmpty == true }
        return rows.map { ($0.0, $0.1!) }
    }

    /// "14 mars 2018 09:00–10:10", or with both days when the drill ran past midnight.
    private func conducted() -> String? {
        guard let start = report.overview.wallStart, let end = report.overview.wallEnd else { return nil }
        if DrillClock.day(start) == DrillClock.day(end) {
            return longTime(start) + "–" + DrillClock.clock(end)
        }
        return longTime(start) + " – " + longTime(end)
    }

    /// A stamp as "14 oktober 2017 02:30".
    private func longTime(_ stamp: String) -> String {
        (DateText.long(DrillClock.day(stamp), language) ?? DrillClock.day(stamp)) + " " + DrillClock.clock(stamp)
    }

    private func minutesText(_ value: Double) -> String {
        value == 1
            ? builder.label(.oneMinute) : builder.label(.minutesValue, ["minutes": DrillClock.minutes(value, language)])
    }

    private func minuteText(_ value: Double?) -> String {
        guard let value else { return builder.label(.notHappened) }
        return builder.label(.minuteValue, ["minute": DrillClock.minutes(value, language)])
    }

    private func logLine(_ line: DrillReport.LogLine) -> [String: Any] {
        [
            "sequence": line.sequence, "minute": DrillClock.minutes(line.minute, language),
            "simulatedClock": DrillClock.clock(line.simulatedTime), "wallClock": DrillClock.clock(line.wallTime),
            "kind": DrillText.kind(line.kind, language), "kindClass": "log-" + line.kind,
            "role": builder.value(line.role?.name), "text": line.text, "note": builder.value(line.note),
            "enteredBy": builder.value(line.enteredBy),
        ]
    }

    private func actedText(_ objective: DrillReport.ObjectiveRating) -> String {
        guard let minute = objective.actedAtMinute else { return builder.label(.notHappened) }
        let clock = report.timeline.first { $0.sequence == objective.actedInEntry }.map {
            " (" + DrillClock.clock($0.simulatedTime) + ")"
        }
        return minuteText(minute) + (clock ?? "")
    }

    private func objective(_ objective: DrillReport.ObjectiveRating, number: Int) -> [String: Any] {
        [
            "number": number, "id": objective.id, "text": objective.text, "role": objective.role.name,
            "target": builder.label(.withinMinutes, ["minutes": DrillClock.minutes(objective.withinMinutes, language)]),
            "acted": actedText(objective), "rating": objective.rating.rawValue,
            "ratingText": DrillText.rating(objective.rating, language),
            "ratingClass": "rating-" + objective.rating.rawValue, "logRating": objective.logRating.rawValue,
            "logRatingText": DrillText.rating(objective.logRating, language),
            // Every evaluator's latest rating, in the order they first rated; a section iterates them.
            "evaluation": objective.evaluations.enumerated().map { index, evaluation -> [String: Any] in
                [
                    "rating": evaluation.rating.rawValue, "ratingText": DrillText.rating(evaluation.rating, language),
                    "ratingClass": "rating-" + evaluation.rating.rawValue,
                    "evaluator": builder.value(evaluation.evaluator),
                    "time": longTime(evaluation.wallTime), "source": source(evaluation),
                    "observation": builder.value(observation(evaluation, among: objective.evaluations)),
                    "separator": index + 1 < objective.evaluations.count ? "; " : "",
                ]
            },
            "evaluationText": evaluationText(objective.evaluations),
            "decision": objective.decision,
            "notRated": objective.evaluations.isEmpty ? builder.label(.notRatedByEvaluator) : NSNull(),
            "observations": objective.observations.map { ["text": $0] },
        ]
    }

    /// The evaluators' ratings on one line: "S – genomfört med vissa svårigheter (Eva Lind, 14 mars 2018
    /// 09:45); M – … (Bo Ek, …)".
    private func evaluationText(_ evaluations: [DrillReport.Evaluation]) -> String {
        guard !evaluations.isEmpty else { return builder.label(.notRatedByEvaluator) }
        return evaluations.map {
            $0.rating.rawValue + " – " + DrillText.rating($0.rating, language) + " (\(source($0)))"
        }.joined(separator: "; ")
    }

    /// An evaluator's observation, with their name in front when several evaluators rated.
    private func observation(_ evaluation: DrillReport.Evaluation, among all: [DrillReport.Evaluation]) -> String? {
        guard let observation = evaluation.observation else { return nil }
        guard all.count > 1 else { return observation }
        return (evaluation.evaluator ?? builder.label(.unnamedEvaluator)) + ": " + observation
    }

    /// Who rated and when: "Eva Lind, 14 mars 2018 09:45".
    private func source(_ evaluation: DrillReport.Evaluation) -> String {
        [evaluation.evaluator, longTime(evaluation.wallTime)].compactMap { $0 }.joined(separator: ", ")
    }

    private func deviation(_ deviation: DrillReport.Deviation, number: Int) -> [String: Any] {
        [
            "number": number, "kind": DrillText.deviation(deviation.kind, language),
            "kindClass": "deviation-" + deviation.kind.rawValue, "role": deviation.role.name,
            "expected": deviation.expected,
            "deadline": builder.value(deviation.deadlineMinute.map { minuteText($0) }),
            "happened": minuteText(deviation.actualMinute), "text": deviation.text,
        ]
    }

    private func addTerminalText(to model: inout [String: Any], overview rows: [(String, String)]) {
        let width = builder.lineWidth
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        model["overviewText"] = rows.map { row in
            let indent = labelWidth + 2
            let lines = TextWrap.lines(row.1, width: width - indent)
            return
                ([DisplayWidth.pad(row.0 + ":", to: indent) + (lines.first ?? "")]
                + lines.dropFirst().map { String(repeating: " ", count: indent) + $0 }).joined(separator: "\n")
        }.joined(separator: "\n")
        model["participantsTable"] = TextTable(
            columns: [.init(heading: builder.label(.role)), .init(heading: builder.label(.person))],
            rows: report.overview.participants.map { [$0.role.name, $0.person] }
        ).render(width: width)
        model["wrappedRatingScale"] = TextWrap.paragraph(
            builder.label(.ratingScale) + " " + builder.label(.ratingRule), width: width)
        model["timelineTable"] = TextTable(
            columns: [
                .init(heading: "#", alignRight: true),
                .init(heading: builder.label(.minute), alignRight: true, minimumWidth: 5),
                .init(heading: builder.label(.simulatedTime), minimumWidth: 5),
                .init(heading: builder.label(.wallTime), minimumWidth: DisplayWidth.of(builder.label(.wallTime))),
                .init(heading: builder.label(.entryKind)), .init(heading: builder.label(.role)),
                .init(heading: builder.label(.whatHappened)),
            ],
            // Who logged a line goes under its text: a column of its own leaves the text too narrow.
            rows: report.timeline.map { line in
                [
                    String(line.sequence), DrillClock.minutes(line.minute, language),
                    DrillClock.clock(line.simulatedTime),
                    DrillClock.clock(line.wallTime), DrillText.kind(line.kind, language), line.role?.name ?? "",
                    line.text + (line.note.map { "\n" + builder.label(.note) + ": " + $0 } ?? "")
                        + (line.enteredBy.map { "\n" + builder.label(.enteredBy) + ": " + $0 } ?? ""),
                ]
            }
        ).render(width: width)
        let count = String(max(report.objectives.count, report.deviations.count, report.improvements.count)).count
        model["objectivesText"] = report.objectives.enumerated().map { index, objective in
            TextRecord(
                number: String(index + 1), title: objective.text,
                fields: [
                    (builder.label(.role), objective.role.name),
                    (
                        builder.label(.objective),
                        builder.label(
                            .withinMinutes, ["minutes": DrillClock.minutes(objective.withinMinutes, language)])
                    ),
                    (builder.label(.acted), actedText(objective)),
                    (
                        builder.label(.rating),
                        objective.rating.rawValue + " – " + DrillText.rating(objective.rating, language)
                    ),
                    (
                        builder.label(.ratingFromLog),
                        objective.logRating.rawValue + " – " + DrillText.rating(objective.logRating, language)
                    ),
                    (
                        builder.label(objective.evaluations.count > 1 ? .evaluators : .evaluatorRating),
                        evaluationText(objective.evaluations)
                    ),
                    // The observations go under the ratings they explain, as the log's observations go under theirs.
                ] + objective.evaluations.compactMap { observation($0, among: objective.evaluations).map { ("", $0) } }
                    + [(builder.label(.ratingDecision), objective.decision)]
                    + objective.observations.enumerated().map { ($0 == 0 ? builder.label(.observations) : "", $1) }
            ).render(width: width, numberWidth: count)
        }.joined(separator: "\n\n")
        model["deviationsText"] = report.deviations.enumerated().map { index, deviation in
            TextRecord(
                number: String(index + 1),
                title: DrillText.deviation(deviation.kind, language) + ": " + deviation.expected,
                fields: [
                    (builder.label(.role), deviation.role.name),
                    (builder.label(.deadline), deviation.deadlineMinute.map { minuteText($0) } ?? "–"),
                    (builder.label(.happened), minuteText(deviation.actualMinute)),
                    (builder.label(.observations), deviation.text),
                ]
            ).render(width: width, numberWidth: count)
        }.joined(separator: "\n\n")
        model["improvementsText"] = report.improvements.enumerated().map { index, item in
            TextRecord(
                number: String(index + 1), title: item.correctiveAction,
                fields: [
                    (builder.label(.capability), item.capability), (builder.label(.issue), item.issue),
                    (builder.label(.responsible), item.responsibleTitle),
                    (builder.label(.responsibleOrganization), item.responsibleOrganization ?? "–"),
                    (builder.label(.pointOfContact), item.pointOfContact ?? "–"),
                    (builder.label(.startDate), DateText.long(item.start, language)),
                    (builder.label(.completionDate), DateText.long(item.due, language)),
                ]
            ).render(width: width, numberWidth: count)
        }.joined(separator: "\n\n")
    }
}
