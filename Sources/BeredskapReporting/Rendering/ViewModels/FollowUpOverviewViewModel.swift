import BeredskapModel
import Foundation

/// The follow-up of every plan as one table, the same in every format: its headings, a row per plan
/// and the total row, each cell as text in the report language.
struct FollowUpOverviewTable {
    /// The columns' headings: plan, title, administration, version, plan status, activities, each
    /// activity status in its order, overdue activities.
    let headings: [String]
    /// The first column of counts; the columns before it say which plan a row is.
    static let countsStart = 5
    /// Whether each column holds a number.
    let numeric: [Bool]
    /// A row per plan.
    let rows: [[String]]
    /// The total of every plan, under the numbers.
    let total: [String]

    init(_ overview: FollowUpOverview, language: ReportLanguage) {
        func label(_ label: Label) -> String { label.text(language) }
        let statuses = overview.total.summary.map { count in
            VocabularyText.capitalizedFirst(
                VocabularyText.label(ActivityStatus.self, count.status, language) ?? label(.noStatus))
        }
        headings =
            [label(.plan), label(.title), label(.administration), label(.version), label(.planStatus)]
            + [label(.activities)] + statuses + [label(.overdueActivities)]
        numeric = headings.indices.map { $0 == 3 || $0 >= Self.countsStart }
        func counts(_ tally: FollowUpOverview.Tally) -> [String] {
            [String(tally.activities)] + tally.summary.map { String($0.count) } + [String(tally.overdueCount)]
        }
        rows = overview.plans.map { plan in
            [
                plan.planID, plan.title, plan.administration ?? "", String(plan.version),
                Self.planStatus(plan.status, language),
            ] + counts(plan.tally)
        }
        total = [label(.total), "", "", "", ""] + counts(overview.total)
    }

    /// A plan's lifecycle status written `raw` (`draft`, `adopted`, `approved`), as a label.
    static func planStatus(_ raw: String, _ language: ReportLanguage) -> String {
        switch raw {
        case "draft": Label.planDraft.text(language)
        case "adopted": Label.planAdopted.text(language)
        case "approved": Label.planApproved.text(language)
        default: raw
        }
    }
}

/// The view model of the follow-up of every plan.
///
/// Keys: `header` (as every report's, its title the overview's), `columns` (`text`,
/// `numeric`), `rows` (`cells`: `text`, `numeric`), `total` (cells, an empty one `NSNull`), and for the
/// terminal `plansTable` and `countsTable`, the table drawn as two whose rows are numbered alike.
struct FollowUpOverviewViewModel {
    let overview: FollowUpOverview
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        let table = FollowUpOverviewTable(overview, language: builder.language)
        model["header"] = builder.header(
            overview.header(title: builder.label(.followUpOverview)), kind: builder.label(.followUpReport),
            extra: [(.plans, String(overview.plans.count))])
        func cells(_ texts: [String]) -> [[String: Any]] {
            zip(texts, table.numeric).map { ["text": builder.value($0), "numeric": $1] }
        }
        model["columns"] = cells(table.headings)
        model["rows"] = table.rows.map { ["cells": cells($0)] }
        model["total"] = cells(table.total)
        if builder.isTerminal {
            // Thirteen columns do not fit a terminal: the plans, then their counts, numbered alike.
            let split = FollowUpOverviewTable.countsStart
            let numbers = table.rows.indices.map { String($0 + 1) }
            func text(_ columns: Range<Int>, total: [String]?) -> String {
                var rows = zip(numbers, table.rows).map { [$0] + $1[columns] }
                if let total { rows.append([total[0]] + total[columns]) }
                return TextTable(
                    columns: [.init(heading: "#", alignRight: true, minimumWidth: 1)]
                        + columns.map { .init(heading: table.headings[$0], alignRight: table.numeric[$0]) },
                    rows: rows
                ).render(width: builder.lineWidth)
            }
            model["plansTable"] = text(0..<split, total: nil)
            model["countsTable"] = text(split..<table.headings.count, total: table.total)
        }
        return model
    }
}

extension FollowUpOverview {
    /// The title block of the overview: `title`, the date, the report's language; no plan's owner.
    func header(title: String) -> ReportHeader {
        ReportHeader(planID: "", title: title, language: language, date: asOf)
    }
}
