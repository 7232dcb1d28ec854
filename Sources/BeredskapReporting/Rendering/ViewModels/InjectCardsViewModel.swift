import BeredskapModel
import Foundation

/// The view model of the inject cards.
///
/// Keys: `header` (with `exerciseMark`), `cards` (`number`, `title` — "Inspel 1" —, `time`, `kind`,
/// `from`, `to`, `text`), `hasCards`, `total`.
struct InjectCardsViewModel {
    let cards: InjectCards
    let builder: ViewModelBuilder

    var dictionary: [String: Any] {
        var model = builder.common()
        model["header"] = builder.header(
            cards.header, kind: builder.label(.injectCards), extra: [(.scenario, cards.scenario)], exercise: true)
        model["cards"] = cards.cards.map { card -> [String: Any] in
            [
                "number": card.number, "title": builder.label(.injectCard, ["number": String(card.number)]),
                "time": card.schedule.text(builder.language, context: cards.context, forParticipants: true),
                "kind": VocabularyText.capitalizedFirst(card.kind.label(builder.language)),
                "from": builder.value(card.from), "to": builder.value(card.to), "text": card.text,
            ]
        }
        model["hasCards"] = !cards.cards.isEmpty
        model["total"] = cards.cards.count
        return model
    }
}
