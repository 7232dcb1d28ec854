/// What a unit can do in the work against violent extremism (the plan's *funktion*).
public enum UnitFunction: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "function"

    /// Förebyggande: prevents radicalisation by spreading knowledge and promoting democracy.
    case preventive
    /// Upptäckande: knows enough to detect a radicalisation process and pass it on to the right actor.
    case detecting
    /// Åtgärdande: offers concrete support to individuals or relatives in a radicalisation process or
    /// leaving an extremist organisation.
    case remedial

    /// The Swedish label: förebyggande, upptäckande or åtgärdande.
    public var swedishLabel: String {
        switch self {
        case .preventive: "förebyggande"
        case .detecting: "upptäckande"
        case .remedial: "åtgärdande"
        }
    }
}

/// Which of the plan's two lists a unit is in (the plan's *funktionsnivå*).
public enum FunctionLevel: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "level"

    /// Förebyggande arbete: aimed at people susceptible to recruitment, and their relatives.
    case prevention
    /// Förhindrande arbete: aimed at people in violent extremist milieus, and their relatives.
    case intervention

    /// The Swedish label: förebyggande arbete or förhindrande arbete.
    public var swedishLabel: String {
        switch self {
        case .prevention: "förebyggande arbete"
        case .intervention: "förhindrande arbete"
        }
    }
}
