import BeredskapModel
import Foundation

/// The view model of the plan document.
///
/// Keys: `header`, `approvals` (`text`, `note`), `revisions` (`text`), `toc` (`title`, `anchor`,
/// `level`), `blocks` — the sections flattened in document order, each with `anchor`, `title`,
/// `headingLevel` (2 for a top-level section), `hashes`, `paragraphs`, `citations`, one `is…` flag per
/// list it shows (`isDefinitions`, `isUnits`, `isActivities`, `isRoles`, `isExternalActors`, …) and the list's entries — and
/// `references` (`number`, `text`, `note`). Terminal view models add `rule` and `insertText`.
struct PlanDocumentViewModel {
    let report: PlanDocumentReport
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        // The plan's title says what the document is; a kind above it would repeat "Handlingsplan".
        model["header"] = builder.header(
            report.header, kind: nil,
            extra: [
                (.diaryNumber, report.diaryNumbers.isEmpty ? nil : report.diaryNumbers.joined(separator: ", ")),
                (.published, DateText.long(report.publishedOn, builder.language)),
            ])
        model["approvals"] = report.approvals.map { approval -> [String: Any] in
            let action = VocabularyText.capitalizedFirst(
                VocabularyText.label(Approval.Action.self, approval.action, builder.language) ?? approval.action)
            let numbers = [approval.diaryNumber].compactMap { $0 } + approval.otherDiaryNumbers
            let details = [
                DateText.long(approval.date, builder.language) ?? builder.label(.pendingDecision),
                DateText.long(approval.deadline, builder.language).map { builder.label(.answerBy, ["date": $0]) },
                numbers.isEmpty ? nil : builder.label(.diaryNumber) + " " + numbers.joined(separator: ", "),
                approval.condition.map { builder.label(.onCondition, ["condition": $0]) },
            ].compactMap { $0 }
            let text =
                ([builder.label(.decidedBy, ["action": action, "body": approval.body])]
                + (approval.bodies.isEmpty
                    ? [] : [builder.label(.referredTo, ["bodies": approval.bodies.joined(separator: ", ")])]))
                .joined(separator: " ")
            return [
                "text": ([text] + details).joined(separator: ", "), "note": builder.value(approval.note),
            ]
        }
        model["hasApprovals"] = !report.approvals.isEmpty
        model["revisions"] = report.revisions.map { revision in
            [
                "text":
                    (["\(builder.label(.version)) \(revision.version)", DateText.long(revision.date, builder.language)]
                    .compactMap { $0 } + [revision.summary].compactMap { $0 }).joined(separator: ", ")
            ]
        }
        model["hasRevisions"] = !report.revisions.isEmpty
        var blocks: [[String: Any]] = []
        for section in report.sections { flatten(section, level: 1, into: &blocks) }
        if !report.references.isEmpty {
            blocks.append(
                block(
                    anchor: "references", title: builder.label(.references), level: 1, paragraphs: [], citations: [],
                    isReferences: true))
        }
        if !report.basis.isEmpty {
            var basis = block(
                anchor: "basis", title: builder.label(.basisSection), level: 1, paragraphs: [], citations: [])
            basis["isBasis"] = true
            blocks.append(basis)
        }
        model["blocks"] = blocks
        model["toc"] = blocks.filter { ($0["level"] as! Int) <= 2 }.map { block -> [String: Any] in
            let level = block["level"] as! Int
            return [
                "title": block["title"]!, "anchor": block["anchor"]!, "level": level,
                "indent": String(repeating: "  ", count: level - 1),
            ]
        }
        let references = report.references.map { reference -> [String: Any] in
            ["number": reference.number, "text": referenceText(reference), "note": builder.value(reference.note)]
        }
        model["references"] = references
        let basis = report.basis.map { entry -> [String: Any] in
            let kind = VocabularyText.label(Basis.Kind.self, entry.basis, builder.language) ?? entry.basis
            let path = entry.field.map { "\(entry.path).\($0)" } ?? entry.path
            return [
                "text": builder.label(.basisNote, ["name": entry.name, "path": path, "basis": kind]),
                "note": builder.value(entry.note),
            ]
        }
        model["basisEntries"] = basis
        model["hasReferences"] = !references.isEmpty
        if builder.isTerminal {
            model["referencesText"] = report.references.map { reference in
                "[\(reference.number)] "
                    + TextWrap.paragraph(
                        referenceText(reference), width: builder.lineWidth, indent: String(reference.number).count + 3)
            }.joined(separator: "\n")
            let bullet = { (text: String) in "  • " + TextWrap.paragraph(text, width: builder.lineWidth, indent: 4) }
            model["approvalsText"] = (model["approvals"] as! [[String: Any]]).map { approval in
                bullet(
                    ([approval["text"] as! String] + [approval["note"] as? String].compactMap { $0 }).joined(
                        separator: " – "))
            }.joined(separator: "\n")
            model["basisText"] = basis.map { entry in
                bullet(
                    ([entry["text"] as! String] + [entry["note"] as? String].compactMap { $0 }).joined(separator: " – ")
                )
            }.joined(separator: "\n")
            model["revisionsText"] = (model["revisions"] as! [[String: Any]]).map { bullet($0["text"] as! String) }
                .joined(separator: "\n")
        }
        return model
    }

    private func referenceText(_ reference: PlanDocumentReport.ReferenceEntry) -> String {
        [
            reference.title, reference.issuer, reference.diaryNumber.map { builder.label(.diaryNumber) + " " + $0 },
            DateText.long(reference.date, builder.language),
        ].compactMap { $0 }.joined(separator: ", ")
    }

    private func flatten(_ section: PlanDocumentReport.DocumentSection, level: Int, into blocks: inout [[String: Any]])
    {
        // An attachment is headed by its label: "Bilaga 2 – Larmvägar".
        let title = [section.attachment, section.title ?? generatedTitle(section.insert)].compactMap { $0 }
            .joined(separator: " – ")
        var model = block(
            anchor: section.id, title: title, level: level, paragraphs: section.paragraphs,
            citations: section.references)
        if let insert = section.insert.flatMap(Section.Insert.init(rawValue:)) {
            let inserts = PlanDocumentInserts(report: report, builder: builder, level: level)
            model.merge(inserts.model(for: insert)) { _, new in new }
        }
        blocks.append(model)
        for subsection in section.sections { flatten(subsection, level: level + 1, into: &blocks) }
    }

    private func generatedTitle(_ insert: String?) -> String {
        switch insert.flatMap(Section.Insert.init(rawValue:)) {
        case .definitions: builder.label(.definitions)
        case .milieus: builder.label(.milieuSection)
        case .departments: builder.label(.departments)
        case .preventionUnits: builder.label(.preventionUnits)
        case .interventionUnits: builder.label(.interventionUnits)
        case .otherUnits: builder.label(.otherUnits)
        case .activities: builder.label(.activities)
        case .focusAreas: builder.label(.focusAreas)
        case .alarmPaths: builder.label(.alarmPaths)
        case .roles: builder.label(.roles)
        case .externalActors: builder.label(.externalActors)
        case nil: ""
        }
    }

    private func block(
        anchor: String, title: String, level: Int, paragraphs: [String], citations: [Int], isReferences: Bool = false
    ) -> [String: Any] {
        var model: [String: Any] = [
            "anchor": anchor, "title": title, "level": level, "headingLevel": min(level + 1, 6),
            "hashes": String(repeating: "#", count: min(level + 1, 6)), "paragraphs": builder.paragraphs(paragraphs),
            "citations": builder.value(citations.map(String.init).joined(separator: ", ")),
            "citationList": citations.map { ["number": $0] },
            "isReferences": isReferences, "isBasis": false,
        ]
        for flag in PlanDocumentInserts.flags { model[flag] = false }
        if builder.isTerminal {
            model["rule"] = level <= 2 ? builder.rule(title, level == 1 ? "=" : "-") : NSNull()
            model["wrappedTitle"] = TextWrap.paragraph(title, width: builder.lineWidth)
            model["insertText"] = NSNull()
        }
        return model
    }
}
