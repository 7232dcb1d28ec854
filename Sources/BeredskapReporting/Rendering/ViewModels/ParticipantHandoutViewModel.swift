import BeredskapModel
import Foundation

/// The view model of the participants' handout.
///
/// Keys: `header` (with `exerciseMark`), `facts` (`label`, `value`: the scenario, the alarm path, when
/// the alarm comes, the classification, the affected administration), `roles` (`number`, `title`,
/// `id`, `person`, `steps` (`number`, `text`, `conditions`, `handling`), `hasSteps`, `contactedBy`,
/// `contactsNext`), `hasRoles`.
struct ParticipantHandoutViewModel {
    let handout: ParticipantHandout
    let builder: ViewModelBuilder

    private var language: ReportLanguage { builder.language }

    var dictionary: [String: Any] {
        var model = builder.common()
        model["header"] = builder.header(
            handout.header, kind: builder.label(.participantHandout), extra: [(.scenario, handout.scenario)],
            exercise: true)
        let classification = VocabularyText.capitalizedFirst(handout.classification.label(language))
        let hours = builder.label(handout.officeHours ? .officeHours : .outsideOfficeHours)
        let facts: [(Label, String?)] = [
            (.scenario, handout.scenarioTitle), (.alarmPath, handout.pathName),
            (.eventTime, DrillMaterialText.longTime(handout.eventTime, language)),
            (.classification, classification + ", " + hours), (.affectedAdministration, handout.administration),
        ]
        model["facts"] = facts.compactMap { fact -> [String: Any]? in
            guard let value = fact.1, !value.isEmpty else { return nil }
            return ["label": builder.label(fact.0), "value": value]
        }
        model["roles"] = handout.roles.enumerated().map { index, role -> [String: Any] in
            [
                "number": index + 1, "title": role.actor.name, "id": role.actor.id,
                "person": builder.value(role.person),
                "steps": role.steps.map { step -> [String: Any] in
                    [
                        "number": step.number,
                        "text": AlarmStepText.sentence(step, language)
                            + (step.options.isEmpty ? "" : ": " + step.options.map(\.label).joined(separator: " / ")),
                        "conditions": builder.value(
                            AlarmStepText.conditions(step.condition, language).joined(separator: "; ")),
                        "handling": builder.value(step.handling.joined(separator: "; ")),
                    ]
                },
                "hasSteps": !role.steps.isEmpty,
                "contactedBy": names(role.contactedBy), "contactsNext": names(role.contactsNext),
            ]
        }
        model["hasRoles"] = !handout.roles.isEmpty
        return model
    }

    private func names(_ actors: [ActorName]) -> String {
        actors.isEmpty ? builder.label(.noOne) : builder.names(actors)
    }
}

/// What the drill material writes alike on its pages.
enum DrillMaterialText {
    /// A stamp as "14 oktober 2017 02:30".
    static func longTime(_ stamp: String, _ language: ReportLanguage) -> String {
        (DateText.long(DrillClock.day(stamp), language) ?? DrillClock.day(stamp)) + " " + DrillClock.clock(stamp)
    }
}
