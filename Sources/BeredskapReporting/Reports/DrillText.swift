import BeredskapModel

/// How a drill report says things: a log entry's kind, a session's state, a rating, an alarm step as
/// a clause ("Direktör vid Socialförvaltningen informerar Stadsdirektör"), a decision's options.
enum DrillText {
    /// The label of a log entry kind written `raw` (`contingency` → "reservinspel").
    static func kind(_ raw: String, _ language: ReportLanguage) -> String {
        let label: Label? =
            switch raw {
            case "start": .logStart
            case "inject": .logInject
            case "contingency": .logContingency
            case "action": .logAction
            case "decision": .logDecision
            case "advance": .logAdvance
            case "pause": .logPause
            case "resume": .logResume
            case "end": .logEnd
            case "rating": .logRating
            default: nil
            }
        return label?.text(language) ?? raw
    }

    /// The label of a session state written `raw` (`ended` → "avslutad").
    static func state(_ raw: String, _ language: ReportLanguage) -> String {
        let label: Label? =
            switch raw {
            case "running": .stateRunning
            case "paused": .statePaused
            case "ended": .stateEnded
            default: nil
            }
        return label?.text(language) ?? raw
    }

    /// What a rating means ("genomfört med stora svårigheter").
    static func rating(_ rating: DrillReport.Rating, _ language: ReportLanguage) -> String {
        rating.label(language)
    }

    /// The label of a deviation kind ("Försenat steg").
    static func deviation(_ kind: DrillReport.Deviation.Kind, _ language: ReportLanguage) -> String {
        let label: Label =
            switch kind {
            case .contingency: .deviationContingency
            case .late: .deviationLate
            case .missing: .deviationMissing
            case .missingDecision: .deviationMissingDecision
            }
        return label.text(language)
    }

    /// A step as a clause, who does what to whom: "Direktör vid Socialförvaltningen informerar
    /// Stadsdirektör", "Stockholms stads socialjour tar emot larmet", "Direktör på berörd förvaltning
    /// beslutar om ”Aktivera POSOM” eller ”Aktivera inte POSOM”".
    static func clause(_ step: AlarmStep, plan: Plan, _ language: ReportLanguage) -> String {
        let actor = AlarmStepText.jointly(plan.actorName(step.actor), step.jointly.map(plan.actorName), language)
        let target = step.target.map(plan.actorName)
        switch step.kind {
        case .receive:
            return Label.drillReceives.text(language, ["actor": actor])
        case .assign:
            guard let target else { break }
            return Label.drillAssigns.text(language, ["actor": actor, "target": target])
        case .decide:
            guard !step.options.isEmpty else { break }
            return Label.drillDecides.text(language, ["actor": actor, "options": alternatives(step, language)])
        case .contact, .inform, .activate, .record:
            break
        }
        return [actor, step.kind.label(language), target].compactMap { $0 }.joined(separator: " ")
    }

    /// A decision's options, quoted and joined with "eller"/"or": "”Aktivera POSOM” eller ”Aktivera inte POSOM”".
    static func alternatives(_ step: AlarmStep, _ language: ReportLanguage) -> String {
        let quoted = quotedOptions(step, language)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " " + Label.drillOr.text(language) + " " + quoted.last!
    }

    /// A decision's options, quoted and joined with "och"/"and", as "choose between" wants them.
    static func choices(_ step: AlarmStep, _ language: ReportLanguage) -> String {
        VocabularyText.list(quotedOptions(step, language), language)
    }

    private static func quotedOptions(_ step: AlarmStep, _ language: ReportLanguage) -> [String] {
        step.options.map { Label.drillQuoted.text(language, ["text": $0.label]) }
    }
}
