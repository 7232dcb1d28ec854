import BeredskapModel
import Foundation
import PostgreSQLTestSupport
import Testing

@testable import BeredskapStorage

@Suite struct LifecycleTests {
    func day(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

    @Test(arguments: TestBackend.allCases) func draftIsAdoptedThenApprovedWithTheDecisionsRecorded(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        #expect(try store.status() == (1, .draft))
        #expect(throws: StoreError.self) { try store.approve(on: day("2017-06-01")) }
        try store.adopt(on: day("2017-05-23"))
        try store.approve(on: day("2017-06-14"))
        #expect(try store.status() == (1, .approved))
        let approvals = try store.plan().metadata.approvals.filter { $0.date != nil }
        #expect(approvals.map(\.body) == ["Socialnämnden", "Kommunstyrelsen"])
        #expect(approvals.map { $0.date?.description } == ["2017-05-23", "2017-06-14"])
    }

    @Test(arguments: TestBackend.allCases) func anApprovedPlanRefusesEditsButTakesFollowUp(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        try store.adopt(on: day("2017-05-23"))
        try store.approve(on: day("2017-06-14"))
        var edit = ChangeSet()
        edit.set(.unit, "origo", "description", to: .string("Ändrad"))
        #expect {
            try store.apply(edit)
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .immutable && error?.message.contains("beredskap revise") == true
        }
        var followUp = ChangeSet(message: "Tertialrapport 2 2017")
        followUp.logStatus(
            activity: "bilda-arbetsgrupp",
            StatusEntry(date: try day("2017-08-31"), status: .done, note: "Gruppen bildad.", by: "sof-samordnare"))
        try store.apply(followUp)
        #expect(try store.plan().activities.first?.latestStatus?.status == .done)
    }

    @Test(arguments: TestBackend.allCases) func aRevisionStartsTheNextVersionAndKeepsThePreviousReadable(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open()
        var followUp = ChangeSet()
        followUp.logStatus(activity: "fordjupad-analys", StatusEntry(date: try day("2017-12-15"), status: .ongoing))
        try store.apply(followUp)
        #expect(throws: StoreError.self) { try store.startRevision() }
        try store.adopt(on: day("2017-05-23"))
        try store.approve(on: day("2017-06-14"))
        let record = try store.startRevision(
            period: PlanPeriod(start: try day("2018"), end: try day("2019")), label: "2018:1",
            message: "Revidering vid tertialrapport 1 2018")
        #expect(record.version == 2)

        let next = try store.plan()
        #expect(next.metadata.version == "2018:1")
        #expect(next.metadata.revisions.last?.version == "2018:1")
        #expect(next.metadata.revisions.last?.summary == "Revidering vid tertialrapport 1 2018")
        #expect(next.metadata.period?.start.description == "2018" && next.metadata.period?.end?.description == "2019")
        #expect(next.activities.first { $0.id == "fordjupad-analys" }?.latestStatus?.status == .ongoing)
        #expect(try store.status() == (2, .draft))

        let previous = try store.plan(nil, version: 1)
        #expect(previous.metadata.period?.start.description == "2017")
        #expect(previous.activities.first { $0.id == "fordjupad-analys" }?.statusLog.count == 1)

        var edit = ChangeSet()
        edit.set(.unit, "origo", "description", to: .string("Ny lägesbild"))
        try store.apply(edit)
        #expect(try store.plan(nil, version: 1).units.first { $0.id == "origo" }?.description != "Ny lägesbild")
    }
}

@Suite struct RevisionLabelTests {
    /// The built-in plan with its own version label `3`, adopted and approved.
    static func approvedPlanLabelledThree(_ backend: TestBackend) throws -> PlanStore {
        let store = try backend.open()
        var label = ChangeSet()
        label.set(.plan, "stockholm-socialforvaltningen-2017-2018", "version", to: .string("3"))
        try store.apply(label)
        try store.adopt(on: try PartialDate(parsing: "2017-05-23"))
        try store.approve(on: try PartialDate(parsing: "2017-06-14"))
        return store
    }

    @Test(arguments: TestBackend.allCases) func aRevisionKeepsThePlansLabelsAndPeriodAndStartsWithTheChainExpected(
        _ backend: TestBackend
    ) throws {
        let store = try Self.approvedPlanLabelledThree(backend)
        let approved = try store.plan()
        #expect(approved.metadata.approvals.allSatisfy { $0.date != nil } && !approved.metadata.approvals.isEmpty)
        try store.startRevision()
        let draft = try store.plan()
        #expect(draft.metadata.version == "3")
        #expect(draft.metadata.revisions == approved.metadata.revisions)
        #expect(draft.metadata.period == approved.metadata.period)
        // The draft goes through the same chain: every decision expected, none taken.
        #expect(draft.metadata.approvals.map(\.action) == [.adopted, .approved])
        #expect(draft.metadata.approvals.map(\.body) == ["Socialnämnden", "Kommunstyrelsen"])
        #expect(draft.metadata.approvals.allSatisfy { !$0.isTaken && $0.diaryNumber == nil })
        #expect(try store.status() == (2, .draft))
        // The approved version keeps its decisions.
        #expect(try store.plan(nil, version: 1).metadata.approvals == approved.metadata.approvals)
    }
}

@Suite struct SearchAndObservationTests {
    @Test(arguments: TestBackend.allCases) func searchIgnoresCaseAndDiacritics(_ backend: TestBackend) throws {
        let store = try backend.open()
        let hits = try store.search("foraldrastod")
        #expect(hits.first?.id == "plus-foraldrastod")
        #expect(hits.first?.snippet.contains("«Föräldrastöd»") == true)
        #expect(try store.search("HEDERSRELATERAT våld").contains { $0.id == "kruton" })
        #expect(try store.search("").isEmpty)
    }

    @Test(arguments: TestBackend.allCases) func searchSeesChangesAtOnce(_ backend: TestBackend) throws {
        let store = try backend.open()
        #expect(try store.search("gnistrande").isEmpty)
        var changes = ChangeSet()
        changes.set(.unit, "origo", "description", to: .string("En gnistrande verksamhet."))
        try store.apply(changes)
        #expect(try store.search("gnistrande").map(\.id) == ["origo"])
    }

    @Test func observersSeeThePlanAndEveryChange() async throws {
        let scratch = try ScratchDirectory()
        let store = try PlanStore.open(.file(scratch.path("s.sqlite")))
        var iterator = store.observe().makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first?.units.first { $0.id == "origo" }?.name == "Origo")
        var changes = ChangeSet()
        changes.set(.unit, "origo", "name", to: .string("Origo resurscentrum"))
        try store.apply(changes)
        let second = try await iterator.next()
        #expect(second?.units.first { $0.id == "origo" }?.name == "Origo resurscentrum")
    }
}

@Suite struct DecisionChainTests {
    func day(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

    /// A plan whose chain is referral, review, adoption by kommunstyrelsen, approval by
    /// kommunfullmäktige and publication, none taken yet.
    func chainedPlan() -> Plan {
        var plan = smallPlan(id: "vasteras")
        plan.metadata.approvals = [
            Approval(action: .referred, body: "Kommunstyrelsen", bodies: ["Stadsdelsnämnderna", "Polismyndigheten"]),
            Approval(action: .reviewed, body: "Mälardalens universitet"),
            Approval(action: .adopted, body: "Kommunstyrelsen"),
            Approval(action: .approved, body: "Kommunfullmäktige"),
            Approval(action: .published, body: "Stadsledningskontoret"),
        ]
        return plan
    }

    @Test(arguments: TestBackend.allCases) func theLifecycleFollowsThePlansOwnChainInItsOrder(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(seed: false)
        _ = try store.importPlan(chainedPlan())
        // Adopting before the referral and the review the chain lists first is refused, naming the first.
        #expect {
            try store.adopt(plan: "vasteras", on: day("2019-05-02"))
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .lifecycle
                && error?.message.contains("referred by Kommunstyrelsen first") == true
                && error?.message.contains("`beredskap refer`") == true
        }
        #expect(try store.status(plan: "vasteras") == (1, .draft))
        try store.record(
            .referred, plan: "vasteras", on: day("2019-02-01"), details: DecisionDetails(deadline: day("2019-04-15")))
        try store.record(.reviewed, plan: "vasteras", on: day("2019-04-20"))
        #expect(throws: StoreError.self) { try store.record(.published, plan: "vasteras", on: day("2019-04-21")) }
        try store.adopt(plan: "vasteras", on: day("2019-05-02"))
        try store.record(
            .approved, plan: "vasteras", on: day("2019-06-10"),
            details: DecisionDetails(condition: "Att uppföljningen redovisas årligen", diaryNumber: "KF 2019/77"))
        #expect(try store.status(plan: "vasteras") == (1, .approved))
        try store.record(.published, plan: "vasteras", on: day("2019-07-01"))

        let chain = try store.plan("vasteras").metadata.approvals
        #expect(chain.map(\.body) == chainedPlan().metadata.approvals.map(\.body))
        #expect(
            chain.map { $0.date?.description } == [
                "2019-02-01", "2019-04-20", "2019-05-02", "2019-06-10", "2019-07-01",
            ])
        #expect(chain[0].bodies == ["Stadsdelsnämnderna", "Polismyndigheten"])
        #expect(chain[0].deadline?.description == "2019-04-15")
        #expect(chain[3].condition == "Att uppföljningen redovisas årligen" && chain[3].diaryNumber == "KF 2019/77")
        // A chain every decision of which is taken accepts none of a kind it does not expect without a body.
        #expect {
            try store.record(.reviewed, plan: "vasteras", on: day("2019-08-01"))
        } throws: { error in
            (error as? StoreError)?.message.contains("--by BODY") == true
        }
    }

    @Test(arguments: TestBackend.allCases) func aPlanImportedWithItsDecisionsTakenStandsWhereTheySay(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(seed: false)
        var adopted = try BuiltInPlans.stockholm()
        adopted.metadata.approvals[0].date = try day("2017-05-23")
        _ = try store.importPlan(adopted)
        var approved = adopted
        approved.metadata.id = "stockholm-godkand"
        approved.metadata.approvals[1].date = try day("2017-06-14")
        _ = try store.importPlan(approved)
        // Every command agrees: the listing, the status, and the lock on an approved plan's content.
        #expect(try store.status(plan: adopted.id) == (1, .adopted))
        #expect(try store.status(plan: "stockholm-godkand") == (1, .approved))
        #expect(try store.plans().map(\.status) == [.approved, .adopted])
        #expect(throws: StoreError.self) { try store.adopt(plan: adopted.id, on: day("2017-05-30")) }
        var edit = ChangeSet(plan: "stockholm-godkand")
        edit.set(.unit, "origo", "description", to: .string("Ändrad"))
        #expect {
            try store.apply(edit)
        } throws: { error in
            (error as? StoreError)?.code == .immutable
        }
        var draftEdit = ChangeSet(plan: adopted.id)
        draftEdit.set(.unit, "origo", "description", to: .string("Ändrad"))
        try store.apply(draftEdit)
        // Approving the adopted one records the date the chain expects.
        try store.approve(plan: adopted.id, on: day("2017-06-14"))
        #expect(try store.status(plan: adopted.id) == (1, .approved))
    }

    @Test(arguments: TestBackend.allCases) func aDecisionTheChainDoesNotListIsAddedWithTheBodyNamed(
        _ backend: TestBackend
    ) throws {
        let store = try backend.open(seed: false)
        _ = try store.importPlan(smallPlan())
        // No approvals at all: the adoption falls back to the owning nämnd; an approval needs its body.
        try store.adopt(plan: "malmo-exempel", on: day("2019-03-01"))
        #expect {
            try store.approve(plan: "malmo-exempel", on: day("2019-04-01"))
        } throws: { error in
            let message = (error as? StoreError)?.message ?? ""
            return message.contains("names no body") && message.contains("beredskap approve --by BODY")
        }
        try store.record(
            .approved, plan: "malmo-exempel", on: day("2019-04-01"), details: DecisionDetails(body: "Kommunstyrelsen"))
        let chain = try store.plan("malmo-exempel").metadata.approvals
        #expect(chain.map(\.action) == [.adopted, .approved])
        #expect(chain.map(\.body) == ["Sociala resursnämnden", "Kommunstyrelsen"])
        // The next version goes through the same chain; a referral it does not list comes after it, so
        // it waits for the chain, and one of a plan without a chain needs the bodies it goes to.
        try store.startRevision(plan: "malmo-exempel")
        #expect {
            try store.record(
                .referred, plan: "malmo-exempel", on: day("2020-01-10"), details: DecisionDetails(body: "KS"))
        } throws: { error in
            (error as? StoreError)?.message.contains("adopted by Sociala resursnämnden first") == true
        }
        _ = try store.importPlan(smallPlan(id: "lund"))
        #expect {
            try store.record(.referred, plan: "lund", on: day("2020-01-10"), details: DecisionDetails(body: "KS"))
        } throws: { error in
            (error as? StoreError)?.message.contains("beredskap refer --to BODY") == true
        }
    }
}
