extension Plan {
    /// What one entry of the plan, or one of its fields, rests on, with the entry it is about.
    public struct BasisNote: Hashable, Sendable {
        /// The kind of entry; `plan` for the plan's metadata and its decisions.
        public var kind: EntityKind
        /// Where the entry is, as plan files name it: `units[origo]`, `alarmPaths[via-tib].steps[kontakt]`,
        /// `plan.approvals[1]`.
        public var path: String
        /// What readers call the entry: its name or title (a step: its path's name and its id).
        public var name: String
        /// What it rests on.
        public var basis: Basis

        /// Creates a note.
        public init(kind: EntityKind, path: String, name: String, basis: Basis) {
            self.kind = kind
            self.path = path
            self.name = name
            self.basis = basis
        }
    }

    /// Every basis the plan gives, in plan-file order: what its transcriber inferred or assumed, and
    /// what it says the source states.
    ///
    /// ```swift
    /// plan.basisNotes.filter { $0.basis.kind != .stated }.map(\.name)   // ["Origo", …, "Stadsdirektör"]
    /// ```
    public var basisNotes: [BasisNote] {
        var notes: [BasisNote] = []
        func add(_ entry: some Grounded, _ kind: EntityKind, _ path: String, _ name: String) {
            notes += entry.basis.map { BasisNote(kind: kind, path: path, name: name, basis: $0) }
        }
        add(metadata, .plan, "plan", metadata.title)
        for (index, approval) in metadata.approvals.enumerated() {
            add(approval, .plan, "plan.approvals[\(index)]", approval.body)
        }
        for reference in metadata.references {
            add(reference, .reference, "plan.references[\(reference.id)]", reference.title)
        }
        for section in sections { add(section, .section, "sections[\(section.id)]", section.title) }
        for definition in definitions { add(definition, .definition, "definitions[\(definition.id)]", definition.term) }
        for milieu in milieus { add(milieu, .milieu, "milieus[\(milieu.id)]", milieu.name) }
        for organization in organizations {
            add(organization, .organization, "organizations[\(organization.id)]", organization.name)
        }
        for unit in units { add(unit, .unit, "units[\(unit.id)]", unit.name) }
        for actor in externalActors { add(actor, .externalActor, "externalActors[\(actor.id)]", actor.name) }
        for role in roles { add(role, .role, "roles[\(role.id)]", role.title) }
        for area in focusAreas {
            add(area, .focusArea, "focusAreas[\(area.id)]", area.title)
            for indicator in area.indicators {
                add(indicator, .indicator, "focusAreas[\(area.id)].indicators[\(indicator.id)]", indicator.name)
            }
            for activity in area.activities {
                add(activity, .activity, "focusAreas[\(area.id)].activities[\(activity.id)]", activity.title)
            }
        }
        for activity in activities { add(activity, .activity, "activities[\(activity.id)]", activity.title) }
        for path in alarmPaths {
            add(path, .alarmPath, "alarmPaths[\(path.id)]", path.name)
            for step in path.steps {
                add(step, .alarmPath, "alarmPaths[\(path.id)].steps[\(step.id)]", "\(path.name) › \(step.id)")
            }
        }
        for rota in rotas { add(rota, .rota, "rotas[\(rota.id)]", rota.name) }
        for rule in alertRules { add(rule, .alertRule, "alertRules[\(rule.id)]", rule.id.rawValue) }
        return notes
    }
}
