import Foundation

/// A numbered focus area (*fokusområde*) with a goal (*mål*), expected effects and indicators (*mått*),
/// under which many administrations group their activities.
public struct FocusArea: Hashable, Sendable, Identifiable, Grounded {
    /// The focus area's id.
    public var id: EntityID
    /// Its number in the plan: a label, unique among the areas of the same parent ("3", "3:1", "6.2").
    public var number: AreaNumber?
    /// The area it belongs to, when the plan numbers areas by chapter and area (*kapitel 3*, *3:1*).
    public var parent: EntityID?
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

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a focus area.
    public init(
        id: EntityID, number: AreaNumber? = nil, parent: EntityID? = nil, title: String, goal: String? = nil,
        expectedEffects: [String] = [], indicators: [Indicator] = [], activities: [Activity] = []
    ) {
        self.id = id
        self.number = number
        self.parent = parent
        self.title = title
        self.goal = goal
        self.expectedEffects = expectedEffects
        self.indicators = indicators
        self.activities = activities
    }
}

/// The number of a focus area as the plan writes it: a whole number ("3"), or a label of chapter and
/// area ("3:1", "6.2"); only its text counts, so "3:1" and "3:01" are two numbers.
///
/// ```swift
/// let chapter: AreaNumber = 3
/// let area: AreaNumber = "3:1"
/// area.description      // "3:1"
/// chapter.isWholeNumber // true
/// ```
public struct AreaNumber: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral
{
    /// The label as written.
    public let text: String

    /// The label `text`, without leading or trailing blanks.
    public init(_ text: String) {
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The whole number `number`.
    public init(_ number: Int) { text = String(number) }

    /// Creates a label from a string literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Creates a whole number from an integer literal.
    public init(integerLiteral value: Int) { self.init(value) }

    /// The label.
    public var description: String { text }

    /// Whether the label is a whole number written plainly, as older plans wrote every number: digits
    /// only, without a sign or a leading zero ("03" is a label, kept as written).
    public var isWholeNumber: Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && (text == "0" || !text.hasPrefix("0")) && Int(text) != nil
    }
}

/// A measure (*mått*) of a focus area: a count, a yes/no or a percentage.
public struct Indicator: Hashable, Sendable, Identifiable, Grounded {
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

        /// What a measurement of this kind must be, as messages say it: "give a whole number of 0 or more".
        public var expectedValue: String {
            switch self {
            case .count: "give a whole number of 0 or more"
            case .boolean: "give ja or nej (yes or no)"
            case .percentage: "give a number from 0 to 100"
            }
        }

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
    /// The question a measurement answers ("Hur många medarbetare har gått utbildningen?").
    public var question: String?
    /// The values recorded at follow-ups, oldest first.
    public var measurements: [Measurement]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates an indicator.
    public init(
        id: EntityID, name: String, kind: Kind, target: String? = nil, question: String? = nil,
        measurements: [Measurement] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.target = target
        self.question = question
        self.measurements = measurements
    }

    /// Whether `value` is one this indicator takes: a whole number of 0 or more for a count, yes or no
    /// (`ja`, `nej`, `yes`, `no`, `true`, `false`) for a yes/no, a number from 0 to 100 for a share.
    public func accepts(_ value: String) -> Bool {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .count: return UInt64(text) != nil
        case .boolean: return Self.yesOrNo(text) != nil
        case .percentage:
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")) else { return false }
            return (0...100).contains(number)
        }
    }

    /// Yes or no as a yes/no indicator's value says it; nil for any other word.
    public static func yesOrNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "yes", "true": true
        case "nej", "no", "false": false
        default: nil
        }
    }

    /// A value recorded for an indicator at a follow-up: when, what, and where it comes from.
    public struct Measurement: Hashable, Sendable {
        /// When the value was measured.
        public var date: PartialDate
        /// The value, as the indicator's kind takes it ("12", "ja", "85").
        public var value: String
        /// Where it comes from (a register, a survey, a report).
        public var source: String?
        /// A remark.
        public var note: String?

        /// Creates a measurement.
        public init(date: PartialDate, value: String, source: String? = nil, note: String? = nil) {
            self.date = date
            self.value = value
            self.source = source
            self.note = note
        }
    }
}
