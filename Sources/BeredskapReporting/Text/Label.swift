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
    case indicatorTarget, measuredValue, measurementSource, notMeasured, notStated, indicator, indicatorKind, question
    case previousYear, previousYearIntro, continues, yes, no, finalStatus, noActivities, noAreaActivities,
        ordinaryFollowUp
    case followUpMissed, startPassed, changedSinceLast, changedFrom, sinceNote, group, statusDate
    // Follow-up of every plan.
    case followUpOverview, plans, title, planStatus, planDraft, planAdopted, planApproved
    // Coverage.
    case unitsAndFunctions, unit, level, department, functions, ages, targetGroup, milieus
    case coverageByAge, ageBand, gap, gaps, noGaps, gapText, unitsWithoutAges, unitsWithoutAgesNote
    case coverageByMilieu, milieu, noMilieuTags, bandsNote, years
    // Alarm list.
    case alarmPath, entry, step, actor, action, target, condition, after, options, always
    case officeHours, outsideOfficeHours, onlyClassification, ifOutcome, conditionOr, repeatsUntilEnd, repeatsEvery
    case withinMinutes, contacts, sensitive, contactsLeftOut, sensitiveWarning, inOfficeHoursSteps
    case outsideOfficeHoursSteps, remark, handling, jointlyWith, routine, noContacts, noAlarmPaths, planText, deputies,
        deputiesAfter
    case reachableInOfficeHours, reachableOnDuty, reachableByRota, rotaShift, rotaGap, rotaExtraCover, rotaRoles
    // Reachability.
    case reachabilityReport, week, reachabilityByHour, reachabilityNote, hour, legend, everyStepReached
    case someStepsReached, noStepReached, hourCell, notReached, publicHoliday, eve, hoursFullyReached
    case noRoleSteps, theSteps, unreachableHours, firstUnreachable, unreachableHolidays, heatMapKey
    case stepsReached, stepCount, notReachedRoles
    // Plan document.
    case approvals, revisions, references, diaryNumber, published, units, definitions, milieuSection, departments,
        draftMark
    case preventionUnits, interventionUnits, otherUnits, activities, focusAreas, alarmPaths, expectedEffects
    case indicators, targetValue, function, functionPlural, and, decidedBy, referredTo, answerBy, onCondition
    case pendingDecision, roles, externalActors, basisSection, basisNote, exerciseMark
    // Calendar.
    case startsEvent, followUpEvent, plan, precisionMonth, precisionYear
    // Drill after-action report: headings and column names.
    case drillReport, overview, session, scenario, eventTime, classification, affectedAdministration
    case participants, person, role, leader, sessionState, timePlayed, conducted, injects, injectsGiven
    case timeline, minute, simulatedTime, wallTime, entryKind, whatHappened, enteredBy
    case objectives, objective, rating, acted, observations, ratingScale, noObjectives
    case deviations, deviation, expected, deadline, happened, noDeviations, improvementPlan, issue
    case correctiveAction, due, noImprovements, minuteValue, minutesValue, oneMinute, notHappened
    case stateRunning, statePaused, stateEnded
    case deviationContingency, deviationLate, deviationMissing, deviationMissingDecision
    case logStart, logInject, logContingency, logAction, logDecision, logAdvance, logPause, logResume, logEnd
    case logRating, ratingFromLog, evaluatorRating, evaluatorObservation, notRatedByEvaluator, ratingRule
    // Drill after-action report: sentences written into the report in the plan's language.
    case drillActedFirst, drillNeverActed, drillLogLine, drillObjectiveIssue, drillContingencyIssue
    case drillActedLater, drillNeverActedAfter, drillStepLate, drillStepMissing, drillDecisionMissing
    case drillRoutineAction, drillReachAction, drillExpectedAction, drillDecisionAction, drillDecisionActionWithin
    case drillQuoted, drillOr, drillReceives, drillAssigns, drillDecides, drillEvaluatedObjectiveIssue
    case drillDecidedByLog, drillDecidedByOne, drillDecidedUnanimous, drillDecidedMajority, drillDecidedTie, drillGave
    case unnamedEvaluator, ratingDecision, evaluators, capability, responsibleOrganization, pointOfContact
    case startDate, completionDate, exerciseColumn, correctsLine
    // Drill material: the inject cards, the participants' handout and the evaluators' sheets.
    case injectCards, injectCard, injectAtMinute, injectKind, injectFrom, injectTo, noInjects
    case participantHandout, theEvent, rolesInPlay, rolesInPlayNote, playedBy, stepsTaken, contactedBy, contactsNext
    case noOne, noRolesInPlay, evaluatorSheets, evaluatorSheet, objectiveRule, bearingInjects, expectedAction
    case expectedWithin, contingency, noBearingInjects, ratingBoxes, evaluatorName, observedAt, noSheets, injectWaits
    case injectGivenByControl

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
        case .reachabilityReport: ("Nåbarhet", "Reachability")
        case .week: ("Vecka", "Week")
        case .reachabilityByHour: ("Nåbarhet timme för timme", "Reachability hour by hour")
        case .reachabilityNote:
            (
                "Varje ruta är en timme av veckan. Färgen visar hur många av larmvägens steg som når sin roll då, ställföreträdare medräknade; siffran hur många av stegen som nås. Helgdagar och helgdagsaftnar är markerade.",
                "Each cell is an hour of the week. Its colour shows how many of the path's steps reach their role then, deputies included; the figure how many of the steps are reached. Public holidays and eves are marked."
            )
        case .hour: ("Timme", "Hour")
        case .legend: ("Förklaring", "Key")
        case .everyStepReached: ("alla steg nås", "every step reached")
        case .someStepsReached: ("en del av stegen nås", "some steps reached")
        case .noStepReached: ("inget steg nås", "no step reached")
        case .hourCell:
            ("{day} {hour}: {reached} av {steps} steg nås", "{day} {hour}: {reached} of {steps} steps reached")
        case .notReached: ("nås inte: {roles}", "not reached: {roles}")
        case .publicHoliday: ("helgdag", "public holiday")
        case .eve: ("helgdagsafton", "eve")
        case .hoursFullyReached:
            (
                "Alla steg nås {hours} av veckans {total} timmar.",
                "Every step is reached in {hours} of the week's {total} hours."
            )
        case .noRoleSteps: ("Inget steg i larmvägen behöver en roll.", "No step of the path needs a role.")
        case .theSteps: ("Stegen", "The steps")
        case .stepsReached: ("Steg som nås", "Steps reached")
        case .stepCount: ("Steg", "Steps")
        case .notReachedRoles: ("Nås inte", "Not reached")
        case .unreachableHours: ("Timmar utan svar", "Hours unreached")
        case .firstUnreachable: ("Första timmen utan svar", "First hour unreached")
        case .unreachableHolidays: ("Helgdagar utan svar", "Holidays unreached")
        case .heatMapKey:
            (
                "· alla steg nås; en siffra: så många steg nås inte",
                "· every step reached; a figure: that many steps not reached"
            )
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
        case .indicatorTarget: ("Målvärde", "Target")
        case .measuredValue: ("Värde", "Value")
        case .measurementSource: ("Källa", "Source")
        case .notMeasured: ("ej mätt", "not measured")
        case .indicator: ("Mått", "Indicator")
        case .indicatorKind: ("Slag", "Kind")
        case .question: ("Fråga", "Question")
        case .notStated: ("ej angivet", "not stated")
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
        case .noAreaActivities: ("Fokusområdet har inga aktiviteter.", "The focus area has no activities.")
        case .followUpOverview: ("Alla planer i lagret", "Every plan in the store")
        case .plans: ("Planer", "Plans")
        case .title: ("Titel", "Title")
        case .planStatus: ("Planens status", "Plan status")
        case .planDraft: ("utkast", "draft")
        case .planAdopted: ("antagen", "adopted")
        case .planApproved: ("godkänd", "approved")
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
        case .conditionOr: ("eller", "or")
        case .repeatsUntilEnd: ("upprepas till händelsens slut", "repeats until the event ends")
        case .repeatsEvery:
            ("var {minutes}:e minut till händelsens slut", "every {minutes} minutes until the event ends")
        case .withinMinutes: ("inom {minutes} min", "within {minutes} min")
        case .deputies: ("ställföreträdare: {names}", "deputies: {names}")
        case .reachableInOfficeHours: ("nås i kontorstid", "reachable in office hours")
        case .reachableOnDuty: ("nås genom beredskap dygnet runt", "reachable on duty around the clock")
        case .reachableByRota: ("nås genom beredskap enligt {rota}", "reachable on duty by {rota}")
        case .rotaShift: ("Beredskap: {rota}", "On duty: {rota}")
        case .rotaGap: ("Lucka i beredskapen: {rota}", "Gap in the duty: {rota}")
        case .rotaExtraCover: ("Extra beredskap: {rota}", "Extra cover: {rota}")
        case .rotaRoles: ("Roller", "Roles")
        case .deputiesAfter: ("ställföreträdare efter {minutes} min: {names}", "deputies after {minutes} min: {names}")
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
        case .handling: ("Hantering", "Handling")
        case .routine: ("Rutin", "Routine")
        case .jointlyWith: ("tillsammans med", "jointly with")
        case .planText: ("Text i planen", "Text of the plan")
        case .noContacts:
            (
                "Planen har inga kontaktuppgifter för larmvägarnas aktörer.",
                "The plan has no contact details for the actors of the alarm paths."
            )
        case .noAlarmPaths: ("Planen har inga larmvägar.", "The plan has no alarm paths.")
        case .approvals: ("Beslut", "Decisions")
        case .draftMark:
            (
                "UTKAST – versionen är inte behandlad eller godkänd",
                "DRAFT – this version is neither adopted nor approved"
            )
        case .revisions: ("Revisioner", "Revisions")
        case .references: ("Referenser", "References")
        case .diaryNumber: ("Dnr", "Ref. no.")
        case .published: ("Publicerad", "Published")
        case .units: ("Verksamheter", "Units")
        case .definitions: ("Definitioner", "Definitions")
        case .milieuSection: ("Våldsbejakande extremistmiljöer", "Violent extremist milieus")
        case .departments: ("Organisation", "Organisation")
        case .preventionUnits: ("Förebyggande arbete", "Prevention")
        case .interventionUnits: ("Förhindrande arbete", "Intervention")
        case .otherUnits: ("Övriga verksamheter", "Other units")
        case .activities: ("Aktiviteter", "Activities")
        case .focusAreas: ("Fokusområden", "Focus areas")
        case .alarmPaths: ("Larmvägar", "Alarm paths")
        case .expectedEffects: ("Förväntade effekter", "Expected effects")
        case .indicators: ("Mått", "Indicators")
        case .targetValue: ("Målvärde", "Target")
        case .roles: ("Roller", "Roles")
        case .externalActors: ("Externa aktörer", "External actors")
        case .function: ("funktion", "function")
        case .functionPlural: ("funktion", "functions")
        case .and: ("och", "and")
        case .decidedBy: ("{action} av {body}", "{action} by {body}")
        case .referredTo: ("till {bodies}", "to {bodies}")
        case .answerBy: ("svar senast {date}", "answers by {date}")
        case .onCondition: ("villkor: {condition}", "condition: {condition}")
        case .pendingDecision: ("väntar", "pending")
        case .exerciseMark: ("ÖVNING – inget verkligt larm", "DRILL – not a real alarm")
        case .basisSection: ("Härledda och antagna uppgifter", "Inferred and assumed content")
        case .basisNote: ("{name} ({path}): {basis}", "{name} ({path}): {basis}")
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
        case .drillReport: ("Utvärdering av övning", "After-action report")
        case .overview: ("Översikt", "Overview")
        case .session: ("Övning", "Exercise")
        case .scenario: ("Scenario", "Scenario")
        case .eventTime: ("Larmet inkommer", "Alarm received")
        case .classification: ("Klassning", "Classification")
        case .affectedAdministration: ("Berörd förvaltning", "Affected administration")
        case .participants: ("Deltagare", "Participants")
        case .person: ("Namn", "Name")
        case .role: ("Roll", "Role")
        case .leader: ("Övningsledare", "Exercise lead")
        case .sessionState: ("Läge", "State")
        case .timePlayed: ("Spelad tid", "Time played")
        case .conducted: ("Genomförd", "Conducted")
        case .injects: ("Inspel", "Injects")
        case .injectsGiven: ("{given} av {total} givna", "{given} of {total} given")
        case .timeline: ("Tidslinje", "Timeline")
        case .minute: ("Minut", "Minute")
        case .simulatedTime: ("Speltid", "Scenario time")
        case .wallTime: ("Verklig tid", "Wall time")
        case .entryKind: ("Typ", "Kind")
        case .whatHappened: ("Vad hände", "What happened")
        case .enteredBy: ("Loggad av", "Logged by")
        case .objectives: ("Mål och bedömning", "Objectives and ratings")
        case .objective: ("Mål", "Objective")
        case .rating: ("Bedömning", "Rating")
        case .acted: ("Agerade", "Acted")
        case .observations: ("Iakttagelser", "Observations")
        case .ratingScale:
            (
                "Bedömningsskala enligt HSEEP: P = genomfört utan svårigheter, S = genomfört med vissa svårigheter, "
                    + "M = genomfört med stora svårigheter, U = kunde inte genomföras.",
                "Rating scale as in HSEEP: P = performed without challenges, S = performed with some challenges, "
                    + "M = performed with major challenges, U = unable to be performed."
            )
        case .noObjectives: ("Scenariot anger inga mål.", "The scenario states no objectives.")
        case .deviations: ("Avvikelser från planen", "Deviations from the plan")
        case .deviation: ("Avvikelse", "Deviation")
        case .expected: ("Förväntat", "Expected")
        case .deadline: ("Senast", "Deadline")
        case .happened: ("Skedde", "Happened")
        case .noDeviations:
            (
                "Inga avvikelser: inget reservinspel gavs och alla steg med måltid och alla beslut kom i tid.",
                "No deviations: no contingency was given, and every timed step and every decision came in time."
            )
        case .improvementPlan: ("Förbättringsplan", "Improvement plan")
        case .issue: ("Iakttagen brist", "Issue")
        case .correctiveAction: ("Åtgärd", "Corrective action")
        case .due: ("Klart senast", "Due")
        case .noImprovements: ("Övningen gav inga förbättringsåtgärder.", "The exercise gave no corrective actions.")
        case .minuteValue: ("minut {minute}", "minute {minute}")
        case .minutesValue: ("{minutes} minuter", "{minutes} minutes")
        case .oneMinute: ("1 minut", "1 minute")
        case .notHappened: ("skedde inte", "did not happen")
        case .stateRunning: ("pågår", "running")
        case .statePaused: ("pausad", "paused")
        case .stateEnded: ("avslutad", "ended")
        case .deviationContingency: ("Reservinspel", "Contingency")
        case .deviationLate: ("Försenat steg", "Late step")
        case .deviationMissing: ("Steg saknas", "Missing step")
        case .deviationMissingDecision: ("Beslut saknas", "Missing decision")
        case .logStart: ("start", "start")
        case .logInject: ("inspel", "inject")
        case .logContingency: ("reservinspel", "contingency")
        case .logAction: ("åtgärd", "action")
        case .logDecision: ("beslut", "decision")
        case .logAdvance: ("klockan", "clock")
        case .logPause: ("paus", "pause")
        case .logResume: ("fortsätter", "resume")
        case .logEnd: ("slut", "end")
        case .logRating: ("bedömning", "rating")
        case .ratingFromLog: ("Enligt loggen", "From the log")
        case .evaluatorRating: ("Utvärderaren", "Evaluator")
        case .evaluatorObservation: ("Utvärderarens iakttagelse", "Evaluator's observation")
        case .notRatedByEvaluator: ("har inte bedömt målet", "has not rated the objective")
        case .ratingRule:
            (
                "Varje utvärderares senaste bedömning räknas: det betyg flest gav avgör, det strängare när lika många gav två; utan bedömning bedöms målet från loggen.",
                "Each evaluator's latest rating counts: the rating most gave decides, the stricter when as many gave two; without one, the objective is rated from the log."
            )
        case .drillDecidedByLog:
            (
                "Ingen utvärderare har bedömt målet; betyget kommer från loggen.",
                "No evaluator has rated the objective; the rating is read from the log."
            )
        case .drillDecidedByOne:
            ("Betyget är utvärderarens ({evaluator}).", "The rating is the evaluator's ({evaluator}).")
        case .drillDecidedUnanimous: ("Alla {count} utvärderare gav {rating}.", "All {count} evaluators gave {rating}.")
        case .drillDecidedMajority:
            (
                "{agree} av {count} utvärderare gav {rating} ({names}); {others}.",
                "{agree} of {count} evaluators gave {rating} ({names}); {others}."
            )
        case .drillDecidedTie:
            (
                "Utvärderarna var oeniga ({split}); det strängare betyget {rating} gäller.",
                "The evaluators disagreed ({split}); the stricter rating {rating} stands."
            )
        case .drillGave: ("{names} gav {rating}", "{names} gave {rating}")
        case .unnamedEvaluator: ("utan namn", "unnamed")
        case .ratingDecision: ("Avgörande", "Decided by")
        case .evaluators: ("Utvärderarna", "Evaluators")
        case .capability: ("Förmåga", "Capability")
        case .responsibleOrganization: ("Ansvarig organisation", "Responsible organisation")
        case .pointOfContact: ("Kontaktperson", "Point of contact")
        case .startDate: ("Start", "Start")
        case .completionDate: ("Klart", "Completion")
        case .exerciseColumn: ("Övning", "Exercise")
        case .correctsLine: ("Rättar rad", "Corrects line")
        case .drillActedFirst:
            (
                "{role} agerade först vid minut {minute} (mål {target}).",
                "{role} first acted at minute {minute} (target {target})."
            )
        case .drillNeverActed:
            (
                "{role} agerade inte under övningen, som spelades till minut {end} (mål {target}).",
                "{role} did not act during the exercise, which was played to minute {end} (target {target})."
            )
        case .drillLogLine: ("Minut {minute}, {kind}: {text}", "Minute {minute}, {kind}: {text}")
        case .drillObjectiveIssue:
            (
                "Målet ”{objective}” bedömdes {rating}: {observation}",
                "The objective “{objective}” was rated {rating}: {observation}"
            )
        case .drillContingencyIssue:
            (
                "{role} agerade inte inom {within} minuter efter inspelet från {from} vid minut {at}; reservinspelet gavs vid minut {deadline}.",
                "{role} did not act within {within} minutes of the inject from {from} at minute {at}; the contingency was given at minute {deadline}."
            )
        case .drillActedLater:
            (
                "{role} gjorde den förväntade åtgärden vid minut {minute}.",
                "{role} took the expected action at minute {minute}."
            )
        case .drillNeverActedAfter:
            (
                "{role} gjorde inte den förväntade åtgärden under resten av övningen.",
                "{role} did not take the expected action for the rest of the exercise."
            )
        case .drillStepLate:
            (
                "”{step}” skedde först vid minut {minute} (mål: inom {target} minuter).",
                "“{step}” happened only at minute {minute} (target: within {target} minutes)."
            )
        case .drillStepMissing:
            (
                "”{step}” skedde inte (mål: inom {target} minuter); övningen spelades till minut {end}.",
                "“{step}” did not happen (target: within {target} minutes); the exercise was played to minute {end}."
            )
        case .drillDecisionMissing:
            (
                "{role} fattade inget beslut om {options} under övningen.",
                "{role} made no decision on {options} during the exercise."
            )
        case .drillRoutineAction:
            (
                "Förtydliga och öva rutinen för att {step} inom {target} minuter",
                "Clarify and practise the routine so that {step} within {target} minutes"
            )
        case .drillReachAction:
            (
                "Öva rutinen så att {role} nås och agerar inom {target} minuter från larmet",
                "Practise the routine so that {role} is reached and acts within {target} minutes of the alarm"
            )
        case .drillExpectedAction:
            (
                "Förtydliga och öva rutinen för att {role} {action} inom {within} minuter",
                "Clarify and practise the routine so that {role} {action} within {within} minutes"
            )
        case .drillDecisionAction:
            (
                "Öva beslutet där {role} väljer mellan {options} så att det fattas och dokumenteras under larmet",
                "Practise the decision in which {role} chooses between {options}, so that it is made and recorded during the alarm"
            )
        case .drillDecisionActionWithin:
            (
                "Öva beslutet där {role} väljer mellan {options} så att det fattas och dokumenteras inom {target} minuter från larmet",
                "Practise the decision in which {role} chooses between {options}, so that it is made and recorded within {target} minutes of the alarm"
            )
        case .drillQuoted: ("”{text}”", "“{text}”")
        case .drillOr: ("eller", "or")
        case .drillReceives: ("{actor} tar emot larmet", "{actor} receives the alarm")
        case .drillAssigns: ("{actor} ger {target} uppdrag", "{actor} assigns {target}")
        case .drillDecides: ("{actor} beslutar om {options}", "{actor} decides on {options}")
        case .drillEvaluatedObjectiveIssue:
            (
                "Målet ”{objective}” bedömdes {rating} av utvärderaren: {observation}",
                "The evaluator rated the objective “{objective}” {rating}: {observation}"
            )
        case .injectCards: ("Inspelskort", "Inject cards")
        case .injectCard: ("Inspel {number}", "Inject {number}")
        case .injectWaits: ("Väntar {condition}", "Waits {condition}")
        case .injectGivenByControl: ("När övningsledningen ger det", "When the exercise control gives it")
        case .injectAtMinute: ("Minut {minute} · {offset} · kl. {clock}", "Minute {minute} · {offset} · {clock}")
        case .injectKind: ("Typ", "Type")
        case .injectFrom: ("Från", "From")
        case .injectTo: ("Till", "To")
        case .noInjects: ("Scenariot har inga inspel.", "The scenario has no injects.")
        case .participantHandout: ("Deltagarinformation", "Participant handout")
        case .theEvent: ("Händelsen", "The event")
        case .rolesInPlay: ("Roller i övningen", "Roles in play")
        case .rolesInPlayNote:
            (
                "Larmvägen når dessa roller och aktörer, i den ordning larmet når dem; stegen är numrerade som i larmlistan.",
                "The alarm path reaches these roles and actors, in the order the alarm reaches them; the steps are numbered as in the alarm list."
            )
        case .playedBy: ("Spelas av", "Played by")
        case .stepsTaken: ("Steg i larmvägen", "Steps in the path")
        case .contactedBy: ("Kontaktas av", "Contacted by")
        case .contactsNext: ("Kontaktar sedan", "Contacts next")
        case .noOne: ("ingen", "no one")
        case .noRolesInPlay: ("Larmvägen når inga roller.", "The alarm path reaches no roles.")
        case .evaluatorSheets: ("Utvärderingsblad", "Evaluator sheets")
        case .evaluatorSheet: ("Mål {number} av {total}", "Objective {number} of {total}")
        case .objectiveRule:
            ("{role} nådd inom {minutes} minuter från larmet", "{role} reached within {minutes} minutes of the alarm")
        case .bearingInjects: ("Inspel som gäller målet", "Injects bearing on the objective")
        case .expectedAction: ("Förväntad åtgärd", "Expected action")
        case .expectedWithin: ("inom {minutes} min efter inspelet", "within {minutes} min of the inject")
        case .contingency: ("Reservinspel", "Contingency")
        case .noBearingInjects:
            (
                "Inget inspel förväntar en åtgärd av rollen; målet bedöms efter när rollen nås.",
                "No inject expects an action of the role; the objective is rated by when the role is reached."
            )
        case .ratingBoxes: ("Bedömning – kryssa en", "Rating – tick one")
        case .evaluatorName: ("Utvärderare", "Evaluator")
        case .observedAt: ("Tid", "Time")
        case .noSheets: ("Scenariot anger inga mål att utvärdera.", "The scenario states no objectives to evaluate.")
        }
    }
}
