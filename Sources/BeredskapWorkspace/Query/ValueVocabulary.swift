import BeredskapModel

/// The values of every closed set, so that the shell accepts the Swedish words people type
/// (`åtgärdande` for `remedial`, `pågående` for `ongoing`).
enum ValueVocabulary {
    static let all: [any PlanVocabulary.Type] = [
        UnitFunction.self, FunctionLevel.self, Contact.Kind.self, Organization.Kind.self, ExternalActor.Kind.self,
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

    /// Fields whose values come from a closed set.
    static let fields: Set<String> = [
        "level", "functions", "function", "kind", "status", "insert", "action", "frequency", "classification", "until",
        "followUp", "availability",
    ]
}
