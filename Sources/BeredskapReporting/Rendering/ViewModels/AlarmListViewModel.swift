import BeredskapModel
import Foundation

/// The view model of the alarm list, and of the alarm paths in the plan document.
///
/// Keys: `header`, `includesSensitive`, `paths` (`id`, `name`, `entry`, `description`, `variants`
/// (`text`), `steps`, terminal `table`), each step (`number`, `kind`, `actor`, `target`, `sentence`,
/// `text`, `conditions`, `hasConditions`, `after`, `options` (`label`), `timing`, `note`, `contacts`
/// (`text`)), and `directory` (`actor`, `contacts`).
struct AlarmListViewModel {
    let report: AlarmListReport
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        model["header"] = builder.header(report.header, kind: builder.label(.alarmListReport))
        model["includesSensitive"] = report.includesSensitive
        model["paths"] = report.paths.map {
            Self.path($0, builder: builder, includesSensitive: report.includesSensitive)
        }
        model["hasPaths"] = !report.paths.isEmpty
        let directory = (report.directory ?? []).map { entry -> [String: Any] in
            [
                "actor": entry.actor.name,
                "contacts": entry.contacts.map { Self.contactModel($0, builder: builder) },
                "contactsText": entry.contacts.map { AlarmStepText.contact($0, builder.language) }.joined(
                    separator: "; "),
            ]
        }
        model["directory"] = directory
        model["hasDirectory"] = !directory.isEmpty
        if builder.isTerminal {
            model["wrappedWarning"] = TextWrap.paragraph(builder.label(.sensitiveWarning), width: builder.lineWidth)
            model["directoryText"] = (report.directory ?? []).map { entry in
                ([entry.actor.name] + entry.contacts.map { "  " + AlarmStepText.contact($0, builder.language) })
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        }
        return model
    }

    /// The view model of one path; the plan document shows paths too.
    static func path(_ path: AlarmListReport.Path, builder: ViewModelBuilder, includesSensitive: Bool) -> [String: Any]
    {
        var variants: [[String: Any]] = []
        if let steps = path.officeHoursSteps {
            variants.append(["text": builder.label(.inOfficeHoursSteps, ["steps": list(steps)])])
        }
        if let steps = path.outsideOfficeHoursSteps {
            variants.append(["text": builder.label(.outsideOfficeHoursSteps, ["steps": list(steps)])])
        }
        var model: [String: Any] = [
            "id": path.id, "name": path.name, "nameRule": builder.rule(path.name, "-"),
            "entry": builder.value(path.entry?.name), "description": builder.value(path.description),
            "routine": builder.value(path.routine),
            "variants": variants, "steps": path.steps.map { step($0, builder: builder) },
        ]
        // The plan's own words for each step and its remarks, which the table has no column for.
        let worded = path.steps.filter { $0.text != nil || $0.note != nil || !$0.handling.isEmpty }
        model["stepTexts"] = worded.map { step -> [String: Any] in
            [
                "number": step.number, "text": builder.value(step.text), "note": builder.value(step.note),
                "handling": builder.value(step.handling.isEmpty ? nil : step.handling.joined(separator: "; ")),
            ]
        }
        model["hasStepTexts"] = !worded.isEmpty
        if builder.isTerminal {
            let number = worded.map { String($0.number).count }.max() ?? 1
            model["stepTextsText"] = worded.map { step in
                let label = String(repeating: " ", count: number - String(step.number).count) + "\(step.number). "
                let words = [
                    step.text, step.note.map { builder.label(.remark) + ": " + $0 },
                    step.handling.isEmpty
                        ? nil : builder.label(.handling) + ": " + step.handling.joined(separator: "; "),
                ].compactMap { $0 }
                return "  " + label
                    + TextWrap.paragraph(
                        words.joined(separator: " ").replacingOccurrences(of: "\n", with: " "),
                        width: builder.lineWidth, indent: number + 4)
            }.joined(separator: "\n")
        }
        if builder.isTerminal {
            var columns: [TextTable.Column] = [
                .init(heading: "#", alignRight: true, minimumWidth: 2), .init(heading: builder.label(.actor)),
                .init(heading: builder.label(.action)), .init(heading: builder.label(.target)),
                .init(heading: builder.label(.condition)), .init(heading: builder.label(.after), minimumWidth: 5),
            ]
            // A number must not be wrapped across lines, so the column is at least as wide as the widest.
            let widestValue = path.steps.flatMap { $0.contacts ?? [] }.map { DisplayWidth.of($0.value) }.max() ?? 6
            if includesSensitive {
                columns.append(.init(heading: builder.label(.contacts), minimumWidth: widestValue))
            }
            model["table"] = TextTable(
                columns: columns,
                rows: path.steps.map { step in
                    var cells = [
                        String(step.number), AlarmStepText.actor(step, builder.language),
                        AlarmStepText.kind(step.kind, builder.language),
                        (step.target?.name ?? "") + options(step),
                        (AlarmStepText.conditions(step.condition, builder.language)
                            + AlarmStepText.timing(step, builder.language)).joined(separator: "; "),
                        AlarmStepText.after(step, builder.language),
                    ]
                    if includesSensitive {
                        cells.append(
                            (step.contacts ?? []).map {
                                AlarmStepText.contactName($0, builder.language) + ":\n" + $0.value
                            }.joined(separator: "\n"))
                    }
                    return cells
                }
            ).render(width: builder.lineWidth)
        }
        return model
    }

    /// A contact detail for templates: `text` on one line, or `name` and `value` apart.
    static func contactModel(_ contact: AlarmListReport.ContactLine, builder: ViewModelBuilder) -> [String: Any] {
        [
            "text": AlarmStepText.contact(contact, builder.language),
            "name": AlarmStepText.contactName(contact, builder.language), "value": contact.value,
            "sensitive": contact.sensitive,
        ]
    }

    private static func options(_ step: AlarmListReport.Step) -> String {
        guard !step.options.isEmpty else { return "" }
        return (step.target == nil ? "" : " ") + step.options.map(\.label).joined(separator: " / ")
    }

    private static func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }

    private static func step(_ step: AlarmListReport.Step, builder: ViewModelBuilder) -> [String: Any] {
        let conditions = AlarmStepText.conditions(step.condition, builder.language)
        let timing = AlarmStepText.timing(step, builder.language)
        return [
            "number": step.number, "id": step.id, "kind": AlarmStepText.kind(step.kind, builder.language),
            "kindClass": "kind-" + step.kind, "actor": AlarmStepText.actor(step, builder.language),
            "target": builder.value(step.target?.name),
            "sentence": AlarmStepText.sentence(step, builder.language), "text": builder.value(step.text),
            "conditions": builder.value(conditions.joined(separator: "; ")), "hasConditions": !conditions.isEmpty,
            "timing": builder.value(timing.joined(separator: "; ")),
            "after": builder.value(AlarmStepText.after(step, builder.language)),
            "options": step.options.map { ["label": $0.label] }, "hasOptions": !step.options.isEmpty,
            "optionsText": builder.value(step.options.map(\.label).joined(separator: " / ")),
            "whom": builder.value(
                ([step.target?.name].compactMap { $0 } + step.options.map(\.label)).joined(separator: " / ")),
            "note": builder.value(step.note),
            "handling": builder.value(step.handling.isEmpty ? nil : step.handling.joined(separator: "; ")),
            "contacts": (step.contacts ?? []).map { contactModel($0, builder: builder) },
            "contactsText": builder.value(
                (step.contacts ?? []).map { AlarmStepText.contact($0, builder.language) }.joined(separator: "; ")),
        ]
    }
}
