import BeredskapModel
import Foundation

/// The lists the plan document shows after a section's text: definitions, milieus, departments, units
/// by level, the activity table, focus areas, alarm paths, roles and external actors.
struct PlanDocumentInserts {
    let report: PlanDocumentReport
    let builder: ViewModelBuilder
    /// The level of the section the list follows; the list's own headings are one level below.
    let level: Int

    /// The flag each block has for each kind of list, `true` on the block that shows it.
    static let flags = [
        "isDefinitions", "isMilieus", "isDepartments", "isUnits", "isActivities", "isFocusAreas", "isAlarmPaths",
        "isRoles", "isExternalActors",
    ]

    private var entryHeadingLevel: Int { min(level + 2, 6) }

    func model(for insert: Section.Insert) -> [String: Any] {
        var model: [String: Any] = [
            "entryHeadingLevel": entryHeadingLevel, "entryHashes": String(repeating: "#", count: entryHeadingLevel),
        ]
        var text: [String] = []
        let width = builder.lineWidth
        switch insert {
        case .definitions:
            model["isDefinitions"] = true
            model["definitions"] = report.definitions.map { ["term": $0.term, "text": $0.text] }
            text = report.definitions.map { TextWrap.paragraph("\($0.term) – \($0.text)", width: width) }
        case .milieus:
            model["isMilieus"] = true
            model["milieus"] = report.milieus.map { milieu -> [String: Any] in
                ["name": milieu.name, "paragraphs": builder.paragraphs(Paragraphs.split(milieu.description))]
            }
            text = report.milieus.map { milieu in
                ([milieu.name] + Paragraphs.split(milieu.description).map { wrap($0) }).joined(separator: "\n\n")
            }
        case .departments:
            model["isDepartments"] = true
            model["departments"] = report.departments.map { department -> [String: Any] in
                [
                    "name": department.name, "paragraphs": builder.paragraphs(Paragraphs.split(department.description)),
                    "units": builder.value(builder.names(department.units)),
                ]
            }
            text = report.departments.map { department in
                ([department.name] + Paragraphs.split(department.description).map { wrap($0) }
                    + (department.units.isEmpty
                        ? [] : [wrap(builder.label(.units) + ": " + builder.names(department.units))]))
                    .joined(separator: "\n\n")
            }
        case .preventionUnits, .interventionUnits, .otherUnits:
            let level: FunctionLevel? =
                switch insert {
                case .preventionUnits: .prevention
                case .interventionUnits: .intervention
                default: nil
                }
            let units = report.units.filter { $0.level == level?.rawValue }
            model["isUnits"] = true
            model["units"] = units.map(unit)
            text = units.map { unit in
                let model = self.unit(unit)
                return
                    ([unit.name, model["functionsText"] as! String]
                    + Paragraphs.split(unit.description).map { wrap($0) }
                    + [(model["targetText"] as? String).map { wrap($0) }].compactMap { $0 })
                    .joined(separator: "\n")
            }
        case .activities:
            model["isActivities"] = true
            model["activities"] = activityRows(report.activities)
            text = [activityTable(report.activities)]
        case .focusAreas:
            model["isFocusAreas"] = true
            model["focusAreas"] = report.focusAreas.map(focusArea)
            text = report.focusAreas.map { area in
                let heading = VocabularyText.areaHeading(area.number, area.title)
                let effects =
                    area.expectedEffects.isEmpty
                    ? []
                    : [
                        ([builder.label(.expectedEffects) + ":"] + area.expectedEffects.map { bullet($0) })
                            .joined(separator: "\n")
                    ]
                let indicators =
                    area.indicators.isEmpty
                    ? []
                    : [
                        ([builder.label(.indicators) + ":"] + area.indicators.map { bullet(indicatorText($0)) })
                            .joined(separator: "\n")
                    ]
                return
                    ([heading] + [area.goal.map { wrap(builder.label(.goal) + ": " + $0) }].compactMap { $0 }
                    + effects + indicators + (area.activities.isEmpty ? [] : [activityTable(area.activities)]))
                    .joined(separator: "\n\n")
            }
        case .alarmPaths:
            model["isAlarmPaths"] = true
            model["alarmPaths"] = report.alarmPaths.map { path -> [String: Any] in
                var entry = AlarmListViewModel.path(path, builder: builder, includesSensitive: false)
                entry["steps"] = path.steps.map(documentStep)
                return entry
            }
            text = report.alarmPaths.map { path in
                ([path.name]
                    + path.steps.map { step in
                        "  • "
                            + TextWrap.paragraph(
                                documentStep(step)["line"] as! String
                                    + (step.note.map { " (\(builder.label(.remark)): \($0))" } ?? ""),
                                width: width, indent: 4)
                    }).joined(separator: "\n")
            }
        case .roles:
            model["isRoles"] = true
            model["roles"] = report.roles.map { role -> [String: Any] in
                [
                    "title": role.title, "details": roleDetails(role),
                    "paragraphs": builder.paragraphs(Paragraphs.split(role.description)),
                ]
            }
            text = report.roles.map { role in
                ([role.title, "  " + TextWrap.paragraph(roleDetails(role), width: width, indent: 2)]
                    + Paragraphs.split(role.description).map { "  " + TextWrap.paragraph($0, width: width, indent: 2) })
                    .joined(separator: "\n")
            }
        case .externalActors:
            model["isExternalActors"] = true
            model["externalActors"] = report.externalActors.map { actor -> [String: Any] in
                [
                    "name": actor.name,
                    "kind": VocabularyText.label(ExternalActor.Kind.self, actor.kind, builder.language) ?? actor.kind,
                    "description": builder.value(actor.description),
                ]
            }
            text = report.externalActors.map { actor in
                let kind = VocabularyText.label(ExternalActor.Kind.self, actor.kind, builder.language) ?? actor.kind
                return bullet("\(actor.name) (\(kind))" + (actor.description.map { " – " + $0 } ?? ""))
            }
        }
        if builder.isTerminal {
            // Roles and actors are lists of short entries: one blank line between roles, none between actors.
            model["insertText"] = text.joined(separator: insert == .externalActors ? "\n" : "\n\n")
        }
        return model
    }

    /// What a role is, where it sits, when it answers and who stands in for it: "befattning,
    /// Stadsledningskontoret; nås i kontorstid; ställföreträdare: Biträdande stadsdirektör".
    private func roleDetails(_ role: PlanDocumentReport.RoleEntry) -> String {
        let language = builder.language
        let kind = VocabularyText.label(Role.Kind.self, role.kind, language) ?? role.kind
        // A role answers around the clock unless the plan says otherwise, so only otherwise is said.
        let reach: String? =
            switch (role.availability, role.rota) {
            case ("officeHours", _): builder.label(.reachableInOfficeHours)
            case ("onDuty", let rota?): builder.label(.reachableByRota, ["rota": rota.name])
            case ("onDuty", nil): builder.label(.reachableOnDuty)
            default: nil
            }
        let names = role.deputies.map(\.name).joined(separator: ", ")
        let deputies: String? =
            if role.deputies.isEmpty {
                nil
            } else if let minutes = role.deputyAfterMinutes {
                builder.label(
                    .deputiesAfter,
                    ["minutes": minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes), "names": names])
            } else {
                builder.label(.deputies, ["names": names])
            }
        return
            ([[kind, role.organization?.name].compactMap { $0 }.joined(separator: ", ")]
            + [reach, deputies]
            .compactMap { $0 }).joined(separator: "; ")
    }

    /// An item of a list under a heading: a bullet, the text wrapped under itself.
    private func bullet(_ text: String) -> String {
        "  • " + TextWrap.paragraph(text.replacingOccurrences(of: "\n", with: " "), width: builder.lineWidth, indent: 4)
    }

    /// An indicator as the document names it: "Antal utbildade (antal), målvärde 40".
    private func indicatorText(_ indicator: PlanDocumentReport.IndicatorEntry) -> String {
        let kind = VocabularyText.label(Indicator.Kind.self, indicator.kind, builder.language) ?? indicator.kind
        return "\(indicator.name) (\(kind))" + (indicator.target.map { ", \(builder.label(.targetValue)) \($0)" } ?? "")
    }

    private func wrap(_ text: String) -> String {
        TextWrap.paragraph(text.replacingOccurrences(of: "\n", with: " "), width: builder.lineWidth)
    }

    private func unit(_ unit: PlanDocumentReport.UnitEntry) -> [String: Any] {
        let functions = unit.functions.map(builder.function)
        let plural = functions.count > 1 && builder.language == .en
        let functionsText =
            functions.isEmpty
            ? VocabularyText.capitalizedFirst(builder.label(.function)) + ": " + builder.label(.notStated)
            : VocabularyText.capitalizedFirst(
                VocabularyText.list(functions, builder.language) + " "
                    + builder.label(plural ? .functionPlural : .function))
        let groups = unit.targetGroups.map { group in
            group.ages.map { "\(group.description) (\($0))" } ?? group.description
        }
        return [
            "name": unit.name, "shortName": builder.value(unit.shortName), "functionsText": functionsText,
            "paragraphs": builder.paragraphs(Paragraphs.split(unit.description)),
            "targetText": groups.isEmpty
                ? NSNull() : builder.label(.targetGroup) + ": " + groups.joined(separator: "; "),
        ]
    }

    private func activityRows(_ activities: [PlanDocumentReport.ActivityEntry]) -> [[String: Any]] {
        activities.enumerated().map { index, activity in
            [
                "number": index + 1, "title": activity.title, "description": builder.value(activity.description),
                "responsible": builder.responsible(activity.responsible),
                "otherActors": builder.value(builder.names(activity.otherActors)),
                "starts": builder.statedDate(activity.starts),
                "followUp": builder.followUp(activity.followUp),
            ]
        }
    }

    private func activityTable(_ activities: [PlanDocumentReport.ActivityEntry]) -> String {
        TextTable(
            columns: [
                .init(heading: builder.label(.activity)), .init(heading: builder.label(.responsible)),
                .init(heading: builder.label(.otherActors)), .init(heading: builder.label(.starts)),
                .init(heading: builder.label(.followUp)),
            ],
            rows: activities.map { activity in
                [
                    activity.title, builder.responsible(activity.responsible),
                    activity.otherActors.isEmpty ? "–" : builder.names(activity.otherActors),
                    builder.statedDate(activity.starts),
                    builder.followUp(activity.followUp) as? String ?? "",
                ]
            }
        ).render(width: builder.lineWidth)
    }

    /// How many areas up the area's parents go: an area of a chapter is a level below the chapter.
    private func depth(_ area: PlanDocumentReport.FocusAreaEntry) -> Int {
        var depth = 0
        var seen: Set<String> = [area.id]
        var parent = area.parent
        while let id = parent, seen.insert(id).inserted, let next = report.focusAreas.first(where: { $0.id == id }) {
            depth += 1
            parent = next.parent
        }
        return depth
    }

    private func focusArea(_ area: PlanDocumentReport.FocusAreaEntry) -> [String: Any] {
        let headingLevel = min(entryHeadingLevel + depth(area), 6)
        return [
            "entryHeadingLevel": headingLevel, "entryHashes": String(repeating: "#", count: headingLevel),
            "heading": VocabularyText.areaHeading(area.number, area.title), "goal": builder.value(area.goal),
            "effects": area.expectedEffects.map { ["text": $0] }, "hasEffects": !area.expectedEffects.isEmpty,
            "indicators": area.indicators.map { indicator -> [String: Any] in
                [
                    "name": indicator.name, "target": builder.value(indicator.target),
                    "kind": VocabularyText.label(Indicator.Kind.self, indicator.kind, builder.language)
                        ?? indicator.kind,
                    "text": indicatorText(indicator),
                ]
            },
            "hasIndicators": !area.indicators.isEmpty, "activities": activityRows(area.activities),
            "hasActivities": !area.activities.isEmpty,
        ]
    }

    /// A step as the document says it: the plan's own sentence, or who does what to whom, with the
    /// condition when the sentence does not carry it.
    private func documentStep(_ step: AlarmListReport.Step) -> [String: Any] {
        let conditions = AlarmStepText.conditions(step.condition, builder.language)
        let sentence = step.text ?? (AlarmStepText.sentence(step, builder.language) + ".")
        let line =
            step.text == nil && !conditions.isEmpty
            ? sentence + " (" + conditions.joined(separator: "; ") + ")" : sentence
        return [
            "number": step.number, "line": line, "note": builder.value(step.note),
            "conditions": builder.value(step.text == nil ? nil : conditions.joined(separator: "; ")),
        ]
    }
}
