import BeredskapModel
import BeredskapStorage

/// The values of every closed set, so that the shell accepts the Swedish words people type
/// (`åtgärdande` for `remedial`, `pågående` for `ongoing`).
enum ValueVocabulary {
    static let all: [any PlanVocabulary.Type] = [
        UnitFunction.self, FunctionLevel.self, Contact.Kind.self, Organization.StandardKind.self,
        ExternalActor.Kind.self,
        Role.Kind.self, Milieu.Kind.self, Section.Insert.self, Frequency.self, ActivityStatus.self, Indicator.Kind.self,
        AlarmStepKind.self, EventClassification.self, StepRepeat.Until.self, Approval.Action.self,
        PlanReference.Kind.self, Role.Availability.self,
    ]

    /// Folded Swedish labels and English values → the English value.
    static let canonical: [String: String] = {
        var table: [String: String] = [:]
        func add<V: PlanVocabulary>(_ type: V.Type) {
            for value in V.allCases {
                table[TextFolding.fold(value.swedishLabel)] =
                    table[TextFolding.fold(value.swedishLabel)] ?? value.rawValue
                table[TextFolding.fold(value.rawValue)] = value.rawValue
            }
        }
        for type in all { add(type) }
        table["ordinarie"] = "ordinary"
        table["ordinarie uppföljning"] = "ordinary"
        return table
    }()

    /// The English value a word stands for, if it names one.
    static func value(for word: String) -> String? {
        canonical[TextFolding.fold(word)]
    }

    /// Whether `word` names a value of the closed set, by its English value or Swedish label.
    static func accepts(_ word: String, of type: any PlanVocabulary.Type) -> Bool {
        func named<V: PlanVocabulary>(_ type: V.Type) -> Bool { V(label: word) != nil }
        return named(type)
    }

    /// The values of a closed set for a message: `planned (planerad), ongoing (pågående), …`.
    static func list(of type: any PlanVocabulary.Type) -> String {
        PlanFieldType.closedSet(type).allowedValues.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
    }

    /// Refuses a word that is no value of the closed set: with the nearest value, or the list.
    static func refusal(_ word: String, of type: any PlanVocabulary.Type) -> String {
        let values = PlanFieldType.closedSet(type).allowedValues
        let nearest =
            Suggestion.nearest(to: word, in: values.map(\.value))
            ?? Suggestion.nearest(to: word, in: values.map(\.label)).flatMap { label in
                values.first { $0.label == label }?.value
            }
        return "unknown \(type.valueName) '\(word)'"
            + (nearest.map { "; did you mean '\($0)'?" } ?? "; use " + list(of: type))
    }

    /// Fields whose values come from a closed set.
    static let fields: Set<String> = [
        "level", "functions", "function", "kind", "status", "insert", "action", "frequency", "classification", "until",
        "followUp", "availability",
    ]
}
