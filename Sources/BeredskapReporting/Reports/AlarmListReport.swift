import BeredskapModel

/// The alarm list (*larmlista*): each alarm path's steps in the order they run, who contacts or
/// informs whom, and under which conditions.
///
/// Contact details are personal data and some are sensitive (a private mobile number), so the list
/// has them only when `includeSensitive` is `true`; otherwise ``Step/contacts`` and ``directory`` are
/// `nil` and JSON leaves them out entirely.
///
/// ```swift
/// let list = AlarmListReport(plan: plan)
/// list.paths[0].steps.map(\.id)   // ["larm-inkommer", "kontakt-enhetschef", "kontakt-direktor", …]
/// ```
public struct AlarmListReport: Hashable, Sendable, Codable {
    /// The title block.
    public var header: ReportHeader
    /// Whether contact details are included.
    public var includesSensitive: Bool
    /// The alarm paths, in the plan's order.
    public var paths: [Path]
    /// Every actor of the paths that has contact details, with them; `nil` unless `includeSensitive`.
    public var directory: [ContactEntry]?

    /// The alarm list of `plan`.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - includeSensitive: Whether to include contact details, sensitive ones too.
    ///   - date: The date the report speaks for; see ``ReportHeader/init(plan:date:)``.
    public init(plan: Plan, includeSensitive: Bool = false, date: PartialDate? = nil) {
        header = ReportHeader(plan: plan, date: date)
        includesSensitive = includeSensitive
        paths = plan.alarmPaths.map { Path($0, plan: plan, includeSensitive: includeSensitive) }
        guard includeSensitive else {
            directory = nil
            return
        }
        var seen: Set<EntityID> = []
        var entries: [ContactEntry] = []
        for path in plan.alarmPaths {
            let ids = [path.entry].compactMap { $0 } + path.steps.flatMap { [$0.actor] + [$0.target].compactMap { $0 } }
            for id in ids where seen.insert(id).inserted {
                let contacts = plan.contacts(of: id)
                if !contacts.isEmpty {
                    entries.append(
                        ContactEntry(actor: plan.actorReference(id), contacts: contacts.map(ContactLine.init)))
                }
            }
        }
        directory = entries
    }
}

extension AlarmListReport {
    /// One alarm path in running order.
    public struct Path: Hashable, Sendable, Codable {
        /// The path's id.
        public var id: String
        /// Its name ("Om larm inkommer via Socialjouren").
        public var name: String
        /// The actor receiving the alarm.
        public var entry: ActorName?
        /// More about when the path applies.
        public var description: String?
        /// The routine the path is one entry of.
        public var routine: String?
        /// The steps, each after the steps it waits for; ties in the plan's order.
        public var steps: [Step]
        /// The numbers of the steps that apply in office hours, when some step depends on office hours.
        public var officeHoursSteps: [Int]?
        /// The numbers of the steps that apply outside office hours, when some step depends on it.
        public var outsideOfficeHoursSteps: [Int]?

        init(_ path: AlarmPath, plan: Plan, includeSensitive: Bool) {
            id = path.id.rawValue
            name = path.name
            entry = path.entry.map(plan.actorReference)
            description = path.description
            routine = path.routine
            let ordered = AlarmOrder.steps(of: path)
            let numbers = Dictionary(
                ordered.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
            steps = ordered.enumerated().map { index, step in
                Step(
                    step, number: index + 1, path: path, numbers: numbers, plan: plan,
                    includeSensitive: includeSensitive)
            }
            let asksOfficeHours = path.steps.contains { step in
                step.condition.map { $0.officeHours != nil || $0.anyOf.contains { $0.officeHours != nil } } ?? false
            }
            if asksOfficeHours {
                // A step applies at a time of day when its condition can hold then, whatever else.
                func applies(inOfficeHours: Bool) -> [Int] {
                    let circumstance = StepCondition.Circumstance(classification: nil, officeHours: inOfficeHours)
                    return zip(ordered, steps).filter { $0.0.conditionHolds(in: circumstance) != false }.map(\.1.number)
                }
                officeHoursSteps = applies(inOfficeHours: true)
                outsideOfficeHoursSteps = applies(inOfficeHours: false)
            } else {
                officeHoursSteps = nil
                outsideOfficeHoursSteps = nil
            }
        }
    }

    /// One step: who does what to whom, when.
    public struct Step: Hashable, Sendable, Codable {
        /// The step's number in running order, from 1.
        public var number: Int
        /// The step's id.
        public var id: String
        /// What happens, as written in plan files (`contact`).
        public var kind: String
        /// Who acts.
        public var actor: ActorName
        /// Who is contacted, informed, activated or assigned.
        public var target: ActorName?
        /// The numbers of the steps this one waits for.
        public var after: [Int]
        /// `any` when the step waits for the first of ``after`` to run rather than for every one; nil
        /// when it waits for all.
        public var join: String?
        /// For a decision taken jointly: the others who decide with the actor.
        public var jointly: [ActorName]
        /// The step's rules for handling what it passes on.
        public var handling: [String]
        /// When the step applies, if not always.
        public var condition: Condition?
        /// For a decision: the options.
        public var options: [Option]
        /// Minutes between repetitions, for a step that recurs at an interval.
        public var repeatEveryMinutes: Int?
        /// Whether the step recurs until the event ends.
        public var repeats: Bool
        /// The time from the alarm by which the step should have run, in minutes.
        public var targetMinutes: Double?
        /// The plan's sentence for the step.
        public var text: String?
        /// A remark on the step.
        public var note: String?
        /// The target's contact details; `nil` unless sensitive details were asked for.
        public var contacts: [ContactLine]?
        /// Who stands in for the role the step must reach (its target, or the decision maker), in
        /// the order they are tried; empty when the plan names none.
        public var deputies: [ActorName]
        /// How long an unanswered call waits before the first deputy is tried, in minutes.
        public var deputyAfterMinutes: Double?
        /// When the role the step must reach answers, as written in plan files (`officeHours`,
        /// `onDuty`); `nil` for a role that answers around the clock, or an actor that is not a role.
        public var availability: String?
        /// The rota that staffs that role, when it is on duty by one.
        public var rota: ActorName?

        init(
            _ step: AlarmStep, number: Int, path: AlarmPath, numbers: [EntityID: Int], plan: Plan,
            includeSensitive: Bool
        ) {
            self.number = number
            id = step.id.rawValue
            kind = step.kind.rawValue
            actor = plan.actorReference(step.actor)
            target = step.target.map(plan.actorReference)
            after = step.after.compactMap { numbers[$0] }.sorted()
            join = step.waitsForAny ? StepJoin.any.rawValue : nil
            jointly = step.jointly.map(plan.actorReference)
            handling = step.handling
            condition = step.condition.map { Condition($0, path: path, numbers: numbers) }
            options = step.options.map { Option(id: $0.id.rawValue, label: $0.label) }
            repeatEveryMinutes = step.repeatRule?.everyMinutes
            repeats = step.repeatRule != nil
            targetMinutes = step.targetMinutes
            text = step.text
            note = step.note
            contacts = includeSensitive ? step.target.map { plan.contacts(of: $0).map(ContactLine.init) } : nil
            let reached = plan.roles.first { $0.id == step.reachedActor }
            deputies = (reached?.deputies ?? []).map(plan.actorReference)
            deputyAfterMinutes = reached?.deputyAfterMinutes
            availability = reached.flatMap { $0.availability == .always ? nil : $0.availability.rawValue }
            rota = reached?.rota.map { id in
                ActorName(id: id.rawValue, name: plan.rotas.first { $0.id == id }?.name ?? id.rawValue)
            }
        }
    }

    /// When a step applies: every stated part must hold, and one of the alternatives when it has any.
    public struct Condition: Hashable, Sendable, Codable {
        /// The classification the event must have, as written in plan files (`extraordinary`).
        public var classification: String?
        /// `true` for office hours only, `false` for outside office hours only.
        public var officeHours: Bool?
        /// The number of the decision step whose outcome the step depends on.
        public var decisionStep: Int?
        /// The option that decision must have chosen.
        public var outcome: String?
        /// That option's label ("Aktivera POSOM").
        public var outcomeLabel: String?
        /// The alternatives of which one must hold as well (`anyOf`), each with its own parts and no
        /// alternatives; nil when the condition has none, so JSON leaves the key out.
        public var anyOf: [Condition]?

        init(_ condition: StepCondition, path: AlarmPath, numbers: [EntityID: Int]) {
            classification = condition.classification?.rawValue
            officeHours = condition.officeHours
            decisionStep = condition.decision.flatMap { numbers[$0] }
            outcome = condition.outcome?.rawValue
            outcomeLabel = condition.decision.flatMap { decision in
                path.step(decision)?.options.first { $0.id == condition.outcome }?.label
            }
            anyOf =
                condition.anyOf.isEmpty
                ? nil : condition.anyOf.map { Condition(StepCondition($0), path: path, numbers: numbers) }
        }
    }

    /// An option of a decision step.
    public struct Option: Hashable, Sendable, Codable {
        /// The option's id.
        public var id: String
        /// What choosing it means.
        public var label: String
    }

    /// A contact detail as a report shows it.
    public struct ContactLine: Hashable, Sendable, Codable {
        /// The kind, as written in plan files (`phone`).
        public var kind: String
        /// What it is for ("Växel").
        public var label: String?
        /// The number or address.
        public var value: String
        /// Whether the plan marks it sensitive.
        public var sensitive: Bool

        init(_ contact: Contact) {
            kind = contact.kind.rawValue
            label = contact.label
            value = contact.value
            sensitive = contact.sensitive
        }
    }

    /// An actor and how to reach it.
    public struct ContactEntry: Hashable, Sendable, Codable {
        /// The actor.
        public var actor: ActorName
        /// Its contact details.
        public var contacts: [ContactLine]
    }
}

/// The running order of an alarm path's steps.
enum AlarmOrder {
    /// The steps of `path` so that each comes after every step it waits for (after the first of them,
    /// for a step that waits for any); of the steps ready at the
    /// same time, the one first in the plan comes first. Steps caught in a circle (an invalid plan)
    /// follow at the end in the plan's order.
    static func steps(of path: AlarmPath) -> [AlarmStep] {
        let known = Set(path.steps.map(\.id))
        var done: Set<EntityID> = []
        var ordered: [AlarmStep] = []
        while ordered.count < path.steps.count {
            let next = path.steps.first { step in
                !done.contains(step.id)
                    && step.afterAllows { done.contains($0) || !known.contains($0) ? true : nil } == true
            }
            guard let next else { break }
            done.insert(next.id)
            ordered.append(next)
        }
        return ordered + path.steps.filter { !done.contains($0.id) }
    }
}

extension Plan {
    /// The contact details of the actor `id`, sensitive ones too.
    func contacts(of id: EntityID) -> [Contact] {
        switch actor(id) {
        case .organization(let organization): organization.contacts
        case .unit(let unit): unit.contacts
        case .role(let role): role.contacts
        case .external(let external): external.contacts
        case nil: []
        }
    }
}
