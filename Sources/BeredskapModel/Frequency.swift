/// How often something recurs in the administration's year.
public enum Frequency: String, PlanVocabulary {
    /// What a value is called in messages.
    public static let valueName = "frequency"

    /// Every month.
    case monthly
    /// Every quarter.
    case quarterly
    /// Every tertial (four months; Stockholm reports by *tertialrapport*).
    case tertial
    /// Every half year.
    case halfYearly
    /// Every year.
    case yearly

    /// The Swedish label.
    public var swedishLabel: String {
        switch self {
        case .monthly: "månadsvis"
        case .quarterly: "kvartalsvis"
        case .tertial: "tertialvis"
        case .halfYearly: "halvårsvis"
        case .yearly: "årligen"
        }
    }
}
