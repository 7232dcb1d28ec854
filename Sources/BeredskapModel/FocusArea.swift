/// A numbered focus area (*fokusområde*) with a goal (*mål*), expected effects and indicators (*mått*),
/// under which many administrations group their activities.
public struct FocusArea: Hashable, Sendable, Identifiable {
    /// The focus area's id.
    public var id: EntityID
    /// Its number in the plan.
    public var number: Int?
    /// Its heading.
    public var title: String
    /// The goal.
    public var goal: String?
    /// The effects the activities are expected to have.
    public var expectedEffects: [String]
    /// How reaching the goal is measured.
    public var indicators: [Indicator]
    /// The activities under this focus area.
    public var activities: [Activity]

    /// Creates a focus area.
    public init(
        id: EntityID, number: Int? = nil, title: String, goal: String? = nil, expectedEffects: [String] = [],
        indicators: [Indicator] = [], activities: [Activity] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.goal = goal
        self.expectedEffects = expectedEffects
        self.indicators = indicators
        self.activities = activities
    }
}

/// A measure (*mått*) of a focus area: a count, a yes/no or a percentage.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// What kind of value the indicator takes.
    public enum Kind: String, PlanVocabulary {
        /// What a value is called in messages.
        public static let valueName = "indicator kind"

        /// A number of things (trained staff, meetings held).
        case count
        /// Yes or no (a routine exists).
        case boolean
        /// A share, 0–100.
        case percentage

        /// The Swedish label.
        public var swedishLabel: String {
            switch self {
            case .count: "antal"
            case .boolean: "ja/nej"
            case .percentage: "andel"
            }
        }
    }

    /// The indicator's id.
    public var id: EntityID
    /// What is measured.
    public var name: String
    /// The kind of value.
    public var kind: Kind
    /// The target value as written ("80", "ja").
    public var target: String?

    /// Creates an indicator.
    public init(id: EntityID, name: String, kind: Kind, target: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.target = target
    }
}
