import BeredskapEscalation
import BeredskapModel
import Foundation

extension DrillReport {
    /// What was played, by whom and when.
    public struct Overview: Hashable, Sendable, Codable {
        /// The session's id.
        public var sessionID: String
        /// The scenario's id ("bench-night").
        public var scenario: String
        /// The scenario's title.
        public var scenarioTitle: String
        /// The alarm path the event entered.
        public var pathID: String
        /// The path's name, or its id when the plan has no such path.
        public var pathName: String
        /// When the alarm came in, in the plan's time zone with its offset (`2017-10-14T02:30:00+02:00`).
        public var eventTime: String
        /// The event's classification, as written in plan files (`extraordinary`).
        public var classification: String
        /// Whether the alarm came in office hours.
        public var officeHours: Bool
        /// The affected administration, as the scenario writes it.
        public var administration: String?
        /// The players, in the session's order.
        public var participants: [Participant]
        /// Who started the drill.
        public var leader: String?
        /// The session's state, as the session names it (`running`, `paused`, `ended`).
        public var state: String
        /// The simulated minutes played.
        public var minutesPlayed: Double
        /// How many injects reached the players.
        public var injectsGiven: Int
        /// How many injects the scenario has.
        public var injectsTotal: Int
        /// When the first log entry was made, in the plan's time zone.
        public var wallStart: String?
        /// When the last log entry of play was made, in the plan's time zone; evaluators' ratings, which may
        /// come after the end, do not count.
        public var wallEnd: String?

        init(session: TabletopSession, plan: Plan, path: AlarmPath?, context: EventContext) {
            sessionID = session.id
            scenario = session.scenario.name
            scenarioTitle = session.scenario.title
            pathID = session.scenario.path.rawValue
            pathName = path?.name ?? session.scenario.path.rawValue
            eventTime = DrillClock.stamp(session.scenario.event.start, in: context.timeZone)
            classification = session.scenario.event.classification.rawValue
            officeHours = context.officeHours
            administration = session.scenario.event.administration
            participants = session.participants.map {
                Participant(person: $0.person, role: plan.actorReference($0.role))
            }
            leader = session.log.first { $0.kind == .start }?.enteredBy
            state = session.state.rawValue
            minutesPlayed = session.minute
            injectsGiven = session.firedInjects.count
            injectsTotal = session.scenario.injects.count
            wallStart = session.log.first.map { DrillClock.stamp($0.wallTime, in: context.timeZone) }
            wallEnd = session.log.last { $0.kind != .rating }.map {
                DrillClock.stamp($0.wallTime, in: context.timeZone)
            }
        }
    }

    /// A person playing a role.
    public struct Participant: Hashable, Sendable, Codable {
        /// Who played.
        public var person: String
        /// The role played, with its title.
        public var role: ActorName
    }

    /// One line of the drill's log.
    public struct LogLine: Hashable, Sendable, Codable {
        /// Its place in the log, from 1.
        public var sequence: Int
        /// The simulated minute since the alarm.
        public var minute: Double
        /// The simulated time: the alarm's time plus `minute`, in the plan's time zone with its offset.
        public var simulatedTime: String
        /// When it was entered, in the plan's time zone with its offset.
        public var wallTime: String
        /// What happened, as the session names it (`inject`, `contingency`, `action`, `decision`, `rating`, …).
        public var kind: String
        /// The role that acted or decided, the role a contingency concerns, or the role of a rated objective.
        public var role: ActorName?
        /// What happened, as a sentence in the report's language.
        public var text: String
        /// Why, or a remark.
        public var note: String?
        /// Who entered it.
        public var enteredBy: String?
        /// The inject it concerns, numbered from 1 in the scenario's order; for an action, the inject
        /// whose expected action it fulfils.
        public var inject: Int?
        /// The option chosen, for a decision.
        public var option: String?
        /// The objective rated, for an evaluator's rating.
        public var objective: String?
        /// The evaluator's rating, for an evaluator's rating.
        public var rating: Rating?
        /// The line this one corrects, by sequence.
        public var corrects: Int?
        /// The line that corrects this one, by sequence; a corrected line no longer counts.
        public var correctedBy: Int?
        /// `true` when it was logged afterwards, at a minute the drill had passed; absent otherwise.
        public var loggedAfterwards: Bool?

        init(_ entry: TabletopLogEntry, text: String, session: TabletopSession, plan: Plan, context: EventContext) {
            sequence = entry.sequence
            minute = entry.minute
            simulatedTime = DrillClock.stamp(context.date(atMinute: entry.minute), in: context.timeZone)
            wallTime = DrillClock.stamp(entry.wallTime, in: context.timeZone)
            kind = entry.kind.rawValue
            role = entry.role.map(plan.actorReference)
            self.text = text
            note = entry.note
            enteredBy = entry.enteredBy
            inject = entry.inject.map { $0 + 1 }
            option = entry.option?.rawValue
            objective = entry.objective?.rawValue
            rating = entry.rating
            corrects = entry.corrects
            correctedBy = session.correctedLines[entry.sequence]
            loggedAfterwards = session.isLoggedAfterwards(entry.sequence) ? true : nil
        }
    }

    /// HSEEP's rating of how an objective was performed: the one the tabletop session's evaluators give.
    public typealias Rating = PerformanceRating

    /// An evaluator's rating of an objective, as logged with `drill rate`.
    public struct Evaluation: Hashable, Sendable, Codable {
        /// P, S, M or U.
        public var rating: Rating
        /// What the evaluator observed.
        public var observation: String?
        /// Who rated.
        public var evaluator: String?
        /// When the rating was logged, in the plan's time zone with its offset.
        public var wallTime: String
        /// The log sequence of the rating.
        public var entry: Int
    }

    /// An objective of the scenario and how it was performed.
    public struct ObjectiveRating: Hashable, Sendable, Codable {
        /// The objective's id.
        public var id: String
        /// The objective as the scenario states it.
        public var text: String
        /// The role that must be reached.
        public var role: ActorName
        /// Minutes from the alarm within which the role must be reached.
        public var withinMinutes: Double
        /// The minute of the first action or decision logged for the role, or `nil` if there is none.
        public var actedAtMinute: Double?
        /// The log sequence of that entry.
        public var actedInEntry: Int?
        /// The log sequences of the contingencies that concerned the role.
        public var contingencyEntries: [Int]
        /// The rating: the evaluators' (see ``decision``) when one has rated the objective, else the
        /// rating from the log.
        public var rating: Rating
        /// The rating read from the log: when the role first acted against the target, and whether a
        /// contingency concerned it.
        public var logRating: Rating
        /// The latest evaluator's rating, if an evaluator has rated the objective.
        public var evaluation: Evaluation?
        /// Each evaluator's latest rating, in the order the evaluators first rated the objective.
        public var evaluations: [Evaluation]
        /// How ``rating`` was decided, in the plan's language: from the log, by the one evaluator, by
        /// all, by most of them, or — when as many gave one rating as another — the stricter one.
        public var decision: String
        /// What was seen, in the plan's language: when the role acted against the target, then the log
        /// lines that show it.
        public var observations: [String]
    }

    /// A departure from the plan or the scenario's expectations.
    public struct Deviation: Hashable, Sendable, Codable {
        /// What kind of departure.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            /// An inject's expected action did not come in time and the contingency fired.
            case contingency
            /// A step of the alarm path came after its target time.
            case late
            /// A step of the alarm path with a target time did not come although the drill passed it.
            case missing
            /// A decision of the alarm path was not made.
            case missingDecision
        }

        /// What kind of departure.
        public var kind: Kind
        /// The role whose action was awaited: the expected role, the step's target or actor, the decider.
        public var role: ActorName
        /// The inject, numbered from 1, for a contingency.
        public var inject: Int?
        /// The step's id, for a step or a decision.
        public var step: String?
        /// What was expected, in the plan's or the scenario's words: the expected action or the step.
        public var expected: String
        /// The minute from the alarm by which it was expected.
        public var deadlineMinute: Double?
        /// The minute it came, if it came.
        public var actualMinute: Double?
        /// What happened, in the plan's language.
        public var text: String
    }

    /// An item of the improvement plan, with the columns of HSEEP's improvement plan: the capability
    /// (the objective, or the alarm path a deviation is on), what went wrong, what to do about it, the
    /// responsible role with its organisation and point of contact, and when it starts and is due.
    public struct Improvement: Hashable, Sendable, Codable {
        /// The capability it concerns: the objective's text, or the alarm path's name for a deviation.
        public var capability: String
        /// What went wrong, in the plan's language.
        public var issue: String
        /// What to do about it: a sentence in the plan's language, usable as an activity's title.
        public var correctiveAction: String
        /// The role responsible for the corrective action.
        public var responsibleRole: EntityID
        /// The responsible role's title, or its id when the plan has no such actor.
        public var responsibleTitle: String
        /// The organisation the responsible role belongs to, when the plan says.
        public var responsibleOrganization: String?
        /// Who to ask: the person who played the responsible role in the drill, when someone did.
        public var pointOfContact: String?
        /// When the corrective action starts: the report's date.
        public var start: PartialDate
        /// When the corrective action is due (HSEEP's completion date).
        public var due: PartialDate
        /// What the item comes from: `objective:ID` or `deviation:N` (numbered from 1).
        public var source: String

        /// Creates an item.
        public init(
            capability: String, issue: String, correctiveAction: String, responsibleRole: EntityID,
            responsibleTitle: String, responsibleOrganization: String? = nil, pointOfContact: String? = nil,
            start: PartialDate, due: PartialDate, source: String
        ) {
            self.capability = capability
            self.responsibleOrganization = responsibleOrganization
            self.pointOfContact = pointOfContact
            self.start = start
            self.issue = issue
            self.correctiveAction = correctiveAction
            self.responsibleRole = responsibleRole
            self.responsibleTitle = responsibleTitle
            self.due = due
            self.source = source
        }

        private enum CodingKeys: String, CodingKey {
            case capability, issue, correctiveAction, responsibleRole, responsibleTitle, responsibleOrganization
            case pointOfContact, start, due, source
        }

        /// Reads an item, with the role and the date as written in plan files.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func date(_ key: CodingKeys) throws -> PartialDate {
                let text = try container.decode(String.self, forKey: key)
                do {
                    return try PartialDate(parsing: text)
                } catch {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container, debugDescription: error.description)
                }
            }
            issue = try container.decode(String.self, forKey: .issue)
            correctiveAction = try container.decode(String.self, forKey: .correctiveAction)
            responsibleRole = EntityID(try container.decode(String.self, forKey: .responsibleRole))
            responsibleTitle = try container.decode(String.self, forKey: .responsibleTitle)
            due = try date(.due)
            // Reports written before the improvement plan had HSEEP's columns lack these.
            capability = try container.decodeIfPresent(String.self, forKey: .capability) ?? ""
            responsibleOrganization = try container.decodeIfPresent(String.self, forKey: .responsibleOrganization)
            pointOfContact = try container.decodeIfPresent(String.self, forKey: .pointOfContact)
            start = container.contains(.start) ? try date(.start) : due
            source = try container.decode(String.self, forKey: .source)
        }

        /// Writes the item, with the role and the date as written in plan files.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(capability, forKey: .capability)
            try container.encode(issue, forKey: .issue)
            try container.encode(correctiveAction, forKey: .correctiveAction)
            try container.encode(responsibleRole.rawValue, forKey: .responsibleRole)
            try container.encode(responsibleTitle, forKey: .responsibleTitle)
            try container.encodeIfPresent(responsibleOrganization, forKey: .responsibleOrganization)
            try container.encodeIfPresent(pointOfContact, forKey: .pointOfContact)
            try container.encode(start.description, forKey: .start)
            try container.encode(due.description, forKey: .due)
            try container.encode(source, forKey: .source)
        }
    }
}
