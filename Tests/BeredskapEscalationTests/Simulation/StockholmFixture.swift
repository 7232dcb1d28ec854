import BeredskapEscalation
import BeredskapModel

/// The part of the built-in Stockholm plan the simulation needs: the roles, actors and the
/// via-socialjouren alarm path, with the plan file's ids and titles. The escalation target cannot read
/// the plan file itself (that is BeredskapStorage's job), so the tests build it here.
enum StockholmFixture {
    static let roles = [
        Role(id: "socialjourens-enhetschef", title: "Socialjourens enhetschef", organization: "socialjouren"),
        Role(id: "direktor-berord-forvaltning", title: "Direktör på berörd förvaltning"),
        Role(id: "sof-direktor", title: "Direktör vid Socialförvaltningen", organization: "socialforvaltningen"),
        Role(id: "stadsdirektor", title: "Stadsdirektör", organization: "stadsledningskontoret"),
        Role(id: "tib", title: "Tjänsteman i beredskap (TIB)", organization: "stadsledningskontoret"),
    ]

    static let socialjouren = ServiceUnit(
        id: "socialjouren", name: "Stockholms stads socialjour", level: .intervention, functions: [.remedial])

    static let posom = ExternalActor(
        id: "posom", name: "Psykosocialt omhändertagande (POSOM) i berörd förvaltning", kind: .group)

    static let viaSocialjouren = AlarmPath(
        id: "via-socialjouren", name: "Om larm inkommer via Socialjouren", entry: "socialjouren",
        steps: [
            AlarmStep(id: "larm-inkommer", kind: .receive, actor: "socialjouren"),
            AlarmStep(
                id: "kontakt-enhetschef", kind: .contact, actor: "socialjouren", target: "socialjourens-enhetschef",
                after: ["larm-inkommer"]),
            AlarmStep(
                id: "kontakt-direktor", kind: .contact, actor: "socialjouren", target: "direktor-berord-forvaltning",
                after: ["kontakt-enhetschef"]),
            AlarmStep(
                id: "posom-beslut", kind: .decide, actor: "direktor-berord-forvaltning", after: ["kontakt-direktor"],
                options: [
                    DecisionOption(id: "aktivera", label: "Aktivera POSOM"),
                    DecisionOption(id: "aktivera-inte", label: "Aktivera inte POSOM"),
                ]),
            AlarmStep(
                id: "aktivera-posom", kind: .activate, actor: "direktor-berord-forvaltning", target: "posom",
                after: ["posom-beslut"], condition: StepCondition(decision: "posom-beslut", outcome: "aktivera")),
            AlarmStep(
                id: "informera-sof-direktor", kind: .inform, actor: "socialjouren", target: "sof-direktor",
                after: ["kontakt-direktor"], condition: StepCondition(classification: .extraordinary)),
            AlarmStep(
                id: "informera-stadsdirektor", kind: .inform, actor: "sof-direktor", target: "stadsdirektor",
                after: ["informera-sof-direktor"]),
            AlarmStep(
                id: "uppdrag-beslut", kind: .decide, actor: "stadsdirektor", after: ["informera-stadsdirektor"],
                condition: StepCondition(classification: .extraordinary),
                options: [
                    DecisionOption(id: "ge-uppdrag", label: "Ge Socialjouren i uppdrag att samordna"),
                    DecisionOption(id: "inget-uppdrag", label: "Ge inte Socialjouren något sådant uppdrag"),
                ]),
            AlarmStep(
                id: "uppdrag-socialjouren", kind: .assign, actor: "stadsdirektor", target: "socialjouren",
                after: ["uppdrag-beslut"], condition: StepCondition(decision: "uppdrag-beslut", outcome: "ge-uppdrag")),
        ])

    static let plan = Plan(
        metadata: PlanMetadata(
            id: "stockholm-socialforvaltningen-2017-2018",
            title: "Handlingsplan mot våldsbejakande extremism 2017–2018"),
        units: [socialjouren], externalActors: [posom], roles: roles, alarmPaths: [viaSocialjouren])

    /// The bench-night scenario, read and checked against the fixture plan.
    static func benchNight() throws -> Scenario {
        try BuiltInScenarios.scenario(named: "bench-night", plan: plan)
    }
}
