import BeredskapModel

/// The whole plan as a document with the original's structure: the narrative sections in the plan's
/// order, each followed by the list it introduces (definitions, milieus, departments, units by level,
/// the activity table, the alarm paths), and the references at the end.
///
/// A list the plan has data for but no section introduces is added as a section of its own after the
/// narrative, so nothing in the plan is left out of the document.
///
/// ```swift
/// let document = PlanDocumentReport(plan: plan)
/// document.sections.map(\.title)   // ["Inledning", "Definitioner", …, "Larmvägar vid en extraordinär händelse"]
/// ```
public struct PlanDocumentReport: Hashable, Sendable, Codable {
    /// The title block.
    public var header: ReportHeader
    /// The plan's diary numbers.
    public var diaryNumbers: [String]
    /// When the plan was published, as written in plan files.
    public var publishedOn: String?
    /// The plan's decision chain: the decisions taken (with a date) and those it still expects.
    public var approvals: [ApprovalEntry]
    /// The plan's revision history.
    public var revisions: [RevisionEntry]
    /// The sections in document order; generated sections have no title and a ``DocumentSection/insert``.
    public var sections: [DocumentSection]
    /// The defined terms.
    public var definitions: [DefinitionEntry]
    /// The milieus.
    public var milieus: [MilieuEntry]
    /// The departments of the owning administration, each with its units.
    public var departments: [DepartmentEntry]
    /// The units, in the plan's order.
    public var units: [UnitEntry]
    /// The focus areas with their activities.
    public var focusAreas: [FocusAreaEntry]
    /// The activities outside focus areas.
    public var activities: [ActivityEntry]
    /// The alarm paths in running order, without contact details.
    public var alarmPaths: [AlarmListReport.Path]
    /// The roles, without contact details.
    public var roles: [RoleEntry]
    /// The external actors, without contact details.
    public var externalActors: [ExternalActorEntry]
    /// The documents the plan rests on, numbered as the sections cite them.
    public var references: [ReferenceEntry]
    /// What the plan marks as inferred from its source or assumed, entry by entry, so a reader can tell
    /// it from what the source states; a plan that marks nothing has none.
    public var basis: [BasisEntry]

    /// The document of `plan`.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - date: The date the document speaks for; see ``ReportHeader/init(plan:date:)``.
    public init(plan: Plan, date: PartialDate? = nil) {
        header = ReportHeader(plan: plan, date: date)
        let metadata = plan.metadata
        diaryNumbers = metadata.diaryNumbers
        publishedOn = metadata.publishedOn?.description
        approvals = metadata.approvals.map {
            ApprovalEntry(
                action: $0.action.rawValue, body: $0.body, date: $0.date?.description, diaryNumber: $0.diaryNumber,
                otherDiaryNumbers: $0.otherDiaryNumbers, bodies: $0.bodies, deadline: $0.deadline?.description,
                condition: $0.condition, note: $0.note)
        }
        revisions = metadata.revisions.map {
            RevisionEntry(version: $0.version, date: $0.date?.description, summary: $0.summary)
        }
        references = metadata.references.enumerated().map { index, reference in
            ReferenceEntry(
                number: index + 1, id: reference.id.rawValue, kind: reference.kind.rawValue, title: reference.title,
                issuer: reference.issuer, diaryNumber: reference.diaryNumber, date: reference.date?.description,
                note: reference.note)
        }
        basis = plan.basisNotes.filter { $0.basis.kind != .stated }.map {
            BasisEntry(
                kind: $0.kind.rawValue, path: $0.path, name: $0.name, field: $0.basis.field,
                basis: $0.basis.kind.rawValue, note: $0.basis.note)
        }
        let numbers = Dictionary(
            references.map { (EntityID($0.id), $0.number) }, uniquingKeysWith: { first, _ in first })
        definitions = plan.definitions.map { DefinitionEntry(term: $0.term, text: $0.text) }
        milieus = plan.milieus.map {
            MilieuEntry(id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue, description: $0.description)
        }
        let administration = metadata.owner?.administration
        departments = plan.organizations
            .filter { $0.kind == .department && (administration == nil || $0.parent == administration) }
            .map { department in
                DepartmentEntry(
                    id: department.id.rawValue, name: department.name, description: department.description,
                    units: plan.units.filter { $0.department == department.id }.map {
                        ActorName(id: $0.id.rawValue, name: $0.name)
                    })
            }
        units = plan.units.map { UnitEntry($0, plan: plan) }
        focusAreas = plan.focusAreas.map { FocusAreaEntry($0, plan: plan) }
        activities = plan.activities.map { ActivityEntry($0, plan: plan) }
        alarmPaths = plan.alarmPaths.map { AlarmListReport.Path($0, plan: plan, includeSensitive: false) }
        roles = plan.roles.map { RoleEntry($0, plan: plan) }
        externalActors = plan.externalActors.map {
            ExternalActorEntry(id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue, description: $0.description)
        }

        var sections = plan.sections.map { DocumentSection($0, references: numbers) }
        let placed = Set(sections.flatMap(\.inserts))
        let available: [(Section.Insert, Bool)] = [
            (.definitions, !definitions.isEmpty), (.milieus, !milieus.isEmpty), (.departments, !departments.isEmpty),
            (.preventionUnits, plan.units.contains { $0.level == .prevention }),
            (.interventionUnits, plan.units.contains { $0.level == .intervention }),
            (.otherUnits, plan.units.contains { $0.level == nil }),
            (.focusAreas, !focusAreas.isEmpty), (.activities, !activities.isEmpty), (.alarmPaths, !alarmPaths.isEmpty),
            (.roles, !roles.isEmpty), (.externalActors, !externalActors.isEmpty),
        ]
        for (insert, hasData) in available where hasData && !placed.contains(insert.rawValue) {
            sections.append(DocumentSection(generatedFor: insert))
        }
        self.sections = sections
    }
}

extension PlanDocumentReport {
    /// A section of the document.
    public struct DocumentSection: Hashable, Sendable, Codable {
        /// The section's id; generated sections have `generated-` and the insert's name.
        public var id: String
        /// The heading, or `nil` for a generated section, which the renderer titles in the report language.
        public var title: String?
        /// The text's paragraphs, in order.
        public var paragraphs: [String]
        /// The numbers of the references the text cites.
        public var references: [Int]
        /// The list shown after the text, as written in plan files (`preventionUnits`).
        public var insert: String?
        /// The subsections.
        public var sections: [DocumentSection]
        /// The label of a section that is an attachment to the plan ("Bilaga 2").
        public var attachment: String?

        init(_ section: Section, references numbers: [EntityID: Int]) {
            id = section.id.rawValue
            title = section.title
            attachment = section.attachment
            paragraphs = Paragraphs.split(section.body)
            references = section.references.compactMap { numbers[$0] }
            insert = section.insert?.rawValue
            sections = section.sections.map { DocumentSection($0, references: numbers) }
        }

        init(generatedFor insert: Section.Insert) {
            id = "generated-" + insert.rawValue
            title = nil
            paragraphs = []
            references = []
            self.insert = insert.rawValue
            sections = []
        }

        /// The inserts of this section and its subsections.
        var inserts: [String] {
            [insert].compactMap { $0 } + sections.flatMap(\.inserts)
        }
    }

    /// A decision on the plan.
    public struct ApprovalEntry: Hashable, Sendable, Codable {
        /// The kind of decision, as written in plan files (`adopted`).
        public var action: String
        /// The deciding body.
        public var body: String
        /// The date of the decision.
        public var date: String?
        /// The diary number.
        public var diaryNumber: String?
        /// Its further diary numbers, for a decision filed in several registers.
        public var otherDiaryNumbers: [String]
        /// The bodies a referral goes to.
        public var bodies: [String]
        /// When the bodies of a referral are to answer by.
        public var deadline: String?
        /// The condition of a conditional decision.
        public var condition: String?
        /// A remark.
        public var note: String?
    }

    /// What an entry of the plan, or one of its fields, rests on, when that is not the source.
    public struct BasisEntry: Hashable, Sendable, Codable {
        /// The kind of entry, as `EntityKind` (BeredskapModel) names it (`unit`).
        public var kind: String
        /// Where the entry is in a plan file: `units[origo]`.
        public var path: String
        /// The entry's name.
        public var name: String
        /// The field the basis is about, by its plan-file key; `nil` for the whole entry.
        public var field: String?
        /// `inferred` or `assumed`.
        public var basis: String
        /// Why, or where in the source.
        public var note: String?
    }

    /// A version in the plan's history.
    public struct RevisionEntry: Hashable, Sendable, Codable {
        /// The version.
        public var version: String
        /// Its date.
        public var date: String?
        /// What changed.
        public var summary: String?
    }

    /// A defined term.
    public struct DefinitionEntry: Hashable, Sendable, Codable {
        /// The term.
        public var term: String
        /// Its definition.
        public var text: String
    }

    /// A violent extremist milieu.
    public struct MilieuEntry: Hashable, Sendable, Codable {
        /// The milieu's id.
        public var id: String
        /// Its name.
        public var name: String
        /// `movement` or `loneActors`.
        public var kind: String
        /// The plan's description.
        public var description: String?
    }

    /// A department and its units.
    public struct DepartmentEntry: Hashable, Sendable, Codable {
        /// The department's id.
        public var id: String
        /// Its name.
        public var name: String
        /// What it does.
        public var description: String?
        /// Its units, in the plan's order.
        public var units: [ActorName]
    }

    /// A unit as the document presents it.
    public struct UnitEntry: Hashable, Sendable, Codable {
        /// The unit's id.
        public var id: String
        /// Its name.
        public var name: String
        /// Its abbreviation.
        public var shortName: String?
        /// Its department's name.
        public var department: String?
        /// Its level, as written in plan files.
        public var level: String?
        /// Its functions, as written in plan files.
        public var functions: [String]
        /// What it does.
        public var description: String?
        /// Its target groups, each with its ages written as a range when stated.
        public var targetGroups: [TargetGroupEntry]

        init(_ unit: ServiceUnit, plan: Plan) {
            id = unit.id.rawValue
            name = unit.name
            shortName = unit.shortName
            department = unit.department.map(plan.actorName)
            level = unit.level?.rawValue
            functions = unit.functions.map(\.rawValue)
            description = unit.description
            targetGroups = unit.targetGroups.map { group in
                let ages =
                    group.minAge != nil || group.maxAge != nil
                    ? CoverageReport.AgeBand.label(minAge: group.minAge ?? 0, maxAge: group.maxAge) : nil
                return TargetGroupEntry(description: group.description, ages: ages)
            }
        }
    }

    /// A target group.
    public struct TargetGroupEntry: Hashable, Sendable, Codable {
        /// The group in the plan's words.
        public var description: String
        /// Its ages as a range ("13–26", "18+"), when stated.
        public var ages: String?
    }
}
