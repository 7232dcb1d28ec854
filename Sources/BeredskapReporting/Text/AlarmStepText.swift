import BeredskapModel

/// How reports and diagrams say an alarm step: "Socialjouren kontaktar Socialjourens enhetschef",
/// "endast extraordinär händelse; om: Aktivera POSOM".
enum AlarmStepText {
    /// The step kind as a verb in `language` ("kontaktar").
    static func kind(_ raw: String, _ language: ReportLanguage) -> String {
        VocabularyText.label(AlarmStepKind.self, raw, language) ?? raw
    }

    /// Who does what to whom: "Socialjouren kontaktar Socialjourens enhetschef".
    static func sentence(_ step: AlarmListReport.Step, _ language: ReportLanguage) -> String {
        [actor(step, language), kind(step.kind, language), step.target?.name].compactMap { $0 }.joined(separator: " ")
    }

    /// Who acts in a step: its actor, and for a decision taken jointly the others ("Stadsdirektör
    /// tillsammans med TiB och Kommunikationschef").
    static func actor(_ step: AlarmListReport.Step, _ language: ReportLanguage) -> String {
        jointly(step.actor.name, step.jointly.map(\.name), language)
    }

    /// A decision maker and the others who decide with it: "Stadsdirektör tillsammans med TiB och
    /// Kommunikationschef"; the name alone when there are none.
    static func jointly(_ actor: String, _ others: [String], _ language: ReportLanguage) -> String {
        guard let last = others.last else { return actor }
        let names =
            others.count == 1
            ? last : others.dropLast().joined(separator: ", ") + (language == .sv ? " och " : " and ") + last
        return actor + " " + Label.jointlyWith.text(language) + " " + names
    }

    /// The parts of a step's condition, each as a reader says it; empty when the step always applies.
    /// Its alternatives are one part, joined by "eller" ("or"), an alternative of several parts in
    /// brackets with "och" ("and"): "endast extraordinär händelse eller (kontorstid och om: Eskalera)".
    static func conditions(_ condition: AlarmListReport.Condition?, _ language: ReportLanguage) -> [String] {
        guard let condition else { return [] }
        var parts = ownConditions(condition, language)
        if let alternatives = condition.anyOf, !alternatives.isEmpty {
            let and = " " + Label.and.text(language) + " "
            let said = alternatives.map { alternative in
                let parts = ownConditions(alternative, language)
                if parts.isEmpty { return Label.always.text(language) }
                return parts.count > 1 ? "(" + parts.joined(separator: and) + ")" : parts[0]
            }
            parts.append(said.joined(separator: " " + Label.conditionOr.text(language) + " "))
        }
        return parts
    }

    /// The parts a condition states itself, without its alternatives.
    private static func ownConditions(_ condition: AlarmListReport.Condition, _ language: ReportLanguage) -> [String] {
        var parts: [String] = []
        if let classification = VocabularyText.label(EventClassification.self, condition.classification, language) {
            parts.append(Label.onlyClassification.text(language, ["classification": classification]))
        }
        if let officeHours = condition.officeHours {
            parts.append((officeHours ? Label.officeHours : Label.outsideOfficeHours).text(language))
        }
        if let option = condition.outcomeLabel ?? condition.outcome {
            parts.append(Label.ifOutcome.text(language, ["option": option]))
        }
        return parts
    }

    /// The numbers of the steps a step waits for: "2, 3" when it waits for every one, "2 eller 3"
    /// ("2 or 3") when it runs after the first of them.
    static func after(_ step: AlarmListReport.Step, _ language: ReportLanguage) -> String {
        let numbers = step.after.map(String.init)
        guard step.join == StepJoin.any.rawValue, let last = numbers.last, numbers.count > 1 else {
            return numbers.joined(separator: ", ")
        }
        return numbers.dropLast().joined(separator: ", ") + (language == .sv ? " eller " : " or ") + last
    }

    /// The repetition and target time of a step ("upprepas till händelsens slut", "inom 15 min").
    static func timing(_ step: AlarmListReport.Step, _ language: ReportLanguage) -> [String] {
        var parts: [String] = []
        if let minutes = step.repeatEveryMinutes {
            parts.append(Label.repeatsEvery.text(language, ["minutes": String(minutes)]))
        } else if step.repeats {
            parts.append(Label.repeatsUntilEnd.text(language))
        }
        if let minutes = step.targetMinutes {
            let text = minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes)
            parts.append(Label.withinMinutes.text(language, ["minutes": text]))
        }
        switch (step.availability, step.rota) {
        case ("officeHours", _): parts.append(Label.reachableInOfficeHours.text(language))
        case ("onDuty", let rota?): parts.append(Label.reachableByRota.text(language, ["rota": rota.name]))
        case ("onDuty", nil): parts.append(Label.reachableOnDuty.text(language))
        default: break
        }
        if !step.deputies.isEmpty {
            let names = step.deputies.map(\.name).joined(separator: ", ")
            if let minutes = step.deputyAfterMinutes {
                let text = minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes)
                parts.append(Label.deputiesAfter.text(language, ["minutes": text, "names": names]))
            } else {
                parts.append(Label.deputies.text(language, ["names": names]))
            }
        }
        return parts
    }

    /// A contact detail on one line: "Växel (telefon): 08-508 00 000", "Mobil (telefon, känslig): …".
    static func contact(_ contact: AlarmListReport.ContactLine, _ language: ReportLanguage) -> String {
        contactName(contact, language) + ": " + contact.value
    }

    /// What a contact detail is: "Växel (telefon)", "Mobil (telefon, känslig)".
    static func contactName(_ contact: AlarmListReport.ContactLine, _ language: ReportLanguage) -> String {
        let kind = VocabularyText.label(Contact.Kind.self, contact.kind, language) ?? contact.kind
        let qualifiers = [kind] + (contact.sensitive ? [Label.sensitive.text(language)] : [])
        guard let label = contact.label else {
            return VocabularyText.capitalizedFirst(qualifiers.joined(separator: ", "))
        }
        return label + " (" + qualifiers.joined(separator: ", ") + ")"
    }
}
