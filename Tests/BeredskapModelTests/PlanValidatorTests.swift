import BeredskapModel
import Testing

/// A small valid plan that each test breaks in one way.
func samplePlan() -> Plan {
    Plan(
        metadata: PlanMetadata(
            id: "exempel", title: "Handlingsplan", owner: PlanOwner(administration: "forvaltningen"),
            period: PlanPeriod(start: PartialDate(year: 2017), end: PartialDate(year: 2018))),
        organizations: [
            Organization(id: "forvaltningen", name: "Förvaltningen", kind: .administration),
            Organization(id: "avdelningen", name: "Avdelningen", kind: .department, parent: "forvaltningen"),
        ],
        units: [
            ServiceUnit(
                id: "socialjouren", name: "Socialjouren", department: "avdelningen", level: .intervention,
                functions: [.detecting, .remedial], targetGroups: [TargetGroup(description: "Alla", minAge: 0)])
        ],
        roles: [Role(id: "samordnare", title: "Samordnare"), Role(id: "direktor", title: "Direktör")],
        activities: [
            Activity(
                id: "arbetsgrupp", title: "Bilda arbetsgrupp", responsible: ["samordnare"],
                starts: PartialDate(year: 2017))
        ],
        alarmPaths: [
            AlarmPath(
                id: "larm", name: "Larm", entry: "socialjouren",
                steps: [
                    AlarmStep(id: "tar-emot", kind: .receive, actor: "socialjouren"),
                    AlarmStep(
                        id: "kontakt", kind: .contact, actor: "socialjouren", target: "direktor", after: ["tar-emot"]),
                    AlarmStep(
                        id: "beslut", kind: .decide, actor: "direktor", after: ["kontakt"],
                        options: [DecisionOption(id: "ja", label: "Ja"), DecisionOption(id: "nej", label: "Nej")]),
                    AlarmStep(
                        id: "aktivera", kind: .activate, actor: "direktor", target: "avdelningen", after: ["beslut"],
                        condition: StepCondition(decision: "beslut", outcome: "ja")),
                ])
        ])
}

func messages(_ plan: Plan) -> [String] {
    PlanValidator.validate(plan).map(\.description)
}

@Suite struct PlanValidatorTests {
    @Test func aConsistentPlanHasNoIssues() {
        #expect(messages(samplePlan()) == [])
    }

    @Test func theDecisionChainIsCheckedForItsOrderAndWhatEachKindHas() throws {
        var plan = samplePlan()
        plan.metadata.approvals = [
            Approval(action: .referred, body: "Nämnden", date: try PartialDate(parsing: "2017-03-01")),
            Approval(action: .adopted, body: "Nämnden", date: try PartialDate(parsing: "2017-02-01")),
            Approval(action: .approved, body: "Kommunstyrelsen"),
            Approval(
                action: .published, body: "Förvaltningen", date: try PartialDate(parsing: "2017-07-01"),
                deadline: try PartialDate(parsing: "2017-08-01")),
        ]
        #expect(
            messages(plan) == [
                "plan.approvals[0]: warning: a referral names the bodies it goes to (remissinstanser): add 'bodies'",
                "plan.approvals[1].date: warning: this decision (2017-02-01) is dated before approvals[0] (2017-03-01), listed before it: list the decisions in the order they are taken",
                "plan.approvals[3].deadline: error: only a referral (action: referred) has 'deadline'; this decision is published",
                "plan.approvals[3].date: warning: this decision was taken while approvals[2], listed before it, was not: list the decisions in the order they are taken, or give approvals[2] its date",
            ])
        plan.metadata.approvals = [
            Approval(
                action: .referred, body: "Nämnden", date: try PartialDate(parsing: "2017-03-01"), bodies: ["Polisen"],
                deadline: try PartialDate(parsing: "2017-02-15"))
        ]
        #expect(
            messages(plan) == [
                "plan.approvals[0].deadline: error: the answers are due (2017-02-15) before the plan was referred (2017-03-01)"
            ])
    }

    @Test func idsMustBeUniqueAcrossKinds() {
        var plan = samplePlan()
        plan.roles.append(Role(id: "socialjouren", title: "Jouren"))
        #expect(
            messages(plan) == [
                "roles[2].id: error: duplicate id 'socialjouren': the unit at units[0] already has it; ids must be unique in a plan"
            ])
    }

    @Test func malformedIDsGetAWellFormedSuggestion() {
        var plan = samplePlan()
        plan.definitions.append(Definition(id: "Våld i nära relation", term: "V", text: "T"))
        #expect(
            messages(plan) == [
                "definitions[0].id: error: invalid id 'Våld i nära relation': ids are lowercase letters a–z, digits and single hyphens (try 'vald-i-nara-relation')"
            ])
    }

    @Test func referencesSuggestTheNearestIDOrAMatchingName() {
        var plan = samplePlan()
        plan.activities[0].responsible = ["samordnar"]
        plan.activities[0].otherActors = ["Direktör", "polisen"]
        #expect(
            messages(plan) == [
                "activities[0].responsible[0]: error: unknown actor 'samordnar'; did you mean 'samordnare'?",
                "activities[0].otherActors[0]: error: unknown actor 'Direktör'; did you mean 'direktor'?",
                "activities[0].otherActors[1]: error: unknown actor 'polisen': no organization, unit, role or external actor has this id",
            ])
    }

    @Test func aReferenceToTheWrongKindSaysWhatItIs() {
        var plan = samplePlan()
        plan.units[0].department = "samordnare"
        #expect(
            messages(plan) == [
                "units[0].department: error: 'samordnare' is a role, not an organization; see roles[0]"
            ])
    }

    @Test func agesMustBeOrderedAndHuman() {
        var plan = samplePlan()
        plan.units[0].targetGroups = [TargetGroup(description: "Unga", minAge: 20, maxAge: 12)]
        plan.units[0].targetGroups.append(TargetGroup(description: "Alla", maxAge: 200))
        #expect(
            messages(plan) == [
                "units[0].targetGroups[0].minAge: error: minAge 20 is above maxAge 12; swap them or correct one",
                "units[0].targetGroups[1].maxAge: error: impossible age 200: ages are 0 to 130",
            ])
    }

    @Test func whatThePlanDoesNotStateIsAllowedButAFunctionTwiceIsNot() {
        var plan = samplePlan()
        plan.units[0].functions = [.remedial, .remedial]
        plan.activities[0].responsible = []
        plan.activities[0].starts = nil
        #expect(messages(plan) == ["units[0].functions[1]: error: function 'remedial' is listed twice"])
        plan.units[0].functions = []
        plan.units[0].level = nil
        #expect(messages(plan) == [])
    }

    @Test func thePeriodMustNotEndBeforeItStarts() {
        var plan = samplePlan()
        plan.metadata.period = PlanPeriod(start: PartialDate(year: 2018), end: PartialDate(year: 2017))
        #expect(messages(plan) == ["plan.period.end: error: the period ends (2017) before it starts (2018)"])
    }

    @Test func organizationsMustNotBeTheirOwnAncestor() {
        var plan = samplePlan()
        plan.organizations[0].parent = "avdelningen"
        #expect(
            messages(plan).first
                == "organizations[0].parent: error: organization 'forvaltningen' is its own ancestor through 'forvaltningen'; the tree must not loop"
        )
    }
}

@Suite struct AlarmPathValidationTests {
    @Test func stepsWaitingInACircleNeverEnd() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[1].after = ["tar-emot", "aktivera"]
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[1].after: error: steps wait for each other in a circle ('kontakt' waits for 'aktivera', 'aktivera' for 'beslut', 'beslut' for 'kontakt'), so the path never ends; remove one 'after'"
            ])
    }

    @Test func aStepWaitingForACircleCanNeverRun() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[1].after = ["beslut"]
        plan.alarmPaths[0].steps.append(
            AlarmStep(id: "sist", kind: .inform, actor: "direktor", target: "samordnare", after: ["kontakt"]))
        let found = messages(plan)
        #expect(
            found.contains {
                $0.hasPrefix("alarmPaths[0].steps[1].after: error: steps wait for each other in a circle")
            })
        #expect(
            found.contains(
                "alarmPaths[0].steps[3].after: error: step 'aktivera' can never run: it waits for 'kontakt', which is in a circle"
            ))
        #expect(
            found.contains(
                "alarmPaths[0].steps[4].after: error: step 'sist' can never run: it waits for 'kontakt', which is in a circle"
            ))
    }

    @Test func aStepAfterBothBranchesOfADecisionNeverRunsAndValidationSaysSo() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps += [
            AlarmStep(
                id: "avsta", kind: .inform, actor: "direktor", target: "samordnare", after: ["beslut"],
                condition: StepCondition(decision: "beslut", outcome: "nej")),
            AlarmStep(
                id: "sammanstall", kind: .inform, actor: "samordnare", target: "direktor", after: ["aktivera", "avsta"]),
            AlarmStep(
                id: "natt-och-dag", kind: .inform, actor: "samordnare", target: "direktor", after: ["tar-emot"],
                condition: StepCondition(officeHours: true)),
            AlarmStep(
                id: "efter-natt", kind: .inform, actor: "samordnare", target: "direktor", after: ["natt-och-dag"],
                condition: StepCondition(officeHours: false)),
            AlarmStep(id: "sist", kind: .inform, actor: "direktor", target: "samordnare", after: ["sammanstall"]),
        ]
        #expect(
            plan.alarmPaths[0].stepsThatNeverRun == [
                .init(step: "sammanstall", cause: .excludedByStep("avsta")),
                .init(step: "efter-natt", cause: .excludedByStep("natt-och-dag")),
                .init(step: "sist", cause: .waitsForNeverRunStep("sammanstall")),
            ])
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[5].after: warning: step 'sammanstall' can never run: it needs circumstances in which 'avsta' does not run; a step waits for every step in its 'after', and 'avsta' does not run when the others do (another option of a decision, another time of day or classification): give it `join: any` to run after whichever runs",
                "alarmPaths[0].steps[7].after: warning: step 'efter-natt' can never run: it needs circumstances in which 'natt-och-dag' does not run; its 'when' and that of 'natt-och-dag' or of the steps before it never hold at once",
                "alarmPaths[0].steps[8].after: warning: step 'sist' can never run: it waits for 'sammanstall', which can never run",
            ])
        // After whichever branch runs.
        plan.alarmPaths[0].steps[5].join = .any
        plan.alarmPaths[0].steps[7].condition = nil
        #expect(plan.alarmPaths[0].stepsThatNeverRun == [])
        #expect(messages(plan) == [])
    }

    @Test func aPathWhereEveryStepWaitsNeverStarts() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[0].after = ["aktivera"]
        #expect(
            messages(plan).first
                == "alarmPaths[0].steps: error: alarm path 'larm' never starts: every step waits for another; give the first step no 'after'"
        )
    }

    @Test func aConditionOnADecisionNeedsTheDecisionBeforeIt() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[3].after = ["kontakt"]
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[3].when.decision: error: step 'aktivera' depends on decision 'beslut', which does not come before it; add 'beslut' to its 'after' chain"
            ])
    }

    @Test func stepsNeedWhatTheirKindRequires() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[1].target = nil
        plan.alarmPaths[0].steps[2].options.removeLast()
        plan.alarmPaths[0].steps[3].condition = StepCondition(decision: "beslut", outcome: "kanske")
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[1]: error: step 'kontakt' (contact) needs a 'target': whom does socialjouren contact?",
                "alarmPaths[0].steps[2]: error: decide step 'beslut' needs at least two 'options' to choose among",
                "alarmPaths[0].steps[3].when.outcome: error: decision 'beslut' has no option 'kanske'; its options are 'ja'",
            ])
    }

    @Test func afterAndDecisionMustNameStepsOfThePath() {
        var plan = samplePlan()
        plan.alarmPaths[0].steps[1].after = ["tar-emt"]
        plan.alarmPaths[0].steps[3].condition = StepCondition(decision: "kontakt", outcome: "ja")
        #expect(
            messages(plan) == [
                "alarmPaths[0].steps[1].after[0]: error: unknown step 'tar-emt' in this path; did you mean 'tar-emot'?",
                "alarmPaths[0].steps[3].when.decision: error: step 'kontakt' is a contact step, not a decide step",
            ])
    }

    @Test func pathHelpersFollowTheGraph() {
        let path = samplePlan().alarmPaths[0]
        #expect(path.startSteps.map(\.id) == ["tar-emot"])
        #expect(path.steps(after: "kontakt").map(\.id) == ["beslut"])
        #expect(path.step("aktivera")?.condition?.outcome == "ja")
    }
}

/// Rotas and alert rules in the model: what the model can check without reading their text.
@Suite struct RotaAndAlertRuleValidationTests {
    static func plan(roles: [Role], rules: [AlertRule] = []) -> Plan {
        Plan(
            metadata: PlanMetadata(id: "exempel", title: "Exempel"), roles: roles,
            alarmPaths: [
                AlarmPath(
                    id: "via-jour", name: "Via jouren", steps: [AlarmStep(id: "a", kind: .receive, actor: "jour")])
            ],
            rotas: [
                DutyRota(
                    id: "jourschema", name: "Jour", starts: "2017-01-02 12:00", repeats: "FREQ=WEEKLY",
                    shiftLength: "7d")
            ],
            alertRules: rules)
    }

    @Test func aRoleNamesARotaThatExistsAndIsOnDuty() {
        let good = Self.plan(roles: [Role(id: "jour", title: "Jour", availability: .onDuty, rota: "jourschema")])
        #expect(PlanValidator.validate(good).isEmpty)
        let bad = Self.plan(roles: [
            Role(id: "jour", title: "Jour", availability: .officeHours, rota: "jourschema"),
            Role(id: "tib", title: "TIB", availability: .onDuty, rota: "jourschma"),
        ])
        let issues = PlanValidator.validate(bad)
        #expect(issues.map(\.code) == [.conflict, .unknownReference])
        #expect(issues[0].path.description == "roles[0].rota")
        #expect(issues[1].message == "unknown rota 'jourschma'; did you mean 'jourschema'?")
    }

    @Test func aRuleRoutesToAPathWithAClassificationOrStopsWithNeither() {
        let rules = [
            AlertRule(id: "stopp", status: ["Draft"], reason: "utkast"),
            AlertRule(id: "utan-klass", status: ["Actual"], path: "via-jour", reason: "r"),
            AlertRule(id: "utan-vag", status: ["Actual"], classification: .ordinary, reason: "r"),
            AlertRule(id: "fel-vag", classification: .ordinary, path: "via-tib", reason: " "),
        ]
        let issues = PlanValidator.validate(Self.plan(roles: [Role(id: "jour", title: "Jour")], rules: rules))
        #expect(
            issues.map { "\($0.path) \($0.code)" } == [
                "alertRules[1].path missing-key", "alertRules[2].classification missing-key",
                "alertRules[3].reason empty-value", "alertRules[3].path unknown-reference",
            ])
    }

    @Test func aRuleWithoutCriteriaBeforeOthersAndAnEmptyEventTextAreReported() {
        let rules = [
            AlertRule(id: "allt", reason: "allt"),
            AlertRule(id: "tom", eventContains: ["hot", " "], reason: "r"),
            AlertRule(id: "sist", reason: "resten"),
        ]
        let issues = PlanValidator.validate(Self.plan(roles: [Role(id: "jour", title: "Jour")], rules: rules))
        #expect(
            issues.map { "\($0.severity) \($0.path)" } == [
                "warning alertRules[0]", "error alertRules[1].eventContains[1]",
            ])
        #expect(
            issues[0].message
                == "alert rule 'allt' states no criteria, so it matches every alert and the 2 rules after it are never tried"
        )
    }

    @Test func checksFromOtherLayersAreAddedAfterTheModelsOwn() {
        struct NoRotas: PlanCheck {
            func issues(in plan: Plan) -> [PlanIssue] {
                plan.rotas.indices.map {
                    PlanIssue(.warning, .invalidValue, at: PlanPath(["rotas", .index($0)]), "no")
                }
            }
        }
        let plan = Self.plan(roles: [Role(id: "jour", title: "Jour", availability: .onDuty, rota: "jourschma")])
        let issues = PlanValidator.validate(plan, with: [NoRotas()])
        #expect(issues.map(\.path.description) == ["roles[0].rota", "rotas[0]"])
    }
}
