import BeredskapModel
import Testing

@testable import BeredskapReporting

@Suite struct FollowUpReportTests {
    @Test func listsEveryActivityWithItsActorsByName() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholm(), asOf: Fixtures.asOf)
        #expect(report.activities.count == 9)
        #expect(report.groups.count == 1)
        let first = try #require(report.activities.first)
        #expect(first.title == "Bildande av förvaltningsövergripande arbetsgrupp")
        #expect(
            first.responsible.map(\.name) == ["Socialförvaltningens samordnare", "Förvaltningens avdelningschefer"])
        #expect(first.starts == "2017-08-14")
        let kommunikation = try #require(report.activities.first { $0.id == "kommunikationsplan" })
        #expect(
            kommunikation.otherActors.map(\.name) == ["Förvaltningens kommunikatörer", "Stadens centrala samordnare"])
        #expect(report.activities.map(\.number) == Array(1...9))
    }

    @Test func statusIsTheLatestEntryOnOrBeforeTheFollowUpDate() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf, since: Fixtures.since)
        let analysis = try #require(report.activities.first { $0.id == "fordjupad-analys" })
        // The entry of 2018-06-01 (done) lies after the follow-up date and must not count.
        #expect(analysis.status == "ongoing")
        #expect(analysis.statusDate == "2018-04-20")
        #expect(analysis.note == "Analys av 23 verksamheter pågår.")
        #expect(analysis.statusAtSince == "ongoing")
        #expect(!analysis.changedSinceLast)
        let communication = try #require(report.activities.first { $0.id == "kommunikationsplan" })
        #expect(communication.status == "postponed")
        #expect(communication.statusAtSince == "ongoing")
        #expect(communication.changedSinceLast)
    }

    @Test func withoutAPreviousFollowUpThereIsNoEarlierStatus() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf)
        #expect(report.since == nil)
        #expect(report.activities.allSatisfy { $0.statusAtSince == nil && !$0.changedSinceLast })
    }

    @Test func marksAPassedFollowUpDateWithoutNewerStatus() throws {
        let plain = FollowUpReport(plan: try Fixtures.stockholm(), asOf: Fixtures.asOf)
        let first = try #require(plain.activities.first)
        #expect(first.overdue.contains(.init(kind: .followUpMissed, due: "2017-09-01")))
        #expect(first.overdue.contains(.init(kind: .notStarted, due: "2017-08-14")))
        // Logged as done before the follow-up date: nothing is overdue any more.
        let logged = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf)
        #expect(try #require(logged.activities.first).overdue.isEmpty)
        // On the follow-up date itself the follow-up has not passed yet.
        let onTheDay = FollowUpReport(plan: try Fixtures.stockholm(), asOf: Fixtures.date("2017-09-01"))
        #expect(try #require(onTheDay.activities.first).overdue == [.init(kind: .notStarted, due: "2017-08-14")])
    }

    @Test func aStartGivenAsAYearPassesOnlyWhenTheYearEnds() throws {
        let plan = try Fixtures.stockholm()
        let inYear = FollowUpReport(plan: plan, asOf: Fixtures.date("2017-12-31"))
        let model = try #require(inYear.activities.first { $0.id == "organisationsmodell" })
        #expect(model.overdue.isEmpty)
        let after = FollowUpReport(plan: plan, asOf: Fixtures.date("2018-01-01"))
        #expect(
            try #require(after.activities.first { $0.id == "organisationsmodell" }).overdue == [
                .init(kind: .notStarted, due: "2017")
            ])
        // Starting in 2018 is not late in April 2018.
        let april = FollowUpReport(plan: plan, asOf: Fixtures.asOf)
        #expect(try #require(april.activities.first { $0.id == "genomfora-kompetensutveckling-sdf" }).overdue.isEmpty)
    }

    @Test func aPlannedStatusIsNotAStartButPostponedIsNoLongerLate() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf)
        let planned = try #require(report.activities.first { $0.id == "organisationsmodell" })
        #expect(planned.overdue.map(\.kind) == [.notStarted])
        let postponed = try #require(report.activities.first { $0.id == "kommunikationsplan" })
        #expect(postponed.overdue.isEmpty)
    }

    @Test func aFrequencyFollowUpIsDueOnePeriodAfterTheLatestStatus() throws {
        var plan = try Fixtures.stockholm()
        plan.activities = [
            Activity(
                id: "tertial", title: "Rapportera", responsible: ["sof-samordnare"],
                starts: Fixtures.date("2017-09-01"),
                followUp: .every(.tertial),
                statusLog: [StatusEntry(date: Fixtures.date("2017-10-31"), status: .ongoing)])
        ]
        let before = FollowUpReport(plan: plan, asOf: Fixtures.date("2018-02-28"))
        #expect(before.activities[0].overdue.isEmpty)
        let after = FollowUpReport(plan: plan, asOf: Fixtures.date("2018-03-02"))
        #expect(after.activities[0].overdue == [.init(kind: .followUpMissed, due: "2018-02-28")])
    }

    @Test func summaryCountsEveryActivityOnce() throws {
        let report = FollowUpReport(plan: try Fixtures.stockholmLogged(), asOf: Fixtures.asOf)
        let counts = Dictionary(uniqueKeysWithValues: report.summary.map { ($0.status ?? "none", $0.count) })
        #expect(counts == ["planned": 1, "ongoing": 1, "done": 1, "postponed": 1, "cancelled": 0, "none": 5])
        #expect(report.summary.map(\.count).reduce(0, +) == 9)
        #expect(report.overdueCount == report.activities.filter { !$0.overdue.isEmpty }.count)
    }

    @Test func groupsByFocusAreaWhenThePlanHasThem() throws {
        var plan = try Fixtures.stockholm()
        let moved = Array(plan.activities.prefix(2))
        plan.focusAreas = [
            FocusArea(id: "kunskap", number: 1, title: "Kunskap", goal: "Alla vet vad de ska göra", activities: moved)
        ]
        plan.activities = Array(plan.activities.dropFirst(2))
        let report = FollowUpReport(plan: plan, asOf: Fixtures.asOf)
        #expect(report.groups.map(\.title) == ["Kunskap", nil])
        #expect(report.groups[0].activities.map(\.id) == moved.map(\.id.rawValue))
        #expect(report.groups[1].activities.count == 7)
        #expect(report.activities.map(\.number) == Array(1...9))
    }

    @Test func listsThePreviousYearsActivitiesWithTheirFinalStatus() throws {
        let report = FollowUpReport(
            plan: try Fixtures.stockholm(), asOf: Fixtures.asOf, previous: try Fixtures.previousVersion())
        let previous = try #require(report.previousYear)
        #expect(previous.title == "Handlingsplan mot våldsbejakande extremism 2016")
        #expect(previous.activities.map(\.status) == ["postponed", "cancelled"])
        #expect(previous.activities.map(\.continues) == [true, false])
        #expect(previous.activities[1].note == "Ingår i den fördjupade analysen.")
        #expect(FollowUpReport(plan: try Fixtures.stockholm(), asOf: Fixtures.asOf).previousYear == nil)
    }
}
