import BeredskapEscalation
import BeredskapModel
import Foundation

/// The participants' handout of a scenario (*deltagarinformation*): the event, and every role and actor
/// the scenario's alarm path reaches with its place in the path — the steps it takes, who contacts it
/// and whom it contacts next.
///
/// The handout names people only as the drill's participants give them, and never has contact
/// details: it is handed round the room.
///
/// ```swift
/// let handout = ParticipantHandout(
///     scenario: scenario, plan: plan, participants: [DrillParticipant(role: "stadsdirektor", person: "Anna Berg")])
/// handout.roles.map(\.actor.name)   // ["Socialjouren", "Socialjourens enhetschef", …]
/// ```
public struct ParticipantHandout: Hashable, Sendable {
    /// The title block: the plan's, with the scenario's title.
    public var header: ReportHeader
    /// The scenario's id.
    public var scenario: String
    /// The scenario's title.
    public var scenarioTitle: String
    /// The alarm path's name, or its id when the plan has no such path.
    public var pathName: String
    /// When the alarm comes, in the plan's time zone with its offset (`2017-10-14T02:30:00+02:00`).
    public var eventTime: String
    /// The event's classification.
    public var classification: EventClassification
    /// Whether the alarm comes in office hours.
    public var officeHours: Bool
    /// The affected administration, as the scenario writes it.
    public var administration: String?
    /// The roles and actors in play, in the order the alarm reaches them.
    public var roles: [RoleInPlay]

    /// The handout of `scenario` on `plan`.
    ///
    /// A step of the path is in play unless its condition rules it out for the scenario's event (its
    /// classification, office hours) or a step it waits for is out; a step that hangs on a decision
    /// is in play, with its condition.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - plan: The plan it is played on.
    ///   - participants: Who plays which role, as `drill start --participants` takes them.
    public init(scenario: Scenario, plan: Plan, participants: [DrillParticipant] = []) {
        header = ReportHeader(material: scenario, plan: plan)
        self.scenario = scenario.name
        scenarioTitle = scenario.title
        let context = EventContext(scenario: scenario, plan: plan)
        let path = plan.alarmPaths.first { $0.id == scenario.path }
        pathName = path?.name ?? scenario.path.rawValue
        eventTime = DrillClock.stamp(scenario.event.start, in: context.timeZone)
        classification = scenario.event.classification
        officeHours = context.officeHours
        administration = scenario.event.administration
        guard let path else {
            roles = []
            return
        }
        let listed = AlarmListReport.Path(path, plan: plan, includeSensitive: false)
        let circumstance = context.circumstance()
        var inPlay: [EntityID: Bool] = [:]
        var steps: [(step: AlarmStep, listed: AlarmListReport.Step)] = []
        for (step, line) in zip(AlarmOrder.steps(of: path), listed.steps) {
            let holds =
                step.conditionHolds(in: circumstance) != false && step.afterAllows { inPlay[$0] ?? true } != false
            inPlay[step.id] = holds
            if holds { steps.append((step, line)) }
        }
        var order: [EntityID] = []
        func meet(_ id: EntityID?) {
            guard let id, plan.actor(id) != nil, !order.contains(id) else { return }
            order.append(id)
        }
        meet(path.entry)
        for (step, _) in steps {
            meet(step.actor)
            step.jointly.forEach(meet)
            if step.kind.needsTarget { meet(step.target) }
        }
        roles = order.map { id in
            RoleInPlay(
                id, plan: plan, steps: steps,
                person: participants.filter { $0.role == id }.map(\.person).joined(separator: ", "))
        }
    }

    /// A role or actor the alarm path reaches, and its place in the path.
    public struct RoleInPlay: Hashable, Sendable {
        /// The role's id and title, or the actor's id and name.
        public var actor: ActorName
        /// Who plays it, when the participants say.
        public var person: String?
        /// The steps it takes (as actor, or as one who decides jointly), numbered as in the alarm list.
        public var steps: [AlarmListReport.Step]
        /// Who contacts, informs, activates or assigns it.
        public var contactedBy: [ActorName]
        /// Whom it contacts, informs, activates or assigns.
        public var contactsNext: [ActorName]

        init(
            _ id: EntityID, plan: Plan, steps: [(step: AlarmStep, listed: AlarmListReport.Step)], person: String
        ) {
            actor = ActorName(id: id.rawValue, name: plan.roleTitle(id))
            self.person = person.isEmpty ? nil : person
            self.steps = steps.filter { $0.step.actor == id || $0.step.jointly.contains(id) }.map(\.listed)
            func unique(_ ids: [EntityID]) -> [ActorName] {
                var seen: Set<EntityID> = []
                return ids.filter { $0 != id && seen.insert($0).inserted }.map {
                    ActorName(id: $0.rawValue, name: plan.roleTitle($0))
                }
            }
            let reaching = steps.map(\.step).filter { $0.kind.needsTarget }
            contactedBy = unique(reaching.filter { $0.target == id }.map(\.actor))
            contactsNext = unique(reaching.filter { $0.actor == id }.compactMap(\.target))
        }
    }
}
