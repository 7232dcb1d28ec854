import BeredskapModel
import Foundation

/// The view model of the coverage report.
///
/// Keys: `header`, `functionNames` (column headings), `units` (`name`, `shortName`, `department`,
/// `level`, `ages`, `marks` with `mark` per function, `targetGroups`, `milieus`), `bands` (`label`,
/// `cells` with `units` and `isGap`, `hasGap`), `gaps` (`text`), `unitsWithoutAges` (`name`),
/// `milieus` (`name`, `units`), and for the terminal `unitsTable`, `bandsTable` and `milieusTable`.
struct CoverageViewModel {
    let report: CoverageReport
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        model["header"] = builder.header(report.header, kind: builder.label(.coverageReport))
        let functions = UnitFunction.allCases.map(\.rawValue)
        let functionNames = functions.map { VocabularyText.capitalizedFirst(builder.function($0)) }
        model["functionNames"] = functionNames.map { ["name": $0] }
        let units = report.units.map { unit -> [String: Any] in
            [
                "name": unit.name, "shortName": builder.value(unit.shortName),
                "department": builder.value(unit.department),
                "level": builder.level(unit.level),
                "ages": builder.value(unit.ages),
                "marks": functions.map { ["mark": unit.functions.contains($0) ? "✓" : ""] },
                "functions": unit.functions.map(builder.function).joined(separator: ", "),
                "targetGroups": unit.targetGroups.map { ["text": $0] },
                "milieus": builder.value(unit.milieus.joined(separator: ", ")),
            ]
        }
        model["units"] = units
        let bands = report.bands.map { band -> [String: Any] in
            [
                "label": band.label,
                "cells": band.cells.map { cell -> [String: Any] in
                    ["units": builder.value(builder.names(cell.units)), "isGap": cell.units.isEmpty]
                },
                "hasGap": band.cells.contains { $0.units.isEmpty },
            ]
        }
        model["bands"] = bands
        let gaps = report.gaps.map { gap in
            ["text": builder.label(.gapText, ["band": gap.band, "function": builder.function(gap.function)])]
        }
        model["gaps"] = gaps
        model["hasGaps"] = !gaps.isEmpty
        model["unitsWithoutAges"] = report.unitsWithoutAges.map { ["name": $0.name] }
        model["hasUnitsWithoutAges"] = !report.unitsWithoutAges.isEmpty
        let milieus = report.milieus.map { milieu -> [String: Any] in
            ["name": milieu.name, "units": builder.value(builder.names(milieu.units))]
        }
        model["milieus"] = milieus
        model["hasMilieus"] = !milieus.isEmpty
        model["hasMilieuTags"] = report.milieus.contains { !$0.units.isEmpty }
        if builder.isTerminal {
            addTables(to: &model, functionNames: functionNames, functions: functions)
        }
        return model
    }

    private func addTables(to model: inout [String: Any], functionNames: [String], functions: [String]) {
        let width = builder.lineWidth
        model["wrappedBandsNote"] = TextWrap.paragraph(builder.label(.bandsNote), width: width)
        model["wrappedUnitsWithoutAgesNote"] = TextWrap.paragraph(builder.label(.unitsWithoutAgesNote), width: width)
        let marks = functionNames.map { TextTable.Column(heading: $0, minimumWidth: 4) }
        model["unitsTable"] = TextTable(
            columns: [.init(heading: builder.label(.unit)), .init(heading: builder.label(.level))] + marks + [
                .init(heading: builder.label(.ages))
            ],
            rows: report.units.map { unit in
                [unit.name, builder.level(unit.level)]
                    + functions.map { unit.functions.contains($0) ? "✓" : "" } + [unit.ages ?? "–"]
            }
        ).render(width: width)
        let gap = "(" + builder.label(.gap) + ")"
        model["bandsTable"] = TextTable(
            columns: [.init(heading: builder.label(.ageBand), minimumWidth: 5)]
                + functionNames.map { .init(heading: $0) },
            rows: report.bands.map { band in
                [band.label] + band.cells.map { $0.units.isEmpty ? gap : builder.names($0.units) }
            }
        ).render(width: width)
        model["milieusTable"] = TextTable(
            columns: [.init(heading: builder.label(.milieu)), .init(heading: builder.label(.units))],
            rows: report.milieus.map { [$0.name, $0.units.isEmpty ? "–" : builder.names($0.units)] }
        ).render(width: width)
    }
}
