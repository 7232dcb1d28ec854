/// Checks a plan for everything a plan file's shape cannot express: unique and well-formed ids,
/// references that resolve, dates and ages that make sense, and alarm paths that can run to their end.
///
/// The validator reports every problem at once; it never stops at the first.
///
/// ```swift
/// let issues = PlanValidator.validate(plan)
/// if issues.contains(where: { $0.severity == .error }) { … }
/// ```
public enum PlanValidator {
    /// Every problem in `plan`: the model's own checks in the order of the plan file, then those of
    /// `checks` (a rota's rule, an alert rule's CAP values), each check's in its own order.
    public static func validate(_ plan: Plan, with checks: [any PlanCheck] = []) -> [PlanIssue] {
        validate(plan, declaring: [:], with: checks)
    }

    /// Every problem in `plan` when the plan also has entities of other ids, not given: their ids are
    /// declared before the plan's own, so references to them resolve and a duplicate of one is
    /// reported. A store uses this to check the units and activities an edit touched against the ids
    /// of all the others, without reading them.
    ///
    /// - Parameters:
    ///   - plan: The entities to check.
    ///   - declared: The kinds of the ids of the other entities.
    ///   - checks: Further checks, as in ``validate(_:with:)``.
    public static func validate(
        _ plan: Plan, declaring declared: [EntityID: EntityKind], with checks: [any PlanCheck] = []
    ) -> [PlanIssue] {
        var run = ValidationRun(plan: plan)
        for (id, kind) in declared { run.declarations[id] = (kind, PlanPath([.key(kind.fileKey)])) }
        run.checkAll()
        return run.issues + checks.flatMap { $0.issues(in: plan) }
    }

    /// Kinds whose entities the validator checks one at a time against the plan's ids and nothing
    /// else of the plan: a unit or a top-level activity that is valid stays valid whatever happens to
    /// other entities, except the removal of one it refers to (which a store refuses). An edit of a few
    /// such entities is checked with those entities, every entity of the other kinds and the ids of
    /// the rest (``validate(_:declaring:with:)``).
    public static let entityLocalKinds: Set<EntityKind> = [.unit, .activity]
}

struct ValidationRun {
    let plan: Plan
    var issues: [PlanIssue] = []
    /// Where each id was first declared.
    var declarations: [EntityID: (kind: EntityKind, path: PlanPath)] = [:]

    init(plan: Plan) { self.plan = plan }

    mutating func report(_ code: PlanIssue.Code, at path: PlanPath, _ message: String) {
        issues.append(PlanIssue(.error, code, at: path, message))
    }

    mutating func checkAll() {
        declareAll()
        checkMetadata()
        checkSections(plan.sections, at: ["sections"])
        for (index, organization) in plan.organizations.enumerated() {
            checkOrganization(organization, at: PlanPath(["organizations", .index(index)]))
        }
        for (index, unit) in plan.units.enumerated() {
            checkUnit(unit, at: PlanPath(["units", .index(index)]))
        }
        for (index, role) in plan.roles.enumerated() {
            let path = PlanPath(["roles", .index(index)])
            requireText(role.title, at: path.appending("title"))
            if let organization = role.organization {
                resolve(organization, as: EntityKind.actors, at: path.appending("organization"))
            }
            for (position, deputy) in role.deputies.enumerated() {
                let deputyPath = path.appending("deputies").appending(position)
                if deputy == role.id {
                    report(.invalidRange, at: deputyPath, "role '\(role.id)' cannot be its own deputy")
                } else {
                    resolve(deputy, as: [.role], at: deputyPath)
                }
            }
            if let minutes = role.deputyAfterMinutes, !(minutes > 0) {
                report(
                    .invalidRange, at: path.appending("deputyAfterMinutes"), "deputyAfterMinutes must be more than 0")
            }
            if let rota = role.rota {
                resolve(rota, as: [.rota], at: path.appending("rota"))
                if role.availability != .onDuty {
                    report(
                        .conflict, at: path.appending("rota"),
                        "role '\(role.id)' names a rota but its availability is '\(role.availability.rawValue)'; "
                            + "a rota staffs a role with 'availability: onDuty'")
                }
            }
        }
        for (index, rota) in plan.rotas.enumerated() {
            let path = PlanPath(["rotas", .index(index)])
            requireText(rota.name, at: path.appending("name"))
            requireText(rota.starts, at: path.appending("starts"))
            requireText(rota.repeats, at: path.appending("repeats"))
            requireText(rota.shiftLength, at: path.appending("shiftLength"))
        }
        for (index, rule) in plan.alertRules.enumerated() {
            let path = PlanPath(["alertRules", .index(index)])
            checkAlertRule(rule, at: path)
            let later = plan.alertRules.count - index - 1
            if later > 0, rule.criteria.allSatisfy(\.isEmpty) {
                issues.append(
                    PlanIssue(
                        .warning, .unreachableStep, at: path,
                        "alert rule '\(rule.id)' states no criteria, so it matches every alert and the \(later) "
                            + "rule\(later == 1 ? "" : "s") after it \(later == 1 ? "is" : "are") never tried"))
            }
        }
        for (index, area) in plan.focusAreas.enumerated() {
            checkFocusArea(area, index: index)
        }
        for (index, activity) in plan.activities.enumerated() {
            checkActivity(activity, at: PlanPath(["activities", .index(index)]))
        }
        for (index, path) in plan.alarmPaths.enumerated() {
            var checker = AlarmPathCheck(path: path, at: PlanPath(["alarmPaths", .index(index)]))
            checker.check()
            issues += checker.issues
            for reference in checker.actorReferences {
                resolve(reference.id, as: EntityKind.actors, at: reference.path)
            }
        }
    }

    // MARK: Ids

    mutating func declareAll() {
        for (index, reference) in plan.metadata.references.enumerated() {
            declare(reference.id, .reference, at: PlanPath(["plan", "references", .index(index)]))
        }
        declareSections(plan.sections, at: ["sections"])
        declare(plan.definitions, .definition, under: "definitions")
        declare(plan.milieus, .milieu, under: "milieus")
        declare(plan.organizations, .organization, under: "organizations")
        declare(plan.units, .unit, under: "units")
        declare(plan.externalActors, .externalActor, under: "externalActors")
        declare(plan.roles, .role, under: "roles")
        for (index, area) in plan.focusAreas.enumerated() {
            let path = PlanPath(["focusAreas", .index(index)])
            declare(area.id, .focusArea, at: path)
            for (indicatorIndex, indicator) in area.indicators.enumerated() {
                declare(indicator.id, .indicator, at: path.appending("indicators").appending(indicatorIndex))
            }
            for (activityIndex, activity) in area.activities.enumerated() {
                declare(activity.id, .activity, at: path.appending("activities").appending(activityIndex))
            }
        }
        declare(plan.activities, .activity, under: "activities")
        declare(plan.alarmPaths, .alarmPath, under: "alarmPaths")
        declare(plan.rotas, .rota, under: "rotas")
        declare(plan.alertRules, .alertRule, under: "alertRules")
    }

    /// A rule routes to an alarm path with a classification, or stops alerts with neither.
    mutating func checkAlertRule(_ rule: AlertRule, at path: PlanPath) {
        requireText(rule.reason, at: path.appending("reason"))
        for (position, text) in rule.eventContains.enumerated() where text.allSatisfy(\.isWhitespace) {
            report(
                .emptyValue, at: path.appending("eventContains").appending(position),
                "an empty text is contained in every event; write a word of the event, or leave the item out")
        }
        switch (rule.path, rule.classification) {
        case (let target?, _?):
            resolve(target, as: [.alarmPath], at: path.appending("path"))
        case (_?, nil):
            report(
                .missingKey, at: path.appending("path"),
                "alert rule '\(rule.id)' routes to a path without a 'classification'; add 'classification: ordinary' "
                    + "or 'classification: extraordinary'")
        case (nil, _?):
            report(
                .missingKey, at: path.appending("classification"),
                "alert rule '\(rule.id)' has a classification but no 'path'; name the alarm path it routes to, or "
                    + "remove 'classification' for a rule that stops alerts")
        case (nil, nil):
            break
        }
    }

    mutating func declare<T: Identifiable>(_ entities: [T], _ kind: EntityKind, under key: String)
    where T.ID == EntityID {
        for (index, entity) in entities.enumerated() {
            declare(entity.id, kind, at: PlanPath([.key(key), .index(index)]))
        }
    }

    mutating func declareSections(_ sections: [Section], at path: PlanPath) {
        for (index, section) in sections.enumerated() {
            let sectionPath = path.appending(index)
            declare(section.id, .section, at: sectionPath)
            declareSections(section.sections, at: sectionPath.appending("sections"))
        }
    }

    mutating func declare(_ id: EntityID, _ kind: EntityKind, at path: PlanPath) {
        let idPath = path.appending("id")
        guard checkSyntax(of: id, at: idPath) else { return }
        if let existing = declarations[id] {
            report(
                .duplicateID, at: idPath,
                "duplicate id '\(id)': the \(existing.kind.noun) at \(existing.path) already has it; ids must be unique in a plan"
            )
        } else {
            declarations[id] = (kind, path)
        }
    }

    /// Reports an id that breaks the id syntax; returns whether it is well formed.
    @discardableResult
    mutating func checkSyntax(of id: EntityID, at path: PlanPath) -> Bool {
        if id.isWellFormed { return true }
        if id.rawValue.isEmpty {
            report(.invalidID, at: path, "the id is empty; ids are lowercase letters, digits and hyphens")
        } else {
            let suggested = EntityID.suggested(for: id.rawValue)
            let hint = suggested.isWellFormed ? " (try '\(suggested)')" : ""
            report(
                .invalidID, at: path,
                "invalid id '\(id)': ids are lowercase letters a–z, digits and single hyphens\(hint)")
        }
        return false
    }

    /// Reports a reference that names no entity of one of `kinds`.
    mutating func resolve(_ id: EntityID, as kinds: Set<EntityKind>, at path: PlanPath) {
        if let declared = declarations[id] {
            if kinds.contains(declared.kind) { return }
            report(
                .unknownReference, at: path,
                "'\(id)' is a \(declared.kind.noun), not \(Self.describe(kinds)); see \(declared.path)")
            return
        }
        let candidates = declarations.filter { kinds.contains($0.value.kind) }.map(\.key.rawValue).sorted()
        let names = namedCandidates(of: kinds)
        var hint = Suggestion.didYouMean(id.rawValue, in: candidates)
        if hint.isEmpty, let byName = names.first(where: { TextFolding.fold($0.name) == TextFolding.fold(id.rawValue) })
        {
            hint = "; did you mean '\(byName.id)' (\(byName.name))?"
        }
        if hint.isEmpty {
            hint = ": no \(Self.describe(kinds, article: false)) has this id"
        }
        report(.unknownReference, at: path, "unknown \(Self.noun(kinds)) '\(id)'\(hint)")
    }

    func namedCandidates(of kinds: Set<EntityKind>) -> [(id: EntityID, name: String)] {
        var result: [(EntityID, String)] = []
        if !kinds.isDisjoint(with: EntityKind.actors) {
            result += plan.actors.filter { kinds.contains(Self.kind(of: $0)) }.map { ($0.id, $0.name) }
        }
        if kinds.contains(.milieu) { result += plan.milieus.map { ($0.id, $0.name) } }
        return result
    }

    static func kind(of actor: Actor) -> EntityKind {
        switch actor {
        case .organization: .organization
        case .unit: .unit
        case .role: .role
        case .external: .externalActor
        }
    }

    static func noun(_ kinds: Set<EntityKind>) -> String {
        kinds == EntityKind.actors ? "actor" : kinds.map(\.noun).sorted().joined(separator: " or ")
    }

    /// "an organization, unit, role or external actor", or without the article for "no … has this id".
    static func describe(_ kinds: Set<EntityKind>, article: Bool = true) -> String {
        let names =
            kinds == EntityKind.actors
            ? ["organization", "unit", "role", "external actor"] : kinds.map(\.noun).sorted()
        let list =
            names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
        guard article else { return list }
        return ("aeiou".contains(list.first ?? "x") ? "an " : "a ") + list
    }

    mutating func requireText(_ text: String, at path: PlanPath) {
        if text.allSatisfy(\.isWhitespace) {
            report(.emptyValue, at: path, "'\(path.components.last.map(Self.keyName) ?? "")' must not be empty")
        }
    }

    static func keyName(_ component: PlanPath.Component) -> String {
        switch component {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }

    // MARK: Entities

    mutating func checkMetadata() {
        let metadata = plan.metadata
        checkSyntax(of: metadata.id, at: ["plan", "id"])
        requireText(metadata.title, at: ["plan", "title"])
        if let timeZone = metadata.timeZone, let problem = TimeZoneName.problem(with: timeZone) {
            report(.unknownValue, at: ["plan", "timeZone"], problem)
        }
        if let administration = metadata.owner?.administration {
            resolve(administration, as: [.organization], at: ["plan", "owner", "administration"])
        }
        if let period = metadata.period, let end = period.end, end.lastDay < period.start.firstDay {
            report(
                .invalidRange, at: ["plan", "period", "end"],
                "the period ends (\(end)) before it starts (\(period.start))")
        }
        checkDecisionChain(metadata.approvals)
    }

    /// A plan's approvals are its decision chain in order: a referral names the bodies it goes to, only
    /// a referral has bodies and a deadline, and the decisions are taken in the order listed.
    mutating func checkDecisionChain(_ approvals: [Approval]) {
        var lastTaken: (index: Int, date: PartialDate)?
        var firstPending: Int?
        for (index, decision) in approvals.enumerated() {
            let path = PlanPath(["plan", "approvals", .index(index)])
            requireText(decision.body, at: path.appending("body"))
            if decision.action == .referred {
                if decision.bodies.isEmpty {
                    issues.append(
                        PlanIssue(
                            .warning, .emptyValue, at: path,
                            "a referral names the bodies it goes to (remissinstanser): add 'bodies'"))
                }
                if let deadline = decision.deadline, let date = decision.date, deadline.lastDay < date.firstDay {
                    report(
                        .invalidRange, at: path.appending("deadline"),
                        "the answers are due (\(deadline)) before the plan was referred (\(date))")
                }
            } else {
                for (key, stated) in [("bodies", !decision.bodies.isEmpty), ("deadline", decision.deadline != nil)]
                where stated {
                    report(
                        .conflict, at: path.appending(key),
                        "only a referral (action: referred) has '\(key)'; this decision is \(decision.action.rawValue)")
                }
            }
            guard let date = decision.date else {
                if firstPending == nil { firstPending = index }
                continue
            }
            if let pending = firstPending {
                issues.append(
                    PlanIssue(
                        .warning, .conflict, at: path.appending("date"),
                        "this decision was taken while approvals[\(pending)], listed before it, was not: list the "
                            + "decisions in the order they are taken, or give approvals[\(pending)] its date"))
            } else if let last = lastTaken, date.lastDay < last.date.firstDay {
                issues.append(
                    PlanIssue(
                        .warning, .conflict, at: path.appending("date"),
                        "this decision (\(date)) is dated before approvals[\(last.index)] (\(last.date)), listed "
                            + "before it: list the decisions in the order they are taken"))
            }
            lastTaken = (index, date)
        }
    }

    mutating func checkSections(_ sections: [Section], at path: PlanPath) {
        for (index, section) in sections.enumerated() {
            let sectionPath = path.appending(index)
            requireText(section.title, at: sectionPath.appending("title"))
            for (referenceIndex, reference) in section.references.enumerated() {
                resolve(reference, as: [.reference], at: sectionPath.appending("references").appending(referenceIndex))
            }
            checkSections(section.sections, at: sectionPath.appending("sections"))
        }
    }

    mutating func checkOrganization(_ organization: Organization, at path: PlanPath) {
        requireText(organization.name, at: path.appending("name"))
        checkKind(organization, at: path)
        guard let parent = organization.parent else { return }
        resolve(parent, as: [.organization], at: path.appending("parent"))
        checkAncestry(
            of: organization.id, parent,
            parents: Dictionary(plan.organizations.map { ($0.id, $0.parent) }) { a, _ in a },
            at: path.appending("parent"), "organization", "the tree must not loop")
    }

    /// An organization's kind: one the format knows, or one of the plan's own that the plan names in
    /// `kindLabel` — so that a misspelt `departmnet` is still caught.
    mutating func checkKind(_ organization: Organization, at path: PlanPath) {
        let kind = organization.kind.rawValue
        let known = Organization.StandardKind.allCases.map(\.rawValue)
        if kind.isEmpty {
            report(
                .emptyValue, at: path.appending("kind"),
                "an organization's kind is empty; use one of \(known.joined(separator: ", ")) or a word of the plan's own with a kindLabel"
            )
            return
        }
        guard organization.kind.standard == nil, organization.kindLabel?.isEmpty ?? true else { return }
        let hint =
            if let byLabel = Organization.StandardKind(label: kind) {
                "; did you mean '\(byLabel.rawValue)' (\(byLabel.swedishLabel))?"
            } else {
                Suggestion.didYouMean(kind, in: known)
            }
        report(
            .unknownValue, at: path.appending("kind"),
            "organization kind '\(kind)' is not one the format lists (\(known.joined(separator: ", ")))"
                + (hint.isEmpty ? "." : hint) + " A kind of "
                + "the plan's own is named by a kindLabel beside it, e.g. kindLabel: \(kind.prefix(1).uppercased() + kind.dropFirst())"
        )
    }

    /// Reports a loop in the parents of `id` (organizations, focus areas): an entity its own ancestor.
    mutating func checkAncestry(
        of id: EntityID, _ parent: EntityID, parents: [EntityID: EntityID?], at path: PlanPath, _ noun: String,
        _ rule: String
    ) {
        var seen: Set<EntityID> = [id]
        var next: EntityID? = parent
        while let current = next, let ancestor = parents[current] {
            if !seen.insert(current).inserted {
                report(.cycle, at: path, "\(noun) '\(id)' is its own ancestor through '\(current)'; \(rule)")
                return
            }
            next = ancestor
        }
    }

    mutating func checkUnit(_ unit: ServiceUnit, at path: PlanPath) {
        requireText(unit.name, at: path.appending("name"))
        // A unit whose level or functions the plan does not state is allowed; reports say "ej angivet".
        var seen: Set<UnitFunction> = []
        for (index, function) in unit.functions.enumerated() where !seen.insert(function).inserted {
            report(
                .duplicateKey, at: path.appending("functions").appending(index),
                "function '\(function.rawValue)' is listed twice")
        }
        if let department = unit.department {
            resolve(department, as: [.organization], at: path.appending("department"))
        }
        for (index, milieu) in unit.milieus.enumerated() {
            resolve(milieu, as: [.milieu], at: path.appending("milieus").appending(index))
        }
        for (index, group) in unit.targetGroups.enumerated() {
            checkAges(group, at: path.appending("targetGroups").appending(index))
        }
    }

    mutating func checkAges(_ group: TargetGroup, at path: PlanPath) {
        for (key, age) in [("minAge", group.minAge), ("maxAge", group.maxAge)] {
            if let age, !(0...130).contains(age) {
                report(.invalidRange, at: path.appending(key), "impossible age \(age): ages are 0 to 130")
            }
        }
        if let minAge = group.minAge, let maxAge = group.maxAge, minAge > maxAge {
            report(
                .invalidRange, at: path.appending("minAge"),
                "minAge \(minAge) is above maxAge \(maxAge); swap them or correct one")
        }
    }

    mutating func checkFocusArea(_ area: FocusArea, index: Int) {
        let path = PlanPath(["focusAreas", .index(index)])
        requireText(area.title, at: path.appending("title"))
        if let number = area.number {
            if number.text.isEmpty {
                report(
                    .emptyValue, at: path.appending("number"),
                    "a focus area's number is a label such as 3 or '3:1'; leave it out when the plan gives none")
            } else if let earlier = plan.focusAreas[..<index].firstIndex(where: {
                $0.number == number && $0.parent == area.parent
            }) {
                report(
                    .duplicateID, at: path.appending("number"),
                    "focus area number \(number) is already used by focusAreas[\(earlier)]"
                        + (area.parent.map { " under '\($0)'" } ?? "")
                        + "; numbers are unique among the areas of the same parent")
            }
        }
        if let parent = area.parent {
            resolve(parent, as: [.focusArea], at: path.appending("parent"))
            checkAncestry(
                of: area.id, parent, parents: Dictionary(plan.focusAreas.map { ($0.id, $0.parent) }) { a, _ in a },
                at: path.appending("parent"), "focus area", "the areas must not loop")
        }
        for (indicatorIndex, indicator) in area.indicators.enumerated() {
            let indicatorPath = path.appending("indicators").appending(indicatorIndex)
            requireText(indicator.name, at: indicatorPath.appending("name"))
            for (index, measurement) in indicator.measurements.enumerated() where !indicator.accepts(measurement.value)
            {
                report(
                    .invalidValue, at: indicatorPath.appending("measurements").appending(index).appending("value"),
                    "'\(measurement.value)' is not a value of indicator '\(indicator.id)' (\(indicator.kind.rawValue)): "
                        + indicator.kind.expectedValue)
            }
        }
        for (activityIndex, activity) in area.activities.enumerated() {
            checkActivity(activity, at: path.appending("activities").appending(activityIndex))
        }
    }

    mutating func checkActivity(_ activity: Activity, at path: PlanPath) {
        requireText(activity.title, at: path.appending("title"))
        // An activity may name no one responsible and no start, as some plans leave them open.
        for (key, actors) in [("responsible", activity.responsible), ("otherActors", activity.otherActors)] {
            for (index, actor) in actors.enumerated() {
                resolve(actor, as: EntityKind.actors, at: path.appending(key).appending(index))
            }
        }
    }
}
