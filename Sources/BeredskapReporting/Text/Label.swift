/// A heading, column name or phrase a report adds to the plan's own text, in Swedish and English.
///
/// Templates reach every label as `{{labels.NAME}}`, where NAME is the case name (`{{labels.responsible}}`).
/// Phrases with a `{x}` placeholder are filled in by the view model and reach templates already filled.
enum Label: String, CaseIterable {
    // Report names and the title block.
    case followUpReport, coverageReport, alarmListReport, contents
    case city, board, administration, period, version, date, planID, owner
    // Follow-up.
    case asOf, since, activity, responsible, otherActors, starts, followUp, status, statusAtSince, note
    case reportedBy, overdue, summary, count, total, noStatus, overdueActivities, activitiesGroup, goal
    case previousYear, previousYearIntro, continues, yes, no, finalStatus, noActivities, ordinaryFollowUp
    case followUpMissed, startPassed, changedSinceLast, changedFrom, sinceNote, group, statusDate
    // Coverage.
    case unitsAndFunctions, unit, level, department, functions, ages, targetGroup, milieus
    case coverageByAge, ageBand, gap, gaps, noGaps, gapText, unitsWithoutAges, unitsWithoutAgesNote
    case coverageByMilieu, milieu, noMilieuTags, bandsNote, years
    // Alarm list.
    case alarmPath, entry, step, actor, action, target, condition, after, options, always
    case officeHours, outsideOfficeHours, onlyClassification, ifOutcome, repeatsUntilEnd, repeatsEvery
    case withinMinutes, contacts, sensitive, contactsLeftOut, sensitiveWarning, inOfficeHoursSteps
    case outsideOfficeHoursSteps, remark, noContacts, noAlarmPaths, planText
    // Plan document.
    case approvals, revisions, references, diaryNumber, units, definitions, milieuSection, departments
    case preventionUnits, interventionUnits, activities, focusAreas, alarmPaths, expectedEffects
    case indicators, targetValue, function, functionPlural, and, decidedBy
    // Calendar.
    case startsEvent, followUpEvent, plan, precisionMonth, precisionYear

    /// The label in `language`.
    func text(_ language: ReportLanguage) -> String {
        let (swedish, english) = pair
        return language == .sv ? swedish : english
    }

    /// The label in `language` with each `{key}` replaced by its value.
    func text(_ language: ReportLanguage, _ values: [String: String]) -> String {
        values.reduce(text(language)) { result, entry in
            result.replacingOccurrences(of: "{\(entry.key)}", with: entry.value)
        }
    }

    /// Every label in `language`, keyed by name, for templates.
    static func dictionary(_ language: ReportLanguage) -> [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.text(language)) })
    }

    // The Swedish follows the wording of Stockholm's plans and guidelines where they have one.
    private var pair: (String, String) {
        switch self {
        case .followUpReport: ("Uppföljning", "Follow-up")
        case .coverageReport: ("Verksamheternas täckning", "Coverage of the units")
        case .alarmListReport: ("Larmlista", "Alarm list")
        case .contents: ("Innehåll", "Contents")
        case .city: ("Kommun", "Municipality")
        case .board: ("Nämnd", "Board")
        case .administration: ("Förvaltning", "Administration")
        case .period: ("Period", "Period")
        case .version: ("Version", "Version")
        case .date: ("Datum", "Date")
        case .planID: ("Plan-id", "Plan id")
        case .owner: ("Ägare", "Owner")
        case .asOf: ("Status per", "Status as of")
        case .since: ("Föregående uppföljning", "Previous follow-up")
        case .activity: ("Åtgärd", "Activity")
        case .responsible: ("Ansvarig aktör", "Responsible")
        case .otherActors: ("Andra aktörer", "Other actors")
        case .starts: ("Påbörjas", "Starts")
        case .followUp: ("Uppföljning", "Follow-up")
        case .status: ("Status", "Status")
        case .statusAtSince: ("Status vid föregående uppföljning", "Status at previous follow-up")
        case .note: ("Kommentar", "Note")
        case .reportedBy: ("Rapporterad av", "Reported by")
        case .overdue: ("Försenad", "Overdue")
        case .summary: ("Sammanfattning", "Summary")
        case .count: ("Antal", "Count")
        case .total: ("Totalt", "Total")
        case .noStatus: ("ingen status rapporterad", "no status reported")
        case .overdueActivities: ("Försenade åtgärder", "Overdue activities")
        case .activitiesGroup: ("Aktiviteter", "Activities")
        case .goal: ("Mål", "Goal")
        case .previousYear: ("Status för föregående års åtgärder", "Status of the previous year's activities")
        case .previousYearIntro:
            (
                "Åtgärderna i föregående version av planen ({plan}) med deras senast rapporterade status.",
                "The activities of the previous version of the plan ({plan}) with their last reported status."
            )
        case .continues: ("Finns kvar i planen", "Still in the plan")
        case .yes: ("ja", "yes")
        case .no: ("nej", "no")
        case .finalStatus: ("Slutlig status", "Final status")
        case .noActivities: ("Planen har inga aktiviteter.", "The plan has no activities.")
        case .ordinaryFollowUp: ("Ordinarie uppföljning", "Ordinary follow-up")
        case .followUpMissed:
            ("Uppföljningen {date} har passerat utan ny status", "Follow-up {date} has passed without a new status")
        case .startPassed:
            (
                "Skulle påbörjas {date} men är inte rapporterad som påbörjad",
                "Was to start {date} but is not reported as started"
            )
        case .changedSinceLast: ("ändrad sedan föregående uppföljning", "changed since the previous follow-up")
        case .group: ("Fokusområde", "Focus area")
        case .statusDate: ("Statusdatum", "Status date")
        case .changedFrom: ("tidigare: {status}", "previously: {status}")
        case .sinceNote:
            (
                "Där status har ändrats sedan föregående uppföljning ({date}) anges även den tidigare statusen.",
                "Where a status has changed since the previous follow-up ({date}), the earlier status is shown too."
            )
        case .unitsAndFunctions: ("Verksamheter och funktioner", "Units and functions")
        case .unit: ("Verksamhet", "Unit")
        case .level: ("Funktionsnivå", "Level")
        case .department: ("Avdelning", "Department")
        case .functions: ("Funktioner", "Functions")
        case .ages: ("Ålder", "Ages")
        case .targetGroup: ("Målgrupp", "Target group")
        case .milieus: ("Miljöer", "Milieus")
        case .coverageByAge: ("Täckning per åldersgrupp", "Coverage by age band")
        case .ageBand: ("Ålder (år)", "Age (years)")
        case .gap: ("lucka", "gap")
        case .gaps: ("Luckor", "Gaps")
        case .noGaps:
            ("Varje åldersgrupp har minst en verksamhet per funktion.", "Every age band has a unit for each function.")
        case .gapText: ("{band} år: ingen {function} verksamhet", "{band} years: no {function} unit")
        case .unitsWithoutAges: ("Verksamheter utan angiven ålder", "Units without stated ages")
        case .unitsWithoutAgesNote:
            (
                "Planen anger ingen ålder för dessa verksamheters målgrupper, så de ingår inte i tabellen per åldersgrupp.",
                "The plan states no ages for these units' target groups, so the table by age band leaves them out."
            )
        case .coverageByMilieu: ("Täckning per miljö", "Coverage by milieu")
        case .milieu: ("Miljö", "Milieu")
        case .noMilieuTags:
            (
                "Ingen verksamhet är kopplad till en särskild miljö i planen.",
                "No unit is tagged with a milieu in the plan."
            )
        case .bandsNote:
            (
                "Åldersgrupperna delas där någon verksamhets målgrupp börjar eller slutar, så varje ålder i en grupp täcks av samma verksamheter.",
                "The age bands are cut wherever a unit's target group starts or ends, so every age in a band is served by the same units."
            )
        case .years: ("år", "years")
        case .alarmPath: ("Larmväg", "Alarm path")
        case .entry: ("Tar emot larmet", "Receives the alarm")
        case .step: ("Steg", "Step")
        case .actor: ("Vem", "Who")
        case .action: ("Gör", "Does")
        case .target: ("Vem/vad", "Whom/what")
        case .condition: ("Villkor", "Condition")
        case .after: ("Efter steg", "After step")
        case .options: ("Alternativ", "Options")
        case .always: ("alltid", "always")
        case .officeHours: ("kontorstid", "office hours")
        case .outsideOfficeHours: ("utanför kontorstid", "outside office hours")
        case .onlyClassification: ("endast {classification}", "only {classification}")
        case .ifOutcome: ("om: {option}", "if: {option}")
        case .repeatsUntilEnd: ("upprepas till händelsens slut", "repeats until the event ends")
        case .repeatsEvery:
            ("var {minutes}:e minut till händelsens slut", "every {minutes} minutes until the event ends")
        case .withinMinutes: ("inom {minutes} min", "within {minutes} min")
        case .contacts: ("Kontaktuppgifter", "Contact details")
        case .sensitive: ("känslig", "sensitive")
        case .contactsLeftOut:
            ("Kontaktuppgifter ingår inte i den här utskriften.", "This print leaves contact details out.")
        case .sensitiveWarning:
            (
                "Innehåller kontaktuppgifter, även känsliga. Sprid inte vidare.",
                "Contains contact details, including sensitive ones. Do not pass on."
            )
        case .inOfficeHoursSteps: ("Under kontorstid: steg {steps}", "In office hours: steps {steps}")
        case .outsideOfficeHoursSteps: ("Utanför kontorstid: steg {steps}", "Outside office hours: steps {steps}")
        case .remark: ("Anmärkning", "Remark")
        case .planText: ("Text i planen", "Text of the plan")
        case .noContacts:
            (
                "Planen har inga kontaktuppgifter för larmvägarnas aktörer.",
                "The plan has no contact details for the actors of the alarm paths."
            )
        case .noAlarmPaths: ("Planen har inga larmvägar.", "The plan has no alarm paths.")
        case .approvals: ("Beslut", "Decisions")
        case .revisions: ("Revisioner", "Revisions")
        case .references: ("Referenser", "References")
        case .diaryNumber: ("Dnr", "Ref. no.")
        case .units: ("Verksamheter", "Units")
        case .definitions: ("Definitioner", "Definitions")
        case .milieuSection: ("Våldsbejakande extremistmiljöer", "Violent extremist milieus")
        case .departments: ("Organisation", "Organisation")
        case .preventionUnits: ("Förebyggande arbete", "Prevention")
        case .interventionUnits: ("Förhindrande arbete", "Intervention")
        case .activities: ("Aktiviteter", "Activities")
        case .focusAreas: ("Fokusområden", "Focus areas")
        case .alarmPaths: ("Larmvägar", "Alarm paths")
        case .expectedEffects: ("Förväntade effekter", "Expected effects")
        case .indicators: ("Mått", "Indicators")
        case .targetValue: ("Målvärde", "Target")
        case .function: ("funktion", "function")
        case .functionPlural: ("funktion", "functions")
        case .and: ("och", "and")
        case .decidedBy: ("{action} av {body}", "{action} by {body}")
        case .startsEvent: ("Påbörjas: {title}", "Starts: {title}")
        case .followUpEvent: ("Uppföljning: {title}", "Follow-up: {title}")
        case .plan: ("Plan", "Plan")
        case .precisionMonth:
            (
                "Planen anger bara månaden ({date}); händelsen ligger på månadens första dag.",
                "The plan gives only the month ({date}); the event is on its first day."
            )
        case .precisionYear:
            (
                "Planen anger bara året ({date}); händelsen ligger på årets första dag.",
                "The plan gives only the year ({date}); the event is on its first day."
            )
        }
    }
}
