import BeredskapModel
import Foundation

extension PlanDocumentReport {
    /// An activity as the activity table shows it.
    public struct ActivityEntry: Hashable, Sendable, Codable {
        /// The activity's id.
        public var id: String
        /// What is to be done.
        public var title: String
        /// More about it.
        public var description: String?
        /// The responsible actors.
        public var responsible: [ActorName]
        /// The other actors.
        public var otherActors: [ActorName]
        /// When it starts, as written in plan files.
        public var starts: String?
        /// How it is followed up, as written in plan files.
        public var followUp: String?

        init(_ activity: Activity, plan: Plan) {
            id = activity.id.rawValue
            title = activity.title
            description = activity.description
            responsible = activity.responsible.map(plan.actorReference)
            otherActors = activity.otherActors.map(plan.actorReference)
            starts = activity.starts?.description
            followUp = activity.followUp?.description
        }
    }

    /// A role as the document describes it: what it is, where it sits, when it answers and who stands in.
    public struct RoleEntry: Hashable, Sendable, Codable {
        /// The role's id.
        public var id: String
        /// Its title.
        public var title: String
        /// A post or a group, as written in plan files (`post`).
        public var kind: String
        /// The organization, unit or actor it belongs to.
        public var organization: ActorName?
        /// What it does, in the plan's words.
        public var description: String?
        /// When it answers, as written in plan files (`always`, `officeHours`, `onDuty`).
        public var availability: String
        /// The rota that staffs it, when it is on duty by one.
        public var rota: ActorName?
        /// Who stands in for it, in the order they are tried.
        public var deputies: [ActorName]
        /// How long an unanswered call waits before the first deputy is tried, in minutes.
        public var deputyAfterMinutes: Double?

        init(_ role: Role, plan: Plan) {
            id = role.id.rawValue
            title = role.title
            kind = role.kind.rawValue
            organization = role.organization.map(plan.actorReference)
            description = role.description
            availability = role.availability.rawValue
            rota = role.rota.map { id in
                ActorName(id: id.rawValue, name: plan.rotas.first { $0.id == id }?.name ?? id.rawValue)
            }
            deputies = role.deputies.map(plan.actorReference)
            deputyAfterMinutes = role.deputyAfterMinutes
        }
    }

    /// An external actor as the document names it.
    public struct ExternalActorEntry: Hashable, Sendable, Codable {
        /// The actor's id.
        public var id: String
        /// Its name.
        public var name: String
        /// What kind of actor it is, as written in plan files (`authority`).
        public var kind: String
        /// More about it, in the plan's words.
        public var description: String?
    }

    /// A focus area with its goal, effects, indicators and activities.
    public struct FocusAreaEntry: Hashable, Sendable, Codable {
        /// The focus area's id.
        public var id: String
        /// Its number, as the plan writes it ("3", "3:1").
        public var number: String?
        /// The id of the area it belongs to.
        public var parent: String?
        /// Its heading.
        public var title: String
        /// Its goal.
        public var goal: String?
        /// The expected effects.
        public var expectedEffects: [String]
        /// How the goal is measured.
        public var indicators: [IndicatorEntry]
        /// Its activities.
        public var activities: [ActivityEntry]

        init(_ area: FocusArea, plan: Plan) {
            id = area.id.rawValue
            number = area.number?.text
            parent = area.parent?.rawValue
            title = area.title
            goal = area.goal
            expectedEffects = area.expectedEffects
            indicators = area.indicators.map {
                IndicatorEntry(name: $0.name, kind: $0.kind.rawValue, target: $0.target)
            }
            activities = area.activities.map { ActivityEntry($0, plan: plan) }
        }
    }

    /// An indicator of a focus area.
    public struct IndicatorEntry: Hashable, Sendable, Codable {
        /// What is measured.
        public var name: String
        /// The kind of value, as written in plan files (`count`).
        public var kind: String
        /// The target value.
        public var target: String?
    }

    /// A document the plan rests on.
    public struct ReferenceEntry: Hashable, Sendable, Codable {
        /// Its number in the document, from 1.
        public var number: Int
        /// The reference's id.
        public var id: String
        /// The kind, as written in plan files (`law`).
        public var kind: String
        /// The title.
        public var title: String
        /// Who issued it.
        public var issuer: String?
        /// Its diary number.
        public var diaryNumber: String?
        /// When it was issued, as written in plan files.
        public var date: String?
        /// A remark.
        public var note: String?
    }
}

/// Splitting the plan's text into paragraphs.
enum Paragraphs {
    /// The paragraphs of `text`: separated by blank lines, trimmed, empty ones dropped.
    static func split(_ text: String?) -> [String] {
        guard let text else { return [] }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// The items of `paragraph` when every line of it is a list item ("- Förebyggande"), else `nil`.
    static func listItems(_ paragraph: String) -> [String]? {
        let lines = paragraph.split(separator: "\n")
        guard !lines.isEmpty, lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") }) else { return nil }
        return lines.map { String($0.dropFirst(2)) }
    }
}
