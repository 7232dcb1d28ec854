import BeredskapModel
import BeredskapStorage

extension ValueLiteral {
    /// Fields whose values are lists of words; a single word written for one is a list of one.
    static let listFields: Set<String> = [
        "functions", "responsible", "otherActors", "milieus", "references", "expectedEffects", "after", "deputies",
    ]

    /// The written value as the plan-file value of `field`: Swedish words of closed sets become their
    /// English values, one word for a list field becomes a list of one, and a mapping's keys are fields
    /// in their own right (`{from = …, to = …, covered = true}`); a key set to `null` is left out.
    ///
    /// ```swift
    /// ValueLiteral.text("åtgärdande").planValue(for: "functions")  // .sequence([.string("remedial")])
    /// ```
    public func planValue(for field: String) -> PlanValue? {
        func word(_ text: String) -> PlanValue {
            .string(ValueVocabulary.fields.contains(field) ? ValueVocabulary.value(for: text) ?? text : text)
        }
        switch self {
        case .null: return nil
        case .list(let items) where items.contains(where: { if case .mapping = $0 { true } else { false } }):
            return .sequence(items.compactMap { $0.planValue(for: field) })
        case .list(let items): return .sequence(items.flatMap(\.texts).map(word))
        case .mapping(let entries):
            return .mapping(
                entries.compactMap { entry in entry.value.planValue(for: entry.field).map { (entry.field, $0) } })
        case .text(let text): return Self.listFields.contains(field) ? .sequence([word(text)]) : word(text)
        }
    }
}
